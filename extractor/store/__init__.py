"""The claims database: load extracted Articles into SQLite (default) or PostgreSQL, dedupe, search.

Python API::

    from extractor.store import open_store

    with open_store("claims.db") as store:            # or "sqlite:///claims.db", "postgresql://user@host/db"
        counts = store.load_articles(articles)        # any iterable of extractor.model.Article
        print(counts.as_dict())                       # {'inserted': .., 'replaced': .., 'unchanged': .., ...}
        store.search("循環支出", lang="zh", since="2026-01")   # claims, quotes, metric labels
        store.claims_by("Bradley Tusk")               # his claims and quotes (canonical name or alias)
        store.metric_series("資本支出", "USD")          # a time series across articles

``open_store`` creates or migrates the schema to the latest version. ``load_articles`` is idempotent:
the same article (same id, or the same text under another id) adds nothing; a re-extraction by a newer
extractor version replaces that article's rows; each batch (``batch_size``, default 500) is one
transaction under a database-wide writer lock, so concurrent loaders serialize and an interrupted load
keeps only whole batches. An article that cannot be stored faithfully (a span that does not match its
text; a NUL character on PostgreSQL) is skipped and counted in ``counts.rejected`` with the reason in
``counts.problems``; the rest of the batch loads. Errors are :class:`extractor.errors.StoreError` (database) or
:class:`extractor.errors.ConfigError` (the ``[postgres]`` extra missing, a bad filter).
"""

from __future__ import annotations

from pathlib import Path

from ..errors import StoreError
from .base import LoadCounts, Store
from .migrations import LATEST

__all__ = ["LATEST", "LoadCounts", "Store", "open_store"]


def open_store(url_or_path: str | Path, *, migrate: bool = True) -> Store:
    """Open (creating if needed) the database at a path, ``sqlite:///path`` or ``postgresql://...``."""
    target = str(url_or_path)
    if target.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore

        store: Store = PostgresStore(target)
    else:
        from .sqlite import SQLiteStore

        if target.startswith("sqlite:///"):
            target = target[len("sqlite:///"):]
        elif "://" in target:
            raise StoreError("unsupported database URL; use a file path, sqlite:///path or postgresql://...",
                             source=target)
        parent = Path(target).parent
        if target != ":memory:" and not parent.is_dir():
            raise StoreError(f"directory {str(parent)!r} does not exist", source=target)
        store = SQLiteStore(target)
    if migrate:
        try:
            store.migrate()
        except BaseException:
            store.close()
            raise
    return store
