"""A person whose given name only the census lists ("Fran", "Hal") still gets a gender, so "she says" skips the
husband named last; the census prior never makes a person of a place ("Israel")."""

from extractor.extractors.speakers.en_people import census_gender, gender_of_name
from extractor.testing import quotes_of


def test_census_gender_of_known_person() -> None:
    assert census_gender("Fran Finney") == "f"
    assert census_gender("Hal Finney") == "m"
    assert census_gender("Zzyzx Finney") is None
    assert gender_of_name("Israel") is None  # person-hood still asks the curated list


def test_she_skips_the_husband_with_a_census_name() -> None:
    text = ("Fran Dorsey, a retired nurse, and her husband, Hal Dorsey, lived in a house by the sea.\n\n"
            "The police arrived at dawn and Hal was still asleep when they knocked.\n\n"
            "“I was just panicking that he would need help,” she says.")
    found = [q.speaker for q in quotes_of(text, language="en") if q.kind == "direct"]
    assert found == ["Fran Dorsey"]
