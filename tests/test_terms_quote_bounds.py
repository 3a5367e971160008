"""Quotes and titles bound the Chinese side of a gloss (boundary.py, step 1)."""

import pytest

from extractor.extractors.terms import extract_terms
from extractor.testing import make_doc


def _zh(text):
    terms, _ = extract_terms(make_doc(text))
    return {t.zh for t in terms}


@pytest.mark.parametrize("text, zh", [
    ("研究刊登於《新科學週報》（New Science Weekly）。", "新科學週報"),   # closed title before the bracket
    ("他稱為「綠色溢價」（green premium）的成本。", "綠色溢價"),          # closed quote before the bracket
    ("提出「碳邊境稅（carbon border tax）」構想。", "碳邊境稅"),         # quote closes right after the gloss
    ("這就是「數位落差（digital divide）的問題」。", "數位落差"),         # quote goes on, but one phrase
])
def test_quoted_term(text, zh):
    assert zh in _zh(text)


def test_quote_holding_a_clause_does_not_bound_the_term():
    got = _zh("「王建民與經紀人波拉斯（Scott Boras）談」。")
    assert got == {"波拉斯"}, got


def test_quoted_span_is_exact():
    doc = make_doc("據「藍海日報」（Blue Sea Daily）報導。")
    terms, _ = extract_terms(doc)
    (t,) = terms
    assert doc.text[t.span[0] : t.span[1]] == t.text and t.text.startswith(t.zh)


def test_quote_holding_a_clause_with_a_pronoun_does_not_bound_the_term():
    assert _zh("他高喊「我支持綠色聯盟（GA）上台」。") == {"綠色聯盟"}
