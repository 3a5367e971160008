"""Where a clause stands in its article, as features for the claim judge and labeller.

News writes its own-voice assessments in recognisable places: the closing sentence of a paragraph
("此舉恐衝擊…"), the last paragraphs of the article, the sentence after a reported statement (the
reporter's gloss or the speaker continuing). The word features of :mod:`.features` cannot see
that; these can. Per sentence, computed once per document:

- ``ctx:para_first`` / ``ctx:para_last`` / ``ctx:para_solo``: the sentence's place in its paragraph;
- ``ctx:art_end``: the middle of the sentence lies in the last fifth of the article's body;
- ``ctx:prev_quote``: the sentence before (same paragraph) holds an attributed quote;
- ``ctx:quote_sent``: the sentence holds an attributed quote (the clause itself may not).

All are binary; their weights are learned (``benchmarks/train_claims.py``).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ...document import Document
from .rules_zh import sentences_with_paragraphs


class SentenceContext:
    """The context feature names of every sentence of a document (tuples, shared by its clauses)."""

    def __init__(self, doc: Document):
        sents = doc.sentences
        quoted = _quoted_sentences(doc)
        body_end = sents[-1].end if sents else 0
        tail = body_end - (body_end - (sents[0].start if sents else 0)) // 5
        paras = [p for _, p in sentences_with_paragraphs(doc)]
        names: list[tuple[str, ...]] = []
        for k, s in enumerate(sents):
            first = k == 0 or paras[k - 1] != paras[k]
            last = k + 1 == len(sents) or paras[k + 1] != paras[k]
            out = ["ctx:para_solo" if first and last else "ctx:para_first" if first else "ctx:para_last" if last else "ctx:para_mid"]
            if (s.start + s.end) // 2 >= tail:  # its middle
                out.append("ctx:art_end")
            if not first and quoted[k - 1]:
                out.append("ctx:prev_quote")
            if quoted[k]:
                out.append("ctx:quote_sent")
            names.append(tuple(out))
        self.names: Sequence[tuple[str, ...]] = names

    def of(self, sent: int) -> tuple[str, ...]:
        return self.names[sent] if 0 <= sent < len(self.names) else ()


def _quoted_sentences(doc: Document) -> list[bool]:
    """For each sentence: does an attributed quote of the quotes stage start in it?"""
    starts = [s.start for s in doc.sentences]
    out = [False] * len(starts)
    for q in doc.get("quotes"):
        if getattr(q, "speaker", None):
            k = bisect.bisect_right(starts, q.span[0]) - 1
            if k >= 0:
                out[k] = True
    return out
