"""``Words.between`` finds the words inside a span by bisection on word starts and ends; it must give what a
plain walk over every word gives, for spans that cut words, fall between them or cover none."""

from __future__ import annotations

import random

from extractor.extractors.claims.lexical import Words, _norm


class _Doc:
    is_zh = False
    folded = None

    def __init__(self, text: str) -> None:
        self.text = text


def _plain(words: Words, start: int, end: int) -> list[str]:
    out = []
    for s, e in words.spans:
        if s >= start and e <= end:
            w = _norm(words.folded[s:e])
            if w:
                out.append(w)
    return out


def test_bisection_gives_the_words_a_plain_walk_gives():
    rng = random.Random(5)
    vocab = ["rates", "will", "rise", "3.5", "percent", "next", "year", ",", "analysts'", "well-known", "said"]
    text = " ".join(rng.choice(vocab) for _ in range(400))
    words = Words(_Doc(text))
    assert len(words.spans) > 300
    for _ in range(2000):
        a = rng.randrange(len(text))
        b = rng.randrange(a, min(len(text), a + 80) + 1)
        assert words.between(a, b) == _plain(words, a, b), (a, b)
