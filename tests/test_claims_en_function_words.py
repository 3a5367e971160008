"""The English judge reads a clause's function words (``would``, ``not``, ``because``, its first word): how a
clause asserts, which travels across topics, unlike its content words. Invented sentences."""

from __future__ import annotations

from extractor.extractors.claims.en_features import function_word_features, function_words
from extractor.extractors.claims.en_judge import en_model


def _words(sentence: str) -> list[str]:
    return sentence.replace(".", "").split()


def test_function_words_of_a_clause_are_features_and_content_words_are_not() -> None:
    f = function_word_features(_words("The harbour tunnel would probably not survive another flood."))
    assert {"fw:would", "fw:probably", "fw:not", "fw:the", "fw1:the"} <= set(f)
    assert not any(name.endswith(("harbour", "tunnel", "survive", "flood")) for name in f)


def test_curly_apostrophes_and_case_are_folded() -> None:
    f = function_word_features(["It’s", "Clearly", "too", "late"])
    assert {"fw:it's", "fw1:it's", "fw:clearly"} <= set(f)


def test_a_clause_opening_with_a_content_word_has_no_first_word_feature() -> None:
    f = function_word_features(_words("Ferries stopped because the pier cracked."))
    assert "fw:because" in f and not any(name.startswith("fw1:") for name in f)


def test_the_vocabulary_is_closed_class_only() -> None:
    vocab = function_words()
    assert {"would", "because", "not", "the"} <= vocab
    assert not vocab & {"economy", "tunnel", "said", "growth"}


def test_the_committed_judge_weighs_function_words() -> None:
    weights = en_model().for_lang("en").clause
    assert any(name.startswith("fw:") for name in weights)
