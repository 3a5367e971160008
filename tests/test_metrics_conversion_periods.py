"""A conversion in brackets shares the period of its figure even when it is approximate (每月人民幣2,300元（約330美元）
is monthly on both sides); a yearly subsidy read from 一年要補貼… carries per year; an hourly wage has no CONTRACT period
(year, quarter, month, week, day), so per stays null, as the annotated news writes it."""

from __future__ import annotations

from extractor.testing import metrics_of


def test_approximate_conversion_keeps_the_period() -> None:
    found = {m.text: m for m in metrics_of("工人最低工資調到每月人民幣1,900元（約280美元）。", "zh")}
    assert found["約280美元"].per == "month" and found["約280美元"].qualifier == "approx"


def test_subsidy_verb_makes_a_rate() -> None:
    found = {m.text: m for m in metrics_of("市府一年要補貼車資支出3億元。", "zh")}
    assert found["3億元"].per == "year"


def test_hourly_wage_has_no_period() -> None:
    found = {m.text: m for m in metrics_of("基本工資將調到每小時200元。", "zh")}
    assert [m.per for m in found.values()] == [None]
