"""English clause features for timetabled and done events (``is set to``, ``is due to be held``, ``signed``),
and dated words (``next Tuesday``): the official gold takes none of them as a claim. Invented sentences."""

from __future__ import annotations

from extractor.testing import en_clause_features_of as features_of


def test_schedule_marks_set_to_and_due_to():
    f = features_of("The Harbour Board is set to name a new chair later on Friday.", "The Harbour")
    assert "en:schedule" in f and "en:when" in f
    g = features_of("The river festival is due to be held next Tuesday in Marlow.", "The river")
    assert "en:schedule" in g and "en:when" in g


def test_schedule_absent_from_a_view():
    f = features_of("The new bridge is a costly mistake for the town.", "The new")
    assert "en:schedule" not in f and "en:when" not in f and "en:deed" not in f


def test_deed_marks_a_done_event():
    f = features_of("The two councils signed a water-sharing pact in Dunmore.", "The two")
    assert "en:deed" in f
