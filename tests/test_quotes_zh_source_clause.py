"""A source clause with no cue after it (根據X的報告，…) opens an indirect quote of the report's owner
(quotes/zh_sources), with invented sentences."""

from __future__ import annotations

from extractor.testing import quotes_of


def test_a_report_clause_with_no_cue_quotes_its_owner():
    qs = quotes_of("半導體景氣回溫。根據鼎泰顧問公司的報告，明年全球晶圓產能將再成長一成。")
    assert [(q.speaker, q.text) for q in qs] == [("鼎泰顧問公司", "明年全球晶圓產能將再成長一成")]


def test_an_account_of_a_group_is_theirs():
    qs = quotes_of("根據醫師說法，長時間使用手機容易造成眼睛乾澀。")
    assert [q.speaker for q in qs] == ["醫師"]


def test_no_owner_or_no_account_is_no_quote():
    assert quotes_of("據了解，他已經離開公司。") == []
    assert quotes_of("根據規定，員工每年可休假七天。") == []
