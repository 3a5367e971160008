"""Script detection skips the t2s conversion when a text holds no Simplified-only character (it cannot be
Simplified then), and decides as before either way."""

from __future__ import annotations

import pytest

from extractor.normalize import script
from extractor.normalize.script import detect_language


def test_traditional_text_is_decided_without_t2s(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(text: str) -> str:
        raise AssertionError("t2s was called")

    monkeypatch.setattr(script, "to_simplified", boom)
    assert detect_language("新創公司表示，營收將在明年翻倍，市場對此看法分歧。") == "zh-Hant"
    assert detect_language("台北里面的干貨店只准採用松木。") == "zh-Hant"  # shared characters are not Simplified-only


@pytest.mark.parametrize(("text", "lang"), [
    ("新创公司表示，营收将在明年翻倍，市场对此看法分歧。", "zh-Hans"),
    ("經濟經濟经济", "zh-Hant"),  # two Traditional-only against one Simplified-only: t2s decides
    ("经济经济經濟", "zh-Hans"),
])
def test_texts_with_simplified_characters_still_weigh_both(text: str, lang: str) -> None:
    assert detect_language(text) == lang
