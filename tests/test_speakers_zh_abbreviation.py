"""A Chinese organisation named by its abbreviation takes the full name the article gives
(speakers/resolve.abbreviated_in_text), with invented sentences."""

from __future__ import annotations

from extractor.extractors.speakers.resolve import abbreviated_in_text
from extractor.testing import quotes_of


def test_an_abbreviation_takes_the_full_name_written_before():
    qs = quotes_of("土地銀行今天公布新利率。土銀表示，房貸利率將微幅調升。")
    assert [q.speaker for q in qs] == ["土地銀行"]


def test_a_parent_body_stays_with_the_full_name():
    text = "交通部公路總局今天發布新聞稿。公總局表示，"
    assert abbreviated_in_text(text, "公總局") == "交通部公路總局"


def test_the_sentence_after_the_name_is_no_part_of_it():
    assert abbreviated_in_text("土地銀行今天公布新利率。", "土銀") == "土地銀行"


def test_a_longer_name_holding_the_short_one_whole_is_no_abbreviation():
    assert abbreviated_in_text("歐洲聯盟執委會今天表示，", "歐洲聯盟") is None


def test_two_candidates_are_ambiguous():
    assert abbreviated_in_text("土地銀行與土城銀行今天公布新利率。", "土銀") is None
