"""A bare 元 takes the currency of the region its passage is about: Hong Kong cues (港股, 港交所, 香港) → HKD,
mainland cues (人民幣, 陸股, 上證) with no Taiwan cue → CNY, else the site default (TWD for a Taiwan text).
Foreign amounts the writer marks (人民幣2億元) leave the bare ones at home."""

from __future__ import annotations

from extractor.extractors.metrics import extract_metrics
from extractor.testing import make_doc


def _units(text: str) -> dict[str, str]:
    doc = make_doc(text, language="zh-Hant")
    return {m.text: m.unit for m in extract_metrics(doc)}


def test_hong_kong_passage() -> None:
    got = _units("香港股市今天走揚，港交所資料顯示，匯豐控股收報76.5元。")
    assert got["76.5元"] == "HKD"


def test_mainland_passage_without_taiwan_cue() -> None:
    got = _units("上證指數收高，陸股成交活絡，國家統計局表示，城鎮居民人均收入3.6萬元。")
    assert got["3.6萬元"] == "CNY"


def test_taiwan_default_and_marked_foreign_amounts() -> None:
    got = _units("該公司在大陸投資人民幣3億元，大陸去年營收約50億元，台灣營收40億元。")
    assert got["人民幣3億元"] == "CNY"
    assert got["約50億元"] == "TWD" and got["40億元"] == "TWD"


def test_hong_kong_cue_far_away_does_not_reach() -> None:
    filler = "市府今天公布新的交通計畫，包括增設公車路線與停車場。" * 20
    got = _units("香港旅客增加。" + filler + "每張票價100元。")
    assert got["100元"] == "TWD"


def test_declaration_still_wins() -> None:
    got = _units("香港業務營收30億元（新台幣，下同），港股表現平平。")
    assert got["30億元"] == "TWD"


def test_bare_wan_after_a_money_verb_is_money() -> None:
    got = _units("他先後向親友拿了3200萬，至今未還。")
    assert got["3200萬"] == "TWD"
