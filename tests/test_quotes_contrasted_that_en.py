""""X said that A, but that B": two contrasted reported clauses under one verb are two reports of the same
speaker; "A and that B" stays one (invented sentences)."""

from __future__ import annotations

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def pairs(text: str) -> list[tuple[str, str | None]]:
    doc = make_doc("Headline here\n\nFirst paragraph of the story.\n\n" + text, language="en")
    quotes, _ = extract_quotes(doc)
    for q in quotes:
        assert doc.text[q.span[0]:q.span[1]] == q.text
    return [(q.text, q.speaker) for q in quotes]


def test_but_that_splits_the_report() -> None:
    got = pairs("Port officials said that the new cranes had arrived on schedule, but that the union "
                "had not yet approved the night shifts.")
    assert ("the new cranes had arrived on schedule", "Port officials") in got
    assert ("the union had not yet approved the night shifts", "Port officials") in got


def test_and_that_keeps_one_report() -> None:
    got = pairs("Port officials said that the new cranes had arrived and that the union was pleased with them.")
    assert len(got) == 1


def test_adverbial_between_verb_and_that() -> None:
    got = pairs("Budget hawks have warned for years that interest costs would crowd out other spending.")
    assert ("interest costs would crowd out other spending", "Budget hawks") in got


def test_divulged_that_reports() -> None:
    got = pairs("Officials divulged Thursday that the ministry had quietly approved two more licences.")
    assert ("the ministry had quietly approved two more licences", "Officials") in got
