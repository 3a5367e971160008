"""Speech verbs of online and spoken exchanges (留言, 問道, 寫道, 大罵) introduce direct quotes; noun-like ones
report indirect words only with a comma after them (invented sentences)."""

from __future__ import annotations

from extractor.testing import quotes_of


def pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes_of("標題一行\n本報訊。\n" + text)]


def test_comment_verb_introduces_a_quote() -> None:
    assert ("這條魚長得好怪", "許多網友") in pairs("許多網友紛紛留言「這條魚長得好怪」。")


def test_question_verb_introduces_a_quote() -> None:
    assert ("你是不是看到了？", "男子") in pairs("男子心虛地問道：「你是不是看到了？」")


def test_comment_noun_without_comma_reports_nothing() -> None:
    assert pairs("這則留言引起熱烈討論。") == []
