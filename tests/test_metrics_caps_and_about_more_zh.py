"""Chinese qualifiers: 約 before "N多/N餘" keeps the figure approximate (約4億多元: 約 governs the whole); 最多 is
"at most" by itself (每天最多喝12罐), 可高達 bounds a figure from above; 最高 alone before a reached peak stays exact."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


def _one(text: str):
    found = metrics_of(text)
    assert len(found) == 1, [(m.text, m.value, m.unit) for m in found]
    return found[0]


@pytest.mark.parametrize("text,qualifier", [
    ("這起吸金案約5億多元。", "approx"),
    ("社區約有300多戶人家。", "approx"),
    ("現場湧入500多人。", "over"),
])
def test_about_more_than(text: str, qualifier: str) -> None:
    assert _one(text).qualifier == qualifier


@pytest.mark.parametrize("text,qualifier", [
    ("醫師建議每週最多吃3顆蛋。", "at_most"),
    ("該基金年化報酬可高達9.5%。", "at_most"),
    ("股價盤中最高漲到88元。", "exact"),
])
def test_caps(text: str, qualifier: str) -> None:
    assert _one(text).qualifier == qualifier
