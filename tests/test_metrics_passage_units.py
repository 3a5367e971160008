"""Units stated once for a passage (issue 14, item 1): currency declarations, index points carried to a level,
exchange rates quoted per dollar, bare 億 amounts in a money context."""

from __future__ import annotations

import pytest

from extractor.extractors.metrics import extract_metrics
from extractor.testing import make_doc


def _by_text(sentence: str, language: str | None = None) -> dict:
    doc = make_doc(sentence, language=language)
    ms = extract_metrics(doc)
    for m in ms:
        assert doc.text[m.span[0]:m.span[1]] == m.text
    return {m.text: m for m in ms}


def test_a_chinese_declaration_applies_to_the_amount_before_it_and_later_bare_yuan() -> None:
    by = _by_text("這家車廠上季營收120億元（人民幣，下同），毛利8億元，單價約15萬元。")
    assert [by[t].unit for t in ("120億元", "8億元", "約15萬元")] == ["CNY", "CNY", "CNY"]


def test_a_declaration_does_not_reach_back_past_the_amount_before_it() -> None:
    by = _by_text("去年營收30億元。今年目標50億元（港元，下同），員工增加至2,000人。")
    assert (by["30億元"].unit, by["50億元"].unit) == ("TWD", "HKD")


def test_a_unit_line_declares_the_currency() -> None:
    by = _by_text("各部門預算（單位：美元）：研發部門為3,000萬元。")
    assert by["3,000萬元"].unit == "USD"


def test_a_named_currency_still_wins_over_the_declaration() -> None:
    by = _by_text("營收80億元（人民幣，下同），折合新台幣約360億元。")
    assert by["新台幣約360億元"].unit == "TWD"


def test_a_bare_yi_amount_in_a_money_context_takes_the_declared_currency() -> None:
    by = _by_text("公司資本額5億元（人民幣，下同），今年營收衝上40億。")
    assert by["40億"].unit == "CNY"


@pytest.mark.parametrize("sentence", [
    "(All figures in Canadian dollars unless otherwise noted) The bank earned $1.9 billion in the quarter.",
    "The bank earned $1.9 billion in the quarter. All amounts are in Canadian dollars.",
])
def test_an_english_declaration_makes_the_dollar_sign_that_currency(sentence: str) -> None:
    assert _by_text(sentence, "en")["$1.9 billion"].unit == "CAD"


def test_an_explicit_prefix_is_not_overridden() -> None:
    by = _by_text("Figures are in Australian dollars. It paid US$40 million and $60 million.", "en")
    assert (by["US$40 million"].unit, by["$60 million"].unit) == ("USD", "AUD")


def test_a_euro_declaration_leaves_the_dollar_sign_alone() -> None:
    assert _by_text("All figures in euros. Rival bids reached $5 billion.", "en")["$5 billion"].unit == "USD"


def test_an_index_level_after_a_points_move_keeps_points() -> None:
    by = _by_text("The Nasdaq rose 85.3 points, or 1.1%, to 8,020.45 on Tuesday.", "en")
    assert (by["8,020.45"].value, by["8,020.45"].unit) == (8020.45, "points")


def test_a_level_in_the_next_sentence_is_not_carried() -> None:
    by = _by_text("The index rose 85 points. Attendance reached 8,020 visitors.", "en")
    assert by["8,020"].unit == ""


def test_a_chinese_closing_level_keeps_dian() -> None:
    by = _by_text("櫃買指數大漲3.5點，收在215.6。")
    assert by["215.6"].unit == "點"


@pytest.mark.parametrize("sentence,text,unit", [
    ("The yen weakened to 151.2 per dollar on Monday.", "151.2", "JPY"),
    ("China set the yuan at 7.12 to the dollar.", "7.12", "CNY"),
])
def test_a_rate_per_dollar_is_an_amount_of_the_named_currency(sentence: str, text: str, unit: str) -> None:
    assert _by_text(sentence, "en")[text].unit == unit


@pytest.mark.parametrize("sentence,text,unit", [
    ("美元兌日圓盤中升至112.35，創新高。", "112.35", "JPY"),
    ("歐元兌美元報1.0875。", "1.0875", "USD"),
    ("新台幣兌美元終場收29.865，升值2.1角。", "29.865", "TWD"),
])
def test_a_chinese_currency_pair_names_the_rate_unit(sentence: str, text: str, unit: str) -> None:
    assert _by_text(sentence)[text].unit == unit


def test_a_level_followed_by_a_comma_still_carries_points() -> None:
    by = _by_text("The Dow rose 85.3 points, or 1.1%, to 25,020.45, its highest close.", "en")
    assert by["25,020.45"].unit == "points"
