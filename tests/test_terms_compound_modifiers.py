"""The left edge of the Chinese side before an acronym: a verb or adverb between a noun and the common-noun head
the bracket glosses belongs to the compound while the letters still have words to cover (日本放送協會(NHK),
每股稅後純益(EPS)); a predicate before a name (收購超微(AMD)), a verb before a term that already covers the
letters (試射洲際彈道飛彈(ICBM)) and a modifier after a place the letters do not spell (大陸熱軋離岸價(FOB)) stay
out. A person's name whose first character is no transliteration character keeps it when jieba reads the name as
one word (總監珍妮佛)."""

from __future__ import annotations

import pytest

from extractor.extractors.terms import extract_terms
from extractor.testing import make_doc


def _zh(sentence: str) -> list[str]:
    return [t.zh for t in extract_terms(make_doc(sentence))[0]]


@pytest.mark.parametrize("sentence,zh", [
    ("據日本放送協會（NHK）報導，颱風逼近。", "日本放送協會"),
    ("該公司去年每股稅後純益（EPS）創新高。", "每股稅後純益"),
    ("醫院引進高頻震盪呼吸器（HFOV）救治早產兒。", "高頻震盪呼吸器"),
])
def test_modifier_inside_an_acronym_compound(sentence: str, zh: str) -> None:
    assert _zh(sentence) == [zh]


@pytest.mark.parametrize("sentence,zh", [
    ("英特爾收購超微（AMD）的傳聞再起。", "超微"),
    ("北韓昨天試射洲際彈道飛彈（ICBM）。", "洲際彈道飛彈"),
    ("本週大陸熱軋離岸價（FOB）續漲。", "離岸價"),
])
def test_predicate_or_foreign_place_stays_out(sentence: str, zh: str) -> None:
    assert _zh(sentence) == [zh]


def test_name_keeps_a_first_character_outside_the_transliteration_set() -> None:
    assert _zh("基金會執行總監珍妮佛（Jennifer Lopez）表示支持。") == ["珍妮佛"]


def test_adverb_tagged_modifier_inside_a_long_english_name() -> None:
    assert _zh("他參觀了紐約的布魯克林公立特許學校（Brooklyn Public Charter School）。") == ["布魯克林公立特許學校"]


def test_adverb_before_a_predicate_stays_out() -> None:
    assert _zh("廠商已經推出量子運算晶片（quantum computing chip）。") == ["量子運算晶片"]
