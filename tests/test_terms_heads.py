"""Generic heads after a name that the gloss does not translate (boundary.py, _trim_head)."""

import pytest

from extractor.extractors.terms import extract_terms
from extractor.testing import make_doc


def _zh(text):
    terms, _ = extract_terms(make_doc(text))
    return {t.zh for t in terms}


@pytest.mark.parametrize("text, zh", [
    ("控告凱勒公司（Keller）侵權。", "凱勒"),                          # company head after a proper name
    ("市府推動綠色社區概念（green community）。", "綠色社區"),          # a concept head after any term
    ("參加7國集團（G7）會議。", "7國集團"),                             # 7國 is no name; digits the gloss has
    ("公司收購石油公司（Petrolia）股權。", "石油公司"),                 # after a common noun the head stays
    ("東海廣播公司（EBC）報導。", "東海廣播公司"),                      # the acronym spells the head (C)
    ("他加入華倫集團（Warren Group）。", "華倫集團"),                   # the gloss translates the head
])
def test_head(text, zh):
    assert _zh(text) == {zh}
