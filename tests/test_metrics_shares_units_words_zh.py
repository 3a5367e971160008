"""Readings learned from a fresh batch of news, each general: 千 that starts a unit (420萬千瓦 is 4.2e6 kW, not
4,201,000 瓦); 約合 "about, converted" is approximate; a percent after 前/後 is a share (所得前20%者); a share in 成
after 高達/減 or before 者 (有高達九成涵蓋, 減四成生煤, 未達五成者); 半數 qualified is 50 % (超過半數); annual output or
daily capacity words give the period (年產值, 日處理能力); an idiom or a company name holding a numeral (一舉, 八股,
統一兆豐) is no figure; schools, districts and stab wounds are counted (87校, 4區, 7刀)."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


def _one(text: str, surface: str):
    found = {m.text: m for m in metrics_of(text, "zh")}
    return found[surface]


@pytest.mark.parametrize("text,surface,value,unit,qualifier,per", [
    ("機組跳脫，瞬間減少350萬千瓦供電。", "350萬千瓦", 3.5e6, "千瓦", "exact", None),
    ("門票要價80歐元（約合2800台幣）。", "約合2800台幣", 2800, "TWD", "approx", None),
    ("家戶所得前10%者擁有大半財富。", "10%", 10, "%", "exact", None),
    ("受訪店家中，有高達七成看好景氣。", "七成", 70, "%", "exact", None),
    ("計畫五年減三成燃煤用量。", "三成", 30, "%", "exact", None),
    ("果汁含量未達三成者須標示。", "未達三成", 30, "%", "under", None),
    ("調查顯示超過半數民眾支持。", "超過半數", 50, "%", "over", None),
    ("新廠年產值約新台幣12億元。", "約新台幣12億元", 1.2e9, "TWD", "approx", "year"),
    ("新廠日處理能力500噸。", "500噸", 500, "噸", "exact", "day"),
    ("空汙嚴重，全市有42校停止戶外課。", "42校", 42, "", "exact", None),
    ("全市劃分為東、西、南、北4區。", "4區", 4, "", "exact", None),
    ("被害人身中5刀送醫。", "5刀", 5, "", "exact", None),
])
def test_readings(text: str, surface: str, value: float, unit: str, qualifier: str, per: str | None) -> None:
    m = _one(text, surface)
    assert (m.value, m.unit, m.qualifier, m.per) == (value, unit, qualifier, per)


@pytest.mark.parametrize("text", [
    "股價一舉突破前高。",
    "判決書寫得太八股。",
    "統一兆豐購01今天上市。",
    "半數議員出席。",
    "首都五一區法院今天宣判。",
    "球團看好「二刀流」新秀。",
])
def test_no_figure(text: str) -> None:
    assert metrics_of(text, "zh") == []
