"""Speaker phrases with asides: a name opening the clause keeps the speaker role through an age, a
hometown and a relative clause; the quotation before an inverted '“…,” said X, “…”' is never its speaker;
a long subordinate clause before a mid-sentence frame is still a fronted phrase."""

from __future__ import annotations

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def pairs(text: str) -> list[tuple[str, str | None, str]]:
    quotes, _ = extract_quotes(make_doc(text))
    return [(q.kind, q.speaker, q.text) for q in quotes]


def test_name_age_town_relative_clause() -> None:
    out = pairs("Lena Ortiz, 52, of Dayton, Ohio, who drives a school bus part time, said the new routes "
                "add an hour to every shift.")
    assert out == [("indirect", "Lena Ortiz", "the new routes add an hour to every shift")]


def test_split_quote_around_said_name() -> None:
    out = pairs("\"Late payments from the state,\" said Brandt, \"are pushing small clinics to the edge of "
                "closing their doors.\"")
    assert [sp for _, sp, _ in out] == ["Brandt", "Brandt"]


def test_long_subordinate_clause_before_mid_frame() -> None:
    out = pairs("Although the county has started to accept bids for a dozen new school buildings across "
                "the valley, Moreno said, there is no money yet to staff them.")
    assert ("indirect", "Moreno", "there is no money yet to staff them") in out
