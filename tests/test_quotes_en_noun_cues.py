"""A reporting word after a determiner or preposition is a noun ("with remarks", "his claims"), never the
cue of a quote; a frame whose subject opens with the outer reporting verb ("X said the minister believed
… “…”") gives the quote to the outer speaker, not to the words "said the minister"."""

from __future__ import annotations

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def speakers(text: str) -> list[str | None]:
    quotes, _ = extract_quotes(make_doc(text))
    return [q.speaker for q in quotes if q.kind == "direct"]


def test_noun_after_preposition_or_possessive_is_no_cue() -> None:
    out = speakers("Ms Varga marked the memo with remarks, mocking “a great deal of grand language” and "
                   "doubting several of his claims.")
    assert all(s is None or "marked" not in s and "doubting" not in s for s in out)


def test_outer_speaker_of_a_nested_frame() -> None:
    out = speakers("In a summary, Mark Addis, then her private secretary, said the minister believed the plan "
                   "would lead to “lower standards and a can’t-fail mentality”.")
    assert out == ["Mark Addis"]


def test_report_after_a_possessive_is_a_noun() -> None:
    quotes, _ = extract_quotes(make_doc("Friday’s report was the ministry’s summary of the inspections in all "
                                        "four regions."))
    assert all(q.speaker != "Friday’s" for q in quotes)
    assert quotes == []
