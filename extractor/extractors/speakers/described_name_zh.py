"""A Chinese personal name at the end of a speaker phrase after a description the title lexicon does not know
(名間水上救生分隊助理幹事吳欽緯, 主任消保官王德明, GIS總經理周賢穎之前): the name is read off jieba's words,
not off a title list, so stacked or rare titles and descriptions of any length before it do not hide it."""

from __future__ import annotations

import re

from ...document import Span
from .names_zh import _is_zh_name
from .registry import Speaker
from .zh_words import common_word, words

_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")
# one-character heads of a description of a person: 消保官, 技術員, 陸生, 球星, 作家, 律師, 記者 …
_PERSON_HEAD = frozenset("官員生星家師長手士者工匠事委友")
# what may stand between the name and the cue: a time word or a localiser (之前, 稍早, 日前)
_AFTER = ("t", "f")


def _plain(tag: str) -> bool:
    return not tag or tag.startswith("n")


def described_name(text: str, folded: str, start: int, end: int) -> Speaker | None:
    """The person a phrase ``text[start:end]`` names last, after a description ending in a noun, or None.

    The name is two or three characters led by a surname, its own word or characters jieba could not join
    into a word (so 中華電信 is never 華電信), not a common word; the word before it is a noun of two or more
    characters, a one-character head of a description of a person (消保官, 陸生) or 的; a time word after it
    (之前, 稍早) is not part of it. Nothing is taken when a verb stands right before the name (訪問王小明:
    the one visited is not the speaker)."""
    if end - start < 3:
        return None
    ws = [(w, t) for w, t in words(folded[start:end])]
    while ws and (ws[-1][1].startswith(_AFTER) and len(ws[-1][0]) >= 2 or ws[-1][1] == "w"):
        end -= len(ws[-1][0])
        ws.pop()
    if not ws or len(ws[-1][0]) == 1 and ws[-1][1].startswith(("d", "p", "c", "u", "r", "y")):
        return None  # 王小明也, 陳小華則: an adverb or particle after the name, which the caller trims
    for n in (3, 2):
        k, got = len(ws), 0
        while k > 0 and got < n and (len(ws[k - 1][0]) == 1 or got == 0 and len(ws[k - 1][0]) == n
                                     or got == 0 and n == 3 and len(ws[k - 1][0]) == 2 and _plain(ws[k - 1][1])):
            got += len(ws[k - 1][0])  # (蘇|紫雲: a given name jieba knows as a noun)
            k -= 1
        if got != n or k == 0:
            continue
        name = text[end - n:end]
        if not (_HAN_NAME.fullmatch(name) and _is_zh_name(folded[end - n:end]) and not common_word(name)):
            continue
        while k > 1 and ws[k - 1][1] == "w":
            k -= 1  # 整合戰略科技中心 蘇紫雲: a space between the description and the name
        w, t = ws[k - 1]
        noun = not t or t.startswith("n")
        if w == "的" or noun and (len(w) >= 2 or w in _PERSON_HEAD):
            return Speaker(name, "person", Span(end - n, end), text=text[start:end])
    return None
