"""A cue that needs a comma (宣布, 要求) reports words without one when a named source stands right before it;
forecasts (預計) and unnamed or clause subjects keep needing the comma (invented sentences)."""

from __future__ import annotations

from extractor.testing import quotes_of


def pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes_of("標題一行\n本報訊。\n" + text)]


def test_named_group_demands_without_comma() -> None:
    assert ("開放機車行駛快速道路", "機車騎士團體") in pairs("機車騎士團體要求開放機車行駛快速道路。")


def test_forecast_still_needs_a_comma() -> None:
    assert pairs("台電公司預計明年完成新電廠的環評程序。") == []


def test_clause_subject_is_no_named_source() -> None:
    assert pairs("新廠房宣布啟用後產能大增三成。") == []
