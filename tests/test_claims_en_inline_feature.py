"""An own-voice clause whose subject is followed by a stance verb (``Analysts expect …``) is scored as held by
that subject: the judge sees feature ``en:inline`` and the claim names the subject. Invented sentences."""

from __future__ import annotations

from extractor.extractors.claims.candidates import clause_candidates
from extractor.extractors.claims.en_judge import judge_en
from extractor.extractors.claims.features import RuleSpans
from extractor.extractors.claims.lexicon import lexicon
from extractor.extractors.claims.units import Figures
from extractor.testing import make_doc

FULL = ("normalize", "segment", "words", "terms", "metrics", "quotes")


def judged_of(text: str):
    doc = make_doc(text, stages=FULL, language="en")
    lex = lexicon("en")
    return doc, judge_en(doc, clause_candidates(doc, frozenset(), lex), lex, Figures([]), RuleSpans([]), None)


def test_stance_verb_after_the_subject_marks_the_clause_as_held() -> None:
    doc, judged = judged_of("Freight analysts expect container rates to stay low through the winter.")
    assert "en:inline" in judged.feats[0]
    assert judged.clauses[0].holder is not None
    assert doc.text[judged.clauses[0].holder.start : judged.clauses[0].holder.end] == "Freight analysts"


def test_plain_own_voice_clause_is_not_held() -> None:
    _, judged = judged_of("Container rates stayed low through the winter as demand for furniture slumped.")
    assert all("en:inline" not in f for f in judged.feats)
    assert all(c.holder is None for c in judged.clauses)
