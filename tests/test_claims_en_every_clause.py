"""Every English clause is judged: one with no word of any class and nobody speaking still gets features and
a probability (its shape and who speaks decide). Invented text."""

from __future__ import annotations

from extractor.extractors.claims.candidates import clause_candidates
from extractor.extractors.claims.en_judge import en_model, judge_en
from extractor.extractors.claims.features import RuleSpans
from extractor.extractors.claims.lexicon import lexicon
from extractor.extractors.claims.units import Figures
from extractor.testing import make_doc

TEXT = "The old ferries run across the harbour twice a day."


def _judged():
    doc = make_doc(TEXT, stages=("normalize", "segment", "words", "terms", "metrics", "quotes"), language="en")
    lex = lexicon("en")
    lm = en_model().for_lang("en")
    return doc, judge_en(doc, clause_candidates(doc, frozenset(), lex), lex, Figures([]), RuleSpans([]), lm)


def _at(doc, judged, words: str) -> int:
    return next(k for k, c in enumerate(judged.clauses) if words in doc.text[c.span.start : c.span.end])


def test_a_clause_without_any_word_class_is_still_judged() -> None:
    doc, judged = _judged()
    k = _at(doc, judged, "ferries run")
    assert judged.feats[k].get("own") == 1.0  # judged as the article's own voice, not skipped
    assert judged.probs[k] > 0.0
