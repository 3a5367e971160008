"""Script detection and folding with OpenCC (Traditional <-> Simplified, Taiwan usage).

Converters are built once per process (``s2twp`` costs ~80 ms) and shared by forked workers.
"""

from __future__ import annotations

import re
from functools import cache
from operator import ne

_NOT_CJK = re.compile(r"[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LATIN = re.compile(r"[A-Za-z]+")
# Characters OpenCC would "convert" that Taiwan texts use as they are (台股, 著名, 于姓).
_SHARED = frozenset("台著于里干后只系面余准采松占凶")
_SHARED_RE = re.compile(f"[{''.join(sorted(_SHARED))}]")


@cache
def _converter(config: str):  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC(config)


def to_taiwan(text: str) -> str:
    """Traditional (Taiwan) characters, character by character: 资本支出 -> 資本支出.

    OpenCC's phrase table (``s2twp``) also rewrites vocabulary (人工智能 -> 人工智慧), but it is tuned for computing
    texts and misfires in news (循环支出 -> 迴圈支出), so vocabulary goes through the glossary instead
    (:meth:`extractor.normalize.glossary.Glossary.canonical_zh`) and this stays at the character level.
    """
    return _converter("s2tw").convert(text) if text else text


def to_taiwan_phrases(text: str) -> str:
    """OpenCC ``s2twp``: Taiwan characters and Taiwan phrases (for lookups, never for canonical output)."""
    return _converter("s2twp").convert(text) if text else text


def to_simplified(text: str) -> str:
    """Simplified form (used for search keys, so Simplified and Traditional match)."""
    return _converter("t2s").convert(text) if text else text


def fold_to_traditional(text: str) -> str:
    """Same-length Traditional rendering of ``text``, for matching lexicons written in Traditional.

    Falls back to character-by-character conversion when phrase conversion changes the length, so
    ``folded[i]`` always corresponds to ``text[i]``.
    """
    conv = _converter("s2tw").convert
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
    # Positions where conversion changes the character, counted in C (map/ne) rather than a generator.
    trad_only = sum(map(ne, han, to_simplified(han)))
    trad = _converter("s2t").convert(han)
    simp_only = sum(map(ne, han, trad))
    if simp_only and _SHARED_RE.search(han):  # Taiwan-usage characters do not count as Simplified
        n = min(len(han), len(trad))
        simp_only -= sum(1 for m in _SHARED_RE.finditer(han, 0, n) if trad[m.start()] != m.group())
    return "zh-Hans" if simp_only > trad_only else "zh-Hant"
