"""Durations in hours are no metrics in Chinese news (GUIDE / the udn gold: 年, 個月, 天, 小時, 分鐘 are not
counted): 15小時偵訊, 長達2小時, 23個小時, 兩個多小時 give no figure, and 個 before 小時 is no count either.
Figures beside them still come out."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


@pytest.mark.parametrize("sentence", [
    "董事長經過12小時訊問後獲釋。",
    "議員在台上連續發言長達3小時。",
    "救難隊搜索了36個小時。",
    "工人們只花了三個多小時就完成搬運。",
    "新制規定輪班間隔至少9小時。",
    "產婦歷經十九小時才順利生產。",
])
def test_hours_are_durations(sentence: str) -> None:
    assert metrics_of(sentence) == []


def test_a_figure_beside_a_duration_stays() -> None:
    ms = metrics_of("工程耗時8小時，花費120萬元。")
    assert [(m.text, m.value, m.unit) for m in ms] == [("120萬元", 1.2e6, "TWD")]
