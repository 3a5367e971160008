"""Clause boundaries of Chinese text: where a speaker phrase before a cue can start."""

from __future__ import annotations

import bisect
import re

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
