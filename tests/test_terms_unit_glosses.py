"""A unit symbol of two letters or more glosses its Chinese name like any term, in both orders and after a figure
(3兆電子伏特（TeV）, 500MW（百萬瓦）): the scale prefix (兆, 百萬) is part of the name; one-letter symbols (K, m) and a
figure's unit glossing a place (49.8K（中山路段）) are no terms."""

from __future__ import annotations

import pytest

from extractor.extractors.terms import extract_terms
from extractor.testing import make_doc


def _terms(text: str) -> dict[str, tuple[str | None, str | None]]:
    terms, _ = extract_terms(make_doc(text))
    return {t.zh: (t.en, t.abbr) for t in terms}


@pytest.mark.parametrize("text,zh,abbr", [
    ("加速器把質子加速到7兆電子伏特（TeV）。", "兆電子伏特", "TeV"),
    ("新電廠裝置容量達800MW（百萬瓦）。", "百萬瓦", "MW"),
    ("處理器時脈為3.2吉赫（GHz）。", "吉赫", "GHz"),
])
def test_unit_glosses(text: str, zh: str, abbr: str) -> None:
    assert _terms(text)[zh][1] == abbr


@pytest.mark.parametrize("text", ["道路49.8K（中山路段）封閉施工。", "溫度以絕對溫度（K）表示。"])
def test_no_unit_term(text: str) -> None:
    assert _terms(text) == {}
