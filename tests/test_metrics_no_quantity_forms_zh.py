"""Figures that are no quantity: a kind made with 式/制/曲 (五件式, 兩班制, 三部曲), minutes with seconds (4分30秒),
a position (林道9公里處), a duration counted with 個 + a time word (45個工作天, 92個年頭), and the digit 1 used as
the article "a" (遭遇1起網攻, 新1波攻擊); a 1 that is the information (其中1把, 每天1班, 確診1例。, 僅1家) stays."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


@pytest.mark.parametrize("text", [
    "買就送三件式餐具組。",
    "工廠採三班制輪值。",
    "導演宣布拍攝三部曲。",
    "跑完全程不得超過5分20秒。",
    "卡車在省道12公里處翻覆。",
    "工程預估需要30個工作天。",
    "這座老橋已有80個年頭。",
    "登山客在林道15公里處迷路。",
    "相機支援每秒60格連拍。",
    "駭客昨天發動新1波攻擊。",
    "這家銀行遭遇1起網路攻擊。",
])
def test_no_metric(text: str) -> None:
    assert metrics_of(text, "zh") == []


@pytest.mark.parametrize("text,surface", [
    ("警方查扣5把槍，其中1把是改造槍。", "1把"),
    ("偏鄉公車平日每天1班。", "每天1班"),
    ("本週新增確診1例。", "1例"),
    ("全縣僅1家醫院通過評鑑。", "1家"),
    ("全程共有5處補給站。", "5處"),
    ("警方在距離銀行不到200公尺處逮到嫌犯。", "不到200公尺"),
    ("醫院統計，至少有1家診所受害。", "至少有1家"),
    ("他先發6局被敲4支安打，投出1次三振。", "1次"),
    ("漫畫社每週推出1則新作。", "1則"),
    ("工程隊跑了3公里的管線。", "3公里"),
])
def test_still_a_figure(text: str, surface: str) -> None:
    assert surface in [m.text for m in metrics_of(text, "zh")]


@pytest.mark.parametrize("text,surface", [
    ("警方查獲6把刀，其中一把沾有血跡。", "一把"),
    ("選出8位模範勞工，其中一名是移工。", "一名"),
])
def test_one_of_a_count_given_before(text: str, surface: str) -> None:
    assert surface in [m.text for m in metrics_of(text, "zh")]


def test_one_of_without_a_count_only_introduces() -> None:
    assert all(m.value != 1 for m in metrics_of("其中一個可能是兩家公司合併。", "zh"))
