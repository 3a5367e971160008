"""The per-article report page: highlighted text, a details panel, filter toggles and a table per kind.

Everything is rendered here in Python (marks and tables), so the browser only parses HTML; the page script
only shows details from the JSON data island and toggles CSS classes, which stays fast with 1,000+ items.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

from ..model import Article, Claim, Metric, Quote, Term
from .marks import Highlight, render_marked
from .page import asset, esc, fmt_number, json_island, page

KINDS = ("metric", "quote", "claim", "term")
PLURAL = {"metric": "Metrics", "quote": "Quotes", "claim": "Claims", "term": "Terms"}
PREFIX = {"metric": "m", "quote": "q", "claim": "c", "term": "t"}
TABLE_TEXT_MAX = 90

Item = Metric | Quote | Claim | Term
# fact_id -> links to metrics in other articles of a batch: (href, label)
Related = Mapping[str, Sequence[tuple[str, str]]]


_SAFE_KEY = re.compile(r"[A-Za-z][A-Za-z0-9_.:-]{0,63}")


def items_of(art: Article) -> list[tuple[str, str, Item]]:
    """Every item as (kind, key, item). The key is the item's own ``id`` when it is a safe, unique token
    (so ``report.html#m3`` matches the JSON), else the kind's letter and 1-based position, e.g. ``t2``."""
    out: list[tuple[str, str, Item]] = []
    used: set[str] = set()
    for kind, seq in (("metric", art.metrics), ("quote", art.quotes), ("claim", art.claims), ("term", art.terms)):
        for i, it in enumerate(seq, 1):
            own = getattr(it, "id", None)
            key = own if own and _SAFE_KEY.fullmatch(own) and own not in used else f"{PREFIX[kind]}{i}"
            n = 2
            while key in used:
                key, n = f"{PREFIX[kind]}{i}-{n}", n + 1
            used.add(key)
            out.append((kind, key, it))
    return out


def located(text: str, item: Item) -> bool:
    """True when the item's span lies in ``text`` and covers exactly the item's text (what gets a highlight)."""
    if item.span is None:
        return False
    s, e = item.span
    if not 0 <= s < e <= len(text):
        return False
    surface = item.text if not isinstance(item, Term) else (item.text if item.text is not None else text[s:e])
    return text[s:e] == surface


def _span_range(v: float | None, lo: float | None, hi: float | None) -> str:
    if lo is not None or hi is not None:
        return f"{fmt_number(lo)} – {fmt_number(hi)}"
    return fmt_number(v)


def _fields(kind: str, it: Item, entities: Mapping[str, str]) -> list[list[str]]:
    rows: list[tuple[str, object]] = []
    if isinstance(it, Metric):
        rows = [("value", fmt_number(it.value)), ("low", fmt_number(it.low)), ("high", fmt_number(it.high)),
                ("unit", it.unit or "(count)"), ("qualifier", it.qualifier), ("per", it.per),
                ("period", it.period), ("label", it.label), ("kind", it.kind), ("fact id", it.fact_id)]
    elif isinstance(it, Quote):
        rows = [("kind", it.kind), ("speaker", it.speaker), ("as written", it.speaker_text),
                ("role", it.speaker_role), ("organisation", it.speaker_org), ("cue", it.cue),
                ("entity", entities.get(it.entity_id or "", it.entity_id))]
    elif isinstance(it, Claim):
        rows = [("claimant", it.claimant or "(article's own voice)"), ("cue", it.cue), ("hedge", it.hedge),
                ("entity", entities.get(it.entity_id or "", it.entity_id))]
    elif isinstance(it, Term):
        rows = [("zh", it.zh), ("en", it.en), ("abbr", it.abbr), ("zh-Hans", it.zh_hans)]
    rows.append(("span", f"{it.span[0]}–{it.span[1]}" if it.span else None))
    rows.append(("id", getattr(it, "id", None)))
    return [[k, str(v)] for k, v in rows if v not in (None, "")]


def _summary(kind: str, it: Item) -> str:
    if isinstance(it, Metric):
        val = _span_range(it.value, it.low, it.high)
        bits = [val, it.unit, f"({it.qualifier})" if it.qualifier != "exact" else "", it.label or ""]
        return "metric: " + " ".join(b for b in bits if b)
    if isinstance(it, Quote):
        return f"quote ({it.kind}): {it.speaker or 'unknown speaker'}"
    if isinstance(it, Claim):
        return f"claim: {it.claimant or 'article'}" + (f", hedge {it.hedge}" if it.hedge else "")
    assert isinstance(it, Term)
    return "term: " + " / ".join(x for x in (it.zh, it.en, it.abbr) if x)


def _links(kind: str, key: str, it: Item, keys_by_id: Mapping[tuple[str, object], str],
           fact_keys: Mapping[str, list[str]], related: Related) -> list[dict[str, str]]:
    links: list[dict[str, str]] = []
    if isinstance(it, Metric) and it.fact_id:
        for other in fact_keys.get(it.fact_id, []):
            if other != key:
                links.append({"label": "same fact", "key": other})
        for href, label in related.get(it.fact_id, ()):
            links.append({"label": "same fact", "href": href, "text": label})
    if isinstance(it, Claim):
        for ev in it.evidence:
            # Evidence names its item by id, or (as the claims extractor does) by kind and span.
            target = keys_by_id.get((ev.kind, ev.id)) or keys_by_id.get((ev.kind, tuple(ev.span)))
            link = {"label": f"evidence ({ev.kind})", "text": ev.id}
            if target:
                link["key"] = target
            links.append(link)
    return links


def utf16_offsets(text: str) -> Callable[[int], int]:
    """Python (code point) offsets -> JavaScript (UTF-16) offsets; they differ after any non-BMP character."""
    astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
    if not astral:
        return lambda i: i
    return lambda i: i + bisect_left(astral, i)


def _related_spans(it: Item, n: int, to_u16: Callable[[int], int]) -> list[list[int]]:
    """The speaker, claimant or label of an item as UTF-16 [start, end] pairs, shown when it is selected."""
    spans = [getattr(it, name, None) for name in ("speaker_span", "claimant_span", "label_span")]
    return [[to_u16(s), to_u16(e)] for s, e in (sp for sp in spans if sp) if 0 <= s < e <= n]


def _table(kind: str, rows: list[tuple[str, Item, bool]]) -> str:
    heads = {
        "metric": ("", "text", "value", "unit", "qualifier", "per", "period", "label"),
        "quote": ("", "text", "kind", "speaker", "cue"),
        "claim": ("", "text", "claimant", "hedge", "evidence"),
        "term": ("", "zh", "en", "abbr", "in text"),
    }[kind]
    body = []
    for key, it, ok in rows:
        if isinstance(it, Metric):
            cells = [it.text, _span_range(it.value, it.low, it.high), it.unit, it.qualifier, it.per, it.period,
                     it.label]
        elif isinstance(it, Quote):
            cells = [it.text, it.kind, it.speaker, it.cue]
        elif isinstance(it, Claim):
            cells = [it.text, it.claimant or "—", it.hedge, str(len(it.evidence)) if it.evidence else ""]
        else:
            assert isinstance(it, Term)
            cells = [it.zh, it.en, it.abbr, "yes" if ok else "no span"]
        tds = "".join(f"<td>{esc(_clip(c))}</td>" for c in cells)
        cls = "" if ok else ' class="nospan"'
        body.append(f'<tr data-k="{key}"{cls} tabindex="0"><td class="key">{key}</td>{tds}</tr>')
    if not body:
        body.append(f'<tr><td colspan="{len(heads)}" class="hint">none found</td></tr>')
    head = "".join(f"<th>{esc(h)}</th>" for h in heads)
    return (f'<details class="tbl k-{kind}" open><summary>{PLURAL[kind]} ({len(rows)})</summary>'
            f'<div class="tw"><table><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table></div></details>')


def _clip(value: object) -> str:
    s = "" if value is None else str(value)
    return s if len(s) <= TABLE_TEXT_MAX else s[: TABLE_TEXT_MAX - 1] + "…"


def _source_link(url: str | None) -> str:
    """The source URL as a link only when it is http(s); anything else (javascript:, data:) stays text."""
    if not url:
        return ""
    if urlsplit(url).scheme.lower() in ("http", "https"):
        return f'<a href="{esc(url)}" rel="noopener noreferrer">{esc(url)}</a>'
    return f"<span>{esc(url)}</span>"


def render_article(art: Article, *, overview_href: str | None = None, related: Related | None = None) -> str:
    """The complete HTML page for one Article."""
    related = related or {}
    text = art.text
    entities = {e.id: e.name for e in art.entities}
    all_items = items_of(art)
    keys_by_id: dict[tuple[str, object], str] = {}
    fact_keys: dict[str, list[str]] = defaultdict(list)
    for kind, key, it in all_items:
        if kind in ("metric", "quote"):
            if getattr(it, "id", None):
                keys_by_id.setdefault((kind, str(it.id)), key)
            keys_by_id.setdefault((kind, tuple(it.span or ())), key)
        if isinstance(it, Metric) and it.fact_id:
            fact_keys[it.fact_id].append(key)

    to_u16 = utf16_offsets(text)
    highlights: list[Highlight] = []
    data: dict[str, Any] = {}
    rows: dict[str, list[tuple[str, Item, bool]]] = {k: [] for k in KINDS}
    for kind, key, it in all_items:
        ok = located(text, it)
        surface = it.text if it.text is not None else it.zh
        if ok:
            assert it.span is not None
            highlights.append(Highlight(it.span[0], it.span[1], key, kind, _summary(kind, it)))
        rows[kind].append((key, it, ok))
        data[key] = {"kind": kind, "text": surface, "located": ok, "fields": _fields(kind, it, entities),
                     "links": _links(kind, key, it, keys_by_id, fact_keys, related),
                     "marks": _related_spans(it, len(text), to_u16)}

    marked = render_marked(text, highlights)
    counts = {k: (sum(1 for r in rows[k] if r[2]), len(rows[k])) for k in KINDS}
    filters = "".join(
        f'<label class="flt k-{k}"><input type="checkbox" checked data-filter="{k}">'
        f'<span class="sw"></span>{PLURAL[k]} <b>{counts[k][1]}</b>'
        + (f' <small>({counts[k][1] - counts[k][0]} not in text)</small>' if counts[k][0] < counts[k][1] else "")
        + "</label>"
        for k in KINDS
    )
    meta = " · ".join(esc(x) for x in (art.id, art.language, art.published, art.site) if x)
    authors = f" · {esc(', '.join(art.authors))}" if art.authors else ""
    back = f'<a class="back" href="{esc(overview_href)}">← all articles</a>' if overview_href else ""
    warnings = ""
    if art.warnings:
        lis = "".join(f"<li><code>{esc(w.code)}</code> {esc(w.stage)}: {esc(w.message)}</li>" for w in art.warnings)
        warnings = f'<details class="warnings"><summary>{len(art.warnings)} warning(s)</summary><ul>{lis}</ul></details>'
    tables = "".join(_table(k, rows[k]) for k in KINDS)
    body = (
        f'<header>{back}<h1>{esc(art.title or art.id)}</h1>'
        f'<p class="meta">{meta}{authors} {_source_link(art.source.url or art.source.canonical_url)}</p>'
        f'{warnings}<div class="legend" role="group" aria-label="Show kinds">{filters}</div></header>\n'
        f'<main class="layout"><article id="text" class="text" lang="{esc(art.language)}">{marked}</article>\n'
        f'<aside><section id="details" class="details" aria-live="polite">'
        f'<p class="hint">Hover or click a highlight (or a table row) to see its details.</p></section>'
        f"{tables}</aside></main>\n"
        + json_island("report-data", {"id": art.id, "items": data})
    )
    return page(title=f"{art.title or art.id} — extractor report", lang=art.language, body=body,
                script=asset("article.js"), body_class="article-page")
