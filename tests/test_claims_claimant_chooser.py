"""The claimant chooser (claims/chooser.py): every claim gets a short list of possible holders (the
resolution chain's pick, the own voice, the speaker of a quote, the holder named before a cue, the
last person named, ...) and the learned weights pick one."""

from __future__ import annotations

from extractor.document import Span
from extractor.extractors.claims.chooser import Choices, choose, key
from extractor.extractors.claims.judge import Model
from extractor.extractors.claims.lexicon import lexicon
from extractor.extractors.claims.rules_zh import Candidate
from extractor.pipeline import Pipeline

TEXT = ("環保團體代表陳美玲昨天在記者會上說，河川汙染恐怕會持續惡化。\n"
        "縣府回應，會加強稽查。不少居民認為，稽查人力明顯不足。")


def _doc(text=TEXT):
    return Pipeline().document(text, doc_id="chooser", content_type="text/plain")


def _own(doc, words):
    i = doc.text.index(words)
    return Candidate(Span(i, i + len(words)), None, None, None)


def _by_source(opts):
    return {src: o.name for o in opts for src in o.sources}


def test_options_hold_the_own_voice_and_the_holder_before_the_cue():
    doc = _doc()
    opts = Choices(doc, lexicon("zh")).options(_own(doc, "河川汙染恐怕會持續惡化"), None)
    got = _by_source(opts)
    assert got["chain"] is None and got["null"] is None  # the chain's pick (none) merged with the own voice
    assert "陳美玲" in (got.get("cue_np_adj") or "")  # the noun phrase right before 說，
    assert opts[0].sources[0] == "chain"


def test_a_group_noun_before_the_cue_is_an_option():
    doc = _doc()
    got = _by_source(Choices(doc, lexicon("zh")).options(_own(doc, "稽查人力明顯不足"), None))
    assert key(got.get("cue_np_adj")) == key("不少居民")


def test_options_naming_the_same_holder_merge_their_sources():
    doc = _doc()
    c = _own(doc, "河川汙染恐怕會持續惡化")
    i = doc.text.index("陳美玲")
    chain = Candidate(c.span, "陳美玲", Span(i, i + 3), "說")
    opts = Choices(doc, lexicon("zh")).options(chain, None)
    named = [o for o in opts if o.name and "陳美玲" in o.name]
    assert len(named) == 1 and {"chain", "cue_np_adj"} <= set(named[0].sources)
    assert named[0].feats.get("nsrc2") == 1.0 or named[0].feats.get("nsrc3") == 1.0


def test_the_weights_decide_and_ties_keep_the_chains_pick():
    doc = _doc()
    lex = lexicon("zh")
    cands = [_own(doc, "河川汙染恐怕會持續惡化")]
    assert "陳美玲" in choose(doc, cands, lex, {"src:cue_np_adj": 2.0})[0].claimant
    assert choose(doc, cands, lex, {"src:cue_np_adj": 2.0, "null": 3.0})[0].claimant is None
    assert choose(doc, cands, lex, {"bias": 1.0})[0].claimant is None  # a tie: the chain's pick (own voice)
    assert choose(doc, cands, lex, None) == cands


def test_the_model_file_block_carries_the_chooser():
    block = {"clause": {"bias": 0.0}, "join": {"bias": 0.0}, "threshold": 0.5, "chooser": {"null": 1.5}}
    assert Model.from_dict({"zh": block}).for_lang("zh").chooser == {"null": 1.5}
    del block["chooser"]
    assert Model.from_dict({"zh": block}).for_lang("zh").chooser is None


def test_a_holder_named_by_a_source_phrase_is_marked():
    doc = _doc("根據顧問公司的報告，電動車市場恐將出現嚴重的價格戰。")
    c = _own(doc, "電動車市場恐將出現嚴重的價格戰")
    i = doc.text.index("顧問公司")
    opts = Choices(doc, lexicon("zh")).options(Candidate(c.span, "顧問公司", Span(i, i + 4), None), None)
    assert opts[0].feats.get("intro") == 1.0 and "intro" not in opts[1].feats


def test_a_source_phrase_holder_stands_whatever_the_weights():
    doc = _doc("根據顧問公司的報告，電動車市場恐將出現嚴重的價格戰。")
    c = _own(doc, "電動車市場恐將出現嚴重的價格戰")
    i = doc.text.index("顧問公司")
    held = Candidate(c.span, "顧問公司", Span(i, i + 4), None)
    assert choose(doc, [held], lexicon("zh"), {"null": 9.0})[0].claimant == "顧問公司"
