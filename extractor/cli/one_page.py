"""What ``extractor extract`` does for one page, without click: read the input (a file, stdin, one JSON Lines
record), run the pipeline, give the JSON text. Shared by the click command (``cli/extract.py``) and the command
line's fast path (``cli/fast.py``), which runs a plain ``extractor extract FILE [options]`` without importing click.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..errors import InputError


def one_page_json(source: str, doc_id: str | None, url: str | None, language: str | None, nl: bool,
                  max_bytes: int | None, time_budget: float | None) -> str:
    """The Article of one page (FILE, or - for stdin) as the JSON text `extractor extract` prints."""
    from ..export import dumps
    from ..pipeline import DEFAULT_MAX_BYTES, DEFAULT_TIME_BUDGET, Pipeline

    given_id = doc_id
    if source == "-":
        data: bytes | Path = sys.stdin.buffer.read()
        doc_id = doc_id or "stdin"
    else:
        p = Path(source)
        if not p.exists():
            raise InputError("no such file", source=source, code="E101")
        data = p
        doc_id = doc_id or p.stem
    record = None
    if source == "-" or Path(source).suffix.lower() in (".jsonl", ".json", ".ndjson"):
        raw = data if isinstance(data, bytes) else _read(data, max_bytes or DEFAULT_MAX_BYTES)
        record = _json_record(raw, source)
        if record is not None:
            data = record["html"] if record.get("html") is not None else record["text"]
            doc_id = given_id or record["id"]  # --id wins, else the record's own id
            url = url or record.get("url")
    pipe = Pipeline(max_bytes=max_bytes or DEFAULT_MAX_BYTES, time_budget=time_budget or DEFAULT_TIME_BUDGET)
    art = pipe.run(data, doc_id=doc_id, url=url, language=language, record=record,
                   **({"content_type": "text/plain"} if record is not None and record.get("html") is None else {}))
    return dumps(art, indent=None if nl else 2)


def _read(path: Path, max_bytes: int) -> bytes:
    from ..limits import read_limited

    return read_limited(path, max_bytes, name=str(path))


def _json_record(raw: bytes, source: str) -> dict | None:
    """A JSON Lines record (``{"id", "html"|"text", "url", "title", ...}``) given to ``extract``, or None
    when the input is not JSON at all (then it is read as text). JSON that is not one usable record is
    refused with the reason, rather than extracted as if the raw JSON were the article."""
    from ..batch.records import Task
    from ..batch.work import parse_line

    body = raw.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not body.startswith(b"{"):
        return None
    lines = [ln for ln in body.splitlines() if ln.strip()]
    if len(lines) > 1:
        try:
            json.loads(body)
        except ValueError:
            raise InputError(f"holds {len(lines)} JSON Lines records; use `extractor batch` for more than one",
                             source=source, code="E125") from None
    rec, err = parse_line(Task("line", source, body))
    if err is not None:
        if err[2]["code"] == "E120":  # not JSON after all: a text that starts with a brace
            return None
        raise InputError(f"a JSON record, but unusable: {err[2]['reason']}", source=source, code=err[2]["code"])
    return rec
