"""'It said' after an organisation is that organisation (and nothing when none is named); the antecedent
of ", which accuses …" speaks; accusation verbs report their object and charge; a pronoun with its own
clause is not a source phrase."""

from __future__ import annotations

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def pairs(text: str) -> list[tuple[str, str | None, str]]:
    quotes, _ = extract_quotes(make_doc(text))
    return [(q.kind, q.speaker, q.text) for q in quotes]


def test_it_said_after_an_organisation() -> None:
    text = ("The ferry sank near the pier, Nordlink said in a statement. "
            "It said all forty passengers had been rescued by fishing boats.")
    assert ("indirect", "Nordlink", "all forty passengers had been rescued by fishing boats") in pairs(text)


def test_it_said_with_no_organisation_gives_nothing() -> None:
    assert pairs("It said nothing at all about the weather in the valley that year.") == []


def test_which_accuses_takes_the_antecedent() -> None:
    text = ("The chip maker is fighting a lawsuit with Vantor Labs, which accuses Orbis and its founder of "
            "copying three patented designs.")
    assert ("indirect", "Vantor Labs", "Orbis and its founder of copying three patented designs") in pairs(text)


def test_pronoun_clause_is_not_a_speaker() -> None:
    text = "When she posted the photo, she started to get comments accusing her of faking the image."
    assert all(sp is None or not sp.startswith("she ") for _, sp, _ in pairs(text))
