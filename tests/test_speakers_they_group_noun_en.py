"""English "they" after a plural group noun named just before ("There have been critics. … They contend
that …") is that group; when a named organisation came after the noun, "they" stays with the organisation."""

from __future__ import annotations

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def speakers(text: str) -> list[str | None]:
    quotes, _ = extract_quotes(make_doc(text))
    return [q.speaker for q in quotes]


def test_they_is_the_group_just_named() -> None:
    assert speakers("Through the summer there have been critics of the new bridge. They contend that the "
                    "tolls are far too high for local drivers.") == ["critics"]


def test_named_organisation_after_the_noun_wins() -> None:
    out = speakers("Several analysts were surprised. Korvell Corp. said its profits fell in May. They said that "
                   "the outlook was weak for the rest of the year.")
    assert out[-1] == "Korvell Corp."
