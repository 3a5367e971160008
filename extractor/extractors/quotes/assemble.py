"""Quote candidates and their assembly: speakers parsed and resolved in text order, then quotes with no
attribution of their own take the speaker of a neighbour (continued speech, coordinated cues)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...document import Document, Span
from ..speakers.parse_en import parse_en
from ..speakers.parse_zh import parse_zh
from ..speakers.registry import EntityRec, Registry, Speaker
from ..speakers.resolve import resolve

_MAX_SENT = 3000  # sentences longer than this are not prose; skip indirect matching (hostile input)


@dataclass
class _Cand:
    """A quote candidate before speaker resolution (``phrase`` is the raw speaker range)."""

    span: Span
    kind: str
    cue: str | None
    phrase: tuple[int, int] | None  # speaker words to parse; None = inherit
    at: int  # where the attribution sits (resolution order)
    speaker: Speaker | None = None
    inherit_next: bool = False


def _resolve_in_order(doc: Document, reg: Registry, cands: list[_Cand]) -> list[_Cand]:
    """Parse and resolve speakers in text order; candidates with no speaker inherit or are dropped."""
    text, folded = doc.text, doc.folded or doc.text
    out: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (c.at, c.span.start)):
        if c.phrase is None:
            out.append(c)
            continue
        s, e = c.phrase
        sp = parse_zh(reg, text, folded, s, e, c.at) if doc.is_zh else parse_en(reg, text, s, e, c.at)
        if sp is None:
            if c.kind == "direct":
                c.phrase = None  # the words next to it name no source: maybe continued speech
                out.append(c)
            continue
        c.speaker = resolve(reg, sp, s, "zh" if doc.is_zh else "en")
        if c.speaker.kind == "surname":  # a surname alone that names nobody before it
            c.speaker = None
            if c.kind == "direct":
                c.phrase = None
                out.append(c)
            continue
        out.append(c)
    return out


def _named_between(people: list[tuple[EntityRec, list[str]]], text: str, lo: int, hi: int) -> Speaker | None:
    """The person whose name (any alias of 2+ chars) occurs last in ``text[lo:hi]``."""
    best: tuple[int, Speaker] | None = None
    for rec, aliases in people:
        for alias in aliases:
            i = text.rfind(alias, lo, hi)
            if i >= 0 and (best is None or i > best[0]):
                best = (i, Speaker(rec.name, "person", Span(i, i + len(alias)), role=rec.role, org=rec.org, ent=rec,
                                   text=alias))
    return best[1] if best else None


def _inherit(doc: Document, reg: Registry, cands: list[_Cand], window: int) -> list[_Cand]:
    """Quotes with no attribution of their own take the speaker of a neighbour in the same passage.

    A quote followed in the same sentence by an attributed one takes its speaker ("“a” and … “b,” X said");
    otherwise a long stand-alone quote continues the last speaker within ``window`` characters.
    """
    ordered = sorted(cands, key=lambda c: c.span.start)
    for i, c in enumerate(ordered):
        if c.speaker is not None or not c.inherit_next:
            continue
        for nxt in ordered[i + 1:i + 3]:
            gap = doc.text[c.span.end:nxt.span.start]
            if nxt.kind == "direct" and nxt.speaker is not None and not _sentence_break(gap, doc.is_zh):
                c.speaker, c.cue = nxt.speaker, nxt.cue
                break
    last: _Cand | None = None
    # the persons and their aliases, longest first (stable), listed once for every look-up below
    people = [(rec, [a for a in sorted(rec.aliases | {rec.name}, key=lambda a: (-len(a), a)) if len(a) >= 2])
              for rec in reg.recs if rec.kind == "person"]
    for c in ordered:
        if c.speaker is None and last is not None and c.kind == "indirect" and c.phrase is None:
            if "\n" not in doc.text[last.span.end:c.span.start]:
                c.speaker = last.speaker  # …，」並強調…: the speaker of the clause before goes on
        elif c.speaker is None and last is not None and c.kind == "direct" and c.phrase is None \
                and not (_question(doc.text, last) and not _attributed_between(doc, last, c)) \
                and 0 <= c.span.start - last.span.end <= window and _same_or_next_para(doc, last, c):
            # a person named after the last attribution ("《財經網》報導，于學軍…") is the likelier voice
            lo = last.at + 1 if doc.is_zh else _attribution_end(doc.text, last, c.span.start)
            c.speaker = _named_between(people, doc.text, lo, c.span.start) or last.speaker
            if c.cue is None and _in_same_sentence(doc, last, c):
                c.cue = last.cue
        if c.speaker is not None:
            last = c
    return [c for c in ordered if c.speaker is not None]


_SENT_END_EN = re.compile(r"[.!?][\"”’]*\s")


def _attribution_end(text: str, last: _Cand, limit: int) -> int:
    """English: where the sentence holding the last attribution ends ('“…,” says Rod Novak, chief of a
    startup cofounded by Emma Charp. “…”': a name inside the attribution's own sentence is no new voice)."""
    start = last.at if last.at > last.span.end else last.span.end - 1  # a quote may end its own sentence
    m = _SENT_END_EN.search(text, start, limit)
    return m.end() if m else start


def _question(text: str, c: _Cand) -> bool:
    """A quoted question (記者：「…？」): the quote after it is the answer, by someone else."""
    return c.kind == "direct" and text[c.span.start:c.span.end].rstrip().endswith(("？", "?"))


def _attributed_between(doc: Document, last: _Cand, c: _Cand) -> bool:
    """English: the attribution of ``last`` stands between it and ``c`` in one paragraph ('“Are you OK?” the
    voice asked. “Is anyone hurt?”'): the speaker goes on, even after a question."""
    return not doc.is_zh and last.span.end < last.at < c.span.start and "\n" not in doc.text[last.span.end:c.span.start]


def _sentence_break(gap: str, zh: bool) -> bool:
    if "\n" in gap:
        return True
    return bool(re.search(r"[。！？]", gap) if zh else re.search(r"[.!?][\"”’]?\s+[A-Z“\"]", gap))


def _same_or_next_para(doc: Document, a: _Cand, b: _Cand) -> bool:
    return doc.text.count("\n", a.span.end, b.span.start) <= 2


def _in_same_sentence(doc: Document, a: _Cand, b: _Cand) -> bool:
    return not _sentence_break(doc.text[a.span.end + 1:b.span.start - 1], doc.is_zh)


def _title_span(doc: Document) -> Span | None:
    """The paragraph that repeats the page title (a headline), if one of the first three does."""
    title = (doc.meta.title or "").strip()
    return next((p for p in doc.paragraphs[:3] if title and doc.text[p.start:p.end].strip() == title), None)
