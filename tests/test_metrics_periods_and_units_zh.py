"""Chinese periods, qualifiers and units seen on fresh news: a period noun before the figure (月產能, 年保費, 租金)
with modal words between (月薪應為); 約 before a unit price's 每坪; two-digit discounts (85折 = 8.5 折);
futures contracts in 口 kept as written; 人次 is a count of visits."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


def _one(text: str):
    found = metrics_of(text)
    assert len(found) == 1, [(m.text, m.value, m.unit) for m in found]
    return found[0]


@pytest.mark.parametrize("text,per", [
    ("該廠月產能為3,500片晶圓。", "month"),
    ("這張保單年保費2萬4300元。", "year"),
    ("焚化爐日處理量約650公噸。", "day"),
    ("這間套房租金1萬2000元，含管理費。", "month"),
    ("他認為新鮮人月薪應為3萬8000元。", "month"),
])
def test_period_noun_before_the_figure(text: str, per: str) -> None:
    assert _one(text).per == per


def test_qualifier_before_a_unit_price() -> None:
    m = _one("周邊新大樓行情約每坪1600元。")
    assert (m.value, m.unit, m.qualifier) == (1600, "TWD", "approx")


@pytest.mark.parametrize("text,value", [("會員享75折優惠。", 7.5), ("全館8折。", 8)])
def test_discount_as_written(text: str, value: float) -> None:
    m = _one(text)
    assert (m.value, m.unit) == (value, "折")


def test_futures_contracts_keep_their_unit() -> None:
    m = _one("外資在台指期的淨空單增加2,310口。")
    assert (m.value, m.unit) == (2310, "口")


def test_kou_outside_futures_counts_people() -> None:
    assert _one("這戶5口之家住在山上。").unit == ""


def test_visits_are_a_count() -> None:
    m = _one("活動吸引逾30萬人次參觀。")
    assert (m.value, m.unit, m.qualifier) == (300000, "", "over")


@pytest.mark.parametrize("text,per", [
    ("這座焚化爐每天可以處理90公噸。", "day"),
    ("全台每年使用量約30萬套。", "year"),
    ("他每週捐贈3箱白米。", "week"),
])
def test_period_word_then_a_few_words(text: str, per: str) -> None:
    assert _one(text).per == per


def test_monthly_active_users_is_a_name_not_a_rate() -> None:
    assert _one("該平台每月活躍用戶突破5億。").per is None


def test_cc_as_written() -> None:
    m = _one("成人每天應喝1500至2000C.C.的水。")
    assert (m.low, m.high, m.unit, m.per) == (1500, 2000, "C.C.", "day")
