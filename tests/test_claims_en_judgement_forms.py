"""English clause features for two forms of assessment that past-tense or plain-present narration hides:
a form of *be* followed by a judgement ("was right", "is too risky") and a generalization by frequency
("usually", "rarely"). Invented sentences."""

from __future__ import annotations

from extractor.testing import en_clause_features_of as features_of


def test_be_followed_by_a_judgement_is_marked_in_past_and_present() -> None:
    assert "en:be_judged" in features_of("The mayor was right to close the old bridge.", "The mayor")
    assert "en:be_judged" in features_of("The new toll is far too risky for commuters.", "The new toll")
    assert "en:be_judged" in features_of("The merger proved a costly mistake for the bank.", "The merger")


def test_be_in_plain_narration_is_not_a_judgement() -> None:
    assert "en:be_judged" not in features_of("The bridge was opened in 1990 by the mayor.", "The bridge")
    assert "en:be_judged" not in features_of("The toll is collected at the northern gate.", "The toll")


def test_frequency_adverbs_mark_a_generalization() -> None:
    assert "en:frequency" in features_of("Budget airlines usually raise fares before the holidays.", "Budget")
    assert "en:frequency" in features_of("Index funds rarely trail the market by much.", "Index funds")
    assert "en:frequency" not in features_of("The airline raised fares on Monday.", "The airline")
