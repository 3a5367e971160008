"""English attribution after a closing mark: after a question or exclamation that ended the sentence inside the
marks ("…?" Lee said), with a lowercase title before the name (says president Ann Lee), with a place
adverbial after the person told (told reporters aboard the ship), and with more speech verbs (instructed)."""

from __future__ import annotations

from extractor.testing import quotes_of


def pairs(text: str) -> list[tuple[str, str | None]]:
    lead = "Headline here\n\nFirst paragraph of the story.\n\n"
    return [(q.text, q.speaker) for q in quotes_of(lead + text, language="en")]


def test_question_then_attribution() -> None:
    got = pairs("Analyst Rina Okafor follows the grocer.\n\n“Can they keep cutting prices while wages rise so fast?” "
                "Okafor said.")
    assert ("Can they keep cutting prices while wages rise so fast?", "Rina Okafor") in got


def test_lowercase_title_before_the_name() -> None:
    got = pairs("“These concerns cannot be met by a code of conduct alone” says president Ada Mensah.")
    assert ("These concerns cannot be met by a code of conduct alone", "Ada Mensah") in got


def test_place_after_the_person_told() -> None:
    got = pairs("“The port will reopen within the week” harbour master Ian Cole told reporters aboard the ferry.")
    assert ("The port will reopen within the week", "Ian Cole") in got


def test_instructed() -> None:
    assert ("Keep the valve closed,", "Omar Reyes") in pairs("“Keep the valve closed,” instructed Omar Reyes, a foreman.")
