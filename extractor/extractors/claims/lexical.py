"""Word features of a clause for the claim judge: the words it says and the words just before it.

The word classes of :mod:`.features` are hand-made lists; these are the words themselves, so the
learned weights can tell an assessment (恐怕, 關鍵, 不利) from a reported fact (舉行, 宣布, 億元) by
vocabulary the lists never named. Chinese words are jieba's (``doc.tokens``, read in the folded,
Traditional text so that Simplified input finds the same weights); English words are lowercased runs of
letters. Figures become ``#``. Features: ``u:WORD`` for each word of the clause, ``b:W1|W2`` for the
clause's first two words, and ``l:WORD`` for the last words before it in its sentence (the cue and holder:
認為, 表示, 據…). Only words the training kept a weight for matter at inference; the rest cost a
dictionary miss.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from ...document import Document, Span

LEFT = 3  # words of context before the clause
_EN_WORD = re.compile(r"[a-z][a-z'\-]*|\d[\d,.]*")
_PUNCT = re.compile(r"^[\W_]+$")
_FIGURE = re.compile(r"^[\d０-９.,．％%]+$")


class Words:
    """The words of a document, as (start, end, word) in text order, found by bisection."""

    def __init__(self, doc: Document):
        folded = doc.folded or doc.text
        if doc.is_zh:
            spans: Sequence[Span] = doc.tokens
            words = [(s.start, s.end, _norm(folded[s.start : s.end])) for s in spans]
        else:
            low = doc.text.lower()
            words = [(m.start(), m.end(), _norm(m.group(0))) for m in _EN_WORD.finditer(low)]
        self.words = [w for w in words if w[2]]
        self.starts = [w[0] for w in self.words]

    def between(self, start: int, end: int) -> list[str]:
        i = bisect_left(self.starts, start)
        out = []
        while i < len(self.words) and self.words[i][1] <= end:
            out.append(self.words[i][2])
            i += 1
        return out

    def before(self, start: int, floor: int, n: int = LEFT) -> list[str]:
        """Up to ``n`` words ending at or before ``start`` and starting at or after ``floor``."""
        i = bisect_left(self.starts, start) - 1
        out: list[str] = []
        while i >= 0 and len(out) < n and self.words[i][0] >= floor:
            if self.words[i][1] <= start:
                out.append(self.words[i][2])
            i -= 1
        return out


def _norm(w: str) -> str:
    if _PUNCT.match(w):
        return ""
    if _FIGURE.match(w) or w[:1].isdigit():
        return "#"
    return w


def lexical_features(words: Words, span: Span, sentence_start: int) -> dict[str, float]:
    """``u:``/``b:``/``l:`` features of the clause at ``span`` (see the module doc)."""
    inside = words.between(span.start, span.end)
    f = {"u:" + w: 1.0 for w in inside}
    if len(inside) >= 2:
        f["b:" + inside[0] + "|" + inside[1]] = 1.0
    for w in words.before(span.start, sentence_start):
        f["l:" + w] = 1.0
    return f
