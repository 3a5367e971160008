"""Bilingual gloss mining: 人工智慧(artificial intelligence), 資本支出(capital expenditure,CapEx), 投資報酬率(ROI).

glosses.py finds the brackets that gloss (and drops those that do not: numbers, addresses, units, translated
remarks), boundary.py finds where the Chinese side begins and ends (with walk.py, trim.py and names.py over the
lexicons of lexicon.py), assemble.py builds the Term items. Name glosses (沃克（Kent Walker）) are reported twice: as a Term (a bilingual gloss in the
article) and as a NameGloss that the quotes stage turns into a person entity.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...document import Document, Span
from ...model import Term
from ...normalize.glossary import shared_glossary
from .assemble import add_term
from .boundary import zh_bounds
from .glosses import english_first_glosses, latin_glosses
from .names import name_words, translit_tail

__all__ = ["NameGloss", "extract_terms"]


@dataclass(frozen=True)
class NameGloss:
    """A person name glossed in English: 沃克（Kent Walker）."""

    zh: str
    en: str
    zh_span: Span
    span: Span


def extract_terms(doc: Document) -> tuple[list[Term], list[NameGloss]]:
    """Mine bilingual glosses; return terms (one per Chinese form) and person-name glosses."""
    text, folded = doc.text, doc.folded or doc.text
    glossary = shared_glossary()
    terms: dict[str, Term] = {}
    names: list[NameGloss] = []
    for g in latin_glosses(folded):
        bounds = zh_bounds(folded, g, glossary)
        if bounds is None:
            continue
        start, end = bounds
        zh = text[start:end]
        if name_words(g.en) and not g.abbr and translit_tail(zh) == len(zh):
            names.append(NameGloss(zh, g.en or "", Span(start, end), Span(start, g.end)))
        add_term(terms, doc, glossary, zh, g.en, g.abbr, Span(start, g.end))
    for e in english_first_glosses(text, folded):
        add_term(terms, doc, glossary, text[e.zh_start : e.zh_end], e.en, e.abbr, Span(e.en_start, e.end))
    return list(terms.values()), names
