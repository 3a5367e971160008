"""A count before a model number: the count is the figure, the model is none, whether the noun comes after the
model ("400 737 Max jets") or the model's own plural is the noun ("35 787 Dreamliners in May"), and a
space-grouped count keeps its groups before a model code with digits ("2 000 H100 chips")."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


@pytest.mark.parametrize("sentence,text,value", [
    ("The airline took 18 747 Freighters in the spring.", "18", 18),
    ("Airbus shipped 41 A350s during the year.", "41", 41),
    ("The cloud firm bought 4 000 H200 accelerators.", "4 000", 4000),
    ("The fleet includes 1 500 A320neo planes.", "1 500", 1500),
])
def test_count_before_a_model(sentence: str, text: str, value: float) -> None:
    ms = metrics_of(sentence, "en")
    assert [(m.text, m.value, m.unit) for m in ms] == [(text, value, "")]


def test_space_groups_still_split_before_a_capitalized_word() -> None:
    ms = metrics_of("The carrier will buy 150 787 Max jets.", "en")
    assert [(m.text, m.value) for m in ms] == [("150", 150)]
