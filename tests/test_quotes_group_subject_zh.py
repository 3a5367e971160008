"""A cue with no subject of its own takes a group or person noun opening the sentence (但老翁…，表示…), and
person nouns (男子, 婦人) head a described speaker (…的男子則表示) (invented sentences)."""

from __future__ import annotations

from extractor.testing import quotes_of


def pairs(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in quotes_of("標題一行\n本報訊。\n" + text)]


def test_group_noun_opening_the_sentence_speaks() -> None:
    got = pairs("但老翁似乎不以為意，表示自己每天都走這條路。")
    assert ("自己每天都走這條路", "老翁") in got


def test_described_person_noun_speaks() -> None:
    got = pairs("自稱是店主朋友的男子則表示，店裡從來沒有賣過假貨。")
    assert ("店裡從來沒有賣過假貨", "男子") in got


def test_clause_after_a_semicolon_opens_a_sentence_for_its_subject() -> None:
    got = pairs("法院今天開庭審理此案；王大明出庭時否認犯罪，也說自己是被騙才進貨。")
    assert ("自己是被騙才進貨", "王大明") in got
