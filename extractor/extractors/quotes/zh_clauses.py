"""Clause boundaries of Chinese text: where a speaker phrase before a cue can start."""

from __future__ import annotations

import bisect
import re

from ..speakers.parse_zh import parse_zh
from ..speakers.registry import Registry

_ZH_BOUND = "，,。！？!?；;：:「」『』“”\"\n"


_ZH_END = re.compile(r"[。！？!?；;\n]")


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _glued_open(text: str, close: int) -> bool:
    """True when the quote closed at ``close`` was opened right after a Han/alnum char (an embedded term)."""
    i = max(text.rfind("「", 0, close), text.rfind("『", 0, close))
    return i > 0 and _is_word(text[i - 1])


class _Bounds:
    """Positions of clause boundary marks in a text, for O(log n) "where does this clause start"."""

    _RE = re.compile("[" + re.escape(_ZH_BOUND) + "]")

    def __init__(self, text: str) -> None:
        # a quote mark glued to Han text on its outer side (出席「財經年會」時) is inside the clause
        n = len(text)
        self.pos = [i for i in (m.start() for m in self._RE.finditer(text))
                    if not (text[i] in "「『" and i > 0 and _is_word(text[i - 1]))
                    and not (text[i] == "," and 0 < i < n - 1 and text[i - 1].isdigit() and text[i + 1].isdigit())
                    and not (text[i] in "」』" and i + 1 < n and (_is_word(text[i + 1]) or text[i + 1] in "（(")
                             and _glued_open(text, i))]

    def too_far(self, pos: int, limit: int = 80) -> bool:
        """True when the clause holding ``pos`` started more than ``limit`` characters before it."""
        k = bisect.bisect_left(self.pos, pos) - 1
        return pos - (self.pos[k] + 1 if k >= 0 else 0) > limit

    def clause_start(self, pos: int, limit: int = 80) -> int:
        """Start of the clause ending at ``pos``; ``pos`` itself when no boundary lies within ``limit``.

        A speaker phrase sits at the start of its clause, so a cue deep inside a run-on clause (or in
        hostile input) has none.
        """
        k = bisect.bisect_left(self.pos, pos) - 1
        start = self.pos[k] + 1 if k >= 0 else 0
        if pos - start > limit:
            return pos
        return start


_ZH_SENT_END = re.compile(r"[。！？!?\n]")


def _subject_clause(reg: Registry, text: str, folded: str, bounds: _Bounds, comma: int) -> tuple[int, int] | None:
    """The clause before ``comma`` when it is a speaker and how they spoke (培正中學發表聲明, 她在臉書留言),
    for a cue that opens the next clause with no subject of its own (…，表示…)."""
    cs = bounds.clause_start(comma, limit=40)
    if cs >= comma:
        return None
    sp = parse_zh(reg, text, folded, cs, comma, comma)
    if sp is None and _ADVERBIAL_CLAUSE.fullmatch(folded, cs, comma) and cs >= 2 and text[cs - 1] in "，,":
        # 洪某周五去職，今天接受廣播專訪時，直言…: a time clause stands between the subject and the cue
        return _subject_clause(reg, text, folded, bounds, cs - 1)
    if sp is None or sp.kind not in ("person", "persons", "org", "pronoun") or sp.span.start - _skip_lead(folded, cs) > 8:
        return None
    if sp.span.end - cs > 12 and sp.kind == "org":
        return None
    return cs, comma


def _skip_lead(folded: str, pos: int) -> int:
    m = _LEAD.match(folded, pos)
    return m.end() if m else pos


# a clause that only says when or how (今天接受廣播專訪時, 會後): no subject of its own
_ADVERBIAL_CLAUSE = re.compile(r"[^，,。；;！？]{0,20}(?:時|後|期間|之際)")
_LEAD = re.compile(r"(?:另據報導|另外|此外|同時|而|但|另)?[，,]?")
# the person spoken to: 對習近平(說), 向記者(表示), 跟家人(說)
_ADDRESSEE = re.compile(r"(?:對|向|跟|和)[^，,。；]{1,12}$")


def addressee_only(folded: str, start: int, end: int) -> bool:
    """True when the words before a cue only name who was spoken to (對習近平說): the speaker is elsewhere."""
    return _ADDRESSEE.fullmatch(folded, start, end) is not None
