"""Script detection and folding with OpenCC (Traditional <-> Simplified, Taiwan usage).

Converters are built once per process and shared by forked workers, but only when a text needs one: building
``s2t`` costs ~60 ms and ``s2tw`` ~90 ms, a large share of a one-page run. Script detection counts Simplified-only
characters from a table, and ``to_taiwan`` converts character by character unless the text holds one of the
phrases ``s2tw`` converts otherwise (一只 -> 一隻); a text that holds one is cut as OpenCC cuts it, from its own
phrase list (:mod:`extractor.normalize.s2tw`), so a one-page run builds no converter. The tables come from OpenCC's own dictionaries
(``extractor/data/opencc_tables.json``, made by ``benchmarks/make_script_tables.py``; a test checks them against
the installed opencc, and that they decide and convert as the converters do on real text).
"""

from __future__ import annotations

import re
from functools import cache
from operator import ne

from ..data import load_json

_NOT_CJK = re.compile(r"[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LATIN = re.compile(r"[A-Za-z]+")
# Characters OpenCC would "convert" that Taiwan texts use as they are (台股, 著名, 于姓).
_SHARED = frozenset("台著于里干后只系面余准采松占凶")


@cache
def _converter(config: str):  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC(config)


@cache
def _tables() -> dict[str, object]:
    return load_json("opencc_tables.json")  # type: ignore[no-any-return]


@cache
def _simplified_only() -> frozenset[str]:
    """Characters ``s2t`` rewrites, less the Taiwan-usage ones (台股, 著名): what makes a text Simplified."""
    return frozenset(str(_tables()["s2t_chars"])) - _SHARED


def to_taiwan(text: str) -> str:
    """Traditional (Taiwan) characters, character by character: 资本支出 -> 資本支出.

    OpenCC's phrase table (``s2twp``) also rewrites vocabulary (人工智能 -> 人工智慧), but it is tuned for computing
    texts and misfires in news (循环支出 -> 迴圈支出), so vocabulary goes through the glossary instead
    (:meth:`extractor.normalize.glossary.Glossary.canonical_zh`) and this stays at the character level.
    """
    global _S2TW_SEGMENTED
    if not text:
        return text
    from . import s2tw

    out = s2tw.by_character(text)  # nearly every word and sentence: one str.translate
    if out is None and _S2TW_SEGMENTED < _S2TW_BUILD_AFTER:
        # A phrase inside (一只猫): cut as OpenCC cuts, from its tables, rather than build the converter (80-130 ms)
        # for a one-page run; a process that keeps meeting such texts (a batch worker) builds it after a while,
        # which converts a whole article in C in a fiftieth of the time. Both give the converter's output.
        _S2TW_SEGMENTED += 1
        out = s2tw.by_segments(text)
    return out if out is not None else _converter("s2tw").convert(text)  # type: ignore[no-any-return]


_S2TW_SEGMENTED = 0  # texts converted by s2tw.by_segments in this process
_S2TW_BUILD_AFTER = 24  # a whole article by segments: ~3.5 ms; the converter: 80-130 ms once


def to_taiwan_phrases(text: str) -> str:
    """OpenCC ``s2twp``: Taiwan characters and Taiwan phrases (for lookups, never for canonical output)."""
    return _converter("s2twp").convert(text) if text else text


# Memo of ``to_simplified`` for words: the extractors ask for the same few thousand words over and over (tens of
# calls per article), and each OpenCC call costs an encode and a C round trip. Over 800 udn articles, 90% of the
# one-character and 55% of the two-character calls were repeats, under 30% from four characters on: longer
# strings would only fill the memo.
_T2S_MEMO: dict[str, str] = {}
_T2S_MEMO_LEN = 4
_T2S_MEMO_SIZE = 1 << 14  # entries (~3 MiB at most); the memo is emptied when full, so memory stays bounded


def to_simplified(text: str) -> str:
    """Simplified form (used for search keys, so Simplified and Traditional match)."""
    if len(text) > _T2S_MEMO_LEN:
        return _converter("t2s").convert(text)  # type: ignore[no-any-return]
    out = _T2S_MEMO.get(text)
    if out is None:
        if len(_T2S_MEMO) >= _T2S_MEMO_SIZE:
            _T2S_MEMO.clear()
        out = _T2S_MEMO[text] = _converter("t2s").convert(text) if text else text
    return out


def fold_to_traditional(text: str) -> str:
    """Same-length Traditional rendering of ``text``, for matching lexicons written in Traditional.

    Falls back to character-by-character conversion when phrase conversion changes the length, so
    ``folded[i]`` always corresponds to ``text[i]``.
    """
    conv = to_taiwan  # s2tw, from the tables where they suffice
    out = conv(text)
    if len(out) == len(text):
        return out
    chars = []
    for ch in text:
        c = conv(ch)
        chars.append(c if len(c) == 1 else ch)
    return "".join(chars)


def detect_language(text: str) -> str:
    """``zh-Hant``, ``zh-Hans`` or ``en`` for a whole article (mixed pages go by the main script).

    >>> detect_language("投資人質疑人工智慧投資報酬率")
    'zh-Hant'
    >>> detect_language("投资人质疑人工智能投资回报率")
    'zh-Hans'
    >>> detect_language("Alibaba to raise up to $12.9bn in landmark listing")
    'en'
    """
    sample = text[:20000]
    han = _NOT_CJK.sub("", sample)  # the Chinese characters, in one string (not a list of 1-char strings)
    if not han:  # no Chinese at all: no need to count the English words
        return "en"
    # Two Chinese characters carry about as much as one English word: compare those counts, so a short
    # Chinese sentence is Chinese and an English story quoting one Chinese name stays English.
    if len(han) < 0.75 * _LATIN.subn("", sample)[1]:  # subn counts the runs of Latin letters
        return "en"
    # Positions where t2s changes the character, counted in C (map/ne) rather than a generator (t2s is cheap to
    # build, ~3 ms, and the glossary needs it anyway); Simplified-only characters are counted from the table.
    simp_only = sum(map(_simplified_only().__contains__, han))
    if not simp_only:  # no Simplified-only character: Simplified cannot win, t2s is skipped (2 of 3 udn articles)
        return "zh-Hant"
    trad_only = sum(map(ne, han, to_simplified(han)))
    return "zh-Hans" if simp_only > trad_only else "zh-Hant"
