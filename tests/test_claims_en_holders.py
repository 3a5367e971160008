"""English claimants the quotes stage does not give: a stance verb's subject (``Edmunds expects …``) and the
middle sentences of a long quotation. Invented sentences."""

from __future__ import annotations

from extractor.document import Span
from extractor.extractors.claims.candidates import Clause, clause_candidates
from extractor.extractors.claims.en_holder import inline_holders
from extractor.extractors.claims.en_quoted import continued_quotes
from extractor.extractors.claims.lexicon import lexicon
from extractor.model import Quote
from extractor.testing import make_doc

FULL = ("normalize", "segment", "words", "terms", "metrics", "quotes")


def _clause(text: str, sentence: str) -> Clause:
    start = text.index(sentence)
    span = Span(start, start + len(sentence))
    return Clause(span, 0, 0, 1, None, span)


def holder_of(sentence: str) -> tuple[str | None, str | None]:
    c = inline_holders(sentence, [_clause(sentence, sentence)], lexicon("en"))[0]
    return (sentence[c.holder.start : c.holder.end] if c.holder else None), c.cue


def test_stance_verb_subject_is_the_holder() -> None:
    assert holder_of("Northwind Analytics expects vacancy rates to climb next year.") == (
        "Northwind Analytics", "expects")
    assert holder_of("Some bond traders fear the auction will go badly.") == ("Some bond traders", "fear")
    assert holder_of("But she believes the slump is over.") == ("she", "believes")


def test_no_holder_for_clauses_that_merely_contain_a_verb() -> None:
    assert holder_of("Although no group claimed responsibility, the attack raised alarm.") == (None, None)
    assert holder_of("I believe the plan will fail.") == (None, None)  # the author's own voice
    assert holder_of("The city doesn’t want to pay for the repairs.") == (None, None)
    assert holder_of("Revenue fell sharply as buyers feared higher prices.") == (None, None)
    assert holder_of("The mayor said the bridge would reopen.") == (None, None)  # neutral: the quotes stage


def test_holder_keeps_quoted_and_sourced_clauses_unchanged() -> None:
    text = "Northwind Analytics expects vacancy rates to climb."
    c = _clause(text, text)
    quoted = Clause(c.span, 0, 0, 1, object(), c.span)
    assert inline_holders(text, [quoted], lexicon("en"))[0] is quoted


def test_sentences_inside_a_long_quotation_take_its_attributed_quote() -> None:
    # The quotes stage reported only the first part of the quotation (as it may on a page with nested or
    # unbalanced marks); the rest of the quoted paragraph is the same speaker's, not the article's own voice.
    text = ("“We have cut staff twice,” Rosa Delgado said. “Costs keep rising. Nobody is coming to help us.”"
            "\n\nThe bakery opened in 1998. Sales fell by a third.")
    doc = make_doc(text, stages=("normalize", "segment", "words"), language="en")
    first = "We have cut staff twice,"
    start = doc.text.index(first)
    who = doc.text.index("Rosa Delgado")
    doc = doc.annotate("quotes", [Quote(text=first, span=(start, start + len(first)), kind="direct",
                                        speaker="Rosa Delgado", cue="said", speaker_span=(who, who + 12))])
    clauses = clause_candidates(doc, frozenset(), lexicon("en"))
    out, inside = continued_quotes(doc, clauses)
    by_text = {doc.text[c.span.start : c.span.end].rstrip(".”"): (c, flag) for c, flag in zip(out, inside, strict=True)}
    help_clause, flag = by_text["Nobody is coming to help us"]
    assert help_clause.quote is not None and help_clause.quote.speaker == "Rosa Delgado" and not flag
    fact, flag = by_text["The bakery opened in 1998"]
    assert fact.quote is None and not flag  # another paragraph, outside the marks: the article's own words


def test_marked_clause_without_an_attributed_quote_is_flagged() -> None:
    text = "Residents were blunt. “The council has failed us. The roads are a disgrace.”"
    doc = make_doc(text, stages=("normalize", "segment", "words"), language="en")
    clauses = clause_candidates(doc, frozenset(), lexicon("en"))
    out, inside = continued_quotes(doc, clauses)
    flags = {doc.text[c.span.start : c.span.end].rstrip(".”"): f for c, f in zip(out, inside, strict=True)}
    assert flags["The roads are a disgrace"] is True
    assert flags["Residents were blunt"] is False
    assert all(isinstance(q, Quote) for q in doc.get("quotes"))
