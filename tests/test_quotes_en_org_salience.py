"""Organisation anaphors and subjects: "the company" is the firm the nearest sentence names first (not a
public body, not merely the last name holding the word "Company"); "the report" names its owner; a
clause subject with a title before the name ("City Hall press secretary Jo Lind condemned … and said")."""

from __future__ import annotations

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def pairs(text: str) -> list[tuple[str, str | None, str]]:
    quotes, _ = extract_quotes(make_doc(text))
    return [(q.kind, q.speaker, q.text) for q in quotes]


def test_the_company_is_the_salient_firm() -> None:
    text = ("Boreal Paper Company sold its mill to Kestrel Timber Inc. last year.\n\n"
            "The Forest Stewardship Council has since audited Kestrel Timber Inc. twice.\n\n"
            "The company said it would hire 200 workers at the mill.")
    assert pairs(text)[-1][1] == "Kestrel Timber Inc."


def test_the_report_names_its_owner() -> None:
    text = ("A study released on Monday by the Delta Wage Policy Center looks at pay gaps.\n\n"
            "The report concluded that wages in the port grew slower than rents.")
    out = pairs(text)
    assert out[-1][1] is not None and "Delta Wage Policy Center" in out[-1][1]


def test_titled_subject_before_first_verb() -> None:
    text = ("City Hall press secretary Jo Lind condemned the vandalism and said the park would reopen "
            "within a week.")
    assert pairs(text) == [("indirect", "Jo Lind", "the park would reopen within a week")]


def test_a_new_report_is_a_noun() -> None:
    text = "A new report released on Monday by the Lumen Trust calls that plan into question."
    assert pairs(text) == []
