"""'"…," Ines van Roon, a geologist at the survey in Oslo told Reuters.': the name before an aside whose
closing comma is missing, particles inside the name."""

from extractor.testing import quotes_of


def test_aside_without_closing_comma() -> None:
    text = ("Rescuers widened the search on Friday.\n\n"
            "\"The sea floor there is flat and shallow, so the wreck should be easy to spot,\" Ines van Roon, "
            "a marine geologist at the University of Bergen told Reuters.")
    found = [q.speaker for q in quotes_of(text, language="en") if q.kind == "direct"]
    assert found == ["Ines van Roon"]
