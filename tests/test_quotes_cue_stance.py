"""cue_stance tells a cue that reports a position (認為, 質疑, argued, warned) from neutral speech (說, 表示,
said, told), for claims downstream."""

from __future__ import annotations

import pytest

from extractor.extractors.quotes.cues import cue_stance


@pytest.mark.parametrize(("cue", "lang", "expected"), [
    ("認為", "zh", "stance"),
    ("質疑", "zh-Hant", "stance"),
    ("也批評", "zh", "stance"),
    ("表示", "zh", "speech"),
    ("說", "zh", "speech"),
    ("argued", "en", "stance"),
    ("Warned", "en", "stance"),
    ("said", "en", "speech"),
    ("told", "en", "speech"),
    (None, "en", "speech"),
])
def test_cue_stance(cue: str | None, lang: str, expected: str) -> None:
    assert cue_stance(cue, lang) == expected
