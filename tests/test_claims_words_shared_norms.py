"""The words of an article are normalized once and shared by the judge and the carry-over: ``words_of``
returns the same ``Words`` for the same Document and new ones for another, and ``before`` reads the
precomputed normal forms exactly as a plain walk would."""

from __future__ import annotations

import random

from extractor.extractors.claims.lexical import LEFT, Words, _norm, words_of


class _Doc:
    is_zh = False
    folded = None

    def __init__(self, text: str) -> None:
        self.text = text


def test_same_document_same_words_other_document_new_words():
    a, b = _Doc("Prices will rise."), _Doc("Prices will rise.")
    wa = words_of(a)
    assert words_of(a) is wa
    wb = words_of(b)
    assert wb is not wa and words_of(b) is wb
    assert words_of(a) is not wa  # only the last document is kept, and an equal text is not the same document
    assert words_of(a).between(0, 17) == ["prices", "will", "rise"]


def test_norms_computed_once_for_every_word():
    w = Words(_Doc("Costs rose 12% , analysts said ."))
    assert w.norms == [_norm(w.folded[s:e]) for s, e in w.spans]
    assert w.norms is w.norms


def _plain_before(words: Words, start: int, floor: int) -> list[str]:
    out = []
    for s, e in reversed(words.spans):
        if len(out) == LEFT or s < floor:
            break
        if s < start and e <= start:
            n = _norm(words.folded[s:e])
            if n:
                out.append(n)
    return out


def test_before_reads_the_normal_forms_a_plain_walk_reads():
    rng = random.Random(11)
    vocab = ["growth", "may", "slow", "4.2", "%", ",", "economists", "warned", "--", "it's"]
    text = " ".join(rng.choice(vocab) for _ in range(300))
    words = Words(_Doc(text))
    for _ in range(1000):
        floor = rng.randrange(len(text))
        start = rng.randrange(floor, len(text) + 1)
        assert words.before(start, floor) == _plain_before(words, start, floor), (start, floor)
