"""'…, which founder Jo Lee said last year had …': the subject after the relative pronoun reports, and a
time phrase ("last year") between the verb and the content is skipped."""

from extractor.testing import quotes_of


def test_object_relative_clause_reports() -> None:
    text = ("The loyalty scheme, which chief executive Marit Solberg said last year had passed two million "
            "members, will be extended to Norway.")
    found = [(q.speaker, q.text) for q in quotes_of(text, language="en") if q.kind == "indirect"]
    assert found == [("Marit Solberg", "had passed two million members")]
