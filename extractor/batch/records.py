"""What the batch reader hands to workers, and how failures are described.

A ``Task`` is a small tuple-like record, cheap to pickle through a pipe: the parent process only
finds record boundaries (lines, files, WARC records); parsing and extraction happen in workers so
the parent stays light on a machine where it shares cores with them.
"""

from __future__ import annotations

from typing import Any, NamedTuple

# Codes of failures found by the batch reader or runner (the pipeline's own are E1xx..E3xx).
BAD_JSON = "E120"  # a JSON Lines line that is not a JSON object
MISSING_ID = "E121"  # a record without a usable "id"
NO_CONTENT = "E122"  # a record without "html" or "text"
LINE_TOO_LONG = "E123"  # a line over --max-bytes (bounded memory, no zip bombs)
UNREADABLE = "E124"  # a path or stream that cannot be read (missing file, corrupt gzip/WARC)
DAMAGED_RECORD = "E126"  # one damaged WARC record (bad Content-Length, garbage, corrupt gzip member); the rest is read
WORKER_CRASHED = "E390"  # the worker process died on this record (segfault, OOM kill, os._exit)
WORKER_TIMEOUT = "E391"  # the record ran past --timeout and its worker was killed


class Task(NamedTuple):
    """One unit of work. ``kind`` is "line" (payload: the raw JSONL line), "file" (payload: a path),
    "doc" (payload: bytes of one document, meta has id/url/date/content_type/charset) or "error"
    (the reader already knows this record failed; meta is the error record)."""

    kind: str
    source: str
    payload: Any
    meta: dict[str, Any] | None = None


def error_record(*, id: str | None, source: str, stage: str, code: str, reason: str) -> dict[str, Any]:
    """One line of the errors file: what failed, where it came from, and why."""
    return {"id": id, "source": source, "stage": stage, "code": code, "reason": reason}
