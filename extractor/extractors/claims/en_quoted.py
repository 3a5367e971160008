"""Sentences inside a quotation that the quotes stage did not report, for the English claim judge.

A long quotation runs over several sentences (“… These towns are struggling. They never recovered. …” he
said); the quotes stage reports the attributed part, and the middle sentences would otherwise be judged as
the article's own voice. :func:`continued_quotes` gives each such clause the attributed direct quote of its
paragraph nearest to it (so its speaker becomes the claimant), and tells the judge which clauses lie inside
quotation marks with no quote over them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from ...document import Document, Span
from .candidates import Clause

_MARKS = re.compile("[“”\"]")


def continued_quotes(doc: Document, clauses: Sequence[Clause]) -> tuple[list[Clause], list[bool]]:
    """A clause inside quotation marks that the quotes stage left out (the middle sentences of a long
    quotation: “… These towns are struggling. They never recovered. …” he said) belongs to the attributed
    quote of the same paragraph nearest to it: it takes that quote (and so its speaker). Quote marks are
    counted once per paragraph (parity), so the pass stays linear. Also returns, for each clause, whether it
    lies inside quotation marks with no quote of that stage over it (a feature of the judge)."""
    text = doc.text
    quotes = sorted((q for q in doc.get("quotes") if getattr(q, "speaker", None) and q.kind == "direct"),
                    key=lambda q: q.span[0])
    starts = [q.span[0] for q in quotes]
    paras = list(doc.paragraphs)
    pstarts = [p.start for p in paras]
    marks: dict[int, list[int]] = {}  # paragraph start -> positions of its quote marks
    out, flags = [], []
    for c in clauses:
        if c.quote is not None or c.holder is not None:
            out.append(c)
            flags.append(False)
            continue
        i = bisect.bisect_right(pstarts, c.span.start) - 1
        para = paras[i] if i >= 0 and paras[i].end >= c.span.end else None
        if para is None:
            out.append(c)
            flags.append(False)
            continue
        pos = marks.get(para.start)
        if pos is None:
            pos = marks[para.start] = [m.start() for m in _MARKS.finditer(text, para.start, para.end)]
        inside = bisect.bisect_right(pos, c.span.start) % 2 == 1 and bisect.bisect_left(pos, c.span.end) % 2 == 1
        q = _nearest(quotes, starts, para, c.span) if inside else None
        out.append(replace(c, quote=q) if q is not None else c)
        flags.append(inside and q is None)
    return out, flags


def _nearest(quotes: Sequence[Any], starts: Sequence[int], para: Span, span: Span) -> Any | None:
    lo, hi = bisect.bisect_left(starts, para.start), bisect.bisect_left(starts, para.end)
    best, dist = None, None
    for q in quotes[lo:hi]:
        d = span.start - q.span[1] if q.span[1] <= span.start else q.span[0] - span.end
        if d >= 0 and (dist is None or d < dist):
            best, dist = q, d
    return best
