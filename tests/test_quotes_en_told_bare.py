""""told" + the one told + a clause without "that" ("told local television the search would widen",
"told Reuters on Monday he would stay") reports the clause; "told him the news" (no clause) reports
nothing; British single quotes opening the words are a direct quote, not reported speech as well."""

from __future__ import annotations

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def triples(text: str) -> list[tuple[str, str | None, str]]:
    quotes, _ = extract_quotes(make_doc(text))
    return [(q.kind, q.speaker, q.text) for q in quotes]


def test_told_medium_then_clause() -> None:
    assert ("indirect", "Mirta Halonen", "the search zone would be widened to the north") in triples(
        "Mirta Halonen, head of the rescue service, told local television the search zone would be widened "
        "to the north.")


def test_told_name_and_day_then_clause() -> None:
    assert triples("The harbour master told Reuters on Friday he would not reopen the pier.") == [
        ("indirect", "The harbour master", "he would not reopen the pier")]


def test_told_without_a_clause() -> None:
    assert triples("She told him the news about the orchard.") == []


def test_british_single_quotes_are_direct_only() -> None:
    assert triples("‘We will not sell the old pier to anyone,’ the harbour master said.") == [
        ("direct", "the harbour master", "We will not sell the old pier to anyone,")]
