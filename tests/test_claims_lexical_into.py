"""``lexical_features(..., into=f)`` writes a clause's word features into the judge's dict directly; the
keys, their order (the float sum of the clause's weights follows it) and values must be those of
``f.update(lexical_features(...))``, including words already present in ``f``."""

from __future__ import annotations

from extractor.document import Span
from extractor.extractors.claims.lexical import Words, lexical_features


class _Doc:
    is_zh = False
    folded = None

    def __init__(self, text: str) -> None:
        self.text = text


def test_into_gives_the_keys_and_order_of_an_update():
    text = "Traders said the rally will fade, and the rally will fade fast."
    words = Words(_Doc(text))
    span = Span(text.index("the rally"), len(text) - 1)
    base = {"bias": 1.0, "u:fade": 1.0, "own": 1.0}  # a key the clause's words repeat keeps its place
    expected = dict(base)
    expected.update(lexical_features(words, span, 0))
    got = dict(base)
    out = lexical_features(words, span, 0, into=got)
    assert out is got
    assert list(got.items()) == list(expected.items())
    assert "b:the|rally" in got and "l:said" in got


def test_without_into_a_new_dict():
    text = "Costs may climb."
    f = lexical_features(Words(_Doc(text)), Span(0, len(text) - 1), 0)
    assert list(f) == ["u:costs", "u:may", "u:climb", "b:costs|may"]
