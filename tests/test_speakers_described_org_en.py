"""A definite description with a capitalised modifier ("the Dutch rail operator", "the Russian space agency")
names the organisation the nearest sentence before it names; a public body's description never means a
company (Corp., Inc.), and with no organisation before it the words stay the speaker."""

from __future__ import annotations

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def speakers(text: str) -> list[str | None]:
    quotes, _ = extract_quotes(make_doc(text))
    return [q.speaker for q in quotes]


def test_description_takes_the_body_named_before() -> None:
    assert speakers("Norrail Group said the line was closed. Then the Dutch rail operator said its crews "
                    "were clearing the snow.") == ["Norrail Group", "Norrail Group"]


def test_public_body_description_is_not_a_company() -> None:
    out = speakers("Velkor Aerospace Corp. said the craft was fine. Then the Russian space agency said its "
                   "experts were looking into the fault.")
    assert out == ["Velkor Aerospace Corp.", "the Russian space agency"]


def test_no_body_before_keeps_the_words() -> None:
    assert speakers("The Russian space agency said the craft was fine.") == ["The Russian space agency"]
