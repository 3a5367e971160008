"""The claimant of a clause that follows reported speech in its sentence (claims/reported.py): the
speaker of an earlier quote of the sentence, or the named holder before a closing cue word. Invented
sentences."""

from __future__ import annotations

from extractor.document import Span
from extractor.extractors.claims.lexicon import lexicon
from extractor.extractors.claims.reported import SentenceSources, fill_claimants
from extractor.extractors.claims.rules_zh import Candidate
from extractor.testing import make_doc

FULL = ("normalize", "segment", "words", "terms", "metrics", "quotes")
TEXT = "經濟學家王大明昨天指出，儘管出口增加，國內就業機會卻沒有跟著變多，原因是自動化減少了人力需求。"


def _last_clause(text: str) -> Span:
    return Span(text.rindex("，") + 1, len(text) - 1)


def test_a_clause_after_an_indirect_quote_that_ended_early_is_the_speakers() -> None:
    doc = make_doc(TEXT, stages=FULL, language="zh")
    assert any(q.speaker == "王大明" for q in doc.get("quotes"))
    found = SentenceSources(doc, lexicon("zh")).claimant(_last_clause(TEXT))
    assert found is not None and found.claimant == "王大明"


def test_a_clause_after_a_cue_clause_without_a_quote_takes_the_named_holder() -> None:
    doc = make_doc(TEXT, stages=FULL, language="zh").annotate("quotes", ())
    found = SentenceSources(doc, lexicon("zh")).claimant(_last_clause(TEXT))
    assert found is not None and found.claimant.endswith("王大明") and found.cue == "指出"


def test_own_voice_sentences_and_unnamed_holders_stay_unattributed() -> None:
    own = "儘管出口增加，國內就業機會卻沒有跟著變多，原因是自動化減少了人力需求。"
    doc = make_doc(own, stages=FULL, language="zh")
    assert SentenceSources(doc, lexicon("zh")).claimant(_last_clause(own)) is None
    junk = "以下用第一人稱說，國內就業機會恐怕不會變多。"  # no person, organisation or group before the cue
    doc = make_doc(junk, stages=FULL, language="zh").annotate("quotes", ())
    assert SentenceSources(doc, lexicon("zh")).claimant(_last_clause(junk)) is None


def test_fill_keeps_claims_that_already_have_a_claimant() -> None:
    doc = make_doc(TEXT, stages=FULL, language="zh")
    held = Candidate(_last_clause(TEXT), "某人", None, "認為")
    bare = Candidate(_last_clause(TEXT), None, None, None)
    out = fill_claimants(doc, [held, bare], lexicon("zh"))
    assert out[0] is held and out[1].claimant == "王大明"
