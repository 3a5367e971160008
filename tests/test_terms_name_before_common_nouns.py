"""An English name glossing a transliterated name + common nouns: the walk stops at the common nouns (大學, 系統) where
jieba splits the name oddly (倫敦|德伯|里, 艾|立), the transliterated name before them belongs to the term; a place
before the name stays out; a lower-case English gloss keeps its start."""

from __future__ import annotations

import pytest

from extractor.extractors.terms import extract_terms
from extractor.testing import make_doc


@pytest.mark.parametrize("sentence,zh", [
    ("英國倫敦德伯里大學商學院（Debury Business School）公布排名。", "德伯里大學商學院"),
    ("他們拜訪矽谷的艾立系統（Alee Systems）。", "艾立系統"),
])
def test_name_before_common_nouns(sentence: str, zh: str) -> None:
    assert [t.zh for t in extract_terms(make_doc(sentence, language="zh"))[0]] == [zh]


def test_common_gloss_keeps_its_start() -> None:
    terms = extract_terms(make_doc("市府推動智慧電網（smart grid）計畫。", language="zh"))[0]
    assert [t.zh for t in terms] == ["智慧電網"]
