"""The claim judge: a learned logistic model over clause features, grouping of claim clauses, and the
claims it yields for each reporting form (own voice, neutral cue, source phrase, inside a quote).
Invented sentences."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from extractor.document import Span
from extractor.extractors.claims import extract_claims
from extractor.extractors.claims.candidates import Clause
from extractor.extractors.claims.judge import Judged, Model, default_model, group, probability
from extractor.extractors.claims.learn import fit
from extractor.testing import make_doc

FULL = ("normalize", "segment", "words", "terms", "metrics", "quotes")


def claims_of(text: str):
    doc = make_doc(text, stages=FULL, language="zh")
    out = extract_claims(doc)
    for c in out:
        assert doc.text[c.span[0] : c.span[1]] == c.text
    return out


def test_committed_weights_load_and_score_deterministically() -> None:
    raw = json.loads(resources.files("extractor.data").joinpath("claims_model.json").read_text("utf-8"))
    assert "zh" in raw and raw["zh"]["clause"]
    lm = default_model().for_lang("zh")
    assert lm is not None and 0.0 < lm.threshold < 1.0
    f = {"bias": 1.0, "c:hedges": 1.0, "quote": 1.0}
    # the same features give the same score, run after run (the pipeline builds them in a fixed order) ...
    assert probability(lm.clause, f) == probability(lm.clause, dict(f))
    # ... and their order moves it by float rounding at most (a sum's last bit depends on its order)
    assert probability(lm.clause, f) == pytest.approx(probability(lm.clause, dict(reversed(list(f.items())))),
                                                      rel=1e-12)


def test_fit_learns_the_sign_of_a_feature_and_is_deterministic() -> None:
    rows = [({"bias": 1.0, "hedge": 1.0}, 1)] * 6 + [({"bias": 1.0, "figure": 1.0}, 0)] * 6 + [({"bias": 1.0}, 0)] * 2
    w = fit(rows, l2=1.0, steps=200)
    assert w["hedge"] > 0 > w["figure"]
    assert w == fit(list(rows), l2=1.0, steps=200)


def _clause(start: int, end: int, index: int, quote=None) -> Clause:
    return Clause(Span(start, end), 0, index, 3, quote, Span(start, end))


def test_group_joins_adjacent_claim_clauses_but_not_across_a_semicolon() -> None:
    text = "房價恐下跌，買氣轉弱；租金仍上漲。"
    doc = make_doc(text, language="zh")
    clauses = [_clause(0, 5, 0), _clause(6, 10, 1), _clause(11, 16, 2)]
    judged = Judged(clauses, [0.9, 0.9, 0.9], [{}, {}, {}], [(frozenset(), frozenset())] * 3)
    joining = Model.from_dict({"zh": {"clause": {}, "join": {"bias": 5.0}, "threshold": 0.5}}).for_lang("zh")
    assert group(doc, judged, joining) == [[0, 1], [2]]
    apart = Model.from_dict({"zh": {"clause": {}, "join": {"bias": -5.0}, "threshold": 0.5}}).for_lang("zh")
    assert group(doc, judged, apart) == [[0], [1], [2]]
    # below the threshold a clause is no claim at all
    high = Model.from_dict({"zh": {"clause": {}, "join": {"bias": 5.0}, "threshold": 0.95}}).for_lang("zh")
    assert group(doc, judged, high) == []


def test_own_voice_assessment_has_no_claimant() -> None:
    out = claims_of("這項新規定恐將嚴重衝擊中小企業的獲利。")
    assert [(c.claimant, c.text) for c in out] == [(None, "這項新規定恐將嚴重衝擊中小企業的獲利")]
    assert out[0].hedge == "恐將"


def test_content_after_a_neutral_cue_is_judged_and_held_by_the_speaker() -> None:
    out = claims_of("經濟部長李四表示，今年出口可能大幅衰退，企業應及早因應。")
    assert out and all(c.claimant == "李四" for c in out)
    assert any("出口可能大幅衰退" in c.text for c in out)
    assert not any("表示" in c.text or "李四" in c.text for c in out)  # span = content only


def test_words_inside_a_direct_quote_are_a_claim_of_the_speaker() -> None:
    out = claims_of("「這個市場未來幾年恐怕很難回溫，」研究員張三說。")
    assert [(c.claimant, c.text) for c in out] == [("張三", "這個市場未來幾年恐怕很難回溫")]


def test_source_phrase_holds_the_claim_that_follows() -> None:
    out = claims_of("根據顧問公司的報告，電動車市場恐將出現嚴重的價格戰。")
    assert [(c.claimant, c.text) for c in out] == [("顧問公司", "電動車市場恐將出現嚴重的價格戰")]


def test_attribution_clause_itself_is_never_a_claim() -> None:
    out = claims_of("多位經濟學家認為，明年景氣恐怕難以好轉。")
    assert [c.text for c in out] == ["明年景氣恐怕難以好轉"]
    assert "經濟學家" in (out[0].claimant or "")


def test_a_plain_reported_event_is_not_a_claim() -> None:
    assert claims_of("該公司昨天在台北舉行記者會，宣布新任董事長人選。") == []
