"""The person a quotation with no attribution of its own belongs to when the words right before it
introduce it: the subject of the clause before a colon ('Alverson summed up the journey: “…”') or of the
sentence before it in the same paragraph ('Ann Lee, a former chair, once put it with a metaphor. “…”')."""

from __future__ import annotations

import bisect
import re

from ...document import Document
from ..speakers.parse_en import parse_en
from ..speakers.registry import Registry

# a sentence opening with its subject: a capitalised name (particles inside), or he/she, an optional
# set-aside (", chairman of …,"), an optional adverb or auxiliary, then a lower-case verb
_SUBJECT = re.compile(r"\s*(?:(?:But|And|So|Then|Now|Later|Still|Yet|As),?\s+)?"
                      r"(?P<sp>He|She|[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|de|van|von|der|da|di|du|la|le)){0,4})"
                      r"(?:,[^,;:“”\"]{3,120},)?\s+(?:[a-z]+ly\s+)?(?:(?:has|had|was|once|also|then)\s+)?"
                      r"[a-z]{3,}\b")
_MARKS = re.compile(r"[“”\"]")


def subject_before(doc: Document, reg: Registry, starts: list[int], ss: int, open_at: int
                   ) -> tuple[int, int] | None:
    """(start, end) of the person who introduces the quotation opening at ``open_at`` in the sentence
    starting at ``ss``: the subject of its clause before a colon, or, when the quotation opens its sentence,
    the subject of the sentence before it in the same paragraph. None when no person opens that clause."""
    text = doc.text
    lead = text[ss:open_at]
    if lead.rstrip().endswith(":") and "\n" not in lead:
        lo, hi = ss, ss + len(lead.rstrip()) - 1
    elif not lead.strip():
        k = bisect.bisect_right(starts, ss - 1) - 1
        if k < 0:
            return None
        prev = doc.sentences[k]
        if prev.start >= ss or "\n" in text[prev.start:open_at].strip("\n ") or "\n" in text[prev.end:ss]:
            return None  # the sentence before must stand in the same paragraph
        lo, hi = prev.start, min(prev.end, ss)
    else:
        return None
    if _MARKS.search(text, lo, hi):
        return None  # a sentence with its own quotation carries its own attribution
    m = _SUBJECT.match(text, lo, hi)
    if m is None:
        return None
    ps, pe = m.span("sp")
    sp = parse_en(reg, text, ps, pe, ps)
    if sp is None or sp.kind not in ("person", "pronoun"):
        return None
    return ps, pe
