"""The English reporting-verb inventory: more verbs frame reported speech (countered that, tweeted that,
denies that), and verbs that usually take an object report words only before "that" (invented sentences)."""

from __future__ import annotations

import pytest

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def triples(text: str) -> list[tuple[str, str, str | None]]:
    doc = make_doc(text, language="en")
    quotes, _ = extract_quotes(doc)
    for q in quotes:
        assert doc.text[q.span[0]:q.span[1]] == q.text
    return [(q.kind, q.text, q.speaker) for q in quotes]


@pytest.mark.parametrize(("text", "expected"), [
    ("The mayor, Jane Porter, countered that the budget was balanced.",
     ("indirect", "the budget was balanced", "Jane Porter")),
    ("Analysts believe that prices will fall next year.", ("indirect", "prices will fall next year", "Analysts")),
    ("The company denies that it misled investors.", ("indirect", "it misled investors", "The company")),
    ("Porter tweeted that the deal was dead.", ("indirect", "the deal was dead", "Porter")),
    ("Economists at the bank estimate that growth will slow to 2 percent.",
     ("indirect", "growth will slow to 2 percent", "Economists at the bank")),
])
def test_added_verbs_frame_reported_words(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize("text", [
    "The company denied the report.",
    "Regulators confirmed the merger on Friday.",
    "Investors think twice before buying.",
])
def test_object_verbs_without_that_report_nothing(text: str) -> None:
    assert triples(text) == []


@pytest.mark.parametrize(("text", "first", "second"), [
    ("Smith argued that the law was unconstitutional, insisting that the court had overreached.",
     "the law was unconstitutional", "the court had overreached"),
    ("Porter said the plan was flawed, noting the council had ignored three earlier reviews.",
     "the plan was flawed", "the council had ignored three earlier reviews"),
])
def test_participle_of_a_second_verb_splits_the_words(text: str, first: str, second: str) -> None:
    got = [(t, sp) for _, t, sp in triples(text)]
    speaker = got[0][1]
    assert got == [(first, speaker), (second, speaker)]
