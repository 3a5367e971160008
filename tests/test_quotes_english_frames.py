"""English attribution frames: subordinate reports, "as X puts it", a wider verb inventory, the object of
"told" is never the speaker, "according to the report" names the report's owner."""

from __future__ import annotations

import pytest

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def pairs(text: str) -> list[tuple[str, str | None, str]]:
    quotes, _ = extract_quotes(make_doc(text))
    return [(q.kind, q.speaker, q.text.rstrip(",")) for q in quotes]


@pytest.mark.parametrize("text, expected", [
    ("Shares of Orbit Corp. fell 8% after Bloomberg reported that the company was exploring a sale of its cloud unit.",
     ("indirect", "Bloomberg", "the company was exploring a sale of its cloud unit")),
    ("As Maria Lopez puts it, the plan is dead on arrival in the Senate.",
     ("indirect", "Maria Lopez", "the plan is dead on arrival in the Senate")),
    ("“That is simply not true,” Senator Alan Price interjected.",
     ("direct", "Alan Price", "That is simply not true")),
    ("Officials revealed that the bridge had failed two inspections since 2019.",
     ("indirect", "Officials", "the bridge had failed two inspections since 2019")),
    ("Hiring discrimination complaints rose 12% last year, according to the EEOC.",
     ("indirect", "EEOC", "Hiring discrimination complaints rose 12% last year")),
])
def test_frames(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in pairs(text)


def test_person_told_is_not_the_speaker() -> None:
    out = pairs("Governor Ana Ruiz told Reuters that the state would appeal the ruling quickly.")
    assert out == [("indirect", "Ana Ruiz", "the state would appeal the ruling quickly")]


def test_according_to_the_report_names_its_owner() -> None:
    text = ("The Labor Department released its monthly jobs report on Friday. "
            "According to the report, hiring slowed sharply in May across most industries.")
    assert ("indirect", "Labor Department", "hiring slowed sharply in May across most industries") in pairs(text)


def test_a_verb_that_needs_that_is_not_speech_without_it() -> None:
    assert pairs("The museum announced a new exhibition of Dutch paintings for the spring.") == []


def test_description_before_a_one_word_name_is_dropped() -> None:
    out = pairs("Analysts had expected a gain of about 170,000 jobs, according to data provider Nielsen.")
    assert out and out[0][1] == "Nielsen"


def test_organisation_short_first_word_resolves_to_the_full_name() -> None:
    text = ("Meridian Power Holdings said Tuesday that output rose 4% in May. "
            "Meridian warned that the new rules could cut revenue by as much as $2 billion next year.")
    speakers = [s for _, s, _ in pairs(text)]
    assert speakers and all(s == "Meridian Power Holdings" for s in speakers)


def test_wire_dateline_is_not_part_of_the_speaker() -> None:
    text = ("SHANGHAI (Reuters) - Chinese electric vehicle maker Nova Motors said on Tuesday it delivered "
            "48,312 vehicles in the third quarter.")
    out = pairs(text)
    assert out and out[0][1] == "Nova Motors"


def test_pronoun_takes_the_last_speaker_before_a_person_only_mentioned() -> None:
    text = ("Mayor Ann Lee said the budget plan was sound. The plan was drafted by Treasurer Bob Hart last year. "
            "She said the council would vote on Friday.")
    assert pairs(text)[-1][1] == "Ann Lee"


def test_a_surname_that_also_starts_a_company_name_is_the_person():
    # "Yearout" is both the surname of Kevin Yearout and the first word of Yearout Mechanical Inc.
    text = ("Kevin Yearout has added about 80 jobs to his company since July.\n\n"
            "“It has been a very slow climb back,” said Yearout, 51, co-owner of Yearout Mechanical Inc.")
    from extractor import extract

    (q,) = extract(text, doc_id="t").quotes
    assert q.speaker == "Kevin Yearout"
