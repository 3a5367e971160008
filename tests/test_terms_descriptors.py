"""Descriptors, roles, places and scopes in front of a term are dropped (boundary.py, terms_lexicon.json)."""

import pytest

from extractor.extractors.terms import extract_terms
from extractor.testing import make_doc


def _zh(text):
    terms, _ = extract_terms(make_doc(text))
    return {t.zh for t in terms}


@pytest.mark.parametrize("text, zh", [
    ("競爭對手聯星（Unistar）推出新機。", "聯星"),                      # company descriptor before any word
    ("據資安公司卡斯特羅實驗室（Castro Labs）分析。", "卡斯特羅實驗室"),  # a role before a proper name
    ("前往度假勝地白沙灣（White Sands Bay）旅遊。", "白沙灣"),
    ("他住在德州奧斯汀（Austin）多年。", "奧斯汀"),                     # a place the gloss does not name
    ("遊客湧向北卡外島（Outer Isle）度假。", "外島"),                   # a place jieba cut into characters
    ("由荷蘭商凡德爾集團（Vander Group）承建。", "凡德爾集團"),          # place + 商
    ("菲國國家災害委員會（NDC）發布警報。", "國家災害委員會"),           # a country's short form
    ("強化全球供應鏈韌性（supply chain resilience）。", "供應鏈韌性"),   # a scope word
])
def test_descriptor_dropped(text, zh):
    assert _zh(text) == {zh}


@pytest.mark.parametrize("text, zh", [
    ("兩國簽署區域夥伴協定（RPA）後。", "區域夥伴協定"),     # a role word inside a compound stays
    ("南韓國家情報院（NIS）指出。", "南韓國家情報院"),       # the acronym needs the place: too few words else
    ("市場關注上海出口貨櫃運價指數（SCFI）。", "上海出口貨櫃運價指數"),  # or it has the place's letter
    ("他研究公司治理（corporate governance）問題。", "公司治理"),  # the gloss translates the word
])
def test_descriptor_kept(text, zh):
    assert zh in _zh(text)


@pytest.mark.parametrize("text, zh", [
    ("發生在奧勒岡州波特蘭市（Portland）的案件。", "波特蘭市"),               # a unit the gloss does not name
    ("他就讀肯特郡學院（Kent County College）。", "肯特郡學院"),              # the gloss names the county
    ("市府推動都市再生（urban regeneration）計畫。", "都市再生"),            # 都市 is no named unit
])
def test_region_unit_in_front(text, zh):
    assert _zh(text) == {zh}


def test_region_unit_stays_before_an_acronym():
    assert _zh("學員前往伊利諾州棒球學院（IBA）受訓。") == {"伊利諾州棒球學院"}


@pytest.mark.parametrize("text, zh", [
    ("美國通用汽車（GM）宣布裁員。", "通用汽車"),          # the words spell the acronym alone; jieba glued 美國通用
    ("據美國有線電視新聞網（CNN）報導。", "有線電視新聞網"),
])
def test_place_before_an_acronym_that_does_not_need_it(text, zh):
    assert _zh(text) == {zh}
