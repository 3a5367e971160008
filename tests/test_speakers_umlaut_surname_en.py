"""A surname written without its umlaut ("Mueller") names the person the article writes with it
("Gerhard Müller"); a surname with no such spelling in the article stays as written."""

from __future__ import annotations

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def speakers(text: str) -> list[str | None]:
    quotes, _ = extract_quotes(make_doc(text))
    return [q.speaker for q in quotes]


def test_umlaut_spelling_found() -> None:
    assert speakers("Bishop Anton Schröder leads the synod. “The decision was taken far too quickly,” "
                    "Schroeder said.") == ["Anton Schröder"]


def test_no_umlaut_spelling_stays() -> None:
    assert speakers("“The decision was taken far too quickly,” Schroeder said.") == ["Schroeder"]
