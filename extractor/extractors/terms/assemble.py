"""Terms from glosses: one per Chinese form, in Traditional script, English filled in from the glossary."""

from __future__ import annotations

from ...document import Document, Span
from ...model import Term
from ...normalize.glossary import Glossary
from ...normalize.script import to_simplified, to_taiwan


def traditional_form(glossary: Glossary, written: str) -> str:
    """The text's own words in Traditional script. The glossary's form replaces them only when they are that
    entry's own Simplified spelling (人工智能 -> 人工智慧); a mere variant (电动汽车 of 電動車) stays as written."""
    entry = glossary.lookup(written)
    if entry is not None and Glossary.key(entry.zh_hans or to_simplified(entry.zh)) == Glossary.key(written):
        return entry.zh
    return to_taiwan(written)


def add_term(terms: dict[str, Term], doc: Document, glossary: Glossary, zh: str, en: str | None, abbr: str | None,
             span: Span) -> None:
    """Record a term; a form seen again only fills in a missing English or abbreviation."""
    canonical = traditional_form(glossary, zh) if doc.language == "zh-Hans" else zh
    key = Glossary.key(canonical)
    entry = glossary.lookup(canonical)
    if entry is not None and entry.zh == canonical:
        en = en or entry.en
        abbr = abbr or entry.abbr
    old = terms.get(key)
    if old is not None:
        old.en = old.en or en
        old.abbr = old.abbr or abbr
        return
    terms[key] = Term(zh=canonical, en=en, abbr=abbr, text=doc.text[span.start : span.end], span=tuple(span),
                      zh_hans=to_simplified(canonical))
