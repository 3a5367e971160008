"""Person names glossed in English: the transliteration run, without the role in front (names.py)."""

import pytest

from extractor.extractors.terms import extract_terms
from extractor.extractors.terms.names import name_words, translit_tail
from extractor.testing import make_doc


def _run(text):
    terms, names = extract_terms(make_doc(text))
    return {t.zh for t in terms}, {(n.zh, n.en) for n in names}


@pytest.mark.parametrize("text, zh", [
    ("公司財務長莫里森（Scott Morrison）表示將續任。", "莫里森"),
    ("委員會主席布萊恩（Tom Bryan）主持會議。", "布萊恩"),            # 席 is a transliteration character too
    ("這次因麥卡倫（Tim McCallan）受傷而延賽。", "麥卡倫"),            # 因 is a function word here
    ("退休的工廠老闆山本一郎（Ichiro Yamamoto）出席。", "山本一郎"),    # no transliteration: the role word
])
def test_name_without_role(text, zh):
    terms, _ = _run(text)
    assert terms == {zh}, terms


def test_name_dot_joins_given_name_and_surname():
    terms, _ = _run("歌手艾莉．葛蘭德（Ellie Grand）昨天來台。")
    (zh,) = terms
    assert zh.startswith("艾莉") and zh.endswith("葛蘭德")
    assert translit_tail("歌手艾莉．葛蘭德") == 6


def test_camel_case_name_is_a_person():
    assert name_words("JohnCorbin") == ["John", "Corbin"]
    _, names = _run("執行長柯賓（JohnCorbin）說明策略。")
    assert ("柯賓", "JohnCorbin") in names


@pytest.mark.parametrize("en", ["Unjust Enrichment Prohibition Act", "Cape Harmon", "Royal Harbor Museum"])
def test_things_are_not_names(en):
    assert name_words(en) == []


def test_short_name_with_a_thing_word_last_is_still_a_person():
    assert name_words("Jude Law") == ["Jude", "Law"]
