"""SQLite backend (stdlib sqlite3): an embedded file, nothing to set up.

WAL mode lets readers run while a loader writes; ``BEGIN IMMEDIATE`` takes the single writer lock
before the loader reads what is stored, so two loaders at once serialize instead of racing.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ..errors import StoreError
from .base import Store


def _escape_like(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class SQLiteStore(Store):
    dialect = "sqlite"

    def __init__(self, path: str | Path, timeout: float = 60.0):
        self.name = str(path)
        try:
            # isolation_level=None: we issue BEGIN/COMMIT ourselves (sqlite3's implicit ones would not lock early).
            self.conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None, check_same_thread=False)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: durable at checkpoints, never corrupt
            self.conn.execute("PRAGMA cache_size = -65536")  # 64 MiB: the FTS and item indexes stay in memory
            self.conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open SQLite database: {exc}", source=self.name) from exc
        self._depth = 0

    def _wrap(self, exc: sqlite3.Error) -> StoreError:
        return StoreError(f"SQLite: {exc}", source=self.name)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        try:
            self.conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise self._wrap(exc) from exc

    def executemany(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        try:
            self.conn.executemany(sql, rows)
        except sqlite3.Error as exc:
            raise self._wrap(exc) from exc

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        try:
            return [dict(r) for r in self.conn.execute(sql, params).fetchall()]
        except sqlite3.Error as exc:
            raise self._wrap(exc) from exc

    def run_script(self, sql: str) -> None:
        # executescript() would COMMIT our transaction; run statement by statement instead.
        buf = ""
        for line in sql.splitlines(keepends=True):
            if line.lstrip().startswith("--"):
                continue
            buf += line
            if sqlite3.complete_statement(buf):
                self.execute(buf)
                buf = ""
        if buf.strip():
            self.execute(buf)

    @contextlib.contextmanager
    def write(self) -> Iterator[None]:
        if self._depth:  # nested: already inside the writer's transaction
            yield
            return
        self.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self.conn.rollback()
            raise
        else:
            self.execute("COMMIT")
        finally:
            self._depth = 0

    def after_bulk_load(self) -> None:
        self.execute("PRAGMA optimize")

    def schema_version(self) -> int:
        if not self.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"):
            return 0
        return int(self.query("SELECT COALESCE(MAX(version), 0) AS v FROM schema_version")[0]["v"])

    def search_match(self, folded: str) -> tuple[str, list[Any]]:
        if len(folded) >= 3:  # the trigram index needs 3 characters
            phrase = '"' + folded.replace('"', '""') + '"'
            return "s.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)", [phrase]
        return "s.body LIKE ? ESCAPE '\\'", [f"%{_escape_like(folded)}%"]

    def close(self) -> None:
        self.conn.close()
