"""Names and titles in quotation marks are not speech (issue 12, point 5): a title-case run inside a
sentence, or a short run right after a possessive or "to/for/from/on"."""

from extractor.testing import quotes_of


def _texts(text: str) -> list[str]:
    return [q.text for q in quotes_of(text, language="en")]


def test_title_of_a_work_is_not_a_quote() -> None:
    text = ("The painter Ines Arvidsson said her new series, with canvases such as “The Harbour at Dusk,” "
            "took four years.")
    assert "The Harbour at Dusk," not in _texts(text)


def test_name_after_a_possessive_is_not_a_quote() -> None:
    text = "Officials said the minister was held at the general’s “Red Villa” compound, a source said."
    assert "Red Villa" not in _texts(text)


def test_short_run_after_to_is_not_a_quote() -> None:
    text = "He added that the reference to “buffer stock” was about grain reserves, analysts said."
    assert "buffer stock" not in _texts(text)


def test_speech_still_found() -> None:
    text = "“We are not leaving,” Ines Arvidsson said. She called the ruling “a disgrace.”"
    assert _texts(text)[:1] == ["We are not leaving,"] and "a disgrace." in _texts(text)
