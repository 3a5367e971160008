"""A quotation with no attribution of its own goes to the person who introduces it: the subject of the
clause before a colon, or of the sentence before it in the same paragraph (en_subjects)."""

from extractor.testing import quotes_of


def _direct(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in quotes_of(text, language="en") if q.kind == "direct"]


def test_subject_before_a_colon() -> None:
    text = ("The harvest came in late this year.\n\n"
            "Farmer Odell Brannigan summed up the season with a shrug: “We planted twice and lost both times.”")
    assert _direct(text) == [("Odell Brannigan", "We planted twice and lost both times.")]


def test_subject_of_the_sentence_before_in_the_same_paragraph() -> None:
    text = ("Markets were calm on Friday.\n\nMarisol Ekwueme, a former trade negotiator, once described tariffs "
            "with a metaphor. “A tariff is a tax you send to your own neighbours.”")
    assert _direct(text) == [("Marisol Ekwueme", "A tariff is a tax you send to your own neighbours.")]


def test_particle_surname_opening_a_sentence() -> None:
    text = ("The essayist Ines van Roon has written about ports for years.\n\n"
            "Van Roon closes the book with a warning: “Every harbour forgets the storm that built it.”")
    assert _direct(text) == [("Ines van Roon", "Every harbour forgets the storm that built it.")]


def test_no_person_opening_the_sentence_before() -> None:
    text = ("Prices rose sharply in the spring.\n\nThe market fell twice that week. “Nobody saw it coming at all.”")
    assert _direct(text) == []
