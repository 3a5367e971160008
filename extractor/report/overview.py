"""The batch overview page: counts per kind and language, top speakers and claimants, a sortable metrics
table, a small SVG chart of one metric across articles by date, and links to the per-article pages."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from ..model import Article, Metric
from .article import KINDS, PLURAL, items_of
from .chart import Point, series_chart
from .page import asset, esc, fmt_number, page

TOP_N = 15


def _counts(arts: Sequence[Article]) -> str:
    totals = {k: sum(len(getattr(a, k + "s")) for a in arts) for k in KINDS}
    cards = [f'<div class="card">Articles<b>{len(arts)}</b></div>']
    cards += [f'<div class="card">{PLURAL[k]}<b>{totals[k]}</b></div>' for k in KINDS]
    by_lang: dict[str, list[Article]] = defaultdict(list)
    for a in arts:
        by_lang[a.language or "?"].append(a)
    head = "<th>language</th><th class=num>articles</th>" + "".join(
        f"<th class=num>{PLURAL[k].lower()}</th>" for k in KINDS)
    rows = "".join(
        f"<tr><td>{esc(lang)}</td><td class=num>{len(group)}</td>"
        + "".join(f"<td class=num>{sum(len(getattr(a, k + 's')) for a in group)}</td>" for k in KINDS)
        + "</tr>"
        for lang, group in sorted(by_lang.items())
    )
    return (f'<div class="cards">{"".join(cards)}</div>'
            f'<table class="panel"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>')


def _top(title: str, counter: Counter[str], articles: dict[str, set[str]]) -> str:
    rows = "".join(
        f"<tr><td>{esc(name)}</td><td class=num>{n}</td><td class=num>{len(articles[name])}</td></tr>"
        for name, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_N]
    )
    if not rows:
        rows = '<tr><td colspan="3" class="hint">none</td></tr>'
    return (f'<div class="panel"><h2>{esc(title)}</h2><table><thead><tr><th>name</th><th class=num>items</th>'
            f"<th class=num>articles</th></tr></thead><tbody>{rows}</tbody></table></div>")


def _people(arts: Sequence[Article]) -> str:
    speakers: Counter[str] = Counter()
    claimants: Counter[str] = Counter()
    s_arts: dict[str, set[str]] = defaultdict(set)
    c_arts: dict[str, set[str]] = defaultdict(set)
    for a in arts:
        for q in a.quotes:
            if q.speaker:
                speakers[q.speaker] += 1
                s_arts[q.speaker].add(a.id)
        for c in a.claims:
            if c.claimant:
                claimants[c.claimant] += 1
                c_arts[c.claimant].add(a.id)
    return (f'<div class="grid2">{_top("Top speakers", speakers, s_arts)}'
            f'{_top("Top claimants", claimants, c_arts)}</div>')


def _sort_cell(value: object, sort_key: object = None) -> str:
    key = "" if sort_key is None else f' data-v="{esc(sort_key)}"'
    return f"<td{key}>{esc(value)}</td>"


def _metrics_table(arts: Sequence[Article], hrefs: Sequence[str]) -> str:
    cols = (("article", "s"), ("date", "s"), ("text", "s"), ("value", "n"), ("low", "n"), ("high", "n"),
            ("unit", "s"), ("qualifier", "s"), ("per", "s"), ("period", "s"), ("label", "s"))
    head = "".join(f'<th class="sort" data-type="{t}" tabindex="0">{esc(c)}</th>' for c, t in cols)
    rows = []
    for a, href in zip(arts, hrefs, strict=True):
        name = a.title or a.id
        for _, key, m in items_of(a):
            if not isinstance(m, Metric):
                continue
            link = f'<td data-v="{esc(name)}"><a href="{esc(href)}#{key}">{esc(_short(name))}</a></td>'
            rows.append(
                "<tr>" + link + _sort_cell(a.published) + _sort_cell(m.text)
                + "".join(_sort_cell(fmt_number(v), "" if v is None else repr(v))
                          for v in (m.value, m.low, m.high))
                + "".join(_sort_cell(v) for v in (m.unit, m.qualifier, m.per, m.period, m.label))
                + "</tr>"
            )
    if not rows:
        return '<p class="hint">No metrics in this batch.</p>'
    return (f'<div class="panel scroll"><table id="metrics" class="sortable"><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div>')


def _short(s: str, n: int = 40) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def _articles_table(arts: Sequence[Article], hrefs: Sequence[str]) -> str:
    head = ("<th class=sort data-type=s tabindex=0>title</th><th class=sort data-type=s tabindex=0>id</th>"
            "<th class=sort data-type=s tabindex=0>language</th><th class=sort data-type=s tabindex=0>date</th>"
            + "".join(f"<th class='sort num' data-type=n tabindex=0>{PLURAL[k].lower()}</th>" for k in KINDS)
            + "<th class='sort num' data-type=n tabindex=0>warnings</th>")
    rows = []
    for a, href in zip(arts, hrefs, strict=True):
        nums = [len(getattr(a, k + "s")) for k in KINDS] + [len(a.warnings)]
        rows.append(
            f'<tr><td data-v="{esc(a.title or a.id)}"><a href="{esc(href)}">{esc(a.title or a.id)}</a></td>'
            + _sort_cell(a.id) + _sort_cell(a.language) + _sort_cell(a.published)
            + "".join(f'<td class=num data-v="{n}">{n}</td>' for n in nums) + "</tr>"
        )
    return (f'<div class="panel scroll"><table id="articles" class="sortable"><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table></div>')


def _chart(arts: Sequence[Article], hrefs: Sequence[str]) -> str:
    points: list[Point] = []
    for a, href in zip(arts, hrefs, strict=True):
        if not a.published:
            continue
        for _, key, m in items_of(a):
            if isinstance(m, Metric) and m.value is not None:
                points.append(Point(a.published[:10], m.value, m.unit, m.label, m.text, a.title or a.id,
                                    f"{href}#{key}"))
    return series_chart(points)


def render_overview(arts: Sequence[Article], hrefs: Sequence[str], *,
                    errors: Sequence[tuple[str, str]] = (), title: str = "extractor report") -> str:
    """The overview page for a batch; ``hrefs[i]`` is the relative link to the page of ``arts[i]``."""
    errs = ""
    if errors:
        lis = "".join(f"<li><b>{esc(i)}</b>: {esc(r)}</li>" for i, r in errors)
        errs = f'<h2>Failed inputs ({len(errors)})</h2><ul class="errors">{lis}</ul>'
    body = (
        f'<header><h1>{esc(title)}</h1><p class="meta">{len(arts)} article(s)</p></header>'
        f'<div class="overview">{_counts(arts)}{errs}<h2>Articles</h2>{_articles_table(arts, hrefs)}'
        f"{_people(arts)}<h2>A metric across articles by date</h2>{_chart(arts, hrefs)}"
        f"<h2>Metrics</h2>{_metrics_table(arts, hrefs)}</div>"
    )
    return page(title=title, lang="und", body=body, script=asset("overview.js"))
