"""成多 / 倍多 are "more than" (7成多 over 70 %, 3倍多 over 3 倍); 人口數13.5% is a share (數 ends the noun, it is no
"several"); a year before a classifier-like word is no count (2016家居展, 二○一七人口); 層樓 and 海浬 are units as written."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


def _all(sentence: str):
    return [(m.text, m.value, m.unit, m.qualifier) for m in metrics_of(sentence)]


@pytest.mark.parametrize("sentence,want", [
    ("支持者有6成多。", ("6成多", 60, "%", "over")),
    ("獲利是去年的4倍多，", ("4倍多", 4, "倍", "over")),
    ("老年人口占人口數16.2%。", ("16.2%", 16.2, "%", "exact")),
    ("新大樓高21層樓。", ("21層樓", 21, "層樓", "exact")),
    ("船隊航行了8,200海浬。", ("8,200海浬", 8200, "海浬", "exact")),
])
def test_forms(sentence: str, want: tuple) -> None:
    assert _all(sentence) == [want]


@pytest.mark.parametrize("sentence", ["2018家具大展今天開幕。", "二○一九人口報告出爐。", "數百人到場。"])
def test_no_count(sentence: str) -> None:
    assert _all(sentence) == []
