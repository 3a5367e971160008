"""English(中文) and ABBR(中文): the English before the bracket is the gloss (glosses.english_first_glosses)."""

import pytest

from extractor.extractors.terms import extract_terms
from extractor.testing import make_doc


def _got(text):
    terms, _ = extract_terms(make_doc(text))
    return {(t.zh, t.en, t.abbr) for t in terms}


@pytest.mark.parametrize("text, zh, en, abbr", [
    ("材質多為PVB（聚乙烯醇縮丁醛）製成。", "聚乙烯醇縮丁醛", None, "PVB"),
    ("他說這是一種 soft power（軟實力）的展現。", "軟實力", "soft power", None),
    ("The spread of quantum sensing (量子感測) worries them.", "量子感測", "quantum sensing", None),
    ("刊物以拼音「hao kan（好看）」為名。", "好看", "hao kan", None),   # the quote bounds the English
])
def test_english_first(text, zh, en, abbr):
    got = {t for t in _got(text) if t[0] == zh}
    assert got, _got(text)
    ((_, got_en, got_abbr),) = got
    assert got_en == en and got_abbr == abbr


def test_a_figures_unit_is_no_english_gloss():
    assert _got("位於台9線12.5K（新店區某路段）的邊坡。") == set()


def test_english_first_with_a_chinese_note():
    assert ("黃傑", "Kit Wong", None) in _got("港商Kit Wong（黃傑，或譯王傑）出面說明。")
