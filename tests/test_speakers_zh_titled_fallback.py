"""A Chinese 他 / 她 with no person in the registry before it falls back on a titled name or a surname with an
honorific in its paragraph (speakers/antecedent_zh.titled_person_before), with invented sentences."""

from __future__ import annotations

import pytest

from extractor.extractors.speakers import antecedent_zh
from extractor.extractors.speakers.registry import Registry
from extractor.testing import quotes_of

HONORIFIC = ("台東縣的62歲杜太太去年因膝蓋退化，走路都很吃力，經過半年復健才好轉，"
             "現在她每週回診，她今天笑著說「終於可以自己去市場了！」")


def test_she_is_the_woman_named_by_surname_and_honorific():
    assert [q.speaker for q in quotes_of(HONORIFIC)] == ["杜太太"]


def test_without_the_fallback_she_stays_a_pronoun(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(antecedent_zh, "titled_person_before", lambda reg, at, gender: None)
    assert [q.speaker for q in quotes_of(HONORIFIC)] == ["她"]


def _reg(text: str) -> Registry:
    reg = Registry()
    reg.text = text
    return reg


def test_a_titled_name_in_the_paragraph_is_found_and_registered():
    text = "環保聯盟理事長郭美玲批評縣府作法，她說，"
    reg = _reg(text)
    rec = antecedent_zh.titled_person_before(reg, text.find("她"), "f")
    assert rec is not None and rec.name == "郭美玲" and reg.lookup("郭美玲") is rec


def test_a_name_in_an_earlier_paragraph_is_not_taken():
    text = "環保聯盟理事長郭美玲批評縣府作法。\n天氣轉涼，她說，"
    assert antecedent_zh.titled_person_before(_reg(text), text.find("她"), "f") is None


def test_the_other_gender_by_honorific_is_skipped():
    text = "62歲的杜先生住在台東，她說，"
    assert antecedent_zh.titled_person_before(_reg(text), text.find("她"), "f") is None
