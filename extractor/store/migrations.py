"""Schema versions and the migrations between them.

A fresh database is built the same way an old one is upgraded: v1, then every migration in order, each
in its own transaction under the writer lock, so two processes opening a new database at once cannot
both create it, and a failed migration leaves the previous version intact.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from typing import TYPE_CHECKING

from .keys import fact_key, group_key, text_key

if TYPE_CHECKING:
    from .base import Store

LATEST = 2


def sql_file(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _backfill_v2(store: Store) -> None:
    # The group keys need OpenCC (script folding), which SQL cannot do: compute them here.
    for table, who in (("quotes", "speaker"), ("claims", "claimant")):
        rows = store.query(f"SELECT article_id, seq, {who} AS who, text, entity_key FROM {table}")
        store.executemany(f"UPDATE {table} SET text_key = ?, group_key = ? WHERE article_id = ? AND seq = ?",
                          [(text_key(r["text"]), group_key(r["who"], r["text"], r["entity_key"]), r["article_id"],
                            r["seq"]) for r in rows])
    rows = store.query("SELECT article_id, seq, value, low, high, unit, label, period, per FROM metrics")
    store.executemany("UPDATE metrics SET fact_key = ? WHERE article_id = ? AND seq = ?",
                      [(fact_key(r["value"], r["low"], r["high"], r["unit"], r["label"], r["period"], r["per"]),
                        r["article_id"], r["seq"]) for r in rows])


def steps(dialect: str) -> dict[int, tuple[list[str], Callable[[Store], None] | None]]:
    """version -> (SQL files to run, Python backfill) that brings the database to that version."""
    return {
        1: (["schema_v1.sql", f"{dialect}_v1.sql"], None),
        2: (["migrate_v2.sql"], _backfill_v2),
    }


def migrate(store: Store, target: int = LATEST) -> list[int]:
    """Bring ``store`` to ``target``; returns the versions applied (empty when already there)."""
    from ..errors import StoreError

    applied = []
    plan = steps(store.dialect)
    for version in range(1, target + 1):
        with store.write():
            current = store.schema_version()
            if current > LATEST:
                raise StoreError(f"database schema v{current} is newer than this extractor knows (v{LATEST}); "
                                 "upgrade extractor", source=store.name)
            if current >= version:
                continue
            files, backfill = plan[version]
            for f in files:
                store.run_script(sql_file(f))
            if backfill:
                backfill(store)
            store.execute("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
                          (version, store.now()))
            store.after_migration(version)
            applied.append(version)
    return applied
