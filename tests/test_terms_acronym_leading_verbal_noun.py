"""An acronym whose letters have room for a leading verbal noun keeps it when the noun phrase starts there, after a
clause start or a conjunction (自動控制系統(ACS)); after an adverb the verbal noun is the clause's verb and stays out
(積極|改善|供應鏈管理(SCM))."""

from __future__ import annotations

import pytest

from extractor.extractors.terms import extract_terms
from extractor.testing import make_doc


@pytest.mark.parametrize("sentence,zh", [
    ("工廠導入雲端運算及自動品質檢測（AQT）系統。", "自動品質檢測"),
    ("去年前五月，投資審查委員會（ICB）核准了十件案子。", "投資審查委員會"),
    ("業者表示將積極優化供應清單（SL）與流程。", "供應清單"),
])
def test_leading_verbal_noun(sentence: str, zh: str) -> None:
    assert [t.zh for t in extract_terms(make_doc(sentence, language="zh"))[0]] == [zh]
