"""Which brackets are glosses at all (extractor/extractors/terms/glosses.py)."""

from extractor.extractors.terms import extract_terms
from extractor.extractors.terms.glosses import split_gloss, translates_a_sentence
from extractor.testing import make_doc


def _zh(text):
    terms, _ = extract_terms(make_doc(text))
    return {t.zh: t for t in terms}


def test_translated_remark_is_not_a_gloss():
    assert _zh("他說：「絕對不是（It is not the case）。」隨後離席。") == {}


def test_clause_words_without_a_sentence_end_can_still_be_a_name():
    # "No" is a clause word, but the bracket closes a quoted title, not a quoted sentence.
    text = "影片「生死交戰（No Time to Die）」上映，「不是這樣（It is not so）。」"
    first, second = text.index("）") + 1, text.rindex("）") + 1
    assert not translates_a_sentence("No Time to Die", text, first)
    assert translates_a_sentence("It is not so", text, second)
    assert "生死交戰" in _zh(text) and "不是這樣" not in _zh(text)


def test_numbers_and_addresses_are_not_glosses():
    assert _zh("股價（2330）與網址（www.example.org）和連結(https://a.example)。") == {}


def test_name_written_with_a_comma_stays_one_english_form():
    assert split_gloss("Park, Jung-ho") == ("Park, Jung-ho", None)
    assert split_gloss("Graphics Processing Units, GPUs") == ("Graphics Processing Units", "GPUs")
    terms = _zh("校長朴正浩（Park, Jung-ho）致詞。")
    assert terms["朴正浩"].en == "Park, Jung-ho"


def test_single_character_is_no_term():
    assert _zh("這個字叫做貓（cat）。") == {}


def test_chinese_note_after_the_english():
    terms = _zh("非營利組織「海洋復育中心」（Ocean Restoration Center，簡稱ORC）表示。")
    assert terms["海洋復育中心"].abbr == "ORC"
    assert "波金" in _zh("45歲的教師波金（Bo Kin，音譯）說。")


def test_site_address_is_not_a_gloss():
    assert _zh("請上市府旅遊網（travel.example.gov.tw）查詢。") == {}


def test_codes_are_not_glosses():
    assert _zh("請安裝修補程式（KB4012-598）並重新開機。") == {}
