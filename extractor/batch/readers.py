"""Batch inputs: directory trees, globs, JSON Lines (plain or .gz), WARC (plain or .gz), stdin, files.

Everything streams: a JSON Lines file is read line by line with a per-line cap, a WARC record by
record, a directory by walking it; memory stays bounded whatever the archive size. The reader only
finds record boundaries and yields :class:`Task` objects; parsing happens in the workers.

    for task in iter_tasks(["archive.warc.gz", "pages/", "more.jsonl.gz", "-"], max_bytes=20 << 20):
        ...
"""

from __future__ import annotations

import glob
import gzip
import io
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from ..errors import install_hint
from .records import DAMAGED_RECORD, LINE_TOO_LONG, UNREADABLE, Task, error_record
from .warc import Framed, frame_records

DOC_SUFFIXES = (".html", ".htm", ".txt")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".json.gz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 1 << 16
# The "id" of a JSON Lines record, read from the first or last bytes of a line too long to parse (a
# string or an integer right after "{" or ","; a quote inside a string value is always escaped).
_ID_HEAD = re.compile(rb'^\s*\{\s*(?:"(?:[^"\\]|\\.){0,64}"\s*:\s*(?:"(?:[^"\\]|\\.){0,200}"|[-\w.]{1,40})\s*,\s*){0,4}'
                      rb'"id"\s*:\s*("(?:[^"\\]|\\.){1,200}"|-?\d{1,20})\s*[,}]')
_ID_TAIL = re.compile(rb',\s*"id"\s*:\s*("(?:[^"\\]|\\.){1,200}"|-?\d{1,20})\s*(?:,\s*"(?:[^"\\]|\\.){0,64}"\s*:\s*'
                      rb'(?:"(?:[^"\\]|\\.){0,200}"|[-\w.]{1,40})\s*){0,4}\}\s*$')
_ID_REACH = 1024


class UsageError(Exception):
    """A path the user gave does not exist or matches nothing (exit code 2, nothing is run)."""


def expand(paths: list[str], follow_symlinks: bool = False) -> list[str]:
    """Check every argument up front so a typo fails before any work: exists, or is a glob that matches;
    a folder must hold something to read."""
    out: list[str] = []
    for p in paths:
        if p == "-":
            out.append(p)
        elif os.path.isdir(p):
            if next(_walk(p, follow_symlinks), None) is None:
                raise UsageError(f"no records in {p!r} (no regular .html/.htm/.txt file)")
            out.append(p)
        elif os.path.exists(p):
            out.append(p)
        elif glob.has_magic(p):
            hits = sorted(glob.glob(p, recursive=True))
            if not hits:
                raise UsageError(f"{p!r} matches no file")
            out.extend(hits)
        else:
            raise UsageError(f"{p!r}: no such file or directory")
    return out


def _kind_of(path: str, head: bytes) -> str:
    low = path.lower()
    if low.endswith(WARC_SUFFIXES):
        return "warc"
    if low.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if low.endswith(DOC_SUFFIXES):
        return "doc"
    # Unknown extension: sniff, because archives arrive with all kinds of names.
    if head.startswith(b"\x1f\x8b"):
        try:
            head = gzip.GzipFile(fileobj=io.BytesIO(head)).read(64)
        except (OSError, EOFError):
            head = b""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith((b"WARC/", b"filedesc://")):
        return "warc"
    if stripped.startswith(b"{"):
        return "jsonl"
    return "doc"


def _walk(root: str, follow_symlinks: bool = False) -> Iterator[str]:
    """Regular .html/.htm/.txt files under ``root`` in sorted order (the output order must not depend on
    the file system). FIFOs, sockets and devices are passed over (a FIFO would block the run); a symlink
    is followed only if it stays inside the tree, or with ``follow_symlinks``; a folder is never entered
    twice (no loops)."""
    top = os.path.realpath(root)
    seen: set[str] = set()
    for dirpath, dirnames, filenames in os.walk(root, followlinks=follow_symlinks):
        real = os.path.realpath(dirpath)
        if real in seen or (not follow_symlinks and not _inside(real, top)):
            dirnames[:] = []
            continue
        seen.add(real)
        dirnames.sort()
        for name in sorted(filenames):
            if not name.lower().endswith(DOC_SUFFIXES):
                continue
            path = os.path.join(dirpath, name)
            if os.path.islink(path) and not follow_symlinks and not _inside(os.path.realpath(path), top):
                continue
            if os.path.isfile(path):  # follows a kept symlink; False for FIFOs, sockets, devices, dangling
                yield path


def _inside(path: str, top: str) -> bool:
    return path == top or path.startswith(top.rstrip(os.sep) + os.sep)


def dir_record_id(root: str, path: str) -> str:
    """A file's id: its name without extension at the top of the folder, the relative path without
    extension ("sub/x") deeper down, so in/x.txt and in/sub/x.txt stay apart."""
    rel = os.path.relpath(path, root)
    stem = os.path.splitext(rel)[0]
    return stem.replace(os.sep, "/")


def iter_tasks(paths: list[str], *, max_bytes: int, stdin: BinaryIO | None = None,
               counts: Counter[str] | None = None, follow_symlinks: bool = False) -> Iterator[Task]:
    """Yield one Task per record of every path, in order (paths already checked by :func:`expand`).

    ``counts["not_pages"]`` counts WARC records passed over (requests, images, metadata), for the summary.
    """
    for p in paths:
        if p == "-":
            yield from _iter_stream(stdin or sys.stdin.buffer, "<stdin>", max_bytes, counts)
        elif os.path.isdir(p):
            used: set[str] = set()
            for f in _walk(p, follow_symlinks):
                rid = dir_record_id(p, f)
                if rid in used:  # x.html and x.txt side by side: the later one keeps its extension
                    rid = os.path.relpath(f, p).replace(os.sep, "/")
                used.add(rid)
                yield Task("file", f, f, {"id": rid})
        else:
            yield from _iter_path(p, max_bytes, counts)


def _iter_path(path: str, max_bytes: int, counts: Counter[str] | None = None) -> Iterator[Task]:
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below, the generator may stop early
    except OSError as exc:
        yield Task("error", path, None, error_record(id=None, source=path, stage="read", code=UNREADABLE,
                                                      reason=f"cannot open: {exc.strerror or exc}"))
        return
    with fh:
        head = fh.peek(64)[:64] if hasattr(fh, "peek") else b""
        kind = _kind_of(path, head)
        if kind == "doc":
            yield Task("file", path, path)
        elif kind == "jsonl":
            yield from iter_jsonl(fh, path, max_bytes)
        else:
            yield from iter_warc(fh, path, max_bytes, counts)


def _iter_stream(fh: BinaryIO, label: str, max_bytes: int, counts: Counter[str] | None = None) -> Iterator[Task]:
    # stdin: sniff the first bytes to tell JSON Lines, WARC and a single document apart.
    buf = io.BufferedReader(fh, _CHUNK) if not hasattr(fh, "peek") else fh
    head = buf.peek(64)[:64]
    kind = _kind_of("", head)
    if kind == "jsonl":
        yield from iter_jsonl(buf, label, max_bytes)
    elif kind == "warc":
        yield from iter_warc(buf, label, max_bytes, counts)
    else:
        data = buf.read(max_bytes + 1)
        yield Task("doc", label, data, {"id": "stdin"})


def _open_lines(fh: BinaryIO) -> BinaryIO:
    head = fh.peek(2)[:2] if hasattr(fh, "peek") else b""
    if head == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=fh)  # type: ignore[return-value]
    return fh


def iter_jsonl(fh: BinaryIO, label: str, max_bytes: int) -> Iterator[Task]:
    """One Task per non-blank line; a line over ``max_bytes`` is skipped to its end and reported."""
    stream = _open_lines(fh)
    lineno = 0
    try:
        while True:
            line = stream.readline(max_bytes + 1)
            if not line:
                break
            lineno += 1
            where = f"{label}:{lineno}"
            if len(line) > max_bytes and not line.endswith(b"\n"):
                # Read the rest of the line in chunks and drop it: the cap keeps memory bounded.
                tail = line[-_ID_REACH:]
                while True:
                    rest = stream.readline(_CHUNK)
                    tail = (tail + rest)[-_ID_REACH:]
                    if not rest or rest.endswith(b"\n"):
                        break
                yield Task("error", where, None, error_record(
                    id=line_id(line[:_ID_REACH], tail), source=where, stage="read", code=LINE_TOO_LONG,
                    reason=f"line is over the limit of {max_bytes} bytes (--max-bytes)"))
                continue
            if line.strip():
                yield Task("line", where, line)
    except (OSError, EOFError, ValueError) as exc:  # corrupt or truncated gzip: report, go on with the next path
        where = f"{label}:{lineno + 1}"
        yield Task("error", where, None, error_record(
            id=None, source=where, stage="read", code=UNREADABLE,
            reason=f"input ends or is corrupt after line {lineno}: {exc}"))


def line_id(head: bytes, tail: bytes = b"") -> str | None:
    """The "id" of a JSON Lines record known only by its first and last bytes (a line refused for its
    size is never parsed): ``{"id": "a1", "text": ...`` or ``..., "id": 7}``; None if neither shows it."""
    m = _ID_HEAD.match(head) or _ID_TAIL.search(tail)
    if not m:
        return None
    try:
        rid = json.loads(m.group(1))
    except ValueError:
        return None
    rid = str(rid) if isinstance(rid, int) else rid
    return rid if isinstance(rid, str) and rid.strip() else None


def iter_warc(fh: BinaryIO, label: str, max_bytes: int, counts: Counter[str] | None = None) -> Iterator[Task]:
    """One Task per HTTP response record holding HTML; charset, URL and date come from the record.

    Framing is :mod:`.warc`'s: a damaged record (a wrong Content-Length, garbage, a corrupt gzip
    member) becomes one error line with its offset and reason, and reading goes on with the next record;
    a record whose body runs past its Content-Length is kept with a ``truncated`` warning."""
    try:
        from warcio.archiveiterator import ArchiveIterator
    except ImportError:
        yield Task("error", label, None, error_record(
            id=None, source=label, stage="read", code=UNREADABLE,
            reason=f"reading WARC needs warcio: {install_hint('warc')}"))
        return
    buf = fh if hasattr(fh, "peek") else io.BufferedReader(fh, _CHUNK)  # type: ignore[arg-type]
    try:
        for fr in frame_records(buf, cap=max_bytes + _HTTP_HEAD_MAX):
            where = f"{label}@{fr.offset}"
            if fr.reason is not None:
                yield Task("error", where, None, error_record(id=fr.record_id, source=where, stage="read",
                                                              code=DAMAGED_RECORD, reason=fr.reason))
                continue
            if fr.too_long:
                if _is_page(fr.headers.get("warc-type", ""), _http_content_type(fr.head)):
                    yield Task("error", where, None, error_record(
                        id=fr.record_id, source=where, stage="read", code=LINE_TOO_LONG,
                        reason=f"response body is over the limit of {max_bytes} bytes (--max-bytes)"))
                elif counts is not None:
                    counts["not_pages"] += 1
                continue
            task = _page_task(ArchiveIterator, fr, where, max_bytes)
            if task is None:
                if counts is not None:
                    counts["not_pages"] += 1
                continue
            yield task
    except OSError as exc:
        yield Task("error", label, None, error_record(
            id=None, source=label, stage="read", code=UNREADABLE, reason=f"WARC cannot be read: {exc}"))


_HTTP_HEAD_MAX = 64 << 10


def _is_page(warc_type: str, content_type: str) -> bool:
    # Pages are HTTP responses holding HTML; requests, metadata, images, robots.txt are not.
    return warc_type.strip().lower() == "response" and content_type.lower().split(";")[0].strip() in HTML_TYPES


def _http_content_type(head: bytes) -> str:
    m = re.search(rb"\r?\ncontent-type:[ \t]*([^\r\n]*)", head.split(b"\r\n\r\n", 1)[0], re.I)
    return m.group(1).decode("latin-1").strip() if m else ""


def _page_task(archive_iterator: Any, fr: Framed, where: str, max_bytes: int) -> Task | None:
    """A "doc" Task for a framed HTML response record (warcio parses its HTTP part), else None."""
    assert fr.block is not None
    rid = fr.record_id or fr.headers.get("warc-target-uri") or where
    if fr.headers.get("warc-type", "").strip().lower() != "response":
        return None
    try:
        rec = next(iter(archive_iterator(io.BytesIO(fr.block + b"\r\n\r\n"))))
        ctype = (rec.http_headers.get_header("Content-Type") or "") if rec.http_headers is not None else ""
        if not _is_page(rec.rec_type or "", ctype):
            return None
        body = rec.content_stream().read(max_bytes + 1)
    except Exception as exc:  # noqa: BLE001 - a record warcio cannot parse costs only itself
        return Task("error", where, None, error_record(id=rid, source=where, stage="read", code=DAMAGED_RECORD,
                                                       reason=f"WARC record cannot be parsed: {exc}"))
    if len(body) > max_bytes:
        return Task("error", where, None, error_record(
            id=rid, source=where, stage="read", code=LINE_TOO_LONG,
            reason=f"response body is over the limit of {max_bytes} bytes (--max-bytes)"))
    meta: dict[str, Any] = {"id": rid, "url": fr.headers.get("warc-target-uri"), "date": fr.headers.get("warc-date"),
                            "content_type": ctype, "charset": _charset(ctype)}
    if fr.notes:
        meta["warnings"] = [{"code": "W107", "stage": "ingest", "message": n} for n in fr.notes]
    return Task("doc", where, body, meta)


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def count_records(paths: list[str], *, limit_bytes: int = 2 << 30) -> int | None:
    """The number of records when it is cheap to know (directories, plain JSON Lines, single files).

    None when any input is compressed, a WARC, stdin, or plain JSON Lines larger than ``limit_bytes``
    in total: the progress line then shows the rate without an ETA rather than delaying the first result.
    """
    total = 0
    budget = limit_bytes
    for p in paths:
        if p == "-":
            return None
        if os.path.isdir(p):
            total += sum(1 for _ in _walk(p))
            continue
        try:
            with open(p, "rb") as fh:
                kind = _kind_of(p, fh.peek(64)[:64])
                if kind == "doc":
                    total += 1
                    continue
                if kind != "jsonl" or fh.peek(2)[:2] == b"\x1f\x8b":
                    return None
                size = Path(p).stat().st_size
                budget -= size
                if budget < 0:
                    return None
                n, last = 0, b"\n"
                while chunk := fh.read(1 << 20):
                    n += chunk.count(b"\n")
                    last = chunk[-1:]
                total += n + (last != b"\n")
        except OSError:
            return None
    return total
