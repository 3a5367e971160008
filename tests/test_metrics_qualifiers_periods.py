"""Qualifiers and periods (issue 14, item 5): 最高 is at_most only for a cap; 需達/至少需要 at_least;
破/突破/衝破/跨過 over (跌破 exact); "from X to Y" is a change (two figures) unless an estimate is bounded;
a preposition before "a year" makes no period."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of

_metrics = metrics_of


def _q(sentence: str, value: float, language: str | None = None) -> str:
    got = [m for m in _metrics(sentence, language) if m.value == pytest.approx(value)]
    assert got, [(m.text, m.value) for m in _metrics(sentence, language)]
    return got[0].qualifier


@pytest.mark.parametrize("sentence,value,qualifier", [
    ("違規業者最高可罰50萬元。", 5e5, "at_most"),           # a fine: a cap
    ("低收入戶最高補助3萬元。", 3e4, "at_most"),            # a subsidy: a cap
    ("新方案每人最多可領8,000元。", 8000, "at_most"),       # 可: can reach at most
    ("貸款額度上限為500萬元。", 5e6, "at_most"),
    ("該股盤中最高漲到88元。", 88, "exact"),                # a peak that was reached
    ("颱風帶來的雨量高達600毫米。", 600, "exact"),          # 高達 only stresses size
    ("今天最高氣溫達35度。", 35, "exact"),
])
def test_highest_is_at_most_only_for_a_cap(sentence: str, value: float, qualifier: str) -> None:
    assert _q(sentence, value) == qualifier


@pytest.mark.parametrize("sentence,value,qualifier", [
    ("申請人的出席率需達80%。", 80, "at_least"),
    ("這項計畫至少需要1,200名志工。", 1200, "at_least"),
    ("訂閱人數破百萬。", 1e6, "over"),
    ("公司市值突破3兆元。", 3e12, "over"),
    ("出口金額衝破400億美元。", 4e10, "over"),
    ("用戶數今年跨過5億。", 5e8, "over"),
    ("加權指數盤中跌破16,000點。", 16000, "exact"),     # falling through a level states the level
    ("他打破了100公尺的紀錄。", 100, "exact"),          # 打破 a record is no qualifier
    ("他最近三度就醫。", 3, "exact"),                   # 最近 = recently, not 近 (approx)
])
def test_threshold_words(sentence: str, value: float, qualifier: str) -> None:
    assert _q(sentence, value) == qualifier


@pytest.mark.parametrize("sentence,texts", [
    ("The jobless rate rose from 4.1% to 5.3% last year.", ["4.1%", "5.3%"]),
    ("Its stake went from 12% to 30% after the deal.", ["12%", "30%"]),
    ("Fares changed from $2 to $2.75 on Monday.", ["$2", "$2.75"]),
])
def test_from_x_to_y_is_a_change_not_a_range(sentence: str, texts: list[str]) -> None:
    ms = _metrics(sentence, "en")
    assert [m.text for m in ms] == texts
    assert all(m.low is None for m in ms)


def test_a_bounded_estimate_from_x_to_y_stays_a_range() -> None:
    ms = _metrics("Losses are estimated from $4 billion to $6 billion.", "en")
    assert [(m.low, m.high) for m in ms] == [(4e9, 6e9)]


@pytest.mark.parametrize("sentence,value,per", [
    ("The service costs $12 a week.", 12, "week"),
    ("Members pay $30 per month.", 30, "month"),
    ("The mine ships 2 million tons a year.", 2e6, "year"),
    ("Rents doubled to 40% in a year.", 40, None),       # "in a year" = within a year
    ("The index lost 8% within a month.", 8, None),
    ("Sales rose 6% over a year.", 6, None),
])
def test_english_periods(sentence: str, value: float, per: str | None) -> None:
    got = [m for m in _metrics(sentence, "en") if m.value == pytest.approx(value)]
    assert got and got[0].per == per, [(m.text, m.per) for m in got]


@pytest.mark.parametrize("sentence,value,per", [
    ("這家連鎖店一天可新開5家門市。", 5, "day"),
    ("他一天要喝4杯咖啡。", 4, "day"),
    ("公司希望每年營收成長至少15%。", 15, "year"),
    ("每年有300萬人造訪這座城市。", 3e6, "year"),
    ("每月租金3萬元。", 3e4, "month"),       # monthly rent: the pay/rent word names the period (udn gold: 年薪 -> year)
    ("這棟大樓的每日營收的百分之五。", 5, None),  # a share of a noun, not a rate
])
def test_chinese_periods_in_the_clause(sentence: str, value: float, per: str | None) -> None:
    got = [m for m in _metrics(sentence) if m.value == pytest.approx(value)]
    assert got and got[0].per == per, [(m.text, m.per) for m in _metrics(sentence)]


def test_a_cap_span_holds_its_cap_words() -> None:
    assert [m.text for m in _metrics("違者罰鍰最高達60萬元。")] == ["最高達60萬元"]


def test_the_highest_fine_ever_is_a_record_not_a_cap() -> None:
    assert _q("這是歐盟開出的最高罰金30億歐元。", 3e9) == "exact"


@pytest.mark.parametrize("sentence,value", [("第一年預估將有20萬人參觀。", 2e5), ("有一天要喝3杯。", 3)])
def test_a_particular_year_or_day_is_no_period(sentence: str, value: float) -> None:
    got = [m for m in _metrics(sentence) if m.value == pytest.approx(value)]
    assert got and got[0].per is None
