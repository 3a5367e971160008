"""Descriptions as speakers: "the Republican" / "the billionaire" resolve to the person an earlier
sentence described so; "the billionaire Max Ude" is Max Ude; a name never runs across a line break."""

from extractor.extractors.speakers.en_people import sweep_en_people
from extractor.extractors.speakers.registry import Registry
from extractor.testing import quotes_of


def _pairs(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.kind, q.speaker, q.text) for q in quotes_of(text, language="en")]


def test_the_party_word_finds_the_person_described_by_it() -> None:
    text = ("Wilma Ostrander, a Republican from Akron, and Dario Quell, a Democrat, met on Tuesday.\n\n"
            "The Republican said the state needed new roads.")
    assert ("indirect", "Wilma Ostrander", "the state needed new roads") in _pairs(text)


def test_description_before_a_name_is_dropped() -> None:
    text = "The billionaire Harlan Vossberg said he was pleased with the result."
    assert ("indirect", "Harlan Vossberg", "he was pleased with the result") in _pairs(text)


def test_a_name_does_not_run_across_lines() -> None:
    reg = Registry()
    text = "Storm Hits Coast in Ohio\n\nWilma Ostrander, a nurse, said the roads were closed."
    reg.text = text
    sweep_en_people(reg, text)
    assert [r.name for r in reg.recs if r.kind == "person"] == ["Wilma Ostrander"]
