"""A cue with no subject of its own takes the subject of its sentence (X要求…，並宣稱…; 市長X出席…，鼓勵…，
表示…), and a sentence opening with a connective alone goes on with the last speaker (invented sentences)."""

from __future__ import annotations

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def pairs(text: str) -> list[tuple[str, str | None]]:
    doc = make_doc(text)
    quotes, _ = extract_quotes(doc)
    for q in quotes:
        assert doc.text[q.span[0]:q.span[1]] == q.text
    return [(q.text, q.speaker) for q in quotes]


def test_second_cue_takes_the_sentence_subject() -> None:
    got = pairs("漁民團體要求政府提高休漁補助，並宣稱將號召上千艘漁船包圍港口。")
    assert ("將號召上千艘漁船包圍港口", "漁民團體") in got


def test_cue_clauses_after_a_titled_name() -> None:
    got = pairs("市長柯大文今天出席記者會，鼓勵民眾加入志工行列，表示狗兒也需要散步。")
    assert ("狗兒也需要散步", "柯大文") in got


def test_verb_is_no_surname() -> None:
    # 警員見老翁…: 見 is a verb, so there is no titled name 見老翁 opening the sentence
    got = pairs("警員見老翁滿頭大汗，擔心他在烈日下中暑脫水。")
    assert all(sp != "見老翁" for _, sp in got)


def test_sentence_opening_with_a_connective_goes_on() -> None:
    got = pairs("王小明表示，公司今年不會裁員。但也強調，加薪要看景氣。")
    assert ("加薪要看景氣", "王小明") in got


def test_connective_sentence_without_a_previous_speaker_reports_nothing() -> None:
    assert pairs("今年景氣不佳。但也強調，加薪要看景氣。") == []


def test_denial_before_the_first_cue_is_not_part_of_the_subject() -> None:
    got = pairs("部長林美珠未直接回應資方的修法訴求，僅說新制上路後一定會有磨合期。")
    assert got == [("新制上路後一定會有磨合期", "林美珠")]


def test_a_new_person_midway_blocks_the_sentence_subject() -> None:
    # 李大同 opens a later clause: the subjectless 指控 may be his, so the sentence's first name is not taken
    got = pairs("王小華與李大同婚姻官司纏訟多年，李大同本月初在臉書宣布勝訴，更指控王小華挪用公款。")
    assert all(sp != "王小華" for _, sp in got)
