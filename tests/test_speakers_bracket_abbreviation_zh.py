"""An organisation's short name given in brackets after it (全名（簡稱）) names the full organisation later
(invented sentences)."""

from __future__ import annotations

from extractor.testing import quotes_of


def pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes_of("標題一行\n本報訊。\n" + text)]


def test_bracketed_short_name_resolves_to_the_full_name() -> None:
    got = pairs("海洋保育發展協會（海保會）今年起推動淨灘計畫。海保會表示，今年已清出兩噸垃圾。")
    assert ("今年已清出兩噸垃圾", "海洋保育發展協會") in got


def test_bracketed_code_is_no_short_name() -> None:
    got = pairs("東方電器（1605）今年轉虧為盈。東方電器表示，明年將擴大投資。")
    assert ("明年將擴大投資", "東方電器") in got
