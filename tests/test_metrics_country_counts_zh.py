"""Counts of countries: 150多國 (over 150), 200國, 12國 are counts; 中美兩國 (the two just named), 七國集團, a year
before 國 (2017國泰…) are not."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


@pytest.mark.parametrize("sentence,text,value,qualifier", [
    ("勒索軟體已擴散到90多國。", "90多國", 90, "over"),
    ("這家快遞公司在全球120國設有據點。", "120國", 120, "exact"),
    ("共有12國簽署協定。", "12國", 12, "exact"),
])
def test_country_counts(sentence: str, text: str, value: float, qualifier: str) -> None:
    assert [(m.text, m.value, m.unit, m.qualifier) for m in metrics_of(sentence)] == [(text, value, "", qualifier)]


@pytest.mark.parametrize("sentence", [
    "日韓兩國的關係急速惡化。",
    "七國集團峰會今天登場。",
    "2018國泰盃籃球賽開打。",
])
def test_no_country_counts(sentence: str) -> None:
    assert metrics_of(sentence) == []
