"""'," said the father's lawyer, Nathalie Gallant.' / '," said the city police commissioner, William J. Bratton, as
he …': the name set aside after an inverted description speaks; '…, Ahmed el Khannouss, said Monday,': the day
after the verb is never the speaker, and a particle inside the set-aside name keeps it whole."""

from extractor.testing import quotes_of


def _direct(text: str) -> list[str | None]:
    return [q.speaker for q in quotes_of(text, language="en") if q.kind == "direct"]


def test_description_then_name() -> None:
    text = ("The inquiry began in May.\n\n"
            "“If anyone is unaware of what is going on, it is the father,” said the father’s lawyer, Mirela Gallo.")
    assert _direct(text) == ["Mirela Gallo"]


def test_description_then_name_and_circumstance() -> None:
    text = ("Guns keep flowing north.\n\n"
            "“We cannot shut that down at the moment,” said the city police commissioner, Walter J. Brandt, as he "
            "announced the charges.")
    assert _direct(text) == ["Walter J. Brandt"]


def test_day_after_verb_is_no_speaker() -> None:
    text = ("The district was searched again.\n\n"
            "“This is a small place,” the deputy mayor of Molenbeek, Karim el Mansour, said Monday, referring to the "
            "suspects.")
    assert _direct(text) == ["Karim el Mansour"]


def test_description_without_name_stays() -> None:
    text = ("Shares fell on Tuesday.\n\n"
            "“Prices will rise again next year,” said a spokesman for the retailer.")
    assert _direct(text) == ["a spokesman for the retailer"]
