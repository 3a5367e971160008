"""Signed sections: the own-voice clauses under a heading that is a person's name belong to that person.

A round-up ("four economists share their views…", an op-ed panel, "experts weigh in") prints each
contributor's text under their name:

    Dana Whitfield
    Chief strategist, Harbour Capital
    Rates will stay high. We expect the slowdown to deepen.

The clauses of such a section are written in the first person and carry no cue, so without this they
would be the article's own voice. :func:`signed_holders` gives every clause of a section that has no
quote, holder or source the heading as holder (so its claimant is the contributor). It fires only in
articles with at least two such headings after an opening paragraph, so a lone name line (a byline, a
photo credit) never turns the article's own voice into someone's. A heading is a whole paragraph that
is exactly a mention of a person entity of the quotes stage.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from ...document import Document, Span
from .candidates import Clause
from .clauses import trim

MIN_SECTIONS = 2  # one name line alone is a byline or a caption, not a round-up of signed sections


def _headings(doc: Document) -> list[Span]:
    mentions = {(s, e) for ent in doc.get("entities") if getattr(ent, "kind", None) == "person"
                for s, e in getattr(ent, "spans", ()) or ()}
    if not mentions:
        return []
    out = []
    for i, p in enumerate(doc.paragraphs):
        t = trim(doc.text, p.start, p.end)
        if i > 0 and (t.start, t.end) in mentions:
            out.append(t)
    return out if len(out) >= MIN_SECTIONS else []


def signed_holders(doc: Document, clauses: Sequence[Clause]) -> list[Clause]:
    """``clauses`` with the heading of their signed section as holder where they have no other source."""
    heads = _headings(doc)
    if not heads:
        return list(clauses)
    starts = [h.start for h in heads]
    out = []
    for c in clauses:
        i = bisect.bisect_right(starts, c.span.start) - 1
        if i >= 0 and c.quote is None and c.holder is None and c.source is None:
            c = replace(c, holder=heads[i])
        out.append(c)
    return out
