"""'“Are you safe?” the operator asked. “Is anyone hurt?”': a question attributed between two quotations of one
paragraph goes on with the same speaker; a question with its attribution before it is still answered by another."""

from extractor.testing import quotes_of


def _direct(text: str) -> dict[str, str | None]:
    return {q.text: q.speaker for q in quotes_of(text, language="en") if q.kind == "direct"}


def test_question_attributed_between_continues() -> None:
    text = ("The call came at noon.\n\n"
            "“Are you safe?” the operator asked. “Is anyone being attacked in your house right now?”")
    assert _direct(text).get("Is anyone being attacked in your house right now?") == "the operator"


def test_answer_in_next_paragraph_is_not_the_asker() -> None:
    text = ("The call came at noon.\n\n"
            "The operator asked: “Is anyone being attacked in your house right now?”\n\n"
            "“Nobody is here but me and my husband, and we are both fine.”")
    assert _direct(text).get("Nobody is here but me and my husband, and we are both fine.") != "The operator"
