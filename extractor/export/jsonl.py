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

    def __init__(self, path: str | Path, *, append: bool = False):
        self.path = str(path)
        self.count = 0
        if self.path == "-":
            self._fh: IO[bytes] = sys.stdout.buffer
            self._own = False
        else:
            self._fh = open(self.path, "ab" if append else "wb")  # noqa: SIM115 - closed in close()
            self._own = True

    def write_line(self, line: str) -> None:
        self._fh.write((line + "\n").encode("utf-8"))
        self._fh.flush()
        self.count += 1

    def write_obj(self, obj: Any) -> None:
        self.write_line(json.dumps(obj, ensure_ascii=False))

    def write_article(self, art: Any) -> None:
        from . import dumps

        self.write_line(dumps(art))

    def close(self) -> None:
        if self._own:
            self._fh.close()
        else:
            self._fh.flush()

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


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
