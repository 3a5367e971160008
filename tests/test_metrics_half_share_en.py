"""English "half" is a 50 % share when qualified, or followed by "of" or a determiner ("half the staff"); half of a
unit of time or length ("half a century", "half an hour", "half hour") is no share."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


@pytest.mark.parametrize("text,surface,qualifier", [
    ("The grant covers only half the cost of the repairs.", "half", "exact"),
    ("Half their savings went into the farm.", "Half", "exact"),
    ("Well over half of the members voted.", "Well over half", "over"),
])
def test_half_share(text: str, surface: str, qualifier: str) -> None:
    found = {m.text: m for m in metrics_of(text, "en")}
    assert (found[surface].value, found[surface].unit, found[surface].qualifier) == (50, "%", qualifier)


@pytest.mark.parametrize("text", [
    "The bridge stood for over half a century before it closed.",
    "We waited about half an hour at the gate.",
    "The storm eased in the first half hour.",
    "The trail runs for roughly half a mile along the river.",
])
def test_half_span_is_no_share(text: str) -> None:
    assert [m for m in metrics_of(text, "en") if m.unit == "%"] == []
