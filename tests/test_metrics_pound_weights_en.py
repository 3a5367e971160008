"""English "pounds" after a number word is a weight next to weigh/heavier/lighter even in a story that prices things
in £; paid pounds stay sterling."""

from __future__ import annotations

from extractor.testing import metrics_of


def _units(text: str) -> dict:
    return {m.text: m.unit for m in metrics_of(text, "en")}


def test_weight_in_a_sterling_story() -> None:
    by = _units("The console sells for £450. The slim model weighs three pounds less.")
    assert by["three pounds"] == "pounds" and by["£450"] == "GBP"


def test_lighter_after_pounds() -> None:
    assert _units("At £99, the new kettle is two pounds lighter.")["two pounds"] == "pounds"


def test_paid_pounds_stay_sterling() -> None:
    assert _units("Fans paid forty pounds for a seat, £10 more than last year.")["forty pounds"] == "GBP"
