"""The learned second look at Chinese cues the rules turn down (quotes/zh_accept.py), with invented sentences."""

from __future__ import annotations

import pytest

from extractor.extractors.quotes import zh_accept
from extractor.extractors.quotes.zh_accept import source_words
from extractor.extractors.speakers.names_zh import _is_zh_name
from extractor.extractors.speakers.prescan import prescan
from extractor.testing import make_doc, quotes_of

BODY = "新竹市都發局表示，若屬於新開發區域，原則上都會納入管制。"
TITLED = "籃球隊總教練張一元表示，這次選手實力都很平均，首輪人選不太好挑。"


def test_a_body_the_parser_turns_down_is_a_source():
    qs = quotes_of(BODY)
    assert [(q.speaker, q.text) for q in qs] == [("新竹市都發局", "若屬於新開發區域，原則上都會納入管制")]


def test_without_the_judge_the_rules_find_nothing(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(zh_accept, "_model", lambda: ({}, 0.5))
    assert quotes_of(BODY) == []


def test_a_given_name_with_yi_is_a_name():
    assert _is_zh_name("張一元") and _is_zh_name("洪一中")
    assert not _is_zh_name("陳一再") and not _is_zh_name("林一度")
    assert [q.speaker for q in quotes_of(TITLED)] == ["張一元"]


def test_narration_without_a_cue_stays_unquoted():
    assert quotes_of("今天天氣很好，大家都出門踏青，公園裡擠滿了人。") == []


@pytest.mark.parametrize("phrase, source", [
    ("男友一開始", "男友"),  # a time adverb after the source
    ("市場目前", "市場"),
    ("蓄著長髮的阿明", "阿明"),  # a description, then the person
    ("出版社旗下作者林大同", "林大同"),  # a title, then the name
    ("南投縣消防局最新公布「年度火災統計」", "南投縣消防局"),  # the body, then what it did
    ("花蓮縣衛生局今早", "花蓮縣衛生局"),  # a time word glued to the body
    ("有消息", "消息"),  # "there is": no part of the source
    ("環保聯盟今天下午發布調查", "環保聯盟"),
])
def test_source_words_keep_the_name(phrase: str, source: str):
    doc = make_doc(phrase + "表示，這是一句話。")
    start, end = source_words(prescan(doc), doc.text, doc.folded or doc.text, 0, len(phrase))
    assert doc.text[start:end] == source


def test_source_words_of_a_time_word_alone_name_nobody():
    doc = make_doc("今天表示，這是一句話。")
    assert source_words(prescan(doc), doc.text, doc.folded or doc.text, 0, 2) is None


def test_a_cue_running_into_a_second_cue_is_part_of_its_phrase():
    qs = quotes_of("營收創新高。\n精密公司董事長王大明在線上法說會表示，伺服器產品營收年增超過一倍。")
    assert [(q.speaker, q.text, q.cue) for q in qs] == [("王大明", "伺服器產品營收年增超過一倍", "表示")]


def test_a_report_with_no_owner_is_left_to_the_rules():
    assert quotes_of("房市降溫。\n實價登錄資料顯示，新北市新成屋平均單價已達每坪65萬元。") == []
