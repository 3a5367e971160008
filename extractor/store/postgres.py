"""PostgreSQL backend through psycopg 3 (the ``[postgres]`` extra, imported lazily).

Writers take one transaction-scoped advisory lock, so concurrent loaders serialize exactly as they do on
SQLite; readers never wait. Search is LIKE over folded text, sped up by a pg_trgm GIN index when the
extension is available (it ships with Debian's postgresql package and is a trusted extension).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator, Sequence
from typing import Any

from ..errors import ConfigError, StoreError, install_hint
from .base import Store
from .rows import COLUMNS

WRITER_LOCK = 6_0602_2026  # arbitrary but fixed: every extractor loader uses the same key


def _redact(url: str) -> str:
    return re.sub(r"://([^:/@]+):[^@]*@", r"://\1:***@", url)


def _escape_like(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


class PostgresStore(Store):
    dialect = "postgres"
    accepts_nul = False

    def __init__(self, url: str):
        self.name = _redact(url)
        try:
            import psycopg
            from psycopg.rows import dict_row
        except ImportError as exc:
            raise ConfigError(f"PostgreSQL support needs the postgres extra: {install_hint('postgres')}",
                              source=self.name) from exc
        self._psycopg = psycopg
        try:
            self.conn = psycopg.connect(url, row_factory=dict_row, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to PostgreSQL: {str(exc).strip()}", source=self.name) from exc
        self._tx: Any = None

    @staticmethod
    def _sql(sql: str) -> str:
        # Our SQL uses sqlite's "?" placeholders and never a literal "%" (patterns travel as parameters).
        return sql.replace("?", "%s")

    def _wrap(self, exc: Exception) -> StoreError:
        return StoreError(f"PostgreSQL: {str(exc).strip()}", source=self.name)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        try:
            self.conn.execute(self._sql(sql), params or None)
        except self._psycopg.Error as exc:
            raise self._wrap(exc) from exc

    def executemany(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        try:
            with self.conn.cursor() as cur:
                cur.executemany(self._sql(sql), rows)
        except self._psycopg.Error as exc:
            raise self._wrap(exc) from exc

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        try:
            return list(self.conn.execute(self._sql(sql), params or None).fetchall())
        except self._psycopg.Error as exc:
            raise self._wrap(exc) from exc

    def _insert(self, table: str, rows: list[tuple[Any, ...]]) -> None:
        if table in ("entities", "entity_aliases"):  # shared rows need ON CONFLICT DO NOTHING
            return super()._insert(table, rows)
        # COPY is several times faster than INSERT for bulk rows, and just as transactional.
        try:
            with self.conn.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(COLUMNS[table])}) FROM STDIN") as cp:
                for row in rows:
                    cp.write_row(row)
        except self._psycopg.Error as exc:
            raise self._wrap(exc) from exc

    def run_script(self, sql: str) -> None:
        try:
            self.conn.execute(sql)  # several statements, no parameters: sent as one simple query
        except self._psycopg.Error as exc:
            raise self._wrap(exc) from exc

    @contextlib.contextmanager
    def write(self) -> Iterator[None]:
        if self._tx is not None:
            yield
            return
        try:
            with self.conn.transaction() as tx:
                self._tx = tx
                self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITER_LOCK,))
                yield
        except self._psycopg.Error as exc:
            raise self._wrap(exc) from exc
        finally:
            self._tx = None

    def after_bulk_load(self) -> None:
        self.execute("ANALYZE")

    def schema_version(self) -> int:
        if self.query("SELECT to_regclass('schema_version') AS t")[0]["t"] is None:
            return 0
        return int(self.query("SELECT COALESCE(MAX(version), 0) AS v FROM schema_version")[0]["v"])

    def after_migration(self, version: int) -> None:
        if version != 1:
            return
        # Optional speed-up: without pg_trgm, search still works (LIKE scans).
        try:
            with self.conn.transaction():
                self.conn.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
                self.conn.execute("CREATE INDEX IF NOT EXISTS search_body_trgm ON search USING gin (body gin_trgm_ops)")
        except self._psycopg.Error:
            pass

    def search_match(self, folded: str) -> tuple[str, list[Any]]:
        # body and query are both casefolded already, so plain LIKE is exact (and cheaper than ILIKE).
        return "s.body LIKE ?", [f"%{_escape_like(folded)}%"]

    def close(self) -> None:
        self.conn.close()
