"""Chinese scores, ranks and look-alikes:
- 個百分比 is percentage points like 個百分點 (負30個百分比 = -30 pp);
- a score in 分 is kept before 一路 and before 或以上 (48.5分一路下滑, 60分或以上);
- 名 after a rank (排名, 第N名 earlier in the clause) is a rank, no head count;
- 唯一一台: the first 一 ends 唯一, 一一 is no eleven;
- 一日 / 一年 right before an amount is its period (掛號費一日200元)."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


def _all(sentence: str):
    return [(m.text, m.value, m.unit, m.qualifier, m.per) for m in metrics_of(sentence, "zh-Hant")]


def test_points_in_ge_baifenbi() -> None:
    assert _all("該黨的支持度淨值為負30個百分比。") == [("負30個百分比", -30, "pp", "exact", None)]


def test_scores_before_yilu_and_huo_yishang() -> None:
    assert _all("他的評分從48.5分一路下滑，達60分或以上的只有兩次。")[:2] == [
        ("48.5分", 48.5, "分", "exact", None), ("60分或以上", 60, "分", "at_least", None)]


@pytest.mark.parametrize("sentence", [
    "她的世界排名從第12名滑落至58名。",
    "這支球隊在聯盟排名跌到23名。",
])
def test_ranks_in_ming_are_no_counts(sentence: str) -> None:
    assert _all(sentence) == []


def test_weiyi_yi_is_no_eleven() -> None:
    assert all(m[1] != 11 for m in _all("現場唯一一輛消防車是從外縣市調來的。"))


def test_a_day_right_before_the_amount() -> None:
    assert _all("病房的看護費一日2500元。") == [("2500元", 2500, "TWD", "exact", "day")]
