"""A one-word brand glossing place + common noun + 銀行 names the whole bank, place included (荷蘭合作銀行(Rabobank)),
as 俄羅斯石油公司(Rosneft) does; a transliterated brand before 銀行 drops the place (日本|瑞穗銀行(Mizuho))."""

from __future__ import annotations

import pytest

from extractor.extractors.terms import extract_terms
from extractor.testing import make_doc


@pytest.mark.parametrize("sentence,zh", [
    ("貸款來自德國合作銀行（Genobank）。", "德國合作銀行"),
    ("日本瑞穗銀行（Mizuho）將調升利率。", "瑞穗銀行"),
])
def test_bank_names(sentence: str, zh: str) -> None:
    assert [t.zh for t in extract_terms(make_doc(sentence))[0]] == [zh]
