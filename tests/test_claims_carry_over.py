"""An own-voice claim after reported speech takes the last speaker when the learned carry-over model
says the speech carries on (claims/carry.py); the features describe the gap between them."""

from __future__ import annotations

from extractor.document import Span
from extractor.extractors.claims.carry import WINDOW, Carry, carry_over
from extractor.extractors.claims.judge import default_model
from extractor.extractors.claims.lexicon import lexicon
from extractor.extractors.claims.rules_zh import Candidate
from extractor.pipeline import Pipeline

TEXT = ("交通局長林志明表示，捷運新線將在三年內完工。此外，票價應該維持不變。\n"
        "市府昨天公布新的交通規劃。\n轉乘恐怕會更加不便。")


def _doc(text=TEXT):
    return Pipeline().document(text, doc_id="carry", content_type="text/plain")


def _own(doc, words):
    i = doc.text.index(words)
    return Candidate(Span(i, i + len(words)), None, None, None)


def test_the_next_sentence_takes_the_speaker_when_the_model_says_so():
    doc = _doc()
    cands = [_own(doc, "票價應該維持不變")]
    got = carry_over(doc, cands, lexicon("zh"), {"bias": 5.0})
    assert got[0].claimant == "林志明" and got[0].claimant_span is not None
    assert carry_over(doc, cands, lexicon("zh"), {"bias": -5.0})[0].claimant is None
    assert carry_over(doc, cands, lexicon("zh"), None)[0].claimant is None


def test_features_tell_the_gap():
    doc = _doc()
    carry = Carry(doc, lexicon("zh"))
    q, near = carry.source(_own(doc, "票價應該維持不變").span)
    assert q.speaker == "林志明"
    assert {"d1", "same_para", "kind:indirect", "bias"} <= set(near)
    _, far = carry.source(_own(doc, "轉乘恐怕會更加不便").span)
    assert "d3" in far and "same_para" not in far and "next_para" not in far


def test_no_quote_before_or_too_far_back_means_no_source():
    doc = _doc()
    carry = Carry(doc, lexicon("zh"))
    assert carry.source(_own(doc, "捷運新線").span) is None  # nothing reported before it ends
    far = "交通局長林志明表示，捷運新線將在三年內完工。" + "市府昨天開會。" * (WINDOW + 1) + "轉乘恐怕會更加不便。"
    doc = _doc(far)
    assert Carry(doc, lexicon("zh")).source(_own(doc, "轉乘恐怕會更加不便").span) is None


def test_a_claimed_candidate_is_left_alone():
    doc = _doc()
    i = doc.text.index("票價應該維持不變")
    held = Candidate(Span(i, i + 8), "市府", None, "說")
    assert carry_over(doc, [held], lexicon("zh"), {"bias": 5.0})[0].claimant == "市府"


def test_the_committed_model_carries_a_near_indirect_speaker_but_not_a_far_one():
    weights = default_model().for_lang("zh").carry
    assert weights
    doc = _doc()
    near, far = _own(doc, "票價應該維持不變"), _own(doc, "轉乘恐怕會更加不便")
    got = carry_over(doc, [near, far], lexicon("zh"), weights)
    assert got[1].claimant is None


def test_the_committed_model_keeps_the_speaker_within_a_paragraph_but_not_across_one():
    from extractor.extractors.claims import extract_claims
    from extractor.testing import make_doc

    def claims(text):
        doc = make_doc(text, stages=("normalize", "segment", "words", "terms", "metrics", "quotes"))
        return [(c.claimant, c.text) for c in extract_claims(doc)]

    assert ("王五", "內需恐怕仍然疲弱") in claims("王五認為，出口可望回升。內需恐怕仍然疲弱。")
    assert (None, "內需恐怕仍然疲弱") in claims("王五認為，出口可望回升。\n內需恐怕仍然疲弱。")
