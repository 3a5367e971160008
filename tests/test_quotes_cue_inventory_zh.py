"""The Chinese reporting-verb inventory: less common news verbs introduce reported words, a speaker's next
act (並駁斥…) ends them, and a cue whose clause hands over to a second cue introduces nothing (invented
sentences)."""

from __future__ import annotations

import pytest

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def pairs(text: str) -> list[tuple[str, str, str | None]]:
    doc = make_doc(text)
    quotes, _ = extract_quotes(doc)
    for q in quotes:
        assert doc.text[q.span[0]:q.span[1]] == q.text
    return [(q.kind, q.text, q.speaker) for q in quotes]


@pytest.mark.parametrize(("text", "expected"), [
    ("交通部長林志豪承諾將在年底前完成全線的安全檢查。",
     ("indirect", "將在年底前完成全線的安全檢查", "林志豪")),
    ("自救會成員控訴業者長期排放廢水，導致下游農田無法耕作。",
     ("indirect", "業者長期排放廢水，導致下游農田無法耕作", "自救會成員")),
    ("市長陳美玲宣示，明年起所有公有建築都要設置太陽能板。",
     ("indirect", "明年起所有公有建築都要設置太陽能板", "陳美玲")),
    ("議員王大同怒嗆，市府根本沒有把居民的安全放在心上。",
     ("indirect", "市府根本沒有把居民的安全放在心上", "王大同")),
    ("氣象局推估，今年颱風季將比往年提早一個月報到。",
     ("indirect", "今年颱風季將比往年提早一個月報到", "氣象局")),
])
def test_added_cues_report_words(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in pairs(text)


def test_next_act_ends_the_reported_words() -> None:
    got = pairs("董事長李正雄批評競爭對手惡意挖角，並駁斥公司財務吃緊的傳言。")
    assert ("indirect", "競爭對手惡意挖角", "李正雄") in got


def test_cue_handing_over_to_the_next_cue_introduces_nothing() -> None:
    got = pairs("對於外界質疑，總經理張明德不願評論，僅表示，公司會持續擴大在地投資。")
    texts = [t for _, t, _ in got]
    assert "公司會持續擴大在地投資" in texts
    assert not any(t.startswith("僅表示") for t in texts)


def test_denied_speech_act_reports_nothing() -> None:
    got = pairs("部長林大明未回應業者的訴求，僅說新制上路後一定會有磨合期。")
    texts = [t for _, t, _ in got]
    assert "業者的訴求" not in texts
    assert "新制上路後一定會有磨合期" in texts


def test_space_after_the_comma_is_not_reported() -> None:
    # news pages put spaces around linked keywords: the words start after them
    got = pairs("理事長王大同痛批， 一例一休 修法根本是讓勞工過勞。")
    assert ("indirect", "一例一休 修法根本是讓勞工過勞", "王大同") in got
