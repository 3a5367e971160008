"""Who reported the rest of a sentence: the claimant of an own-voice clause that follows reported speech.

``薩哈指出，僅管產業投資增加，就業機會卻沒跟著變多``: the quotes stage may end the indirect quote
after its first clause, and ``尼諾說，回去看見部落，老人缺乏照顧`` may carry no quote at all; either way
the later clauses of the sentence are still the speaker's words. For a claim the judge found without a
holder, walk back over the earlier clauses of its sentence: the first one that lies in a quote with a
speaker gives that speaker; the first one that ends with a reporting or stance word (``X說，`` /
``X認為：``) gives the noun phrase before that word when the article names it (an entity, a group, a
pronoun) or when the clause is nothing but that phrase and a cue of two or more characters. A clause with a holder of its own stops the walk.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Any

from ...document import Document, Span
from .candidates import _Named, split_sentence
from .clauses import trim
from .lexicon import Lexicon
from .rules_zh import Candidate, claimant_span

CUE_TAIL = 12  # characters at the end of a clause within which its closing cue word is looked for


class SentenceSources:
    """The sentences of a document and its attributed quotes, for :meth:`claimant` look-ups."""

    def __init__(self, doc: Document, lex: Lexicon):
        self.doc, self.lex = doc, lex
        self.starts = [s.start for s in doc.sentences]
        self.quotes = sorted((q for q in doc.get("quotes") if getattr(q, "speaker", None)), key=lambda q: q.span[0])
        self.qstarts = [q.span[0] for q in self.quotes]
        self.named = _Named(doc, lex)

    def claimant(self, span: Span) -> Candidate | None:
        """The reporter of the clause at ``span`` from the earlier clauses of its sentence, or None."""
        k = bisect.bisect_right(self.starts, span.start) - 1
        if k < 0:
            return None
        sent = self.doc.sentences[k]
        if not self._reported(sent.start, span.start):
            return None
        pieces = [p for p in split_sentence(self.doc.text, sent, self.doc.is_zh) if p.end <= span.start]
        for raw in reversed(pieces):
            t = trim(self.doc.text, raw.start, raw.end)
            if t.end <= t.start:
                continue
            q = self._quote(t)
            if q is not None:
                ss = getattr(q, "speaker_span", None)
                return Candidate(span, q.speaker, Span(*ss) if ss else None, getattr(q, "cue", None))
            cue = self._cue(t)
            if cue is not None:
                folded = self.doc.folded or self.doc.text
                who = claimant_span(folded, t.start, cue.start, self.lex)
                if who is not None:  # 蓄著白髮的尼諾 -> 尼諾: the description before 的 is no part of the name
                    cut = folded.rfind("的", who.start, who.end)
                    who = Span(cut + 1, who.end) if cut >= 0 else who
                if who is None or who.end - who.start < 2 or not (self.named(folded, who) or _bare(t, who, cue)):
                    return None  # only someone the article names (a person, an organisation, a group, 他)
                return Candidate(span, self.doc.text[who.start : who.end], who, self.doc.text[cue.start : cue.end])
        return None

    def _reported(self, start: int, end: int) -> bool:
        """Cheap test first: does ``[start, end)`` hold an attributed quote or a cue word at all?"""
        if end - start < 3:
            return False
        i = bisect.bisect_left(self.qstarts, end)
        if any(q.span[1] > start for q in self.quotes[max(0, i - 8) : i]):
            return True
        folded = self.doc.folded or self.doc.text
        return any(rx is not None and rx.search(folded, start, end) for rx in (self.lex.stance, self.lex.rx.get("neutral")))

    def _quote(self, t: Span) -> Any | None:
        """An attributed quote holding most of ``t``."""
        i = bisect.bisect_right(self.qstarts, t.end)
        for q in reversed(self.quotes[max(0, i - 8) : i]):
            inter = min(t.end, q.span[1]) - max(t.start, q.span[0])
            if inter * 2 >= t.end - t.start:
                return q
        return None

    def _cue(self, t: Span) -> Span | None:
        """The reporting or stance word ``t`` ends with (``尼諾說`` -> 說), or None."""
        folded = self.doc.folded or self.doc.text
        lo = max(t.start + 1, t.end - CUE_TAIL)
        for rx in (self.lex.stance, self.lex.rx.get("neutral")):
            if rx is None:
                continue
            for m in rx.finditer(folded, lo, t.end):
                if m.end() == t.end and m.start() > t.start:
                    return Span(m.start(), m.end())
        return None


BARE_HOLDER = 12  # longest holder accepted from the shape of its clause alone


def _bare(t: Span, who: Span, cue: Span) -> bool:
    """``…，洪一中表示，…``: a clause that is nothing but a short holder and a reporting word of two or more
    characters attributes what follows, whether or not the quotes stage named the holder (a one-character
    cue, 蠢話少說, is too often part of a phrase)."""
    return who.start == t.start and who.end == cue.start and cue.end == t.end and cue.end - cue.start >= 2 \
        and who.end - who.start <= BARE_HOLDER


def fill_claimants(doc: Document, cands: Sequence[Candidate], lex: Lexicon) -> list[Candidate]:
    """``cands`` with the own-voice ones that follow reported speech in their sentence attributed."""
    if not any(c.claimant is None for c in cands):
        return list(cands)
    sources = SentenceSources(doc, lex)
    out = []
    for c in cands:
        if c.claimant is None and c.cue is None and sources._quote(c.span) is None:  # (a quote's own: from_quotes)
            c = sources.claimant(c.span) or c
        out.append(c)
    return out
