"""English clause boundaries the shared splitter leaves inside a clause, for the English claim judge.

The shared splitter (:mod:`.candidates`) cuts English sentences at ``; : ! ?``, quotation marks and a comma
before ``but / while / which / as / and it``. English writers join two assertions in more ways, and the gold
spans stop at each (GUIDE: two assertions give two claims; the span is the content clause):

* a comma before a coordinating or subordinating conjunction that opens a new clause: ``…, and for years the
  United States has imposed …``, ``…, so …``, ``…, when the talks resume``, ``…, where …``, ``…, even if it
  means …``, ``…, because …``, when a finite verb follows (an auxiliary, a modal, a past form, a pronoun and
  its verb; held out, splitting after every subordinator without it lowered dev_en .703 -> .667): ``the north
  cove, the salt flats, and the old lighthouse`` is a list, not two clauses;
* a single dash: ``Another inquiry would be a waste of time — the committee has already …`` (a pair of
  dashes around an aside stays one clause).

:func:`split_clauses` returns the finer clauses (each part keeps its clause's quote, holder and source, and
the parts of a sentence are renumbered) with the per-clause flags carried along. The join model decides
whether a second part only completes the first. Every regex is bounded; one pass over each clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ...document import Span
from .candidates import Clause
from .clauses import trim

_CONJ = re.compile(r",\s+(?=(?:and|so|yet|when|where|even\s+if|even\s+though|because|since|unless|until|whereas|"
                   r"meaning|leaving|making)\s)")
_DASH = re.compile(r"\s(?:—|–|--|-)\s|(?<=\w)—(?=\s?\w)")
# a finite verb in the words after the conjunction: an auxiliary, a modal, a past form or a present -s verb
# after a subject word
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|does|do|did|"
                     r"isn[’']t|aren[’']t|wasn[’']t|weren[’']t|won[’']t|can[’']t|don[’']t|doesn[’']t|didn[’']t|"
                     r"[a-z]{3,}ed|(?:it|he|she|they|we|i|this|that|there)\s+[a-z]{3,}s)\b", re.IGNORECASE)
REACH = 120  # characters after a conjunction read for its finite verb
MIN_PART = 12  # characters: a shorter part stays with its neighbour


def _cuts(text: str, span: Span) -> list[tuple[int, int]]:
    """(end of the part before, start of the part after) for each boundary inside ``span``."""
    out = []
    for m in _CONJ.finditer(text, span.start, span.end):
        stop = text.find(",", m.end(), min(span.end, m.end() + REACH))
        if _FINITE.search(text, m.end(), stop if stop > 0 else min(span.end, m.end() + REACH)):
            out.append((m.start(), m.end()))
    dashes = list(_DASH.finditer(text, span.start, span.end))
    if len(dashes) == 1:
        out.append((dashes[0].start(), dashes[0].end()))
    return sorted(out)


def split_clauses(text: str, clauses: Sequence[Clause], flags: Sequence[bool]) -> tuple[list[Clause], list[bool]]:
    """``clauses`` cut at the English boundaries above, and ``flags`` repeated for the parts of each."""
    parts: list[tuple[Clause, bool]] = []
    for c, flag in zip(clauses, flags, strict=True):
        cur = c.span.start
        pieces = []
        for end, start in _cuts(text, c.span):
            a = trim(text, cur, end)
            if a.end - a.start >= MIN_PART and c.span.end - start >= MIN_PART:
                pieces.append(a)
                cur = start
        if not pieces:
            parts.append((c, flag))
            continue
        pieces.append(trim(text, cur, c.span.end))
        parts.extend((replace(c, span=p), flag) for p in pieces if p.end > p.start)
    out: list[Clause] = []
    counts: dict[int, int] = {}
    for c, _ in parts:
        counts[c.sent] = counts.get(c.sent, 0) + 1
    seen: dict[int, int] = {}
    for c, _ in parts:
        i = seen.get(c.sent, 0)
        seen[c.sent] = i + 1
        out.append(c if (c.index, c.count) == (i, counts[c.sent]) else replace(c, index=i, count=counts[c.sent]))
    return out, [f for _, f in parts]
