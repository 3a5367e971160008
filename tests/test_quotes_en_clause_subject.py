"""The speaker of a reporting verb late in a sentence is the subject of its own clause, after the last
clause opener ("That was when Acme shipped … and Jo Lee said that, …" -> Jo Lee), not the whole run of
words since the sentence start; a name holding "and", or words before "and" that hold no verb, stay whole;
"said that, once …" reports what follows the comma."""

from __future__ import annotations

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def triples(text: str) -> list[tuple[str, str | None, str]]:
    quotes, _ = extract_quotes(make_doc(text))
    return [(q.kind, q.speaker, q.text) for q in quotes]


def test_subject_after_a_clause_opener() -> None:
    out = triples("That was the week the mill reopened its gates and Ana Ruiz said that, once it runs, "
                  "“nobody will want to go back.”")
    assert ("indirect", "Ana Ruiz", "once it runs, “nobody will want to go back") in out
    assert ("direct", "Ana Ruiz", "nobody will want to go back.") in out


def test_name_with_and_stays_whole() -> None:
    assert triples("Marks and Spencer said its food sales would rise this winter.") == [
        ("indirect", "Marks and Spencer", "its food sales would rise this winter")]


def test_bare_noun_after_and_is_not_a_subject() -> None:
    out = triples("Work conducted in both mice and rats shows that the drug slows the decline.")
    assert all(s != "rats" for _, s, _ in out)
