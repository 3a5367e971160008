"""A reporting frame in the middle of a sentence after a fronted phrase ("Each winter, officials said, the
road …") reports what follows it, not the fronted phrase; an honorific marks a person, never an organisation."""

from __future__ import annotations

import pytest

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def pairs(text: str) -> list[tuple[str, str | None, str]]:
    quotes, _ = extract_quotes(make_doc(text))
    return [(q.kind, q.speaker, q.text) for q in quotes]


@pytest.mark.parametrize("text, expected", [
    ("Each winter, county engineers said, the pass road loses about a tenth of its surface.",
     ("indirect", "county engineers", "the pass road loses about a tenth of its surface")),
    ("Within weeks of the merger, Halvorsen said, the bakery chain had closed four of its ovens.",
     ("indirect", "Halvorsen", "the bakery chain had closed four of its ovens")),
    ("If the frost comes early, she warned, the orchards will lose most of the apricot crop.",
     ("indirect", "she", "the orchards will lose most of the apricot crop")),
])
def test_fronted_phrase_then_frame(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in pairs(text)


def test_clause_before_mid_frame_is_still_the_report() -> None:
    out = pairs("The ferry fares will rise in March, the operator said, after two years of losses.")
    assert out and out[0][2] == "The ferry fares will rise in March"


def test_honorific_single_name_is_a_person() -> None:
    text = ("The reason, Mr. Okafor said, was that the port had run out of cranes. "
            "Shipping rates will keep climbing, the company said, as long as the backlog lasts.")
    out = pairs(text)
    assert out[0][1] == "Okafor"
    assert out[1][1] != "Okafor"


@pytest.mark.parametrize("text, expected", [
    ("The merger, say economists, leaves the region with a single large lender.",
     ("indirect", "economists", "leaves the region with a single large lender")),
    ("Fuel prices will fall again before winter, argue many traders.",
     ("indirect", "many traders", "Fuel prices will fall again before winter")),
])
def test_inverted_lower_case_group(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in pairs(text)
