"""The surname look-up for run-together Latin names (LisaShalett, later "Shalett") reads an index of alias
endings, and still returns the first registered person that matches, as a scan over all records did."""

from __future__ import annotations

from extractor.document import Span
from extractor.extractors.speakers.registry import Registry


def test_surname_finds_the_run_together_name() -> None:
    reg = Registry()
    reg.add("Shalett Partners", "org", Span(0, 16))
    lisa = reg.add("LisaShalett", "person", Span(20, 31))
    assert reg.lookup("Shalett", kinds=("person",)) is lisa


def test_first_registered_person_wins() -> None:
    reg = Registry()
    first = reg.add("AnnaKowalski", "person", Span(0, 12))
    reg.add("PiotrKowalski", "person", Span(20, 33))
    assert reg.lookup("Kowalski", kinds=("person",)) is first


def test_no_match_for_unrelated_ending() -> None:
    reg = Registry()
    reg.add("LisaShalett", "person", Span(0, 11))
    assert reg.lookup("Johnson", kinds=("person",)) is None
