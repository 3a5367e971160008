"""The boundary works on Simplified text too: lexicons and transliteration characters in both scripts."""

from extractor.extractors.terms import extract_terms
from extractor.testing import make_doc


def _run(text):
    terms, names = extract_terms(make_doc(text, language="zh-Hans"))
    return {t.zh for t in terms}, {n.zh for n in names}


def test_simplified_name_with_dot_is_a_name_gloss():
    terms, names = _run("歌手艾莉·葛兰德（Ellie Grand）昨天来台。")
    assert names == {"艾莉·葛兰德"}  # the text's own spelling; the Term carries the Traditional form
    assert terms == {"艾莉·葛蘭德"}


def test_simplified_region_unit_and_descriptor():
    assert _run("发生在俄勒冈县波特兰镇（Portland）的案件。")[0] == {"波特蘭鎮"}
    assert _run("竞争对手联星（Unistar）推出新机。")[0] == {"聯星"}
