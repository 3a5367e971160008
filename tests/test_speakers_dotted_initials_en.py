"""A plain source phrase may hold dotted initials ("the U.K. regulator", "U.N. inspectors"): still a
collective source before a reporting verb."""

from __future__ import annotations

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def test_dotted_initials_in_a_plain_source_phrase() -> None:
    quotes, _ = extract_quotes(make_doc("The U.K. regulator said the two ferries would stay in port until March."))
    assert [(q.speaker, q.text) for q in quotes] == [
        ("The U.K. regulator", "the two ferries would stay in port until March")]


def test_initials_alone_do_not_make_a_clause_a_source() -> None:
    quotes, _ = extract_quotes(make_doc("In the U.S. prices rose and many said the rise would last."))
    assert all(q.speaker != "In the U.S. prices rose and many" for q in quotes)
