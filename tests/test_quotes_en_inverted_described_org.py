"""'"…," said chief inspector Jo Marsh from the Avon police': an inverted verb, a lower-case description,
the name and then the organisation after from/of: the quote is kept and the person speaks; the full stop
that ends the sentence is not part of the speaker."""

from __future__ import annotations

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def pairs(text: str) -> list[tuple[str | None, str]]:
    quotes, _ = extract_quotes(make_doc(text))
    return [(q.speaker, q.text) for q in quotes]


def test_description_name_then_organisation() -> None:
    assert pairs("“We are tracing every batch of these tablets,” said chief inspector Lena Tubbs from the "
                 "Dorset police.") == [("Lena Tubbs", "We are tracing every batch of these tablets,")]
    assert pairs("“The dam will hold,” said engineer Omar Price of the Kettle Valley water board.") == [
        ("Omar Price", "The dam will hold,")]


def test_sentence_full_stop_is_not_in_the_speaker() -> None:
    assert pairs("“The dam will hold,” said farmer Ann Fowler.") == [("Ann Fowler", "The dam will hold,")]
