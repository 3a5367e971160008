"""A capitalised reporting-verb word inside a name ("the United States", "Consumer Reports") is no cue, and
a bare frame followed by a circumstance ("responded within hours") reports nothing."""

from extractor.testing import quotes_of


def test_states_in_a_country_name_is_not_the_cue() -> None:
    text = ("A spokeswoman, Ida Fenwick, told reporters that the United States “firmly rejects” the tariff "
            "and would “respond in kind.”")
    direct = [q for q in quotes_of(text, language="en") if q.kind == "direct"]
    assert direct and all(q.speaker == "Ida Fenwick" for q in direct)


def test_bare_frame_with_a_circumstance_reports_nothing() -> None:
    text = "The ministry responded within hours. Officials were not available for comment on Sunday."
    assert [q.text for q in quotes_of(text, language="en")] == []
