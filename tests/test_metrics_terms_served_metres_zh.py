"""Terms served are counted (曾任4屆鎮民代表, 拿下兩屆冠軍) while 第3屆 stays an ordinal and 屆期/屆滿 start a word
(本周五屆期: Friday, then "expires"); metres written 米 are a measure (3米深, 海拔兩千米以上)."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


@pytest.mark.parametrize("text,surface,value,unit,qualifier", [
    ("他曾任3屆市議員。", "3屆", 3, "", "exact"),
    ("球隊拿下兩屆冠軍。", "兩屆", 2, "", "exact"),
    ("車子衝進4米深的水溝。", "4米", 4, "米", "exact"),
    ("茶園位於海拔兩千米以上。", "兩千米以上", 2000, "米", "at_least"),
])
def test_figures(text: str, surface: str, value: float, unit: str, qualifier: str) -> None:
    found = {m.text: m for m in metrics_of(text, "zh")}
    assert (found[surface].value, found[surface].unit, found[surface].qualifier) == (value, unit, qualifier)


@pytest.mark.parametrize("text", ["第3屆論壇今天開幕。", "執照本周五屆期。", "新一屆理事會成立。"])
def test_no_figure(text: str) -> None:
    assert metrics_of(text, "zh") == []
