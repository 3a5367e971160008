"""Two consecutive numbers joined by 、 with one unit are a vague range: 15、16度 = 15-16 度, 3、4成 = 30-40 %;
a longer list or non-consecutive numbers are no range."""

from __future__ import annotations

from extractor.extractors.metrics import extract_metrics
from extractor.testing import make_doc


def _by_text(sentence: str):
    doc = make_doc(sentence)
    ms = extract_metrics(doc)
    for m in ms:
        assert doc.text[m.span[0]:m.span[1]] == m.text
    return {m.text: m for m in ms}


def test_two_digit_pair_is_a_range() -> None:
    by = _by_text("山區低溫僅23、24度。")
    m = by["23、24度"]
    assert (m.value, m.low, m.high, m.unit) == (None, 23, 24, "度")


def test_pair_with_qualifier_before() -> None:
    m = _by_text("清晨氣溫約11、12度。")["約11、12度"]
    assert (m.low, m.high, m.qualifier) == (11, 12, "approx")


def test_share_pair_in_cheng() -> None:
    m = _by_text("估計有6、7成考生選擇重考。")["6、7成"]
    assert (m.low, m.high, m.unit) == (60, 70, "%")


def test_non_consecutive_numbers_are_no_range() -> None:
    by = _by_text("兩地分別為15、18度。")
    assert "15、18度" not in by and "18度" in by


def test_to_range_still_reads() -> None:
    m = _by_text("白天高溫約27至29度。")["約27至29度"]
    assert (m.low, m.high) == (27, 29)


def test_adjacent_chinese_digits_are_a_vague_range() -> None:
    by = _by_text("現場聚集兩三百人。")
    m = by["兩三百人"]
    assert (m.value, m.low, m.high, m.unit) == (None, 200, 300, "")


def test_adjacent_digits_with_tens_and_shares() -> None:
    assert (_by_text("附近有三四十家店。")["三四十家"].low, _by_text("附近有三四十家店。")["三四十家"].high) == (30, 40)
    m = _by_text("大約七八成學生贊成。")["大約七八成"]
    assert (m.low, m.high, m.unit, m.qualifier) == (70, 80, "%", "approx")


def test_adjacent_digits_scale_with_big_units() -> None:
    m = _by_text("這筆投資約一兩百萬元。")["約一兩百萬元"]
    assert (m.low, m.high, m.unit) == (1e6, 2e6, "TWD")


def test_adjacent_digits_before_time_words_are_no_figure() -> None:
    assert _by_text("他三四月間出國，休息兩三天。") == {}
