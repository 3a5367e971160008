"""A paragraph ending in a colon (or an ellipsis) whose last sentence reports ('The Gazette is reporting on …:',
'He adds:') introduces the unmarked prose paragraph after it: a direct quote of that sentence's subject. A
verb with its object ('tells a different story:') or a passive ('have been found to …') introduces nothing."""

from extractor.testing import quotes_of


def _direct(text: str) -> dict[str, str | None]:
    return {q.text[:30]: q.speaker for q in quotes_of(text, language="en") if q.kind == "direct"}


def test_reporting_outlet_introduces_block() -> None:
    text = ("The hearing opened on Monday.\n\n"
            "The Harbour Gazette is reporting on the mayor’s medical history:\n\n"
            "Records from the clinic show years of treatment for anxiety, and doctors were worried about him.\n\n"
            "The council has not commented.")
    assert _direct(text).get("Records from the clinic show y") == "Harbour Gazette"


def test_pronoun_adds_colon_introduces_block() -> None:
    text = ("Critics were not convinced. Tom Berry, a local pastor, spoke first. He adds:\n\n"
            "It means not just a scandal for the city but a reckoning for everyone who voted last year.\n\n"
            "The vote is in May.")
    assert _direct(text).get("It means not just a scandal fo") == "Tom Berry"


def test_verb_with_object_or_passive_introduces_nothing() -> None:
    text = ("Release notes were published in March.\n\n"
            "The changelog for Quillpad tells a slightly different story:\n\n"
            "It seems clear that the project has kept a faster release cadence than its rival for years.\n\n"
            "Older users have been found to prefer the old menus…\n\n"
            "This trend is not limited to one program and spreads across the whole office suite market.")
    assert _direct(text) == {}
