"""A name ending in a corporate suffix (AG, GmbH, SE, NV) is an organisation, so "the company" finds it."""

from extractor.testing import quotes_of


def test_ag_firm_is_the_company() -> None:
    text = ("Austrian pumpmaker Drosselbach AG said on Monday it would close two plants.\n\n"
            "The company said in a statement that no jobs would be lost in Austria.")
    speakers = {q.speaker for q in quotes_of(text, language="en") if q.kind == "indirect"}
    assert speakers == {"Drosselbach AG"}
