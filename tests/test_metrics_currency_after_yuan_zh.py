"""A currency named right after 元 is the amount's currency and part of its text: 50億元人民幣 is CNY, 3千萬元港幣
HKD, even in a Taiwan story where a bare 元 would be TWD."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


@pytest.mark.parametrize("text,surface,value,unit", [
    ("台北報導，該集團去年營收突破50億元人民幣。", "突破50億元人民幣", 5e9, "CNY"),
    ("綁匪要求家屬準備3千萬元港幣贖金。", "3千萬元港幣", 3e7, "HKD"),
    ("門票一張250元。", "250元", 250, "TWD"),
])
def test_currency_after_yuan(text: str, surface: str, value: float, unit: str) -> None:
    found = {m.text: m for m in metrics_of(text, "zh")}
    assert (found[surface].value, found[surface].unit) == (value, unit)
