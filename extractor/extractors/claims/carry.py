"""Carry-over: does an own-voice claim continue the reported speech before it, or is it the article's?

``王教授表示，房價仍將上漲。他並認為，利率不會再降。此舉恐衝擊首購族。``: the second sentence names its
holder, the third may be the professor still talking or the reporter's gloss. A claim the judge found
without a holder, outside any quote and with no reporter earlier in its own sentence
(:mod:`.reported`), is given the speaker of the last attributed quote before it (within
``WINDOW`` sentences) when a small logistic model says the speech carries on. Its features are the
shape of the gap (sentences and characters between, same paragraph or not, another reporting
word in the way), the quote's kind, the claim's first word and whether it speaks in the first
person; the weights (``carry`` in ``claims_model.json``) are learned from the gold claimants of the
training articles by ``benchmarks/train_claims.py``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from typing import Any

from ...document import Document, Span
from .lexical import Words, words_of
from .lexicon import Lexicon
from .rules_zh import Candidate, sentences_with_paragraphs

WINDOW = 3  # sentences back a quote may lie
_FIRST_PERSON = re.compile(r"我們|我|咱們")
_GAPS = (20, 60, 150)


class Carry:
    """The attributed quotes of a document and the context needed to judge a carry-over."""

    def __init__(self, doc: Document, lex: Lexicon):
        self.doc, self.lex = doc, lex
        self.quotes = sorted((q for q in doc.get("quotes") if getattr(q, "speaker", None)), key=lambda q: q.span[1])
        self.qends = [q.span[1] for q in self.quotes]
        self.starts = [s.start for s in doc.sentences]
        paras = [p for _, p in sentences_with_paragraphs(doc)]
        self.para = []
        for k, p in enumerate(paras):
            self.para.append(self.para[-1] + (paras[k - 1] != p) if k else 0)
        self.words: Words | None = None

    def _sent(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def source(self, span: Span) -> tuple[Any, dict[str, float]] | None:
        """The last attributed quote ending before ``span`` within ``WINDOW`` sentences, and the features
        of carrying its speaker over to the claim at ``span``; None when there is none."""
        i = bisect.bisect_right(self.qends, span.start) - 1
        if i < 0:
            return None
        q = self.quotes[i]
        ks, kq = self._sent(span.start), self._sent(q.span[1] - 1)
        if ks < 0 or kq < 0 or ks - kq > WINDOW:
            return None
        doc = self.doc
        folded = doc.folded or doc.text
        sent = doc.sentences[ks]
        f = {"bias": 1.0, f"d{min(ks - kq, 3)}": 1.0, "kind:" + str(q.kind): 1.0}
        if self.para[ks] == self.para[kq]:
            f["same_para"] = 1.0
        elif self.para[ks] - self.para[kq] == 1:
            f["next_para"] = 1.0
        gap = span.start - q.span[1]
        f["gap" + str(sum(gap >= g for g in _GAPS))] = 1.0
        if span.start <= sent.start + 1:
            f["sent_start"] = 1.0
        if ks == 0 or self.para[ks - 1] != self.para[ks]:
            f["para_first"] = 1.0
        lo = max(q.span[1], sent.start)
        if span.start > lo and any(rx is not None and rx.search(folded, lo, span.start)
                                   for rx in (self.lex.stance, self.lex.rx.get("neutral"))):
            f["cue_between"] = 1.0
        if _FIRST_PERSON.search(folded, span.start, span.end):
            f["first_person"] = 1.0
        if self.words is None:
            self.words = words_of(doc)
        first = self.words.between(sent.start, min(sent.end, sent.start + 6))[:1]
        if first:
            f["w:" + first[0]] = 1.0
        return q, f


def carry_over(doc: Document, cands: Sequence[Candidate], lex: Lexicon,
               weights: Mapping[str, float] | None, threshold: float = 0.5) -> list[Candidate]:
    """``cands`` with the own-voice ones (no holder after :func:`.reported.fill_claimants` and
    :func:`.claimant.from_quotes`) that the model says continue the last speaker attributed to them
    (probability at least ``threshold``)."""
    if not weights or not any(c.claimant is None and c.cue is None for c in cands):
        return list(cands)
    from .judge import probability

    carry = Carry(doc, lex)
    out = []
    for c in cands:
        if c.claimant is None and c.cue is None:
            got = carry.source(c.span)
            if got is not None and probability(weights, got[1]) >= threshold:
                q = got[0]
                ss = getattr(q, "speaker_span", None)
                c = Candidate(c.span, q.speaker, Span(*ss) if ss else None, None)
        out.append(c)
    return out
