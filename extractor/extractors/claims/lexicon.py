"""Claim lexicons (stance words, hedges, assessment markers) and the matchers built from them.

The word lists live in ``extractor/data/claims_zh.json`` and ``claims_en.json`` so that analysts can
extend them without touching code. Chinese lists are written in Traditional script and matched
against ``doc.folded``; English lists are matched case-insensitively on word boundaries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...data import load_json


@dataclass(frozen=True)
class Lexicon:
    """One language's claim lexicons, with alternation regexes compiled longest-first."""

    lang: str
    words: dict[str, tuple[str, ...]]
    stance: re.Pattern[str]
    hedge: re.Pattern[str]
    marker: re.Pattern[str]
    rx: dict[str, re.Pattern[str]]  # every list as an alternation: .match() = "starts with one of"
    sorted_words: dict[str, tuple[str, ...]]
    word_sets: dict[str, frozenset[str]]

    def has(self, key: str, word: str) -> bool:
        return word in self.words.get(key, ())

    def get(self, key: str) -> tuple[str, ...]:
        return self.words.get(key, ())

    def set(self, key: str) -> frozenset[str]:
        """The words of list ``key`` as a set (for membership tests)."""
        return self.word_sets.get(key, frozenset())

    def longest_first(self, key: str) -> tuple[str, ...]:
        """The words of list ``key``, longest first (so that a prefix never shadows a longer word)."""
        return self.sorted_words.get(key, ())

    def starts(self, key: str, text: str, start: int, end: int) -> bool:
        """True when ``text[start:end]`` starts with a word of list ``key``."""
        rx = self.rx.get(key)
        return rx is not None and rx.match(text, start, end) is not None

    def contains(self, key: str, text: str, start: int, end: int) -> bool:
        """True when ``text[start:end]`` contains a word of list ``key``."""
        rx = self.rx.get(key)
        return rx is not None and rx.search(text, start, end) is not None


def _alternation(words: tuple[str, ...], *, english: bool) -> re.Pattern[str]:
    # Longest first so that 很可能 wins over 可能; plain alternation of literals cannot backtrack badly.
    body = "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
    if english:
        return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)
    return re.compile(f"(?:{body})")


@lru_cache(maxsize=2)
def lexicon(lang: str) -> Lexicon:
    """The lexicon for ``"zh"`` or ``"en"`` (loaded once per process)."""
    name = "claims_en.json" if lang == "en" else "claims_zh.json"
    raw = load_json(name)
    words = {k: tuple(v) for k, v in raw.items() if isinstance(v, list)}
    en = lang == "en"
    return Lexicon(
        lang="en" if en else "zh",
        words=words,
        stance=_alternation(words["stance"], english=en),
        hedge=_alternation(words["hedges"], english=en),
        marker=_alternation(words["markers"], english=en),
        rx={k: _alternation(v, english=en) for k, v in words.items() if v},
        sorted_words={k: tuple(sorted(set(v), key=lambda w: (-len(w), w))) for k, v in words.items()},
        word_sets={k: frozenset(v) for k, v in words.items()},
    )


def _is_month(text: str, m: re.Match[str], start: int) -> bool:
    """"in May" is a month, not the modal: a capitalised May that does not open the sentence."""
    if m.group(0) != "May":
        return False
    before = text[start : m.start()].rstrip()
    return bool(before) and before[-1] not in ".!?\"“'‘"


def find_hedge(folded: str, start: int, end: int, lex: Lexicon, text: str | None = None) -> str | None:
    """The first hedge word inside ``folded[start:end]`` or None; sliced from ``text`` when given, so
    that Simplified input reports 预计 as written while matching the Traditional lexicon.

    >>> find_hedge("景氣可能好轉", 0, 6, lexicon("zh"))
    '可能'
    >>> find_hedge("Sales could fall.", 0, 17, lexicon("en"))
    'could'
    """
    m = next((m for m in lex.hedge.finditer(folded, start, end) if not _is_month(folded, m, start)), None)
    if m is None:
        return None
    word = (text or folded)[m.start() : m.end()]
    return word.lower() if lex.lang == "en" else word


def marker_strength(folded: str, start: int, end: int, lex: Lexicon) -> int:
    """How strongly ``folded[start:end]`` reads as an assessment: 2 strong marker, 1 weak only, 0 none."""
    weak = set(lex.get("weak_markers"))
    best = 0
    for m in lex.marker.finditer(folded, start, end):
        if _is_month(folded, m, start):
            continue
        word = m.group(0).lower() if lex.lang == "en" else m.group(0)
        best = max(best, 1 if word in weak else 2)
        if best == 2:
            break
    return best
