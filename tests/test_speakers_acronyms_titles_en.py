"""An organisation quoted under its acronym takes the full name the article writes ("PETA" -> People for
the Ethical Treatment of Animals); an acronym the article never spells out stays; "Justice Alito" is a
title and a surname (the full name given before)."""

from __future__ import annotations

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def speakers(text: str) -> list[str | None]:
    quotes, _ = extract_quotes(make_doc(text))
    return [q.speaker for q in quotes]


def test_acronym_spelled_out_earlier() -> None:
    assert speakers("Friends of the Northern Rivers wrote to the council. FNR said the weir must be removed "
                    "before the spring floods.") == ["Friends of the Northern Rivers"]


def test_acronym_never_spelled_out() -> None:
    assert speakers("ZQX said the weir must be removed before the spring floods.") == ["ZQX"]


def test_justice_is_a_title() -> None:
    out = speakers("Justice Maria Okafor questioned the lawyers. “Where does the limit lie?” Justice Okafor "
                   "asked.")
    assert out[-1] == "Maria Okafor"
