"""Ranges the number grammar reads as one figure: "four or five" and "80 or 90 percent" (two close whole numbers
joined by "or"), shares in tenths with a further digit at one end (4成到4成5), a 成 range before a noun
(三到四成民眾), and a lone Arabic digit after a big unit (4萬5 = 45,000)."""

from __future__ import annotations

import pytest

from extractor.parse.numbers import parse_number
from extractor.testing import metrics_of


def _one(text: str, language: str | None = None):
    found = metrics_of(text, language)
    assert len(found) == 1, [(m.text, m.value, m.low, m.high) for m in found]
    return found[0]


@pytest.mark.parametrize("text,low,high,unit", [
    ("Three or four trawlers left the harbour at dawn.", 3, 4, ""),
    ("The clinic sees one or two patients an hour.", 1, 2, ""),
    ("Roughly 60 or 70 percent of the voters stayed home.", 60, 70, "%"),
    ("The firm will hire 20 or 30 engineers.", 20, 30, ""),
])
def test_or_between_close_whole_numbers_is_a_range(text: str, low: float, high: float, unit: str) -> None:
    m = _one(text, "en")
    assert (m.value, m.low, m.high, m.unit) == (None, low, high, unit)


def test_or_between_far_numbers_is_no_range() -> None:
    assert all(m.low is None for m in metrics_of("The toll is 1 or 10 dollars, depending on the lane.", "en"))


@pytest.mark.parametrize("text,low,high", [
    ("受訪者中約3成到3成5表示不滿。", 30, 35),
    ("支持度落在4成5到5成之間。", 45, 50),
    ("預估有兩到三成民眾願意加價。", 20, 30),
])
def test_ranges_of_shares_in_tenths(text: str, low: float, high: float) -> None:
    m = _one(text)
    assert (m.value, m.low, m.high, m.unit) == (None, low, high, "%")


@pytest.mark.parametrize("text,value", [("3萬5", 35000), ("1億2", 120000000), ("7萬4000", 74000), ("2萬35", 20035)])
def test_lone_digit_after_big_unit_counts_in_the_next_lower_place(text: str, value: int) -> None:
    assert parse_number(text) == value


def test_colloquial_wan_digit_in_a_salary_range() -> None:
    m = _one("這類職缺起薪約3萬8至4萬元。")
    assert (m.low, m.high, m.unit, m.qualifier) == (38000, 40000, "TWD", "approx")
