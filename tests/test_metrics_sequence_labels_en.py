"""English numbers that label a step in a sequence ("on day two", "a Level 3 out of 5 risk") count nothing; "two solid
weeks" is a duration like "two straight weeks"; "the first two quarters of" a year is no share."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


@pytest.mark.parametrize("text", [
    "The leftovers taste better on day two anyway.",
    "Forecasters put the region under a Level 4 out of 5 risk of storms.",
    "She had worked for three solid weeks without a break.",
    "He raised more money in the first two quarters of the campaign.",
])
def test_no_figure(text: str) -> None:
    assert metrics_of(text, "en") == []


def test_share_still_read() -> None:
    found = {m.text: m for m in metrics_of("Two thirds of the members voted.", "en")}
    assert round(found["Two thirds"].value) == 67
