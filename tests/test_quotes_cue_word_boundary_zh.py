"""A cue followed by a character that often makes it a noun (分析師, 說明會) is still a verb when jieba puts a
word boundary right after it (強調|家庭, 坦承|為了); aspect marks and noun heads stay blocking (invented sentences)."""

from __future__ import annotations

from extractor.testing import quotes_of


def pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes_of("標題一行\n本報訊。\n" + text)]


def test_cue_before_a_word_opening_with_a_follower_character() -> None:
    got = pairs("陳大文出席座談，強調家庭教育比補習更重要。")
    assert ("家庭教育比補習更重要", "陳大文") in got


def test_cue_before_a_preposition_word() -> None:
    assert ("為了還債才鋌而走險", "嫌犯") in pairs("嫌犯坦承為了還債才鋌而走險。")


def test_noun_made_of_a_cue_is_still_no_cue() -> None:
    assert pairs("市場分析師陳大文今天出席說明會。") == []


def test_noun_head_after_estimate_stays_blocking() -> None:
    assert pairs("表格列出指標估計數字與市場含意。") == []
