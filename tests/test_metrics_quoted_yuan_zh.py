"""元 in an exchange-rate clause "A兌B … N元" is the currency the market quotes in (the first of the pair when it is
the home currency of a Chinese-language market): 人民幣兌美元報6.9元 is 6.9 CNY, even in a Taiwan story; a plain 元
elsewhere stays the local currency."""

from __future__ import annotations

from extractor.testing import metrics_of


def test_renminbi_rate_in_yuan_is_cny() -> None:
    found = metrics_of("人民幣兌美元中間價昨天報6.9125元，創新低。")
    assert [(m.text, m.unit) for m in found] == [("6.9125元", "CNY")]


def test_hong_kong_dollar_rate_is_hkd() -> None:
    assert [m.unit for m in metrics_of("港幣兌美元一度報7.84元。")] == ["HKD"]


def test_plain_yuan_stays_local() -> None:
    assert [m.unit for m in metrics_of("這本書定價450元。")] == ["TWD"]


def test_spending_and_insured_amounts_are_money() -> None:
    assert [m.unit for m in metrics_of("公所去年斥資近三千萬，整修老街。")] == ["TWD"]
