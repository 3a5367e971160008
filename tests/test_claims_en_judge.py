"""The English claim judge: committed weights, English clause features, and the claims it yields for each
reporting form (own voice, a neutral cue, inside a direct quote). Invented sentences."""

from __future__ import annotations

import json
from importlib import resources

from extractor.extractors.claims import extract_claims
from extractor.extractors.claims.candidates import clause_candidates
from extractor.extractors.claims.en_features import sentiment
from extractor.extractors.claims.en_judge import en_model, judge_en
from extractor.extractors.claims.features import RuleSpans
from extractor.extractors.claims.judge import Model, binary_probability
from extractor.extractors.claims.lexicon import lexicon
from extractor.extractors.claims.units import Figures
from extractor.testing import en_clause_features_of as features_of
from extractor.testing import make_doc

FULL = ("normalize", "segment", "words", "terms", "metrics", "quotes")


def doc_of(text: str):
    return make_doc(text, stages=FULL, language="en")


def claims_of(text: str, model: Model | None = None):
    doc = doc_of(text)
    out = extract_claims(doc, model=model)
    for c in out:
        assert doc.text[c.span[0] : c.span[1]] == c.text
    return out


def test_committed_english_weights_load_and_score_deterministically() -> None:
    raw = json.loads(resources.files("extractor.data").joinpath("claims_model_en.json").read_text("utf-8"))
    assert raw["en"]["clause"] and "dev_en" in raw["_doc"]
    lm = en_model().for_lang("en")
    assert lm is not None and 0.0 < lm.threshold < 1.0
    feats = ["bias", "en:modal", "quote", "en:pos"]
    p = binary_probability(lm.clause, feats)
    assert p == binary_probability(lm.clause, list(feats))  # the same features in the same order: the same bits
    assert abs(p - binary_probability(lm.clause, list(reversed(feats)))) < 1e-12


def test_sentiment_lexicon_holds_evaluative_words_only() -> None:
    pos, neg = sentiment()
    assert {"terrible", "dangerous"} <= neg and {"superior", "good"} <= pos
    assert "the" not in pos | neg and "company" not in pos | neg


def test_features_read_modality_evaluation_and_narration() -> None:
    f = features_of("Critics say the plan could prove a dangerous gamble for savers.", "the plan")
    assert {"en:modal", "en:neg_word", "en:intro_neutral"} <= set(f)
    f = features_of("The board approved the budget on Tuesday after a long meeting.", "The board")
    assert "en:own_narration" in f and "en:modal" not in f and "en:time" in f
    f = features_of("Revenue rose to 4.2 billion from 3.9 billion, up 8 percent.", "Revenue")
    assert "en:figures" in f and "en:no_figure" not in f


def test_features_tell_quote_cue_classes_and_first_person() -> None:
    text = "“We will not raise prices this year,” said Mara Holt, the chief executive."
    f = features_of(text, "We will")
    assert "en:q_first" in f and "en:direct_view" in f
    assert any(k.startswith("en:direct_") for k in f)


def test_every_clause_is_judged_and_facts_score_below_assessments() -> None:
    text = ("The slump could push several small drillers into bankruptcy. "
            "The company opened a plant in Ohio in 2019 with 200 workers.")
    doc = doc_of(text)
    lex = lexicon("en")
    judged = judge_en(doc, clause_candidates(doc, frozenset(), lex), lex, Figures([]), RuleSpans([]),
                      en_model().for_lang("en"))
    assert len(judged.probs) == len(judged.clauses) == 2
    assert judged.probs[0] > judged.probs[1]


def test_own_voice_assessment_is_a_claim_without_claimant() -> None:
    out = claims_of("Copper fell again on Monday. The slump could push several small drillers into bankruptcy.")
    assert [(c.claimant, c.text.rstrip(".")) for c in out] == [
        (None, "The slump could push several small drillers into bankruptcy")]


def test_reported_content_after_said_is_the_speakers_claim_without_cue() -> None:
    out = claims_of("Harbor Logistics said its new terminal would ease congestion at the port. "
                    "The terminal opened on Monday.")
    assert len(out) == 1
    assert out[0].claimant == "Harbor Logistics"
    assert out[0].text.startswith("its new terminal would ease") and "said" not in out[0].text


def test_direct_quote_claim_keeps_only_the_quoted_words() -> None:
    out = claims_of("“The new line is a huge step forward for the region,” Mayor Tom Reed told reporters on Friday.")
    assert len(out) == 1
    assert out[0].claimant == "Tom Reed"
    assert out[0].text.rstrip(",") == "The new line is a huge step forward for the region"
