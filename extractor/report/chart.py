"""A small inline SVG chart of one metric across articles by date, with a select to switch series.

A series is every dated metric with the same (unit, label), or, when labels do not repeat, the same unit.
Series are ranked by how many articles they span; the first is shown, the rest are one select away.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from .page import esc

MAX_SERIES = 8
W, H, L, R, T, B = 640, 240, 64, 16, 14, 34


class Point(NamedTuple):
    day: str  # ISO date
    value: float
    unit: str
    label: str | None
    text: str  # the metric as written
    article: str  # the article's title
    href: str


def compact(x: float) -> str:
    """Axis label: 5e11 -> '500B', 0.25 -> '0.25'.

    >>> compact(5e11), compact(1234), compact(-2e6), compact(0.25)
    ('500B', '1.23K', '-2M', '0.25')
    """
    for div, suf in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(x) >= div:
            return f"{x / div:.3g}{suf}"
    return f"{x:.3g}"


def nice_step(raw: float) -> float:
    """The smallest 1, 2 or 5 x 10^k at least ``raw``.

    >>> nice_step(7.75), nice_step(0.3), nice_step(1.25e11)
    (10.0, 0.5, 200000000000.0)
    """
    mag = 10.0 ** math.floor(math.log10(raw))
    return next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw * (1 - 1e-12))


def _series(points: Sequence[Point]) -> list[tuple[str, list[Point], bool]]:
    by_label: dict[tuple[str, str], list[Point]] = defaultdict(list)
    by_unit: dict[str, list[Point]] = defaultdict(list)
    for p in points:
        if p.label:
            by_label[(p.unit, p.label)].append(p)
        by_unit[p.unit].append(p)
    out: list[tuple[int, int, str, list[Point], bool]] = []
    for (unit, label), ps in by_label.items():
        if len({p.day for p in ps}) >= 2:
            out.append((0, -len({p.href.split("#")[0] for p in ps}), f"{label} ({unit or 'count'})", ps, True))
    label_sets = {frozenset(ps) for _, _, _, ps, _ in out}
    for unit, ps in by_unit.items():
        if len({p.day for p in ps}) >= 2 and frozenset(ps) not in label_sets:
            out.append((1, -len({p.href.split("#")[0] for p in ps}), f"every metric in {unit or 'counts'}", ps, False))
    out.sort(key=lambda s: (s[0], s[1], s[2]))
    return [(name, sorted(ps, key=lambda p: (p.day, p.value)), line) for _, _, name, ps, line in out[:MAX_SERIES]]


def _svg(name: str, ps: list[Point], line: bool) -> str:
    days = [date.fromisoformat(p.day).toordinal() for p in ps]
    d0, d1 = min(days), max(days)
    vals = [p.value for p in ps]
    lo, hi = min(vals), max(vals)
    log = lo > 0 and hi / lo > 1000
    if log:
        lo, hi = math.log10(lo), math.log10(hi)
    else:
        lo = min(lo, 0.0)
    if hi == lo:
        hi = lo + 1
    if not log:  # round the axis to 4 steps of 1, 2 or 5 x 10^k
        step = nice_step((hi - lo) / 4)
        lo, hi = math.floor(lo / step) * step, math.floor(lo / step) * step + 4 * step
        while hi < max(vals):
            step = nice_step(step * 1.01)
            lo, hi = math.floor(lo / step) * step, math.floor(lo / step) * step + 4 * step

    def x(d: int) -> float:
        return L + (W - L - R) * ((d - d0) / (d1 - d0) if d1 > d0 else 0.5)

    def y(v: float) -> float:
        v = math.log10(v) if log else v
        return T + (H - T - B) * (1 - (v - lo) / (hi - lo))

    parts = [f'<line x1="{L}" y1="{H - B}" x2="{W - R}" y2="{H - B}" stroke="#999"/>',
             f'<line x1="{L}" y1="{T}" x2="{L}" y2="{H - B}" stroke="#999"/>']
    for i in range(5):
        tv = lo + (hi - lo) * i / 4
        label = compact(10**tv if log else tv)
        ty = T + (H - T - B) * (1 - i / 4)
        parts.append(f'<text x="{L - 6}" y="{ty + 4:.1f}" text-anchor="end">{esc(label)}</text>')
        parts.append(f'<line x1="{L}" y1="{ty:.1f}" x2="{W - R}" y2="{ty:.1f}" stroke="#eee"/>')
    for d, anchor in ((d0, "start"), (d1, "end")) if d1 > d0 else ((d0, "middle"),):
        parts.append(f'<text x="{x(d):.1f}" y="{H - B + 16}" text-anchor="{anchor}">'
                     f"{date.fromordinal(d).isoformat()}</text>")
    if line:
        pts = " ".join(f"{x(d):.1f},{y(p.value):.1f}" for d, p in zip(days, ps, strict=True))
        parts.append(f'<polyline points="{pts}" fill="none" stroke="#2f6fd6" stroke-width="1.5"/>')
    for d, p in zip(days, ps, strict=True):
        tip = f"{p.day} {p.text} — {p.article}"
        parts.append(f'<a href="{esc(p.href)}"><circle cx="{x(d):.1f}" cy="{y(p.value):.1f}" r="4" '
                     f'fill="#2f6fd6"><title>{esc(tip)}</title></circle></a>')
    scale = " (log scale)" if log else ""
    if log:
        parts.append(f'<text x="{W - R}" y="{T + 4}" text-anchor="end">log scale</text>')
    return (f'<svg viewBox="0 0 {W} {H}" width="{W}" height="{H}" role="img" aria-label="{esc(name + scale)}">'
            f'{"".join(parts)}</svg>')


def series_chart(points: Sequence[Point]) -> str:
    """The chart block: a select of series and one SVG per series (only the selected one visible)."""
    valid = []
    for p in points:
        try:
            date.fromisoformat(p.day)
        except ValueError:
            continue
        if math.isfinite(p.value):
            valid.append(p)
    series = _series(valid)
    if not series:
        return '<p class="hint">Not enough dated metrics: a chart needs one kind of metric on two dates.</p>'
    options = "".join(f'<option value="{i}">{esc(name)} — {len(ps)} values</option>'
                      for i, (name, ps, _) in enumerate(series))
    svgs = "".join(f'<div class="series" data-series="{i}"{" hidden" if i else ""}>{_svg(name, ps, line)}</div>'
                   for i, (name, ps, line) in enumerate(series))
    return (f'<div class="chart panel"><label>Series <select id="series">{options}</select></label>'
            f"{svgs}</div>")
