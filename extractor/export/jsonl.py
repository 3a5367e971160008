"""Streaming JSON Lines: one Article per line, flushed per record so a crash loses at most one line.

    with JsonlWriter("out.jsonl") as w:
        for art in articles:
            w.write_article(art)          # extractor.export.dumps(): deterministic, ensure_ascii=False
    for obj in read_jsonl("out.jsonl"): ...
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any


class JsonlWriter:
    """Append-only JSON Lines writer; ``path`` "-" writes to stdout.

    Each record is written as one ``write()`` of the full line and flushed at once: after a crash or
    ``kill -9`` the file holds whole lines plus at most one partial last line, which ``--resume`` cuts.
    """

    def __init__(self, path: str | Path, *, append: bool = False, lazy: bool = False):
        """``lazy``: create the file only at the first line (no empty side files)."""
        self.path = str(path)
        self.count = 0
        self._append = append
        self._fh: IO[bytes] | None = None
        self._created = False
        self._own = self.path != "-"
        if not lazy:
            self._open()

    def _open(self) -> IO[bytes]:
        if self._fh is None:
            self._created = True
            if self.path == "-":
                self._fh = sys.stdout.buffer
            else:
                self._fh = open(self.path, "ab" if self._append else "wb")  # noqa: SIM115 - closed in close()
        return self._fh

    @property
    def opened(self) -> bool:
        """True once the file was created (it stays True after close)."""
        return self._created

    def write_line(self, line: str) -> None:
        """Write one whole line; if the write fails (disk full), the file is cut back to its last whole line
        before the OSError propagates, so it never ends on a partial line."""
        fh = self._open()
        pos = fh.tell() if self._own else None
        try:
            fh.write((line + "\n").encode("utf-8"))
            fh.flush()
        except OSError:
            if pos is not None:
                _cut_back(fh, pos)
            raise
        self.count += 1

    def write_obj(self, obj: Any) -> None:
        self.write_line(json.dumps(obj, ensure_ascii=False))

    def write_article(self, art: Any) -> None:
        from . import dumps

        self.write_line(dumps(art))

    def close(self) -> None:
        fh, self._fh = self._fh, None
        if fh is None:
            return
        if self._own:
            try:
                fh.close()
            except OSError:  # the buffered tail could not be written: cut it, then report
                _cut_to_last_line(self.path)
                raise
        else:
            fh.flush()

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _cut_back(fh: IO[bytes], pos: int) -> None:
    """Drop whatever a failed write left after ``pos`` (a line boundary: only whole lines are written)."""
    import contextlib
    import os

    with contextlib.suppress(OSError, ValueError):
        fd = fh.fileno()
        os.ftruncate(fd, min(pos, os.fstat(fd).st_size))


def _cut_to_last_line(path: str) -> None:
    """Cut a file after its last newline (a close that failed may have left part of a line)."""
    import contextlib

    with contextlib.suppress(OSError), open(path, "r+b") as fh:
        data_end = fh.seek(0, 2)
        pos = data_end
        while pos > 0:
            step = min(1 << 16, pos)
            fh.seek(pos - step)
            nl = fh.read(step).rfind(b"\n")
            if nl >= 0:
                fh.truncate(pos - step + nl + 1)
                return
            pos -= step
        fh.truncate(0)


def write_jsonl(articles: Iterable[Any], path: str | Path) -> int:
    """Write Articles to ``path`` as JSON Lines; returns how many were written."""
    with JsonlWriter(path) as w:
        for art in articles:
            w.write_article(art)
        return w.count


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    """Parsed objects of a JSON Lines file, one at a time (blank lines skipped)."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


__all__ = ["JsonlWriter", "read_jsonl", "write_jsonl"]
