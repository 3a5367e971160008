"""兩人/2人 opening a clause or after a demonstrative ("the two of them") refers back to people named before and is
no head count; a head count (逮捕2人, 共3人) or a toll at clause start (，兩人受傷) still is."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


@pytest.mark.parametrize("text", [
    "王小明與李大華昨天見面。兩人談到合作計畫。",
    "兩名工程師前往現場，不過兩人都沒有找到漏水處。",
    "她說，她們兩人的看法完全不同。",
    "這2人是第一次參加比賽。",
    "三位候選人出席辯論，三人均表示支持修法。",
])
def test_reference_back_is_no_count(text: str) -> None:
    assert [m.text for m in metrics_of(text, "zh") if m.text.endswith("人")] == []


@pytest.mark.parametrize("text,surface", [
    ("警方在超商逮捕2人，全案移送法辦。", "2人"),
    ("隊伍共3人，明天出發。", "3人"),
    ("機車相撞，兩人受傷送醫。", "兩人"),
    ("會議規定董事不得少於二人。", "不得少於二人"),
])
def test_head_count_stays(text: str, surface: str) -> None:
    assert surface in [m.text for m in metrics_of(text, "zh")]
