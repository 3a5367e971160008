"""English "X said … that": an adverbial between the verb and "that" keeps the report, "divulged that" is a cue,
and "A and that B" stays one report (invented sentences)."""

from __future__ import annotations

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def pairs(text: str) -> list[tuple[str, str | None]]:
    doc = make_doc("Headline here\n\nFirst paragraph of the story.\n\n" + text, language="en")
    quotes, _ = extract_quotes(doc)
    for q in quotes:
        assert doc.text[q.span[0]:q.span[1]] == q.text
    return [(q.text, q.speaker) for q in quotes]


def test_adverbial_between_verb_and_that() -> None:
    got = pairs("Budget hawks have warned for years that interest costs would crowd out other spending.")
    assert ("interest costs would crowd out other spending", "Budget hawks") in got


def test_divulged_that_reports() -> None:
    got = pairs("Officials divulged Thursday that the ministry had quietly approved two more licences.")
    assert ("the ministry had quietly approved two more licences", "Officials") in got
