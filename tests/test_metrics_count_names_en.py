"""English bare numbers that count nothing: "the two" naming a pair already introduced, a decimal version number,
a capitalized number word inside a sentence (a place or card name), idioms (a one-two punch, a thing or two);
while "four of the five" counts the part, written in words too."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


@pytest.mark.parametrize("text", [
    "Talks between the two unions broke down on Friday.",
    "Version 4.6 ships next month, and 4.6 fixes the crash.",
    "Surfers flock to Eighty Mile Beach every summer.",
    "The reader drew the Seven of Cups from the deck.",
    "The veteran taught us a thing or two about patience.",
    "The storm and the flood were a one-two blow for farmers.",
])
def test_no_count(text: str) -> None:
    assert metrics_of(text, "en") == []


def test_part_of_a_whole_written_in_words() -> None:
    found = metrics_of("The model guessed the picks of three of the seven volunteers.", "en")
    assert [(m.text, m.value) for m in found] == [("three", 3)]


def test_sentence_initial_number_word_still_counts() -> None:
    found = metrics_of("Police said the fire spread fast. Nine families lost their homes.", "en")
    assert [(m.text, m.value) for m in found] == [("Nine", 9)]
