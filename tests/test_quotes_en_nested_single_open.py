"""A single quotation opened inside a double one and never closed (‘Big cities, come to me,”) ends with its
outer quotation, so the outer quote and the paragraph's next quotation are still found."""

from extractor.extractors.quotes.marks import find_quoted
from extractor.testing import quotes_of

_TEXT = ("The roads were never fixed.\n\n"
         "“I was alarmed when the mayor told us ‘Big towns, come to me and we rebuild you,” Ann Bly said. "
         "“When does it ever end? The small towns are struggling.”")


def test_outer_quote_closes_over_open_single() -> None:
    runs = [_TEXT[r.open:r.close + 1] for r in find_quoted(_TEXT)]
    assert runs[0].startswith("“I was alarmed") and runs[0].endswith("rebuild you,”")
    assert runs[1] == "“When does it ever end? The small towns are struggling.”"


def test_both_quotes_attributed() -> None:
    found = [q.speaker for q in quotes_of(_TEXT, language="en") if q.kind == "direct"]
    assert found == ["Ann Bly", "Ann Bly"]
