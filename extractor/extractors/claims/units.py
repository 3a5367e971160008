"""Pick the claim-sized units out of a stretch of clauses (Chinese attribution content and own voice).

A reported statement often mixes facts and assessments:
``X表示，A站鄰近機場，是很好的生活圈，而基地面積約1,512坪，…，對發展有很大助益``. Clauses are first
grouped into *runs*: a run breaks before a clause that opens a new statement (若…, 當…, 由於…, 但…,
此外…) and at a clause that is only a figure (metrics are facts, not claims). A run becomes a unit
when it holds an assessment marker (可能, 難以, 助益…), from its start to its last marked clause;
the first run of a reported statement is what the speaker says and counts unmarked too.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from ...document import Span
from .clauses import is_quote
from .lexicon import Lexicon, marker_strength

MAX_LEAD = 2  # unmarked clauses kept before the first marked one: more is background, not the claim
MAX_UNIT_CLAUSES = 5


@dataclass(frozen=True)
class ClauseInfo:
    span: Span
    strength: int  # 0 none, 1 weak marker, 2 strong marker
    own: bool  # carries a marker strong enough for an unattributed (own-voice) claim
    quote: bool
    figure: bool  # holds a metric and no marker: a plain fact
    opens: bool  # starts with a word that opens a new statement
    cont: bool  # starts with a word that cannot open a statement (是…, 可能…): it leans on the clause before
    cond: bool  # a condition or cause (若…, 當…, 受到…) whose consequence follows
    contrast: bool  # starts with 但/卻
    concedes: bool  # has 雖 after its subject (那些雖超出預期，但…的公司): the 但 clause that follows pairs with it
    adds: bool = False  # 加上…: one more cause joined to the clause before it


class Figures:
    """Metric spans indexed for "does this clause hold a figure?" (built once per document)."""

    def __init__(self, spans: Sequence[Span]):
        ordered = sorted(spans)
        self.starts = [m.start for m in ordered]
        self.ends = [m.end for m in ordered]

    def inside(self, c: Span) -> bool:
        i = bisect.bisect_left(self.starts, c.start)
        return i < len(self.starts) and self.ends[i] <= c.end


def describe(text: str, folded: str, clauses: Sequence[Span], lex: Lexicon, figures: Figures) -> list[ClauseInfo]:
    out = []
    for c in clauses:
        strength = marker_strength(folded, c.start, c.end, lex)
        out.append(ClauseInfo(
            span=c,
            strength=strength,
            # (顯示勞動市場仍具韌性: a clause that opens with an inference word is the writer's conclusion)
            own=(lex.contains("own_markers", folded, c.start, c.end)
                 or lex.starts("inference_openers", folded, c.start, c.end)),
            quote=is_quote(text, c),
            figure=figures.inside(c) and strength < 2,
            opens=lex.starts("run_openers", folded, c.start, c.end),
            cont=lex.starts("lead_continuation", folded, c.start, c.end),
            cond=lex.starts("conditional_openers", folded, c.start, c.end),
            contrast=lex.starts("contrast_openers", folded, c.start, c.end),
            concedes="雖" in folded[c.start + 1 : c.end],
            adds=lex.starts("additive_openers", folded, c.start, c.end),
        ))
    return out


def runs(infos: Sequence[ClauseInfo], *, lead_figure: bool = False) -> list[list[int]]:
    """Clause indices grouped into runs (quotations and plain figures are left out, and break runs).

    With ``lead_figure`` a figure opening the stretch stays: after 預估， the figure is the prediction.
    """
    out: list[list[int]] = []
    cur: list[int] = []
    for k, c in enumerate(infos):
        if c.quote or (c.figure and not (lead_figure and k == 0)):
            if cur:
                out.append(cur)
            cur = []
            continue
        # A clause after a condition is its consequence (若不投資，未來恐…), and 但 after a 雖 inside a
        # subject pairs with it: neither opens a new statement.
        if c.opens and cur and not infos[cur[-1]].cond and not (c.contrast and infos[cur[-1]].concedes):
            out.append(cur)
            cur = []
        cur.append(k)
    if cur:
        out.append(cur)
    return out


def _clusters(marked: list[int]) -> list[list[int]]:
    """Marked clauses at most one clause apart belong to one statement."""
    out: list[list[int]] = []
    for k in marked:
        if out and k - out[-1][-1] <= 2:
            out[-1].append(k)
        else:
            out.append([k])
    return out


def _grow(infos: Sequence[ClauseInfo], run: list[int], first: int, last: int) -> Span:
    """The unit for marked clauses ``first..last`` of ``run``: pull in what they lean on."""
    lo = first
    if infos[run[0]].cond and first - run[0] <= MAX_LEAD:
        lo = run[0]  # 若…，…可能… / 受到…影響，衝擊…: the condition belongs to the claim
    while lo > run[0] and first - lo < MAX_LEAD and infos[lo].cont:
        lo -= 1  # 是很好的生活圈 / 可能會下跌40%: no subject of its own
    if lo - 2 >= run[0] and infos[lo - 1].adds and not infos[lo - 2].figure:
        lo -= 2  # A持續發酵，加上B，C明顯降溫: the causes joined by 加上 are part of the argument
    hi = last
    if infos[run[0]].cond and hi == run[0] and len(run) > 1:
        hi = run[1]  # the condition is marked; its consequence is the claim
    while hi + 1 <= run[-1] and hi - lo + 1 < MAX_UNIT_CLAUSES and infos[hi + 1].cont and not infos[hi + 1].figure:
        hi += 1
    lo = max(lo, hi - MAX_UNIT_CLAUSES + 1)
    return Span(infos[lo].span.start, infos[hi].span.end)


def select_units(infos: Sequence[ClauseInfo], *, own: bool, first_free: bool, lead_figure: bool = True,
                 need: int | None = None) -> list[Span]:
    """Units from runs: marked runs (own-voice markers when ``own``), plus the first run if ``first_free``.

    ``lead_figure=False`` drops an opening figure even then (數據顯示，GDP增長4.9% reports data, it
    does not assess it).
    """
    units: list[Span] = []
    for i, run in enumerate(runs(infos, lead_figure=first_free and lead_figure)):
        # Under a stance verb a weak marker (穩定, 機會) is enough; reported facts (表示, 說明) and the
        # article's own voice need a clear assessment.
        need = need or (1 if first_free else 2)
        marked = [k for k in run if (infos[k].own if own else infos[k].strength >= need)]
        if marked:
            for j, cl in enumerate(_clusters(marked)):
                # What a stance verb governs starts right after it: keep the run's opening clauses.
                first = run[0] if first_free and i == 0 and j == 0 and cl[0] - run[0] <= MAX_LEAD else cl[0]
                units.append(_grow(infos, run, first, cl[-1]))
        elif first_free and i == 0:
            units.append(Span(infos[run[0]].span.start, infos[run[min(len(run), 3) - 1]].span.end))
    return units


def first_statement(infos: Sequence[ClauseInfo]) -> Span | None:
    """The first clause and the clauses leaning on it (what an inline stance verb governs)."""
    if not infos:
        return None
    hi = 0
    while (hi + 1 < len(infos) and hi + 1 < MAX_UNIT_CLAUSES and infos[hi + 1].cont and not infos[hi + 1].quote
           and not infos[hi + 1].opens):
        hi += 1
    return Span(infos[0].span.start, infos[hi].span.end)
