""""two people familiar with the talks" is attribution, no figure; a crowd ("25,000 people who marched") is a count
even before "who" or "said"."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


@pytest.mark.parametrize("text,surface,value", [
    ("Officials ignored the 18,000 people who signed the petition.", "18,000", 18000),
    ("Some 4,500 people told pollsters they would vote.", "Some 4,500", 4500),
])
def test_crowd_is_counted(text: str, surface: str, value: int) -> None:
    found = {m.text: m for m in metrics_of(text, "en")}
    assert found[surface].value == value


@pytest.mark.parametrize("text", ["Two people familiar with the plan said it would pass.",
                                  "Officials say 3 people who know the mayor saw him."])
def test_sources_are_no_count(text: str) -> None:
    assert metrics_of(text, "en") == []


def test_people_on_board() -> None:
    found = {m.text: m for m in metrics_of("The ferry sank with 312 on board near the coast.", "en")}
    assert found["312"].value == 312


@pytest.mark.parametrize("text,surface,value", [
    ("The raid killed 340 and displaced thousands more.", "340", 340),
    ("The epidemic has killed more than 12,000, officials said.", "more than 12,000", 12000),
])
def test_casualties_without_noun(text: str, surface: str, value: int) -> None:
    found = {m.text: m for m in metrics_of(text, "en")}
    assert found[surface].value == value


def test_casualty_verb_before_a_preposition_is_no_count() -> None:
    """"killed 12 in 2019": the number before a preposition is read only when a noun follows, the year never."""
    assert [m.text for m in metrics_of("The storm killed 12 in 2019.", "en")] == []
