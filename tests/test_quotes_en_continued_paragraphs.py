"""A quotation carried over paragraphs (the first paragraph left unclosed, the next opening again) gives
one direct quote per paragraph, each continued one with no cue and the same speaker."""

from __future__ import annotations

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def test_each_continued_paragraph_is_its_own_quote() -> None:
    text = ("“We lost the north field in one night,” said farmer Greta Lindholm.\n\n"
            "“The water came over the dyke at two in the morning and nobody could stop it.\n\n"
            "“By dawn the barley was gone.”\n\n"
            "The county has promised to repair the dyke.")
    quotes, _ = extract_quotes(make_doc(text))
    got = [(q.speaker, q.cue, q.text) for q in quotes if q.kind == "direct"]
    assert got == [
        ("Greta Lindholm", "said", "We lost the north field in one night,"),
        ("Greta Lindholm", None, "The water came over the dyke at two in the morning and nobody could stop it."),
        ("Greta Lindholm", None, "By dawn the barley was gone."),
    ]


def test_inverted_verb_with_described_name() -> None:
    quotes, _ = extract_quotes(make_doc("“The river has never been this low,” says hydrologist Mara Quist, who has measured it since 1990."))
    assert [(q.speaker, q.cue) for q in quotes] == [("Mara Quist", "says")]
