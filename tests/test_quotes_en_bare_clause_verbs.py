"""Verbs that report only with "that" (believe, confirmed, announced …) also report a clause without it
when a subject and an auxiliary or "be" follow ("believe the fire was set", "confirmed the deal had closed");
a plain object ("announced the merger", "added 200,000 jobs") still reports nothing."""

from __future__ import annotations

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def triples(text: str) -> list[tuple[str, str | None, str]]:
    quotes, _ = extract_quotes(make_doc(text))
    return [(q.kind, q.speaker, q.text) for q in quotes]


def test_bare_clause_after_believe_and_confirmed() -> None:
    assert triples("Fire officials believe the barn fire was set deliberately.") == [
        ("indirect", "Fire officials", "the barn fire was set deliberately")]
    assert triples("The brewery confirmed the sale of its old plant had closed last week.") == [
        ("indirect", "The brewery", "the sale of its old plant had closed last week")]


def test_plain_object_is_no_report() -> None:
    assert triples("The brewery announced the merger with its rival on Monday.") == []
    assert triples("Employers added 200,000 jobs in May, the most since January.") == []
