"""Signed sections: under a heading that is a person's name, the contributor's own-voice clauses are theirs;
a lone name line (a byline) changes nothing. Invented text."""

from __future__ import annotations

from extractor.document import Span
from extractor.extractors.claims.candidates import Clause
from extractor.extractors.claims.en_signed import signed_holders
from extractor.model import Entity
from extractor.testing import make_doc

INTRO = "Two strategists give their outlook for the harbour economy next year."
A = "Dana Whitfield"
B = "Tomas Berglund"
BODY_A = "Freight rates will stay high. We expect the slowdown to deepen."
BODY_B = "The ferry strike is a passing shock."


def _doc(paragraphs: list[str], names: list[str]):
    text = "\n\n".join(paragraphs)
    doc = make_doc(text, stages=("normalize", "segment", "words"), language="en")
    ents = []
    for i, name in enumerate(names):
        spans = []
        pos = doc.text.find(name)
        while pos >= 0:
            spans.append((pos, pos + len(name)))
            pos = doc.text.find(name, pos + 1)
        ents.append(Entity(id=f"e{i + 1}", name=name, kind="person", aliases=[], spans=spans))
    return doc.annotate("entities", ents)


def _clause(doc, sentence: str) -> Clause:
    s = doc.text.index(sentence)
    span = Span(s, s + len(sentence))
    return Clause(span, 0, 0, 1, None, span)


def _holder(doc, c: Clause) -> str | None:
    return doc.text[c.holder.start : c.holder.end] if c.holder else None


def test_clauses_under_a_name_heading_are_the_contributors() -> None:
    doc = _doc([INTRO, A, BODY_A, B, BODY_B], [A, B])
    cl = [_clause(doc, INTRO), _clause(doc, "We expect the slowdown to deepen."), _clause(doc, BODY_B)]
    out = signed_holders(doc, cl)
    assert [_holder(doc, c) for c in out] == [None, A, B]


def test_a_single_name_line_is_a_byline_not_a_section() -> None:
    doc = _doc([INTRO, A, BODY_A + " " + BODY_B], [A])
    cl = [_clause(doc, BODY_B)]
    assert signed_holders(doc, cl)[0].holder is None


def test_quoted_or_held_clauses_keep_their_source() -> None:
    doc = _doc([INTRO, A, BODY_A, B, BODY_B], [A, B])
    c = _clause(doc, BODY_B)
    quoted = Clause(c.span, 0, 0, 1, object(), c.span)
    assert signed_holders(doc, [quoted])[0] is quoted


def test_a_name_mentioned_inside_a_sentence_is_no_heading() -> None:
    text_b = f"{B} thinks the ferry strike is a passing shock."
    doc = _doc([INTRO, A + " wrote the first note.", BODY_A, text_b], [A, B])
    assert signed_holders(doc, [_clause(doc, BODY_A)])[0].holder is None
