"""English dozens: "a dozen" is 12 and "two dozen" 24 (a scale word like hundred), qualified like any count; a
price "a dozen" after an amount stays the unit of sale, not a figure."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


@pytest.mark.parametrize("text,surface,value,qualifier", [
    ("Investigators questioned a dozen witnesses.", "a dozen", 12, "exact"),
    ("The storm downed three dozen trees.", "three dozen", 36, "exact"),
    ("About a dozen stores closed early.", "About a dozen", 12, "approx"),
])
def test_dozens(text: str, surface: str, value: float, qualifier: str) -> None:
    found = {m.text: m for m in metrics_of(text, "en")}
    assert (found[surface].value, found[surface].qualifier) == (value, qualifier)


def test_price_per_dozen() -> None:
    assert [m.text for m in metrics_of("Eggs sold for $4 a dozen.", "en")] == ["$4"]
