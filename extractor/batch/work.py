"""The worker side: one Task in, one result out. Runs in forked workers and in Spark executors alike,
so a local batch and a Spark job give the same JSON for the same record.

A result is ``(status, id, data)``: ``("ok", id, json_line)``, ``("error", id, error_record)`` or
``("skip", id, None)`` (already complete in the output, with --resume).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Container
from pathlib import Path
from typing import Any

from ..errors import ExtractorError, StageError
from ..model import Warning  # noqa: A004 - the Article warning model
from .records import BAD_JSON, MISSING_ID, NO_CONTENT, Task, error_record

Result = tuple[str, "str | None", Any]


def _dumps(art) -> str:  # type: ignore[no-untyped-def]
    from ..export import dumps

    return dumps(art)


def _fail(task: Task, rid: str | None, stage: str, code: str, reason: str) -> Result:
    return ("error", rid, error_record(id=rid, source=task.source, stage=stage, code=code, reason=reason))


def parse_line(task: Task) -> tuple[dict[str, Any] | None, Result | None]:
    """A JSON Lines record as a dict, or the error result saying why it is unusable."""
    try:
        rec = json.loads(task.payload)
    except (ValueError, UnicodeDecodeError) as exc:
        return None, _fail(task, None, "read", BAD_JSON, f"not valid JSON: {exc}")
    if not isinstance(rec, dict):
        return None, _fail(task, None, "read", BAD_JSON, f"a JSON {type(rec).__name__}, not an object")
    rid = rec.get("id")
    if isinstance(rid, int) and not isinstance(rid, bool):
        rid = str(rid)  # numeric ids are common in exports; keep their digits
    if not isinstance(rid, str) or not rid.strip():
        return None, _fail(task, None, "read", MISSING_ID, 'record has no "id" (a non-empty string)')
    rec["id"] = rid
    content = rec.get("html") if rec.get("html") is not None else rec.get("text")
    if not isinstance(content, str):
        return None, _fail(task, rid, "read", NO_CONTENT, 'record has no "html" or "text" string')
    return rec, None


def task_id(task: Task) -> str | None:
    """The record id without running extraction (files: the stem; documents: their meta id)."""
    if task.kind == "file":
        return (task.meta or {}).get("id") or Path(task.payload).stem
    if task.kind == "doc":
        return (task.meta or {}).get("id")
    if task.kind == "line":  # only used when a worker died on the record: parse it here, rarely
        try:
            rid = json.loads(task.payload).get("id")
        except (ValueError, AttributeError):
            return None
        return str(rid) if isinstance(rid, str | int) else None
    return None


def process(task: Task, pipeline: Any, *, skip: Container[str] = (), force: bool = False,
            dumps: Callable[[Any], str] = _dumps) -> Result:
    """Run one Task through ``pipeline``; never raises for a bad record (errors are results)."""
    if task.kind == "error":
        return ("error", (task.meta or {}).get("id"), task.meta)
    rid: str | None = None
    try:
        kw: dict[str, Any] = {}
        date = None
        path = None
        if task.kind == "line":
            rec, err = parse_line(task)
            if err is not None:
                return err
            assert rec is not None
            rid = rec["id"]
            source: Any = rec["html"] if rec.get("html") is not None else rec["text"]
            if rec.get("html") is None:
                kw["content_type"] = "text/plain"
            url = rec.get("url")
            kw["url"] = url if isinstance(url, str) and url else None
            kw["record"] = rec
        elif task.kind == "file":
            rid = task_id(task)
            path = task.payload
            source = _read_file(path, pipeline)
        else:  # "doc": WARC record or stdin document
            meta = task.meta or {}
            rid = meta.get("id")
            source = task.payload
            kw.update(url=meta.get("url"), content_type=meta.get("content_type"), charset=meta.get("charset"))
            date = meta.get("date")
        if not force and rid in skip:
            return ("skip", rid, None)
        art = pipeline.run(source, doc_id=rid, **kw)
        if path is not None:
            art.source.path = path
        if date and hasattr(art.source, "fetched"):
            art.source.fetched = date
        if task.kind == "doc" and (task.meta or {}).get("warnings"):  # damage the reader saw (a cut WARC body)
            art.warnings.extend(Warning(**w) for w in task.meta["warnings"])  # type: ignore[index]
        return ("ok", rid, dumps(art))
    except ExtractorError as exc:
        stage = exc.stage if isinstance(exc, StageError) else ("ingest" if exc.code < "E200" else "pipeline")
        return _fail(task, rid, stage, exc.code, exc.message)
    except RecursionError:
        return _fail(task, rid, "pipeline", "E151", "input nested too deeply to process")
    except Exception as exc:  # noqa: BLE001 - a bug must cost one record, not the run; the reason is kept
        return _fail(task, rid, "pipeline", "E399", f"unexpected {type(exc).__name__}: {exc}")


def _read_file(path: str, pipeline: Any) -> bytes:
    from ..limits import read_limited

    max_bytes = getattr(pipeline, "max_bytes", None) or (20 << 20)
    return read_limited(path, max_bytes)


def worker_rss_mib() -> float:
    """Peak resident memory of this process in MiB (Linux reports ru_maxrss in KiB)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


__all__ = ["process", "parse_line", "task_id", "worker_rss_mib"]
