"""English speakers under the fullest form of their name the article writes (en_names)."""

from extractor.extractors.speakers.en_names import clean_person_name, fuller_name
from extractor.testing import quotes_of


def _speakers(text: str) -> set[str]:
    return {q.speaker for q in quotes_of(text, language="en") if q.kind == "direct"}


def test_surname_takes_the_full_name_written_without_apposition() -> None:
    text = ("At a bakery in Lyon, Odile Marchetti Vauclair kneads the dough before dawn. Business is slow.\n\n"
            "“We sell half of what we sold last winter, and the flour costs twice as much,” Vauclair said.")
    assert _speakers(text) == {"Odile Marchetti Vauclair"}


def test_surname_with_particle_is_a_person_under_the_full_name() -> None:
    text = ("The historian Pieter van Houtum has spent a decade in the city archives.\n\n"
            "“Every ledger tells you who was allowed to trade and who was not,” van Houtum said.")
    assert _speakers(text) == {"Pieter van Houtum"}


def test_middle_initial_is_kept() -> None:
    text = ("“The numbers do not add up for the next decade,” said Harold T. Brenneman, a fellow at a think "
            "tank in Ohio.\n\n“Something has to give,” Brenneman said.")
    assert _speakers(text) == {"Harold T. Brenneman"}


def test_two_different_full_names_leave_the_surname_alone() -> None:
    text = "Ana Okafor and Tomas Okafor run the shop. Okafor said the rent had doubled."
    assert fuller_name(text, "Okafor") is None


def test_description_before_the_given_name_is_not_part_of_the_name() -> None:
    text = "Longtime Union Organizer Martha Quell spoke first. An organizer must listen, she said."
    assert fuller_name(text, "Quell") == "Martha Quell"
    assert clean_person_name(text, "Longtime Union Organizer Martha Quell") == "Martha Quell"
    assert clean_person_name(text, "Brightwater's Martha Quell") == "Martha Quell"


def test_headline_words_are_not_a_name() -> None:
    text = "Mayor Slams Council Over Quell Budget Plan\n\nThe budget was cut. Quell said it was unfair."
    assert fuller_name(text, "Quell") is None


def test_phrase_cut_after_the_given_name_takes_the_surname() -> None:
    from extractor.extractors.speakers.en_names import completed_name

    text = "“It will not last,” said C. Walter Pennifold, a fellow at the institute."
    end = text.index("Walter") + len("Walter")
    assert completed_name(text, "C. Walter", end) == "C. Walter Pennifold"
    assert completed_name(text, "C. Walter", len(text)) == "C. Walter"
