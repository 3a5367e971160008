"""Article -> table rows, the same for every backend (column lists here drive the INSERT statements).

Kept apart from the backends so SQLite and PostgreSQL store byte-identical rows, and so the rows can be
turned back into an Article (``article_from_rows``) to prove the database loses nothing.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from ..model import Article, Claim, Entity, Evidence, Metric, Quote, Source, TableOut, Term, Warning
from .keys import content_hash, fact_key, group_key, search_fold, text_key

SOURCE = ("url", "published", "extractor_version")
COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("id", "content_hash", "record_hash", "extractor_version", "schema_version", "title",
                 "published", "language", "site", "url", "text", "extra"),
    "metrics": ("article_id", "seq", "item_id", "text", "span_start", "span_end", "value", "low", "high", "unit",
                "qualifier", "per", "label", "label_key", "label_start", "label_end", "period", "kind", "fact_id",
                "fact_key", *SOURCE),
    "quotes": ("article_id", "seq", "item_id", "text", "span_start", "span_end", "kind", "speaker", "speaker_key",
               "cue", "speaker_start", "speaker_end", "speaker_text", "speaker_role", "speaker_org", "entity_id",
               "entity_key", "text_key", "group_key", *SOURCE),
    "claims": ("article_id", "seq", "item_id", "text", "span_start", "span_end", "claimant", "claimant_key",
               "claimant_start", "claimant_end", "cue", "hedge", "evidence", "entity_id", "entity_key",
               "text_key", "group_key", *SOURCE),
    "terms": ("article_id", "seq", "zh", "en", "abbr", "text", "span_start", "span_end", "zh_hans", *SOURCE),
    "entities": ("key", "name", "kind", "en"),
    "entity_aliases": ("entity_key", "alias_key", "alias"),
    "mentions": ("article_id", "seq", "entity_key", "local_id", "text", "span_start", "span_end", "role", "org",
                 *SOURCE),
    # published and who_key are copied here so a search ranks and filters matches without joins.
    "search": ("article_id", "kind", "seq", "published", "who_key", "body"),
}
# Insert order respects the foreign keys.
TABLES = ("articles", "entities", "entity_aliases", "metrics", "quotes", "claims", "terms", "mentions", "search")
ITEM_TABLES = ("metrics", "quotes", "claims", "terms", "mentions")


@dataclass
class ArticleRows:
    """Every row one article contributes, by table."""

    id: str
    content_hash: str
    record_hash: str
    extractor_version: str
    rows: dict[str, list[tuple[Any, ...]]] = field(default_factory=dict)
    has_nul: bool = False  # a NUL character somewhere: PostgreSQL text cannot hold it
    problem: str | None = None  # why this article must not be stored (a span that does not match its text)


def _span(s: tuple[int, int] | None) -> tuple[int | None, int | None]:
    return (s[0], s[1]) if s else (None, None)


def to_rows(art: Article) -> ArticleRows:
    """All rows for ``art``; speakers and claimants resolve to global entity keys through art.entities."""
    src = (art.source.url or art.source.canonical_url, art.published, art.extractor_version)
    extra = {
        "authors": art.authors, "category": art.category, "source": art.source.model_dump(), "tables": [t.model_dump() for t in art.tables],
        "warnings": [w.model_dump() for w in art.warnings], "producers": art.producers,
        "entities": [e.model_dump() for e in art.entities],
    }
    record = art.model_dump_json()
    out = ArticleRows(art.id, content_hash(art.text), hashlib.sha256(record.encode()).hexdigest(),
                      art.extractor_version)
    r = out.rows = {t: [] for t in TABLES}
    r["articles"].append((art.id, out.content_hash, out.record_hash, art.extractor_version, art.schema_version,
                          art.title, art.published, art.language, art.site, src[0], art.text,
                          json.dumps(extra, ensure_ascii=False, sort_keys=True)))
    local: dict[str, str] = {}  # article-local entity id -> global key
    seq = 0
    for e in art.entities:
        key = text_key(e.name) or e.id
        local[e.id] = key
        r["entities"].append((key, e.name, e.kind, e.en))
        for alias in dict.fromkeys([e.name, *e.aliases, *([e.en] if e.en else [])]):
            if text_key(alias):
                r["entity_aliases"].append((key, text_key(alias), alias))
        for s in e.spans or [None]:
            text = art.text[s[0]:s[1]] if s else None
            r["mentions"].append((art.id, seq, key, e.id, text, *_span(s), e.role, e.org, *src))
            seq += 1
    for i, m in enumerate(art.metrics):
        fk = fact_key(m.value, m.low, m.high, m.unit, m.label, m.period, m.per)
        r["metrics"].append((art.id, i, m.id, m.text, *m.span, m.value, m.low, m.high, m.unit, m.qualifier, m.per,
                             m.label, text_key(m.label), *_span(m.label_span), m.period, m.kind, m.fact_id, fk,
                             *src))
        if m.label:
            r["search"].append((art.id, "metric", i, art.published, None, search_fold(m.label)))
    for i, q in enumerate(art.quotes):
        ek = local.get(q.entity_id or "")
        who = q.speaker
        r["quotes"].append((art.id, i, q.id, q.text, *q.span, q.kind, who, text_key(who), q.cue,
                            *_span(q.speaker_span), q.speaker_text, q.speaker_role, q.speaker_org, q.entity_id, ek,
                            text_key(q.text), group_key(who, q.text, ek), *src))
        r["search"].append((art.id, "quote", i, art.published, text_key(who), search_fold(q.text)))
    for i, c in enumerate(art.claims):
        ek = local.get(c.entity_id or "")
        ev = json.dumps([e.model_dump() for e in c.evidence], ensure_ascii=False)
        r["claims"].append((art.id, i, c.id, c.text, *c.span, c.claimant, text_key(c.claimant),
                            *_span(c.claimant_span), c.cue, c.hedge, ev, c.entity_id, ek,
                            text_key(c.text), group_key(c.claimant, c.text, ek), *src))
        r["search"].append((art.id, "claim", i, art.published, text_key(c.claimant), search_fold(c.text)))
    for i, t in enumerate(art.terms):
        r["terms"].append((art.id, i, t.zh, t.en, t.abbr, t.text, *_span(t.span), t.zh_hans, *src))
    out.problem = _span_problem(art)
    if "\\u0000" in record:  # JSON escapes NUL this way: a cheap test first, the exact one only if needed
        out.has_nul = any("\x00" in v for rows in r.values() for row in rows for v in row if isinstance(v, str))
    return out


def _span_problem(art: Article) -> str | None:
    """The database promises text[start:end] == item.text for every row: check it before storing."""
    n = len(art.text)
    items: list[tuple[str, Any]] = [("metric", m) for m in art.metrics] + [("quote", q) for q in art.quotes]
    items += [("claim", c) for c in art.claims] + [("term", t) for t in art.terms if t.span is not None]
    for kind, it in items:
        s, e = it.span
        if not (0 <= s <= e <= n) or art.text[s:e] != it.text:
            return f"{kind} span {list(it.span)} does not match its text {it.text!r}"
    return None


def _pick(row: dict[str, Any], *names: str) -> dict[str, Any]:
    return {n: row[n] for n in names}


def _sp(row: dict[str, Any], a: str, b: str) -> tuple[int, int] | None:
    return None if row[a] is None else (row[a], row[b])


def article_from_rows(art: dict[str, Any], items: dict[str, list[dict[str, Any]]]) -> Article:
    """Rebuild the Article from its stored rows (the inverse of ``to_rows``)."""
    extra = json.loads(art["extra"])
    metrics = [Metric(id=m["item_id"], span=(m["span_start"], m["span_end"]), label_span=_sp(m, "label_start", "label_end"),
                      **_pick(m, "text", "value", "low", "high", "unit", "qualifier", "per", "label", "period", "kind",
                              "fact_id")) for m in items["metrics"]]
    quotes = [Quote(id=q["item_id"], span=(q["span_start"], q["span_end"]),
                    speaker_span=_sp(q, "speaker_start", "speaker_end"),
                    **_pick(q, "text", "kind", "speaker", "cue", "speaker_text", "speaker_role", "speaker_org",
                            "entity_id")) for q in items["quotes"]]
    claims = [Claim(id=c["item_id"], span=(c["span_start"], c["span_end"]),
                    claimant_span=_sp(c, "claimant_start", "claimant_end"),
                    evidence=[Evidence(**e) for e in json.loads(c["evidence"])],
                    **_pick(c, "text", "claimant", "cue", "hedge", "entity_id")) for c in items["claims"]]
    terms = [Term(span=_sp(t, "span_start", "span_end"), **_pick(t, "zh", "en", "abbr", "text", "zh_hans"))
             for t in items["terms"]]
    return Article(
        schema_version=art["schema_version"], extractor_version=art["extractor_version"], id=art["id"],
        title=art["title"], published=art["published"], language=art["language"], site=art["site"],
        authors=extra["authors"], category=extra.get("category"), source=Source(**extra["source"]), text=art["text"], metrics=metrics,
        quotes=quotes, claims=claims, terms=terms, entities=[Entity(**e) for e in extra["entities"]],
        tables=[TableOut(**t) for t in extra["tables"]], warnings=[Warning(**w) for w in extra["warnings"]],
        producers=extra["producers"],
    )
