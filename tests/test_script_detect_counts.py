"""detect_language counts script-specific characters in C now; it must decide exactly as the plain count did."""

from __future__ import annotations

import pytest

from extractor.normalize.script import _LATIN, _SHARED, _converter, detect_language, to_simplified


def _plain_count(text: str) -> str:
    sample = text[:20000]
    cjk = [c for c in sample if "\u3400" <= c <= "\u4dbf" or "\u4e00" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"]
    words = _LATIN.findall(sample)
    if not cjk or len(cjk) < 0.75 * len(words):
        return "en"
    han = "".join(cjk)
    trad_only = sum(a != b for a, b in zip(han, to_simplified(han), strict=False))
    simp_only = sum(a != b and a not in _SHARED for a, b in zip(han, _converter("s2t").convert(han), strict=False))
    return "zh-Hans" if simp_only > trad_only else "zh-Hant"


@pytest.mark.parametrize("text", [
    "新創公司表示，營收將在明年翻倍，市場對此看法分歧。",
    "新创公司表示，营收将在明年翻倍，市场对此看法分歧。",
    "台北里面的干貨店只准採用松木，后來占了上風。",  # Taiwan-usage characters that OpenCC would change
    "台湾后来只准发展面粉业。",
    "The startup said revenue would double; 新創 is a loan word.",
    "A B C D 中文",
    "中",
    "",
    "台著于里干后只系面余准采松占凶" * 3,
    "经济" + "經濟" * 2,
])
def test_same_decision_as_the_plain_count(text: str) -> None:
    assert detect_language(text) == _plain_count(text)
