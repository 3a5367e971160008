"""Currency variants (issue 14, item 3): dollar prefixes of many countries, lower-case and singular currency
names, and 元 in an English story (the yuan, not the Taiwan dollar)."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


def _metrics(sentence: str, language: str | None = "en"):
    return metrics_of(sentence, language)


@pytest.mark.parametrize("sentence,text,value,unit", [
    ("The bond raised C$750 million.", "C$750 million", 7.5e8, "CAD"),
    ("Miners spent A$1.2 billion.", "A$1.2 billion", 1.2e9, "AUD"),
    ("Tickets cost HK$88.", "HK$88", 88, "HKD"),
    ("The fine was NT$60,000.", "NT$60,000", 6e4, "TWD"),
    ("A taco costs Mex$35.", "Mex$35", 35, "MXN"),
    ("The grant is S$40,000.", "S$40,000", 4e4, "SGD"),
    ("Coffee costs R$9 in Sao Paulo.", "R$9", 9, "BRL"),
    ("The tour costs NZ$120.", "NZ$120", 120, "NZD"),
    ("Each stall pays 10 us dollar a day.", "10 us dollar a day", 10, "USD"),
    ("A meal costs 100 chinese yuan.", "100 chinese yuan", 100, "CNY"),
    ("Rooms go for 9,000 japanese yen.", "9,000 japanese yen", 9000, "JPY"),
    ("The fee is 1 swiss franc.", "1 swiss franc", 1, "CHF"),
    ("A bus ride is 12 元 in Shenzhen.", "12 元", 12, "CNY"),
])
def test_currency_variants(sentence: str, text: str, value: float, unit: str) -> None:
    by = {m.text: m for m in _metrics(sentence)}
    assert text in by, list(by)
    assert (by[text].value, by[text].unit) == (pytest.approx(value), unit)


def test_yuan_sign_in_a_taiwan_story_stays_twd() -> None:
    by = {m.text: m for m in _metrics("門票售價350元。", None)}
    assert by["350元"].unit == "TWD"


@pytest.mark.parametrize("sentence,text,value,unit", [
    ("The miner borrowed $US750 million.", "$US750 million", 7.5e8, "USD"),
    ("The bond raised USD3bn.", "USD3bn", 3e9, "USD"),
    ("Entry costs Rs.250 per person.", "Rs.250", 250, "INR"),
])
def test_codes_glued_to_the_number(sentence: str, text: str, value: float, unit: str) -> None:
    by = {m.text: m for m in _metrics(sentence)}
    assert text in by, list(by)
    assert (by[text].value, by[text].unit) == (pytest.approx(value), unit)


def test_glued_letters_that_are_no_currency_stay_model_names() -> None:
    assert _metrics("The RTX4090 and the A10 chips sold out.") == []
