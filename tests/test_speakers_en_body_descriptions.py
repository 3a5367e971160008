"""'the HBA said' is the association, never the person an 'HBA Chief Executive …' title describes; 'the lobby
group said' / 'the advocacy organisation said' is the organisation the nearest sentence names."""

from extractor.testing import quotes_of

_TEXT = ("Banks are leaving London, according to the Harbour Bankers Association.\n\n"
         "Two-thirds of HBA members moved business abroad, the lobby group said in a report on Friday.\n\n"
         "“Many banks have been moving jobs overseas,” HBA Chief Executive Officer Tomas Wendt said.\n\n"
         "The share of the top five banks has fallen to 24 percent, the HBA said.")


def _speakers() -> dict[str, str | None]:
    return {q.text[:20]: q.speaker for q in quotes_of(_TEXT, language="en")}


def test_acronym_is_the_body_not_its_chief() -> None:
    assert _speakers().get("The share of the top") == "Harbour Bankers Association"


def test_kind_description_is_the_body_named_before() -> None:
    assert _speakers().get("Two-thirds of HBA me") == "Harbour Bankers Association"


def test_the_chief_keeps_his_own_quote() -> None:
    assert _speakers().get("Many banks have been") == "Tomas Wendt"
