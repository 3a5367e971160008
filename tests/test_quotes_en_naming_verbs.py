"""A naming verb frames the quotation after its object ("Lee called the bill “a disgrace to the house.”"),
and a title before a name "of" a place is not part of the name."""

from __future__ import annotations

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def pairs(text: str) -> list[tuple[str, str | None, str | None]]:
    quotes, _ = extract_quotes(make_doc(text))
    return [(q.kind, q.speaker, q.cue) for q in quotes]


def test_called_object_then_quotation() -> None:
    out = pairs("Last spring, Governor Ruth Adeyemi of Ohio called the pension plan “the most reckless bet "
                "this state has ever made.”")
    assert out == [("direct", "Ruth Adeyemi", "called")]


def test_pronoun_called_it() -> None:
    text = ("Mayor Colin Hart opened the bridge on Tuesday. "
            "A year earlier, he described it as “a monument to twenty years of delay and waste.”")
    assert pairs(text)[-1] == ("direct", "Colin Hart", "described")
