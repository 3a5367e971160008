"""A figure glued to the word before it: a Chinese numeral ending a word (英兩, 兩 of an ounce) right before Arabic
digits does not swallow them, and a Latin name right before a 億/萬 amount with its currency (a fine on a company)
is no model number, while H100 or A10 before a Chinese noun still is."""

from __future__ import annotations

from extractor.testing import metrics_of


def test_numeral_ending_a_word_before_digits() -> None:
    found = {m.text: m for m in metrics_of("白銀現貨報每英兩16.75美元，較前日小漲。", "zh")}
    assert found["16.75美元"].value == 16.75 and found["16.75美元"].unit == "USD"


def test_latin_name_before_a_big_amount() -> None:
    found = {m.text: m for m in metrics_of("法院判罰Oracle15億美元，該公司將上訴。", "zh")}
    assert found["15億美元"].value == 1.5e9 and found["15億美元"].unit == "USD"


def test_model_numbers_stay_out() -> None:
    assert [m.text for m in metrics_of("新機搭載A10處理器與H100晶片。", "zh")] == []
