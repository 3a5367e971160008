"""Queries behind ``extractor search``, ``claims`` and ``metrics``, written once for both backends.

Every result is a flat dict with the item, its span and its source, so the CLI can print it as a table,
JSON or CSV without knowing where it came from.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError
from .keys import search_fold, text_key

if TYPE_CHECKING:
    from .base import Store

KINDS = ("claim", "quote", "metric")
# kind -> (table, the column naming who holds/said it)
_TABLES = {"claim": ("claims", "claimant"), "quote": ("quotes", "speaker"), "metric": ("metrics", None)}
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _filters(store: Store, *, pub: str = "a.published", since: str | None = None, until: str | None = None,
             lang: str | None = None, site: str | None = None) -> tuple[list[str], list[Any]]:
    """SQL conditions on the ``a`` (articles) alias for the shared filters."""
    where: list[str] = []
    params: list[Any] = []
    for name, v in (("since", since), ("until", until)):
        if v and not _DATE.match(v):
            raise ConfigError(f"--{name} must be a date like 2026-02-02, 2026-02 or 2026, not {v!r}")
    if since:
        where.append(f"{pub} >= ?")
        params.append(since)
    if until:  # inclusive: 2026-02 keeps everything published in February
        where.append(f"substr({pub}, 1, ?) <= ?")
        params += [len(until), until]
    if lang:
        where.append("(lower(a.language) = lower(?) OR lower(a.language) LIKE lower(?))")
        params += [lang, f"{lang}-%"]
    if site:
        where.append("(lower(a.site) = lower(?) OR lower(a.url) LIKE lower(?))")
        params += [site, f"%://%{site}%"]
    return where, params


def name_keys(store: Store, name: str) -> list[str]:
    """Folded keys that refer to ``name``: itself plus the canonical name and aliases of matching entities."""
    key = text_key(name)
    if not key:
        return []
    ents = store.query("SELECT DISTINCT entity_key FROM entity_aliases WHERE alias_key = ? "
                       "UNION SELECT key FROM entities WHERE key = ?", (key, key))
    keys = {key}
    for e in ents:
        keys.add(e["entity_key"])
        keys.update(r["alias_key"] for r in store.query("SELECT alias_key FROM entity_aliases WHERE entity_key = ?",
                                                        (e["entity_key"],)))
    return sorted(keys)


def _select(kind: str) -> str:
    """SELECT of one kind's rows with their article, as flat result dicts."""
    table, who = _TABLES[kind]
    who_sql = f"i.{who}" if who else "NULL"
    label = "i.label" if kind == "metric" else "NULL"
    cols = (f"SELECT '{kind}' AS kind, i.text, {who_sql} AS who, {label} AS label, i.span_start, i.span_end, "
            "i.article_id, i.seq, a.url, a.published, a.language, a.site, a.title")
    return f"{cols} FROM {table} i JOIN articles a ON a.id = i.article_id"


def _run(store: Store, kinds: tuple[str, ...], build: Any, limit: int | None) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for kind in kinds:
        if kind not in KINDS:
            raise ConfigError(f"unknown kind {kind!r}; choose from {', '.join(KINDS)}")
        sql, params = build(kind)
        if limit:
            sql += f" LIMIT {int(limit)}"
        out += store.query(sql, params)
    return _finish(out, limit)


def _finish(out: list[dict[str, Any]], limit: int | None) -> list[dict[str, Any]]:
    # Newest first; undated last; then article order and position, so output is deterministic.
    out.sort(key=lambda r: (r["published"] is None, _neg(r["published"] or ""), r["article_id"], r["span_start"],
                            r["kind"]))
    for r in out:
        r["span"] = [r.pop("span_start"), r.pop("span_end")]
    return out[:limit] if limit else out


def _neg(s: str) -> tuple[int, ...]:
    return tuple(-ord(c) for c in s)


def search(store: Store, text: str, *, kinds: tuple[str, ...] = KINDS, who: str | None = None,
           limit: int | None = 200, **filters: Any) -> list[dict[str, Any]]:
    folded = search_fold(text).strip()
    if not folded:
        raise ConfigError("the search text is empty")
    for kind in kinds:
        if kind not in KINDS:
            raise ConfigError(f"unknown kind {kind!r}; choose from {', '.join(KINDS)}")
    keys = name_keys(store, who) if who else []
    if who and not keys:
        return []  # a name of punctuation only names nobody
    cond, params = store.search_match(folded)
    # Rank on the search table alone (it carries published and who_key), join only the top rows: a common
    # word matches tens of thousands of rows and joining them all before the LIMIT is what costs.
    where, fparams = _filters(store, pub="s.published", **filters)
    joins = " JOIN articles a ON a.id = s.article_id" if filters.get("lang") or filters.get("site") else ""
    conds = [cond, f"s.kind IN ({', '.join('?' * len(kinds))})", *where]
    params += [*kinds, *fparams]
    if keys:
        conds.append(f"s.who_key IN ({', '.join('?' * len(keys))})")
        params += keys
    sql = (f"SELECT s.kind, s.article_id, s.seq FROM search s{joins} WHERE {' AND '.join(conds)} "
           "ORDER BY CASE WHEN s.published IS NULL THEN 1 ELSE 0 END, s.published DESC, s.article_id, s.seq")
    if limit:
        sql += f" LIMIT {int(limit)}"
    hits = store.query(sql, params)
    out: list[dict[str, Any]] = []
    for kind in KINDS:
        pairs = [(h["article_id"], h["seq"]) for h in hits if h["kind"] == kind]
        for i in range(0, len(pairs), 400):
            chunk = pairs[i:i + 400]
            values = ", ".join("(?, ?)" for _ in chunk)
            out += store.query(_select(kind) + f" WHERE (i.article_id, i.seq) IN (VALUES {values})",
                               [v for pair in chunk for v in pair])
    return _finish(out, limit)


def claims_by(store: Store, name: str, *, kinds: tuple[str, ...] = ("claim", "quote"), limit: int | None = None,
              **filters: Any) -> list[dict[str, Any]]:
    keys = name_keys(store, name)
    if not keys:
        raise ConfigError("the name is empty")
    where, fparams = _filters(store, **filters)

    def build(kind: str) -> tuple[str, list[Any]]:
        _, who_col = _TABLES[kind]
        if not who_col:
            raise ConfigError("metrics have no claimant; use `extractor metrics`")
        conds = [f"i.{who_col}_key IN ({', '.join('?' * len(keys))})", *where]
        return (_select(kind) + " WHERE " + " AND ".join(conds) + " ORDER BY "
                "CASE WHEN a.published IS NULL THEN 1 ELSE 0 END, a.published DESC, i.article_id, i.seq",
                [*keys, *fparams])

    return _run(store, kinds, build, limit)


def metric_series(store: Store, label: str | None, unit: str | None, *, limit: int | None = None,
                  **filters: Any) -> list[dict[str, Any]]:
    where, params = _filters(store, **filters)
    if label:
        key = text_key(label)
        where.append("i.label_key LIKE ?")
        params.append(f"%{key}%" if key else "%")
    if unit is not None:
        where.append("lower(i.unit) = lower(?)")
        params.append(unit)
    sql = ("SELECT i.published, i.value, i.low, i.high, i.unit, i.qualifier, i.per, i.period, i.label, i.text, "
           "i.span_start, i.span_end, i.article_id, i.seq, i.fact_id, i.fact_key, a.url, a.language, a.site "
           "FROM metrics i JOIN articles a ON a.id = i.article_id")
    if where:
        sql += " WHERE " + " AND ".join(where)
    # A time series reads oldest first; undated rows go last.
    sql += " ORDER BY CASE WHEN i.published IS NULL THEN 1 ELSE 0 END, i.published, i.article_id, i.seq"
    if limit:
        sql += f" LIMIT {int(limit)}"
    rows = store.query(sql, params)
    for r in rows:
        r["span"] = [r.pop("span_start"), r.pop("span_end")]
    return rows
