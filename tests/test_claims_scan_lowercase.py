"""The English word-class scan matches case-sensitively on the lowercased text (fast path); it must find
exactly what the IGNORECASE alternation finds on the original text, and fall back where lowercasing would
change more than ASCII letters."""

from __future__ import annotations

import random

from extractor.extractors.claims.features import WordClasses

CLASSES = {
    "modal": ("may", "could", "is likely to", "should"),
    "future": ("will", "next year"),
    "evaluative": ("risky", "skill", "kind", "£5"),
    "report": ("said", "says"),
}


def _plain_scan(wc: WordClasses, text: str, start: int, end: int) -> tuple[frozenset[str], frozenset[str]]:
    found: set[str] = set()
    opening: tuple[str, ...] = ()
    for m in wc.rx.finditer(text, start, end):
        keys = wc.of.get(m.group(0).lower(), ())
        found.update(keys)
        if m.start() == start:
            opening = keys
    return frozenset(found), frozenset(opening)


def _texts() -> list[str]:
    rng = random.Random(11)
    pieces = ["The ", "bank ", "MAY ", "Could ", "is Likely To ", "raise ", "rates ", "NEXT YEAR", "Risky", "skill",
              "SKILL", "Kind", "£5", "-may", "may-", "\u201cshould\u201d ", ", ", ". ", "café ", "naïve "]
    odd = ["\u212aind ", "\u017fhould ", "\u0131s ", "R\u0130SKY ", "Caf\u00c9 ", "\u00c9cole "]
    out = []
    for n in range(300):
        ps = [rng.choice(pieces) for _ in range(rng.randrange(3, 15))]
        if n % 3 == 0:
            ps.insert(rng.randrange(len(ps) + 1), rng.choice(odd))
        out.append("".join(ps))
    return out


def test_lowercase_fast_path_finds_what_ignorecase_finds():
    wc = WordClasses("en", CLASSES)
    assert wc.plain is not None
    for text in _texts():
        for start in range(0, len(text), 5):
            for end in (len(text), min(len(text), start + 17)):
                assert wc.scan(text, start, end) == _plain_scan(wc, text, start, end), (text, start, end)


def test_case_aliases_of_ascii_letters_take_the_ignorecase_path():
    wc = WordClasses("en", CLASSES)
    assert wc._lowered("a \u212aind word") is None  # Kelvin sign: lowercases to k
    assert wc._lowered("\u017fhould") is None  # long s: IGNORECASE matches s
    assert wc._lowered("an \u00c9cole") is None  # a non-ASCII capital
    assert wc._lowered("It May \u201cwork\u201d at £5") == "it may \u201cwork\u201d at £5"
    assert wc.scan("a \u212aind word", 0, 11) == _plain_scan(wc, "a \u212aind word", 0, 11)
