"""English titled names in political reporting: a title, a middle initial and "of <State>" around the
name; an abbreviated title ("Gov.") found again by "the governor"; a generational suffix kept out of the
surname."""

from extractor.extractors.speakers.en_names import full_role
from extractor.testing import quotes_of


def _direct(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in quotes_of(text, language="en") if q.kind == "direct"]


def test_title_initial_and_state_around_the_name() -> None:
    text = ("Senator Harriet M. Oyelaran of Vermont, the committee chair, said the bill “will not pass as "
            "written.” She added that she would “not vote for a bill nobody has read.”")
    assert {sp for sp, _ in _direct(text)} == {"Harriet M. Oyelaran"}


def test_the_governor_finds_the_abbreviated_title() -> None:
    text = ("Gov. Dolores Whitcombe signed the water bill on Monday.\n\n"
            "“This is the most important law of my term,” the governor told reporters.")
    assert _direct(text) == [("Dolores Whitcombe", "This is the most important law of my term,")]


def test_generational_suffix_is_not_the_surname() -> None:
    text = ("“We need more time,” said Senator Orrin Vandermeer III, Republican of Idaho.\n\n"
            "“Nobody has seen the numbers,” Mr. Vandermeer said.")
    speakers = {sp for sp, _ in _direct(text)}
    assert speakers == {"Orrin Vandermeer III"}


def test_full_role() -> None:
    assert full_role("Gov.") == "governor"
    assert full_role("Lt. Gov.") == "lieutenant governor"
    assert full_role("mayor") == "mayor"


def test_person_of_the_named_body() -> None:
    text = ("Economist Lorna Feeney of the Halden Institute warned the plan risked becoming “a costly "
            "detour for commuters.”")
    assert {sp for sp, _ in _direct(text)} == {"Lorna Feeney"}
