"""The form of a Chinese source taken as written: a phrase the parser accepts as a body or a group (no record
of the article behind it) keeps only the name.

- A time word around it goes: 今年氣象局 -> 氣象局, 上月央行官員 -> 央行官員, 東芝今早 -> 東芝,
  內政部2016年 -> 內政部 (the words say when it spoke, not who).
- A description before a personal name goes: 漫畫家蕭言中 -> 蕭言中, 業者陳先生 -> 陳先生, 教育界葉建源 -> 葉建源
  (an occupation or a circle ending in 家/者/人/界…, then a surname and a given name or an honorific): the
  person speaks, and the speaker is the name without title or organisation.

Lexicons (``cues_zh.json``): ``speaker_time_words``, ``occupation_ends``, ``name_honorifics``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...document import Span
from .lexicon import _zh, alternation, lexicon
from .names_zh import _is_zh_name
from .registry import Speaker
from .zh_words import common_word

_AS_WRITTEN = ("org", "group", "role")


@lru_cache(maxsize=1)
def _res() -> dict[str, re.Pattern[str]]:
    lx = lexicon("zh")
    times = alternation(lx["speaker_time_words"])
    return {
        "lead": re.compile(f"(?:{times}|[0-9]{{4}}年)+"),
        "tail": re.compile(f"(?:{times}|[0-9]{{4}}年|[（(][0-9]{{1,2}}[日)）]|[今昨][早晚晨])+$"),
        "honorific": re.compile(f"(?:{alternation(lx['name_honorifics'])})$"),
    }


def tidy_source(sp: Speaker, text: str, folded: str) -> Speaker:
    """``sp`` with a time word around it and a description before a personal name dropped, when it is a
    body, group or role taken as written (a record already known, or a parsed name, stays as it is)."""
    if sp.kind not in _AS_WRITTEN or sp.ent is not None:
        return sp
    s, e = sp.span
    if text[s:e] != sp.name or e - s < 3:
        return sp
    res = _res()
    m = res["lead"].match(folded, s, e)
    if m is not None and e - m.end() >= 2:
        s = m.end()
    m = res["tail"].search(folded, s, e)
    if m is not None and m.start() - s >= 2:
        e = m.start()
    if sp.kind != "role":
        named = described_name(folded, s, e)
        if named is not None:
            return Speaker(text[named:e], "person", Span(named, e), role=text[s:named], text=sp.text)
    if (s, e) == tuple(sp.span):
        return sp
    return Speaker(text[s:e], sp.kind, Span(s, e), role=sp.role, org=sp.org, text=sp.text, head=sp.head)


def described_name(folded: str, s: int, e: int) -> int | None:
    """Where a personal name ending the phrase ``folded[s:e]`` starts, when a description of two characters or
    more that ends like an occupation or a circle stands before it (策展人|吳慧芳, 業者|陳先生); else None."""
    ends = lexicon("zh")["occupation_ends"]
    zh = _zh()
    hon = _res()["honorific"].search(folded, s, e)
    if hon is not None and hon.start() - 1 - s >= 2 and folded[hon.start() - 1] in zh["surnames"] \
            and folded[hon.start() - 2] in ends:
        return hon.start() - 1  # 業者陳先生
    for n in (3, 2):
        k = e - n
        if k - s >= 2 and folded[k - 1] in ends and _is_zh_name(folded[k:e]) and not common_word(folded[k:e]):
            return k  # (金融界|高層: a dictionary word, not a name)
    return None
