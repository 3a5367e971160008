"""A Chinese direct quote whose cue has no speaker words of its own takes the sentence's subject
(quotes/zh_direct.py ``_direct_phrase``), with invented sentences."""

from __future__ import annotations

from extractor.testing import quotes_of


def test_a_bare_cue_before_the_quote_takes_the_sentence_subject():
    qs = quotes_of("天氣轉涼。台中市長林大同今天出席植樹活動，還跟小朋友玩遊戲說「明年要再種一萬棵樹」。")
    assert [(q.speaker, q.text) for q in qs] == [("林大同", "明年要再種一萬棵樹")]


def test_the_speaker_words_before_the_cue_still_win():
    qs = quotes_of("台中市長林大同今天出席植樹活動，市議員陳小華說「這是作秀」。")
    assert [q.speaker for q in qs] == ["陳小華"]
