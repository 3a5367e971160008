"""滿 right before an amount of money is a spending threshold (消費滿500元送…): the amount or more (at_least); 未滿 stays
"under", and 滿 before a duration or age names no money figure."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


@pytest.mark.parametrize("text,surface,qualifier", [
    ("即日起單筆消費滿500元送購物袋。", "滿500元", "at_least"),
    ("刷卡累計滿30,000元回饋3%。", "滿30,000元", "at_least"),
    ("他的存款未滿1000元。", "未滿1000元", "under"),
])
def test_threshold(text: str, surface: str, qualifier: str) -> None:
    found = {m.text: m for m in metrics_of(text, "zh")}
    assert found[surface].qualifier == qualifier
