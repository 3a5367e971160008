"""he/she resolve by salience: the first compatible person named in the nearest sentence before the
pronoun (people named without a title count), gender from the given name, a given name alone takes the
full name the article gives, and names inside quotations are not antecedents."""

from __future__ import annotations

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def speakers(text: str) -> list[str | None]:
    quotes, _ = extract_quotes(make_doc(text))
    return [q.speaker for q in quotes]


def test_untitled_person_is_the_antecedent() -> None:
    text = ("On the dock at dawn, fisherman Tomas Varga checked the hives one last time.\n\n"
            "\"The cold killed half of them this year,\" he said.")
    assert speakers(text) == ["Tomas Varga"]


def test_nearest_sentence_beats_last_speaker() -> None:
    text = ("\"The budget is fine,\" said Helen Marsh, the city treasurer.\n\n"
            "Councillor Peter Quinn, who chairs the finance panel, disagreed strongly.\n\n"
            "\"These numbers do not add up at all,\" he said.")
    assert speakers(text)[-1] == "Peter Quinn"


def test_gender_skips_incompatible_person() -> None:
    text = ("\"The budget is fine,\" said Helen Marsh, the city treasurer.\n\n"
            "Her deputy, Peter Quinn, left the room before the vote.\n\n"
            "\"We will publish every line of it,\" she said.")
    assert speakers(text)[-1] == "Helen Marsh"


def test_given_name_alone_takes_full_name_named_later() -> None:
    text = ("\"He loved the sea more than anything,\" his sister, Sophie, said on Sunday.\n\n"
            "Sophie Brenner flew home to Oslo on Monday.")
    assert speakers(text) == ["Sophie Brenner"]


def test_name_inside_quotation_is_not_an_antecedent() -> None:
    text = ("\"Ask Robert Kline what happened at the plant,\" said Laura Stein.\n\n"
            "\"Nobody listened to the workers,\" she added.")
    assert speakers(text)[-1] == "Laura Stein"
