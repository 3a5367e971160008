"""English "X said … that": an adverbial between the verb and "that" keeps the report, "divulged that" is a cue,
and "A and that B" stays one report (invented sentences)."""

from __future__ import annotations

from extractor.testing import quotes_of


def pairs(text: str) -> list[tuple[str, str | None]]:
    lead = "Headline here\n\nFirst paragraph of the story.\n\n"
    return [(q.text, q.speaker) for q in quotes_of(lead + text, language="en")]


def test_adverbial_between_verb_and_that() -> None:
    got = pairs("Budget hawks have warned for years that interest costs would crowd out other spending.")
    assert ("interest costs would crowd out other spending", "Budget hawks") in got


def test_divulged_that_reports() -> None:
    got = pairs("Officials divulged Thursday that the ministry had quietly approved two more licences.")
    assert ("the ministry had quietly approved two more licences", "Officials") in got
