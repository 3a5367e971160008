"""English physical sizes: a hyphenated size before a noun (a 200-pound anchor, a 12-foot wall) is a figure, a
hyphenated period or age (a 9-month lease, a 31-year-old) is not; storage, compute, frequency, frame-rate and small
mass units are read as written (2 terabytes, 8 teraflops, 3.1GHz, 120 fps, 25 milligrams)."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


@pytest.mark.parametrize("text,surface,value,unit", [
    ("Divers raised a 200-pound anchor from the bay.", "200-pound", 200, "pounds"),
    ("The town built a 12-foot wall along the river.", "12-foot", 12, "foot"),
    ("She bought a 7-acre orchard last spring.", "7-acre", 7, "acre"),
])
def test_hyphenated_size_is_a_measure(text: str, surface: str, value: float, unit: str) -> None:
    found = {m.text: m for m in metrics_of(text, "en")}
    assert (found[surface].value, found[surface].unit) == (value, unit)


@pytest.mark.parametrize("text", ["They signed a 9-month lease.", "A 31-year-old driver was hurt.",
                                  "The index had its best 3-day run."])
def test_hyphenated_period_or_age_is_no_figure(text: str) -> None:
    assert metrics_of(text, "en") == []


@pytest.mark.parametrize("text,surface,unit", [
    ("The console ships with 2 terabytes of storage.", "2 terabytes", "terabytes"),
    ("Its graphics chip delivers 8 teraflops of power.", "8 teraflops", "teraflops"),
    ("The processor is clocked at 3.1GHz.", "3.1GHz", "GHz"),
    ("The game runs at 120 fps on the new model.", "120 fps", "fps"),
    ("Each tablet holds 25 milligrams of the drug.", "25 milligrams", "milligrams"),
])
def test_technical_units_as_written(text: str, surface: str, unit: str) -> None:
    found = {m.text: m for m in metrics_of(text, "en")}
    assert found[surface].unit == unit
