"""Speaker phrases cleaned before parsing: a middle initial joins its name, "X said he (thought)" is X,
a negated auxiliary is dropped, clause fragments and the one told ("told Reuters") are never speakers,
and a wire dateline is not part of the reported words."""

from __future__ import annotations

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def pairs(text: str) -> list[tuple[str, str | None, str]]:
    quotes, _ = extract_quotes(make_doc(text))
    return [(q.kind, q.speaker, q.text) for q in quotes]


def test_middle_initial_joins_the_name() -> None:
    out = pairs("“Rates will stay high for a while,” said Arthur P. Lindgren, a fellow at the Pell Institute.")
    assert out[0][1] == "Arthur P. Lindgren"


def test_subject_of_said_he_thought() -> None:
    text = ("Critic Ivo Brandt reviewed the opera on Friday. "
            "Brandt said he thought the second act was “a long way from finished.”")
    assert all(sp == "Ivo Brandt" for _, sp, _ in pairs(text))


def test_negated_auxiliary_dropped() -> None:
    out = pairs("Farmers don't think that the rains will come before the end of the month.")
    assert ("indirect", "Farmers", "the rains will come before the end of the month") in out


def test_clause_fragments_are_not_speakers() -> None:
    text = ("Even if those neighbours don't agree, the council sells the parking data to brokers. "
            "Let's say the fund loses most of its value in a single year.")
    assert pairs(text) == []


def test_the_one_told_is_not_the_speaker() -> None:
    text = ("The talks collapsed after midnight, the source, who asked not to be named, told Reuters.")
    assert all(sp != "Reuters" for _, sp, _ in pairs(text))


def test_dateline_is_not_reported_content() -> None:
    out = pairs("OSLO, Mar 3 (Reuters) - Norway's salmon exports rose 4% in February, customs data showed on Monday.")
    assert out and out[0][2].startswith("Norway's salmon exports rose")
