"""Idioms and place names that hold a numeral are no figures: 五花八門 (八門), 四面八方 (四面), 五股 and 九份
(Taiwan places); the list is data (extractor/data/metrics_fixed_words_zh.txt, rebuilt from jieba's idioms by
benchmarks/make_metrics_fixed_words.py). A real count next to them still reads."""

from __future__ import annotations

import pytest

from extractor.extractors.metrics import extract_metrics
from extractor.extractors.metrics.lexicon import lexicon
from extractor.testing import make_doc


def _texts(sentence: str) -> list[str]:
    doc = make_doc(sentence)
    return [m.text for m in extract_metrics(doc)]


@pytest.mark.parametrize("sentence", [
    "夜市小吃五花八門。",
    "人潮從四面八方湧入。",
    "他住在新北五股。",
    "遊客擠爆九份老街。",
    "午餐吃了千層麵。",
])
def test_idioms_and_places_are_no_figures(sentence: str) -> None:
    assert _texts(sentence) == []


def test_a_count_beside_an_idiom_still_reads() -> None:
    assert _texts("展場五花八門，共有12家廠商參展。") == ["12家"]


def test_fixed_words_come_from_data() -> None:
    lx = lexicon()
    assert "四面八方" in lx.fixed_words and lx.in_fixed_word("從四面八方來", 3, 5)
    assert not lx.in_fixed_word("有四面牆", 1, 3)
