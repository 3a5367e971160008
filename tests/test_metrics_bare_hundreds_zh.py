"""A bare 百/千 (no digit before it) is a number only where a word makes it one: 上百, 逾千, 千元, 上漲百點; in
維基百科 or 千里 it is part of a word. 不 before a numeral (不二家, 不一樣) makes no number. 個基本點 is bp."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


def _all(sentence: str):
    return [(m.text, m.value, m.unit) for m in metrics_of(sentence)]


@pytest.mark.parametrize("sentence", ["他查了維基百科的說明。", "這家店賣不二價商品。", "他們的說法不一樣。"])
def test_no_number(sentence: str) -> None:
    assert _all(sentence) == []


@pytest.mark.parametrize("sentence,want", [
    ("每戶補助千元。", ("千元", 1000, "TWD")),
    ("道瓊指數上漲百點。", ("百點", 100, "點")),
    ("利率調升75個基本點。", ("75個基本點", 75, "bp")),
])
def test_numbers(sentence: str, want: tuple) -> None:
    assert _all(sentence) == [want]


def test_more_than_a_hundred_points() -> None:
    assert _all("指數盤中大跌百餘點。") == [("百餘點", 100, "點")]
