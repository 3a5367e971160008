"""A bare 萬/億 amount is money when the document has already read it as money, when it continues a list of sums,
or when it is a range whose upper end carries the big unit (50至60萬) in a money context; capitals glued to an amount
are its currency only when they are a currency code (5億USD), else a name (300萬BMW的車); 大三元 is an idiom."""

from __future__ import annotations

from extractor.testing import metrics_of


def _by_text(text: str) -> dict:
    return {m.text: m for m in metrics_of(text)}


def test_amount_read_as_money_before_stays_money() -> None:
    found = metrics_of("他向銀行借款380萬買房。多年後房子賣了，他還欠銀行380萬，只好再打工。")
    assert [(m.text, m.unit) for m in found] == [("380萬", "TWD"), ("380萬", "TWD")]


def test_bare_amount_continuing_a_list_of_sums() -> None:
    by = _by_text("兩家店分別積欠房租72萬、46萬，房東提告。")
    assert by["46萬"].unit == "TWD" and by["46萬"].value == 460000


def test_bare_amount_in_a_list_of_counts_stays_a_count() -> None:
    by = _by_text("兩座城市分別有居民72萬人、46萬，人口持續成長。")
    assert by["46萬"].unit == ""


def test_range_with_big_unit_on_its_upper_end_in_money_context() -> None:
    by = _by_text("新車售價預計落在80至90萬間，明年上市。")
    m = by["80至90萬"]
    assert (m.low, m.high, m.unit) == (800000, 900000, "TWD")


def test_jian_after_a_small_range_still_counts_rooms() -> None:
    m = _by_text("這棟民宿只有3至4間，假日常客滿。")["3至4間"]
    assert (m.low, m.high, m.unit) == (3, 4, "")


def test_capitals_after_an_amount_are_a_currency_code_or_a_name() -> None:
    assert _by_text("公司計畫募資5億USD。")["5億USD"].unit == "USD"
    by = _by_text("一輛市價450萬SUV的進口車以底價拍出。")
    assert by["450萬"].unit == "TWD"


def test_da_san_yuan_is_an_idiom_not_three_dollars() -> None:
    assert metrics_of("他本季繳出場均大三元的成績。") == []
