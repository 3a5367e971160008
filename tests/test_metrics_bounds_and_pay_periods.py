"""Qualifiers and periods read from the words around a figure:
- 起 / 起跳 after a price is a starting price (at_least), but not 起訴 or 起飛;
- a bound suffix (以上, 以下) is sharper than 約 before the figure: 約8成以上 is at_least;
- "up to about 40 metres" is a cap (at_most), the outer bound wins over the inner "about";
- 年薪 / 月薪 / 月租 right before an amount name its period (year, month);
- English measure units of the sea and the air: knots, nautical miles, square miles."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


def _one(sentence: str, language: str | None = None):
    ms = metrics_of(sentence, language)
    assert len(ms) == 1, [(m.text, m.value) for m in ms]
    return ms[0]


@pytest.mark.parametrize("sentence,text,qualifier", [
    ("這款新手機售價18,900元起，下月開賣。", "18,900元起", "at_least"),
    ("計程車基本運價85元起跳。", "85元起", "at_least"),
    ("機票來回8,000元，下周起飛。", "8,000元", "exact"),
    ("超過8成以上的店家支持。", "超過8成以上", "over"),
    ("民調顯示約7成以上受訪者反對。", "約7成以上", "at_least"),
])
def test_chinese_bounds(sentence: str, text: str, qualifier: str) -> None:
    m = _one(sentence)
    assert (m.text, m.qualifier) == (text, qualifier)


def test_an_outer_cap_wins_over_an_inner_about() -> None:
    m = _one("Rescuers searched depths of up to about 40 metres.", "en")
    assert (m.value, m.unit, m.qualifier) == (40, "metres", "at_most")


@pytest.mark.parametrize("sentence,text,per", [
    ("球隊以年薪1500萬美元留下這名中鋒。", "1500萬美元", "year"),
    ("這名工程師的月薪約6萬元。", "約6萬元", "month"),
    ("店面月租12萬元，房東不願降價。", "12萬元", "month"),
])
def test_pay_words_name_the_period(sentence: str, text: str, per: str) -> None:
    m = _one(sentence)
    assert (m.text, m.per) == (text, per)


@pytest.mark.parametrize("sentence,text,value,unit", [
    ("The storm's winds reached 120 knots.", "120 knots", 120, "knots"),
    ("The search covered 4,500 square nautical miles.", "4,500 square nautical miles", 4500, "square nautical miles"),
    ("The fire burned 30 square miles of forest.", "30 square miles", 30, "square miles"),
])
def test_english_sea_and_air_units(sentence: str, text: str, value: float, unit: str) -> None:
    m = _one(sentence, "en")
    assert (m.text, m.value, m.unit) == (text, value, unit)
