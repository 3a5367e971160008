"""OpenCC ``s2tw`` (Simplified -> Taiwan Traditional characters) from tables, without building the converter.

Building OpenCC's ``s2tw`` converter costs 80-130 ms of CPU per process (it loads the 0.9 MB phrase dictionary),
more than the whole pipeline spends on a page, so a one-page run of a Simplified article should not pay it.
OpenCC converts in three steps, and each is reproduced here from tables made from its own dictionaries
(``benchmarks/make_script_tables.py``; a test compares the result with the converter on real text):

1. normalization of compatibility ideographs: a text holding one is left to the converter (``None``);
2. segmentation by forward maximum matching over the phrase dictionaries (``opencc_s2tw_segments.txt``), runs
   of unmatched characters merged into one segment;
3. the conversion chain on each segment: a phrase segment becomes ``s2tw`` of the phrase (the irregular ones
   from ``s2tw_phrases``, the rest character by character); an unmatched run converts character by character,
   unless it spells a ``TWVariantsPhrases`` key (純喫茶, a name with 樑: ``tw_guard``), which is left to the
   converter.

Most words and many sentences hold no irregular phrase and convert with one ``str.translate``; only a text that
holds one is segmented, clause by clause (OpenCC's cut never spans a ，or 。), and the segmentation keys are read
on that first need as one string with an index by first character (~1 ms; a set of the 50,000 keys takes ~10 ms).
"""

from __future__ import annotations

import json
import re
from functools import cache

from ..data import load_parsed
from .script import _tables


@cache
def char_tables() -> tuple[dict[int, int], dict[str, str], frozenset[str], int, frozenset[str]]:
    """(per-character translate table, irregular phrases, their first characters, longest, normalized chars)."""
    t = _tables()
    phrases: dict[str, str] = t["s2tw_phrases"]  # type: ignore[assignment]
    table = str.maketrans(str(t["s2tw_from"]), str(t["s2tw_to"]))
    return table, phrases, frozenset(p[0] for p in phrases), max(map(len, phrases)), frozenset(str(t["normalized_chars"]))


@cache
def _guard() -> re.Pattern[str]:
    return re.compile(str(_tables()["tw_guard"]) or r"(?!)")


@cache
def _segments() -> tuple[str, dict[str, list[int]]]:
    """The segmentation keys as one string (``\\nKEY\\nKEY\\n``) and its index by first character (from the
    file's marshal copy after the first run: parsing the 0.6 MB file and its JSON index takes ~8 ms)."""
    return load_parsed("opencc_s2tw_segments.txt", _parse_segments)  # type: ignore[no-any-return]


def _parse_segments(text: str) -> tuple[str, dict[str, list[int]]]:
    head, _, body = text.partition("\n")
    return body, json.loads(head)


@cache
def _breaks() -> re.Pattern[str]:
    """Runs of characters between the ones no segmentation key holds (，。「」 …): OpenCC's cut never spans those."""
    return re.compile("[^" + re.escape(str(_tables()["s2tw_breaks"])) + "]+")


def has_irregular_phrase(text: str) -> bool:
    """True when ``text`` holds a phrase ``s2tw`` converts otherwise than character by character (一只 -> 一隻)."""
    _, phrases, firsts, longest, _ = char_tables()
    if firsts.isdisjoint(text):
        return False
    n = len(text)
    for i, ch in enumerate(text):
        if ch in firsts:
            for j in range(i + 2, min(n, i + longest) + 1):
                if text[i:j] in phrases:
                    return True
    return False


def by_character(text: str) -> str | None:
    """``s2tw`` of ``text`` when it converts character by character (or is itself an irregular phrase: 天后 stays
    天后, 一只 -> 一隻); None when a phrase inside it, normalization or a ``TWVariantsPhrases`` key could change that."""
    table, phrases, _, _, normalized = char_tables()
    if not normalized.isdisjoint(text):
        return None
    whole = phrases.get(text)
    if whole is not None:
        return whole
    if has_irregular_phrase(text) or _guard().search(text):
        return None
    return text.translate(table)


def by_segments(text: str) -> str | None:
    """``s2tw`` of ``text`` cut as OpenCC cuts it (forward maximum matching); None when only the converter can
    tell (a compatibility ideograph or a ``TWVariantsPhrases`` spelling). Only the clauses that hold an irregular
    phrase are cut; the rest convert character by character."""
    table, _, _, _, normalized = char_tables()
    if not normalized.isdisjoint(text) or _guard().search(text):
        return None
    out: list[str] = []
    last = 0
    for m in _breaks().finditer(text):
        piece = m.group()
        if has_irregular_phrase(piece):
            out.append(text[last : m.start()].translate(table))
            out.append(_cut_and_convert(piece))
            last = m.end()
    out.append(text[last:].translate(table))
    return "".join(out)


def _cut_and_convert(text: str) -> str:
    """Forward maximum matching over the segmentation keys; each phrase converted as ``s2tw`` converts it alone,
    the characters between phrases one by one."""
    table, phrases, _, _, _ = char_tables()
    keys, index = _segments()
    out: list[str] = []
    i = run = 0  # run: where the current stretch of unmatched characters began
    n = len(text)
    while i < n:
        bucket = index.get(text[i])
        if bucket is not None:
            lo, hi, longest = bucket
            for j in range(min(n, i + longest), i + 1, -1):
                if keys.find("\n" + text[i:j] + "\n", lo, hi) >= 0:
                    seg = text[i:j]
                    if run < i:
                        out.append(text[run:i].translate(table))
                    out.append(phrases.get(seg) or seg.translate(table))
                    i = run = j
                    break
            else:
                i += 1
        else:
            i += 1
    if run < n:
        out.append(text[run:].translate(table))
    return "".join(out)
