"""The Store: loading and querying logic shared by the SQLite and PostgreSQL backends.

Backends supply a connection, a writer lock (``write()``), the placeholder style and the search SQL;
everything else (dedupe decisions, rows, queries) is written once here so both backends behave alike.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from ..errors import StoreError
from ..model import Article
from . import search as _search
from .keys import version_tuple
from .migrations import LATEST, migrate
from .rows import COLUMNS, ITEM_TABLES, TABLES, ArticleRows, article_from_rows, to_rows


@dataclass
class LoadCounts:
    """What one load did. ``inserted + replaced + unchanged + duplicates + stale + rejected`` = articles seen."""

    inserted: int = 0  # new articles
    replaced: int = 0  # re-extractions (newer extractor version or changed output) that replaced rows
    unchanged: int = 0  # same id, identical record: nothing written
    duplicates: int = 0  # same content (hash of text) already stored under another id
    stale: int = 0  # same id, but an older extractor version than the one stored: ignored
    rejected: int = 0  # cannot be stored by this backend (reasons in ``problems``)
    rows: int = 0  # rows written, all tables
    problems: list[str] = field(default_factory=list)

    def add(self, other: LoadCounts) -> None:
        for k, v in asdict(other).items():
            setattr(self, k, getattr(self, k) + v)

    def as_dict(self) -> dict[str, int]:
        """The counts (``problems`` left out)."""
        return {k: v for k, v in asdict(self).items() if k != "problems"}


class Store:
    """A claims database. Use :func:`extractor.store.open_store`; close it (or use ``with``)."""

    dialect = "base"
    name = ""
    accepts_nul = True  # PostgreSQL text cannot hold U+0000

    # ---- backend hooks -------------------------------------------------------------------------
    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        raise NotImplementedError

    def executemany(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        raise NotImplementedError

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        raise NotImplementedError

    def run_script(self, sql: str) -> None:
        raise NotImplementedError

    def write(self) -> contextlib.AbstractContextManager[None]:
        """A transaction holding the database-wide writer lock; rolls back on any error."""
        raise NotImplementedError

    def schema_version(self) -> int:
        raise NotImplementedError

    def after_migration(self, version: int) -> None:
        """Backend extras after a migration step (PostgreSQL adds trigram indexes)."""

    def close(self) -> None:
        raise NotImplementedError

    def search_match(self, folded: str) -> tuple[str, list[Any]]:
        """SQL condition on the ``search`` table alias ``s`` selecting rows whose body contains ``folded``."""
        raise NotImplementedError

    # ---- shared --------------------------------------------------------------------------------
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @staticmethod
    def now() -> str:
        return _dt.datetime.now(_dt.UTC).isoformat(timespec="seconds")

    def migrate(self, target: int = LATEST) -> list[int]:
        return migrate(self, target)

    def load_articles(self, articles: Iterable[Article], batch_size: int = 500) -> LoadCounts:
        """Load Articles idempotently, one transaction per batch of ``batch_size``; returns the counts.

        An interrupted load keeps every committed batch and none of the one in flight.
        """
        total = LoadCounts()
        batch: list[ArticleRows] = []
        for art in articles:
            batch.append(to_rows(art))
            if len(batch) >= batch_size:
                total.add(self._load_batch(batch))
                batch = []
        if batch:
            total.add(self._load_batch(batch))
        if total.rows >= 10_000:
            self.after_bulk_load()
        return total

    def after_bulk_load(self) -> None:
        """Refresh the planner's statistics after a big load, so the first queries pick the indexes."""

    def _load_batch(self, batch: list[ArticleRows]) -> LoadCounts:
        counts = LoadCounts()
        with self.write():
            # Decide inside the locked transaction, so a concurrent loader cannot slip in between.
            ids = list({b.id for b in batch})
            hashes = list({b.content_hash for b in batch})
            stored = {r["id"]: r for r in self._in("SELECT id, content_hash, record_hash, extractor_version "
                                                   "FROM articles WHERE id IN ({})", ids)}
            by_hash = {r["content_hash"]: r["id"] for r in self._in("SELECT id, content_hash FROM articles "
                                                                    "WHERE content_hash IN ({})", hashes)}
            keep: dict[str, ArticleRows] = {}
            to_delete: set[str] = set()
            for b in batch:
                if b.problem:
                    counts.rejected += 1
                    counts.problems.append(f"article {b.id!r}: {b.problem}")
                    continue
                if b.has_nul and not self.accepts_nul:
                    counts.rejected += 1
                    counts.problems.append(f"article {b.id!r}: contains a NUL character, which {self.dialect} "
                                           "cannot store; remove it from the input")
                    continue
                cur = stored.get(b.id)  # the stored row, or the one accepted earlier in this batch
                if cur is not None:
                    if cur["record_hash"] == b.record_hash:
                        counts.unchanged += 1
                        continue
                    if version_tuple(b.extractor_version) < version_tuple(cur["extractor_version"]):
                        counts.stale += 1
                        continue
                owner = by_hash.get(b.content_hash)
                if owner is not None and owner != b.id:
                    counts.duplicates += 1  # this text is already stored under another id
                    continue
                if cur is None:
                    counts.inserted += 1
                else:
                    counts.replaced += 1
                    if b.id not in keep:
                        to_delete.add(b.id)
                    if by_hash.get(cur["content_hash"]) == b.id:
                        del by_hash[cur["content_hash"]]
                keep[b.id] = b
                by_hash[b.content_hash] = b.id
                stored[b.id] = {"content_hash": b.content_hash, "record_hash": b.record_hash,
                                "extractor_version": b.extractor_version}
            if to_delete:
                self._delete(sorted(to_delete))
            for table in TABLES:
                rows = [row for b in keep.values() for row in b.rows[table]]
                if rows:
                    self._insert(table, rows)
                    counts.rows += len(rows)
        return counts

    def _in(self, sql: str, values: list[Any]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for i in range(0, len(values), 500):
            chunk = values[i:i + 500]
            out += self.query(sql.format(", ".join("?" * len(chunk))), chunk)
        return out

    def _delete(self, ids: list[str]) -> None:
        # Children first: explicit deletes keep SQLite's FTS triggers firing and need no cascade support.
        for table in ("search", *ITEM_TABLES, "articles"):
            col = "id" if table == "articles" else "article_id"
            for i in range(0, len(ids), 500):
                chunk = ids[i:i + 500]
                self.execute(f"DELETE FROM {table} WHERE {col} IN ({', '.join('?' * len(chunk))})", chunk)

    def _insert(self, table: str, rows: list[tuple[Any, ...]]) -> None:
        cols = COLUMNS[table]
        conflict = " ON CONFLICT DO NOTHING" if table in ("entities", "entity_aliases") else ""
        self.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}){conflict}",
                         rows)

    # ---- reading -------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        """Row count per table."""
        return {t: self.query(f"SELECT COUNT(*) AS n FROM {t}")[0]["n"] for t in TABLES}

    def get_article(self, article_id: str) -> Article:
        """The stored Article, rebuilt from its rows."""
        rows = self.query("SELECT * FROM articles WHERE id = ?", (article_id,))
        if not rows:
            raise StoreError(f"no article with id {article_id!r}", source=self.name)
        items = {t: self.query(f"SELECT * FROM {t} WHERE article_id = ? ORDER BY seq", (article_id,))
                 for t in ("metrics", "quotes", "claims", "terms")}
        return article_from_rows(rows[0], items)

    def search(self, text: str, **filters: Any) -> list[dict[str, Any]]:
        """Claims, quotes and metric labels containing ``text`` (script- and case-insensitive)."""
        return _search.search(self, text, **filters)

    def claims_by(self, name: str, **filters: Any) -> list[dict[str, Any]]:
        """Claims and quotes held or said by ``name`` (canonical name or any alias)."""
        return _search.claims_by(self, name, **filters)

    def metric_series(self, label: str | None = None, unit: str | None = None, **filters: Any) -> list[dict[str, Any]]:
        """Metrics whose label contains ``label`` (folded) in ``unit``, oldest first: a time series."""
        return _search.metric_series(self, label, unit, **filters)

    def iter_articles(self) -> Iterator[str]:
        for r in self.query("SELECT id FROM articles ORDER BY id"):
            yield r["id"]
