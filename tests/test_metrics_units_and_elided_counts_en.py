"""English figures whose noun was named before or whose unit is a data or image size:
- a qualified whole number at the end of its clause counts ("more than 300 as of May", "to fewer than 40.");
- data sizes (megabytes, kilobytes, megs), megapixels, lane miles and "times" are units as written;
- a number word takes a measure unit too ("more than nine feet");
- pounds in a story that counts money in dollars are weight; "capped at" is a cap; "up to a $2 billion" too."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


def _all(sentence: str):
    return [(m.text, m.value, m.unit, m.qualifier) for m in metrics_of(sentence, "en")]


@pytest.mark.parametrize("sentence,want", [
    ("The chain runs its own bakeries and had more than 300 as of May.", ("more than 300", 300, "", "over")),
    ("The staff shrank to fewer than 40.", ("fewer than 40", 40, "", "under")),
])
def test_qualified_counts_at_the_clause_end(sentence: str, want: tuple) -> None:
    assert _all(sentence) == [want]


def test_a_bare_number_at_the_clause_end_is_still_nothing() -> None:
    assert _all("The index rose to 40.") == []


@pytest.mark.parametrize("sentence,want", [
    ("The update weighs 14.2 megabytes.", ("14.2 megabytes", 14.2, "megabytes", "exact")),
    ("The photo is only 48 kilobytes.", ("48 kilobytes", 48, "kilobytes", "exact")),
    ("The sensor has 61 megapixels.", ("61 megapixels", 61, "megapixels", "exact")),
    ("Crews repaved 2,400 lane miles.", ("2,400 lane miles", 2400, "lane miles", "exact")),
    ("The shares are worth four times the offer.", ("four times", 4, "times", "exact")),
    ("The statue is more than nine feet tall.", ("more than nine feet", 9, "feet", "over")),
])
def test_units_as_written(sentence: str, want: tuple) -> None:
    assert _all(sentence) == [want]


def test_pounds_in_a_dollar_story_are_weight_and_capped_at_is_a_cap() -> None:
    got = _all("The crab harvest is capped at 12.5 million pounds, worth $80 million.")
    assert got == [("capped at 12.5 million pounds", 1.25e7, "pounds", "at_most"), ("$80 million", 8e7, "USD", "exact")]


def test_up_to_a_dollar_amount() -> None:
    assert _all("The deal may bring a payment of up to a $2 billion.") == [("up to a $2 billion", 2e9, "USD", "at_most")]
