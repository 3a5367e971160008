"""'Wray Lind of the University of Otago in Dunedin, New Zealand, said': an aside that finishes a place name
('in Dunedin, New Zealand,') is not the speaker; a set-aside given name ('…, Rita Gomez, said') still is."""

from extractor.testing import quotes_of


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes_of(text, language="en")]


def test_place_aside_is_not_the_speaker() -> None:
    text = ("Tourism is rising in Antarctica.\n\n"
            "“Penguins are highly susceptible to infectious diseases,” Wray Lind of the University of Otago in "
            "Dunedin, New Zealand, said to a science magazine.")
    assert _speakers(text) == ["Wray Lind"]


def test_person_aside_after_place_is_the_speaker() -> None:
    text = ("Storms closed the roads.\n\n"
            "The county manager in Harris County, Rita Gomez, said the roads would stay closed until Monday.")
    assert _speakers(text) == ["Rita Gomez"]
