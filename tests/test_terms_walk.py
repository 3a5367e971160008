"""The jieba walk back from the bracket: no length budget, verbs and negations that belong to the term."""

import pytest

from extractor.extractors.terms import extract_terms
from extractor.testing import make_doc


def _zh(text):
    terms, _ = extract_terms(make_doc(text))
    return {t.zh for t in terms}


def test_long_name_at_a_clause_start_is_taken_whole():
    text = "消息傳出。凡德斯堡國家歷史公園（Vandersburg National Historical Park）的管理人說。"
    assert _zh(text) == {"凡德斯堡國家歷史公園"}


@pytest.mark.parametrize("text, zh", [
    # a verb governed by the clause's verb belongs to the law's name, and 不 to "Unjust"
    ("法院認定其違反禁止不當得利法（Unjust Enrichment Prohibition Act）。", "禁止不當得利法"),
    ("他們屬於委內瑞拉聯合社會黨（United Socialist Party of Venezuela）。", "委內瑞拉聯合社會黨"),
    ("他上週參加艾倫脫口秀（The Allen Talk Show）。", "艾倫脫口秀"),   # the clause's verb stays out
    ("台廠積極開發微透鏡（MLA）產品。", "微透鏡"),                     # an acronym takes no verb
    ("競爭對手聯星（Unistar）推出新機。", "聯星"),                      # characters jieba could not join
])
def test_walk(text, zh):
    assert _zh(text) == {zh}


def test_glossary_entry_ends_the_run():
    assert _zh("市場預期央行退出量化寬鬆（QE）。") == {"量化寬鬆"}


def test_conjunction_joins_when_the_english_has_and():
    assert _zh("終結病患照護與平價醫療法（Patient Care and Affordable Medicine Act）。") == {"病患照護與平價醫療法"}
    assert _zh("他與同事研究量子感測器（quantum sensor）。") == {"量子感測器"}


def test_verb_modifier_under_a_title_case_compound():
    # 退稅 is a verb to jieba, but "Tax-Refund" still has words for it
    assert _zh("許多旅客偏好退稅購物（Tax-Refund Shopping）行程。") == {"退稅購物"}


@pytest.mark.parametrize("text, zh", [
    ("牛津字典也收錄後事實（post-fact）一詞。", "後事實"),          # a prefix the English has (post-)
    ("他們收購韓國記憶體廠KX海星（KX Haixing）股份。", "KX海星"),  # a Latin word the gloss has too
])
def test_prefix_and_latin_lead(text, zh):
    assert _zh(text) == {zh}


def test_particle_before_the_bracket_glosses_nothing():
    assert _zh("名單列出結合創新技術與商業模式的（NYT）五十家企業。") == set()


def test_verb_chain_after_a_nominal_verb():
    # 採用, the clause's verb, governs 生成, which belongs to the term
    assert "生成對抗網路" in _zh("該團隊採用生成對抗網路（Generative Adversarial Network）。")


def test_space_before_the_bracket():
    assert _zh("電路裡稱為靜止點 (rest point，又稱R點)，亦即…") == {"靜止點"}


def test_transliterated_name_in_pieces_before_a_word():
    # 薩|恆|塔 are lone characters jieba could not join; the name goes on into 科技
    assert _zh("無論是某顧問公司或薩恆塔科技（Sahenta Tech）。") == {"薩恆塔科技"}
    assert _zh("他們再加美國貝恩資本（Bain Capital）。") == {"貝恩資本"}   # 加 before a word stays out


def test_figure_classifier_before_the_run_stays_out():
    assert _zh("第3季車載鏡頭（ACL）出貨成長。") == {"車載鏡頭"}
