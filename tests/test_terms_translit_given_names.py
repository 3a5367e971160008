"""A glossed person name keeps its given name: 理 (理查, Richard) and 贊 (Zayn) are transliteration characters, so the
name run crosses the name dot to the given name (約翰·理查森) and takes a first syllable written with them."""

from __future__ import annotations

import pytest

from extractor.extractors.terms import extract_terms
from extractor.testing import make_doc


@pytest.mark.parametrize("text,zh", [
    ("董事長保羅·理查茲(Paul Richards)今天宣布。", "保羅·理查茲"),
    ("歌手贊恩布朗(Zayn Brown)發表新歌。", "贊恩布朗"),
])
def test_full_name(text: str, zh: str) -> None:
    terms, _ = extract_terms(make_doc(text))
    assert zh in [t.zh for t in terms]


@pytest.mark.parametrize("text,zh", [
    ("總裁彼得·蘭德(Peter Land)宣布。", "彼得·蘭德"),
    ("球隊獲得彼得(Peter Sun)的助攻。", "彼得"),
])
def test_name_not_started_inside_a_verb(text: str, zh: str) -> None:
    terms, _ = extract_terms(make_doc(text))
    assert zh in [t.zh for t in terms]
