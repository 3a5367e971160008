"""A quote continuing right after an attributed one keeps that speaker even when the attribution's own
sentence names someone else ('“…,” says Rod Nolan, chief of a startup cofounded by Emma Charp. “…”'); a
person named in a later sentence before the quote is still the likelier voice. An inverted attribution may
end with a setting ('said Mary Ann Zollo at an event …')."""

from __future__ import annotations

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def pairs(text: str) -> list[tuple[str | None, str]]:
    quotes, _ = extract_quotes(make_doc(text))
    return [(q.speaker, q.text) for q in quotes]


def test_name_inside_the_attribution_is_not_the_next_voice() -> None:
    out = pairs("“The patents here are a thicket, to put it nicely,” says Rod Nolan, chief of Gene Works, a "
                "startup that was cofounded by Emma Charp. “Everyone knows the claims conflict.”")
    assert out[1] == ("Rod Nolan", "Everyone knows the claims conflict.")


def test_person_named_in_a_later_sentence_speaks() -> None:
    out = pairs("“The harbour is finished,” Pat Lorne, head of the dockers' union, said on Saturday. "
                "“There is blood on many hands.”\n\nFormer mayor Ruth Gallo went further and blamed the "
                "council: “We have had four months of neglect from City Hall.”")
    assert out[-1] == ("Ruth Gallo", "We have had four months of neglect from City Hall.")


def test_inverted_attribution_with_a_setting() -> None:
    out = pairs("“The visit broke open the heart of who we are,” said Mary Ann Zollo at an event to launch "
                "the book. “It was met with disbelief.”")
    assert out == [("Mary Ann Zollo", "The visit broke open the heart of who we are,"),
                   ("Mary Ann Zollo", "It was met with disbelief.")]
