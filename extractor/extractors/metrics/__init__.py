"""Metrics: every money, percentage and quantity figure, normalized, labelled and grounded.

How it works: one precompiled regex finds number cores in ``doc.folded`` (Traditional script, same
length as ``doc.text``); each core is then grown with anchored matches to its right (scale word,
unit, range end, 以上/左右, /Year) and bounded searches to its left (currency symbol, qualifier,
每年). Cores that turn out to be dates, ordinals, model numbers, durations or bare numbers in
Chinese text are dropped. Labels, periods and cross-lingual ``fact_id`` come from labels; the
lexicons live in extractor/data/metrics_lexicon.json (compiled by lexicon).

One job per module: patterns (shared regexes), context (per-document facts), read (a core into a
figure), units (the unit right of it), qualify (sign, currency prefix, qualifier and period around
it), english (English count and pound judgements), labels, lexicon.

``extract_metrics(doc)`` returns the metrics; ``extract_metrics_with_warnings(doc)`` also returns
W301 warnings (``{code, stage, message}``) for unsure readings such as a bare 元 in a Taiwan story
about mainland China.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from ...document import Document
from ...model import Metric
from .context import Ctx
from .labels import attach_labels
from .lexicon import lexicon
from .patterns import CORE, Hit
from .read import read


def extract_metrics(doc: Document) -> list[Metric]:
    """Every money, percent and quantity figure in ``doc`` as a grounded :class:`Metric`."""
    return extract_metrics_with_warnings(doc)[0]


def extract_metrics_with_warnings(doc: Document) -> tuple[list[Metric], list[dict[str, str]]]:
    """The metrics plus warnings (``{code, stage, message}``) about unsure readings, e.g. a bare 元."""
    text = doc.text
    f = doc.folded if len(doc.folded) == len(text) else text
    lx = lexicon()
    ctx = Ctx(doc, f, lx)
    hits: list[Hit] = []
    last = 0
    for m in CORE.finditer(f):
        if m.start() < last or ctx.ignored(m.start()):
            continue
        hit = read(ctx, m, last)
        if hit is None and (k := _digits_after_numeral(m.group())):
            m = CORE.match(f, m.start() + k) or m  # 每英兩1,249.51美元: 兩 ends the word 英兩, the figure starts at 1
            hit = read(ctx, m, last)
        if hit is not None and ctx.zh and not m.group()[0].isdigit() and lx.in_fixed_word(f, m.start(), m.end()):
            continue  # 五花八門, 四面八方, 五股: an idiom or a place name holds the numeral
        if hit is not None:
            hits.append(hit)
            ctx.passage.note(hit.start, hit.end, hit.unit)
            ctx.read_as_money(m.group(), hit.unit)
            ctx.note_figure(hit.end, hit.unit)
            last = hit.end
    inherit_in_parentheses(f, hits)
    metrics = [to_metric(text, h) for h in hits]
    attach_labels(doc, metrics)
    return metrics, ctx.warnings


_NUMERAL_THEN_DIGITS = re.compile(r"[一二兩三四五六七八九十]+(?=[0-9])")


def _digits_after_numeral(core: str) -> int:
    """The length of a Chinese numeral run glued to Arabic digits (兩1,249.51), 0 if none: no number is written so
    (2萬7200 has its big unit between), the numeral ends a word before the figure."""
    m = _NUMERAL_THEN_DIGITS.match(core)
    return m.end() if m else 0


def inherit_in_parentheses(f: str, hits: list[Hit]) -> None:
    """A conversion in parentheses, "up to $12.9bn (£10bn)", shares the qualifier and period of its figure; a period
    right after the closing bracket ("50 km (31 miles) a day") belongs to both."""
    per_after = lexicon().re_per_suffix
    for a, b in zip(hits, hits[1:], strict=False):
        gap = f[a.end:b.start]
        if gap.strip() in ("(", "（"):
            if b.qualifier == "exact":
                b.qualifier = a.qualifier
            b.per = b.per or a.per  # 每月人民幣2,300元（約330美元）: the approximate conversion is monthly too
        if gap.strip() in ("(", "（") and a.per is None and f[b.end:b.end + 1] in (")", "）"):
            ps = per_after.match(f, b.end + 1)  # "up to 50 km (31 miles) a day": the period after the bracket
            if ps and not ps.group(1).lower().startswith((" in ", " of ")):
                a.per = b.per = b.per or lexicon().per_suffix[ps.group(1).lower()]


def to_metric(text: str, h: Hit) -> Metric:
    def fl(x: Decimal | None) -> float | None:
        return None if x is None else float(x)

    kind: Any = h.kind if h.kind in ("money", "percent", "count", "measure") else "count"
    return Metric(text=text[h.start:h.end], span=(h.start, h.end), value=fl(h.value), low=fl(h.low), high=fl(h.high),
                  unit=h.unit, qualifier=h.qualifier,  # type: ignore[arg-type]
                  per=None if h.per == "hour" else h.per,  # type: ignore[arg-type]  # CONTRACT periods: year..day
                  kind=kind, label=None, period=None, fact_id=None)
