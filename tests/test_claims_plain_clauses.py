"""Every clause is judged when the model says so (``judge_plain``): a clause without any word of the word
classes is no longer forced outside a claim, while an attribution (``X表示，``) still is."""

from __future__ import annotations

from dataclasses import replace

from extractor.extractors.claims.candidates import clause_candidates
from extractor.extractors.claims.features import RuleSpans
from extractor.extractors.claims.judge import default_model, judge_clauses, positions
from extractor.extractors.claims.lexicon import lexicon
from extractor.extractors.claims.units import Figures
from extractor.pipeline import Pipeline

TEXT = "林大同表示，這條河流的水質相當糟糕。小明和阿花騎腳踏車到河邊。"


def _judged(plain: bool):
    doc = Pipeline().document(TEXT, doc_id="plain", content_type="text/plain")
    lex = lexicon("zh")
    lm = replace(default_model().for_lang("zh"), judge_plain=plain)
    return doc, judge_clauses(doc, clause_candidates(doc, set(), lex), lex, Figures([]), RuleSpans([]), lm)


def _index(doc, judged, words):
    return next(k for k, c in enumerate(judged.clauses) if doc.text[c.span.start : c.span.end].startswith(words))


def test_a_plain_clause_is_judged_only_with_judge_plain():
    doc, off = _judged(False)
    k = _index(doc, off, "小明")
    assert not off.scans[k][0]  # no word of any class: the premise of the test
    assert off.skipped[k] and not off.feats[k] and not positions(doc, off)[k].feats
    doc, on = _judged(True)
    assert not on.skipped[k] and on.feats[k] and positions(doc, on)[k].feats


def test_an_attribution_stays_skipped_either_way():
    for plain in (False, True):
        doc, judged = _judged(plain)
        k = _index(doc, judged, "林大同")
        assert judged.skipped[k] and judged.attributions[k]
