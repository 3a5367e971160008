"""Counts with the classifiers 案/站/品牌, millimetres written 公厘, and "1年" in digits before an amount as a
yearly rate (1年可省下3萬元 carries per year, as 一年 does); a year number (2011年) is no such period."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


@pytest.mark.parametrize("text,surface,value,unit", [
    ("縣府今年共受理37案申請。", "37案", 37, ""),
    ("公車路線沿途共有十五站。", "十五站", 15, ""),
    ("展場集結八品牌新車。", "八品牌", 8, ""),
    ("鏡片厚度僅0.9公厘。", "0.9公厘", 0.9, "公厘"),
])
def test_classifier_counts(text: str, surface: str, value: float, unit: str) -> None:
    found = {m.text: m for m in metrics_of(text, "zh")}
    assert (found[surface].value, found[surface].unit) == (value, unit)


def test_one_year_in_digits_is_a_rate() -> None:
    found = {m.text: m for m in metrics_of("改用節能燈具後，學校1年可省下8萬元電費。", "zh")}
    assert found["8萬元"].per == "year"


def test_year_number_is_no_rate() -> None:
    found = {m.text: m for m in metrics_of("2021年公司營收增加5億元。", "zh")}
    assert found["5億元"].per is None


def test_one_year_term_is_no_rate() -> None:
    found = {m.text: m for m in metrics_of("1年期定存利率約1.1%。", "zh")}
    assert found["約1.1%"].per is None
