"""Word features of a clause for the claim judge: the words it says and the words just before it.

The word classes of :mod:`.features` are hand-made lists; these are the words themselves, so the
learned weights can tell an assessment (恐怕, 關鍵, 不利) from a reported fact (舉行, 宣布, 億元) by
vocabulary the lists never named. Chinese words are jieba's (``doc.tokens``), keyed in Simplified
script so that Traditional and Simplified input find the same weights (folding Simplified to
Traditional is one-to-many, the other way is not); English words are lowercased runs of
letters. Figures become ``#``. Features: ``u:WORD`` for each word of the clause, ``b:W1|W2`` for the
clause's first two words, and ``l:WORD`` for the last words before it in its sentence (the cue and holder:
認為, 表示, 據…). Only words the training kept a weight for matter at inference; the rest cost a
dictionary miss.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import lru_cache

from ...document import Document, Span
from ...normalize.script import to_simplified

LEFT = 3  # words of context before the clause
_EN_WORD = re.compile(r"[a-z][a-z'\-]*|\d[\d,.]*")
_PUNCT = re.compile(r"^[\W_]+$")
_FIGURE = re.compile(r"^[\d０-９.,．％%]+$")


class Words:
    """The words of a document as (start, end) spans in text order, found by bisection; their normalized
    texts are computed once per document, on first use (every clause of an article is featurised, and
    the words before a clause are those of the clause before it, so each word is read once, not once
    per clause that touches it)."""

    def __init__(self, doc: Document):
        self.folded = doc.folded or doc.text
        if doc.is_zh:
            tokens = doc.tokens
            self.spans: Sequence[tuple[int, int]] = tokens[0 : len(tokens)]  # one tuple, not a walk of the lazy view
        else:
            self.folded = self.folded.lower()
            self.spans = [m.span() for m in _EN_WORD.finditer(self.folded)]
        self.starts = [s[0] for s in self.spans]
        self.ends = [s[1] for s in self.spans]
        self._norms: list[str] | None = None

    @property
    def norms(self) -> list[str]:
        """``_norm`` of every word ("" for punctuation), in text order."""
        if self._norms is None:
            folded = self.folded
            self._norms = [_norm(folded[s:e]) for s, e in self.spans]
        return self._norms

    def between(self, start: int, end: int) -> list[str]:
        # words lie in text order without overlap, so their ends ascend too: both edges by bisection
        return [w for w in self.norms[bisect_left(self.starts, start) : bisect_right(self.ends, end)] if w]

    def before(self, start: int, floor: int, n: int = LEFT) -> list[str]:
        """Up to ``n`` words ending at or before ``start`` and starting at or after ``floor``."""
        i = bisect_left(self.starts, start) - 1
        out: list[str] = []
        spans, norms = self.spans, self.norms
        while i >= 0 and len(out) < n and spans[i][0] >= floor:
            if spans[i][1] <= start:
                w = norms[i]
                if w:
                    out.append(w)
            i -= 1
        return out


_last: tuple[Document, Words] | None = None


def words_of(doc: Document) -> Words:
    """The :class:`Words` of ``doc``, shared by the steps of one article (the judge and the carry-over
    read the same words). Only the last document's are kept, holding a reference to it, so an identity
    test is safe (a Document does not change); the pair is read once, so threads cannot mix them."""
    global _last
    last = _last
    if last is not None and last[0] is doc:
        return last[1]
    w = Words(doc)
    _last = (doc, w)
    return w


@lru_cache(maxsize=65536)
def _norm(w: str) -> str:
    if _PUNCT.match(w):
        return ""
    if _FIGURE.match(w) or w[:1].isdigit():
        return "#"
    return to_simplified(w)  # many-to-one: Traditional and Simplified input give the same word


def lexical_features(words: Words, span: Span, sentence_start: int,
                     into: dict[str, float] | None = None) -> dict[str, float]:
    """``u:``/``b:``/``l:`` features of the clause at ``span`` (see the module doc), added to ``into`` when
    given (the judge's feature dict of the clause: the same keys in the same order as ``into.update`` of
    a new dict, without building one per clause) and returned."""
    inside = words.between(span.start, span.end)
    f: dict[str, float] = {} if into is None else into
    for w in inside:
        f["u:" + w] = 1.0
    if len(inside) >= 2:
        f["b:" + inside[0] + "|" + inside[1]] = 1.0
    for w in words.before(span.start, sentence_start):
        f["l:" + w] = 1.0
    return f
