"""'"…," reports Ann Lee.': the inverted "reports" after a closing mark names the speaker (and its full
stop is not part of the name)."""

from extractor.testing import quotes_of


def test_reports_after_the_closing_mark() -> None:
    text = ('Steel prices fell again in March.\n\n"Mills will cut output before the summer because orders are '
            'weak," reports Odalys Fairweather.')
    found = [(q.speaker, q.speaker_text) for q in quotes_of(text, language="en") if q.kind == "direct"]
    assert found == [("Odalys Fairweather", "Odalys Fairweather")]


def test_media_reports_stay_a_noun() -> None:
    text = "Media reports said the plant would close in May, but the owners denied it."
    assert all(q.speaker != "Media" for q in quotes_of(text, language="en"))
