"""他/她 with no person in the registry: the last bare name standing as a clause's subject before it
(speakers/antecedent_zh.named_subject_before), with invented sentences."""

from __future__ import annotations

from extractor.extractors.speakers.antecedent_zh import _subject_names
from extractor.testing import quotes_of


def _names(s: str) -> list[str]:
    return [s[a:b] for a, b in _subject_names(s, 0, len(s))]


def test_an_untitled_subject_name_is_the_pronouns_person():
    qs = quotes_of("退休教師周秉澄今年獲選模範志工，服務滿二十年。他說，陪伴孩子讀書是最快樂的事情。")
    assert [q.speaker for q in qs] == ["周秉澄"]


def test_a_name_followed_by_its_predicate_is_a_subject():
    assert _names("護理師曾品瑄今年獲頒服務獎") == ["曾品瑄"]
    assert _names("周秉澄同時擔任社區巡守隊長") == ["周秉澄"]
    assert _names("周秉澄2015年起在社區服務") == ["周秉澄"]


def test_bodies_and_common_words_are_no_names():
    assert _names("林務局將會加強巡查") == []
    assert _names("陳情民眾表示不滿") == []
    assert _names("高雄市政府今天表示") == []


def test_the_object_of_a_verb_is_no_subject():
    assert _names("警方鎖定周秉澄後找上門") == []
    assert _names("馬上鎖定張男後找上門") == []
