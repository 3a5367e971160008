"""he/she in political reporting: the sex an honorific gives ("Ms. Halvorsen") rules a person out, a
sentence whose subject is the same pronoun names someone else, and a frame with a time phrase before
"that" ("said after the meeting that") reports."""

from extractor.testing import quotes_of


def _pairs(text: str) -> list[tuple[str, str | None, str]]:
    return [(q.kind, q.speaker, q.text) for q in quotes_of(text, language="en")]


def test_honorific_gives_the_sex() -> None:
    text = ("Ilse Marhofer met Tobiah Renwick in Oslo on Monday.\n\n"
            "Mr. Renwick spoke first. He thanked Ms. Marhofer’s staff. “They worked through the night,” he said.")
    assert ("direct", "Tobiah Renwick", "They worked through the night,") in _pairs(text)


def test_sentence_led_by_the_same_pronoun_is_skipped() -> None:
    text = ("Tobiah Renwick met Osric Vantongeren in Oslo on Monday.\n\n"
            "Mr. Renwick said the talks were useful. He praised Mr. Vantongeren’s staff. "
            "“They worked through the night,” he said.")
    assert ("direct", "Tobiah Renwick", "They worked through the night,") in _pairs(text)


def test_time_phrase_before_that() -> None:
    text = "Tobiah Renwick said after the meeting that the port would reopen within a month."
    assert ("indirect", "Tobiah Renwick", "the port would reopen within a month") in _pairs(text)
