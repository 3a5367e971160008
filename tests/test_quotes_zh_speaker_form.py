"""A Chinese source taken as written keeps only its name (speakers/tidy_zh.py), with invented sentences."""

from __future__ import annotations

import pytest

from extractor.extractors.speakers.parse_zh import parse_zh
from extractor.extractors.speakers.prescan import prescan
from extractor.testing import make_doc, quotes_of


def _parse(phrase: str):
    doc = make_doc(phrase + "表示，這是一句話。")
    return parse_zh(prescan(doc), doc.text, doc.folded or doc.text, 0, len(phrase), len(phrase))


@pytest.mark.parametrize("phrase, name", [
    ("今年水利署", "水利署"),  # a time word before the body
    ("上月農業局", "農業局"),
    ("環保聯盟2016年", "環保聯盟"),  # a year after it
    ("山海企業今早", "山海企業"),
])
def test_a_time_word_around_a_body_goes(phrase: str, name: str):
    sp = _parse(phrase)
    assert sp is not None and sp.name == name


@pytest.mark.parametrize("phrase, name", [
    ("插畫家邱文心", "邱文心"),  # an occupation, then the name
    ("攤商杜先生", "杜先生"),  # a trade, then surname and honorific
    ("藝術界鄧育昇", "鄧育昇"),  # a circle, then the name
])
def test_a_description_before_a_name_goes(phrase: str, name: str):
    sp = _parse(phrase)
    assert sp is not None and (sp.name, sp.kind) == (name, "person")


def test_a_dictionary_word_after_a_description_is_no_name():
    sp = _parse("科技界高層")
    assert sp is not None and sp.name == "科技界高層"


def test_the_quote_carries_the_tidied_speaker():
    qs = quotes_of("插畫家邱文心表示，這次展覽準備了一整年，希望大家喜歡。")
    assert [(q.speaker, q.text) for q in qs] == [("邱文心", "這次展覽準備了一整年，希望大家喜歡")]
