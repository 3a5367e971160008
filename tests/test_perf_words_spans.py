"""segment.words.tokenize builds its spans in C: the same words as a plain walk, white space of every kind dropped."""

from __future__ import annotations

from extractor.document import Span
from extractor.segment.words import tokenize


def _walk(text: str) -> list[str]:
    return [text[s.start:s.end] for s in tokenize(text)]


def test_spans_are_spans_and_cover_the_words_in_order() -> None:
    text = "港務局表示，\n\n今年貨櫃量\u3000可望回升 12%。\t新航線 opened"
    spans = tokenize(text)
    assert all(type(s) is Span for s in spans)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))
    words = _walk(text)
    assert "港務局" in words and "回升" in words
    assert all(w and not w.isspace() for w in words)  # \n\n, \u3000, \t and spaces are not words
    assert "".join(words) == "".join(text.split())


def test_text_of_only_white_space_has_no_words() -> None:
    assert tokenize(" \n\u3000\t") == ()
    assert tokenize("") == ()
