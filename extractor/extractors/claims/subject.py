"""The subject of the sentence holds a claim that opens with its holder's verb.

``張偉今年展現強烈企圖心，新廠選在越南興建，但也希望越南晉升為最大生產基地`` /
``多數業者表達不滿，並呼籲政府延後實施``: a clause that opens with a wish, appeal or belief verb (希望, 呼籲,
認為; after a connective such as 但, 也, 並) has no subject of its own; Chinese leaves it to the
subject of an earlier clause of the same sentence. For a claim the judge found without a holder
(none from quotes, inline cues or reported speech before it), walk back over the earlier clauses of
its sentence, nearest first: the first one that opens (within ``REACH`` characters, 日前 / 但) with a
person, organisation or group the article names, a short phrase ending with a group noun
(``groups``: 多數業者, 在野立委) or a pronoun, gives the claimant (pronouns are
resolved later by :func:`.claimant.resolve`). A clause inside a quote stops the walk (what is quoted
is someone else's sentence). The verbs (``subject_cues``) and the connectives that may precede them
(``subject_lead``) are data in ``claims_zh.json``; Chinese only.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ...document import Document, Span
from .candidates import split_sentence
from .clauses import trim
from .lexicon import Lexicon
from .rules_zh import Candidate

REACH = 2  # characters a subject may stand after the start of its clause (日前張偉…, 但他…)
GROUP_REACH = 8  # a group noun (立委, 業者) ending this close to the clause start closes its subject


class Subjects:
    """The named mentions of a document, for :meth:`holder` look-ups."""

    def __init__(self, doc: Document, lex: Lexicon):
        self.doc, self.lex = doc, lex
        self.mentions = sorted((s[0], s[1]) for ent in doc.get("entities") for s in getattr(ent, "spans", ()) or ())
        self.mstarts = [m[0] for m in self.mentions]
        self.starts = [s.start for s in doc.sentences]
        self.quotes = sorted(tuple(q.span) for q in doc.get("quotes"))
        self.pieces: dict[int, list[Span]] = {}

    def opens_with_cue(self, span: Span) -> Span | None:
        """The wish/appeal/belief verb ``span`` opens with (after connectives of ``subject_lead``), or None."""
        folded = self.doc.folded or self.doc.text
        i = span.start
        for _ in range(2):
            m = self.lex.rx.get("subject_lead")
            got = m.match(folded, i, span.end) if m is not None else None
            if got is None:
                break
            i = got.end()
        rx = self.lex.rx.get("subject_cues")
        got = rx.match(folded, i, span.end) if rx is not None else None
        return None if got is None or got.end() >= span.end else Span(got.start(), got.end())

    def holder(self, span: Span) -> Span | None:
        """The subject of an earlier clause of ``span``'s sentence (nearest first), or None."""
        doc = self.doc
        k = bisect.bisect_right(self.starts, span.start) - 1
        if k < 0:
            return None
        if k not in self.pieces:  # (a sentence is split once, however many of its clauses ask)
            self.pieces[k] = split_sentence(doc.text, doc.sentences[k], doc.is_zh)
        pieces = [p for p in self.pieces[k] if p.end <= span.start]
        for raw in reversed(pieces):
            t = trim(doc.text, raw.start, raw.end)
            if t.end <= t.start:
                continue
            if self._quoted(t):
                return None
            who = self._opening(t)
            if who is not None:
                return who
        return None

    def _quoted(self, t: Span) -> bool:
        i = bisect.bisect_right(self.quotes, (t.end,))
        return any(min(t.end, e) - max(t.start, s) > 0 for s, e in self.quotes[max(0, i - 4) : i])

    def _opening(self, t: Span) -> Span | None:
        """A named mention or a pronoun starting within ``REACH`` characters of the clause ``t``."""
        lo = bisect.bisect_left(self.mstarts, t.start)
        best = None
        for s, e in self.mentions[lo : bisect.bisect_right(self.mstarts, t.start + REACH)]:
            if e < t.end and (best is None or e - s > best.end - best.start):
                best = Span(s, e)
        if best is not None:
            return best
        folded = self.doc.folded or self.doc.text
        groups = self.lex.rx.get("groups")
        m = groups.search(folded, t.start, min(t.end, t.start + GROUP_REACH)) if groups is not None else None
        if m is not None and m.end() < t.end and not any(ch.isdigit() or ch == "的" for ch in folded[t.start : m.end()]):
            return Span(t.start, m.end())  # 多數業者表達不滿 -> 多數業者
        for off in range(REACH + 1):
            for w in self.lex.longest_first("pronouns"):
                if folded.startswith(w, t.start + off) and t.start + off + len(w) < t.end:
                    return Span(t.start + off, t.start + off + len(w))
        return None


def subject_claimants(doc: Document, cands: Sequence[Candidate], lex: Lexicon) -> list[Candidate]:
    """``cands`` with the own-voice ones that open with a holder's verb given the sentence's subject."""
    if not doc.is_zh or not any(c.claimant is None and c.cue is None for c in cands):
        return list(cands)
    subjects = Subjects(doc, lex)
    out = []
    for c in cands:
        if c.claimant is None and c.cue is None and not subjects._quoted(c.span):
            cue = subjects.opens_with_cue(c.span)
            who = subjects.holder(c.span) if cue is not None else None
            if who is not None:
                c = Candidate(c.span, doc.text[who.start : who.end], who, doc.text[cue.start : cue.end])
        out.append(c)
    return out
