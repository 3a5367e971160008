"""Chinese personal names in speaker phrases: a bare name (surname + given name), a name after a title
(transliterations too: 海理, 安達那（Martin Andanar）), and where a name ends before the adverbials that
follow it (馬雲|昨（29日）, 謝金河|造訪)."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import _HAN, _zh, alternation, lexicon
from .zh_words import common_word, opens_modifier, words

_GLOSS_TAIL = re.compile(r"\s*[（(][A-Za-z][^）)]*[）)]$")
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z.'’\-]*(?: ?[A-Z][A-Za-z.'’\-]*){0,3}")
_HAN_2_4 = re.compile(f"[{_HAN}]{{2,4}}")


def _is_zh_name(s: str) -> bool:
    """A bare Chinese personal name (2-4 chars led by a surname) or a Latin name."""
    zh = _zh()
    s = _GLOSS_TAIL.sub("", s)
    if _LATIN_NAME.fullmatch(s):
        return True
    if not _HAN_2_4.fullmatch(s) or any(c in zh["stop"] for c in s[1:] if not _given_yi(s, c)):
        return False
    if s[:2] in zh["compound"]:
        return len(s) in (3, 4)
    return s[0] in zh["surnames"] and len(s) in (2, 3)


def _given_yi(s: str, c: str) -> bool:
    """True for the 一 of a three-character given name (洪一中, 張一元), not an adverb (陳一再, 林一直)."""
    if c != "一" or len(s) != 3 or s[1] != "一":
        return False
    if s[1:] in lexicon("zh")["yi_words"]:
        return False  # 林一度, 王一起: 一 opening an adverb or a count
    return not any(w == s[1:] and t.startswith(("d", "v", "a", "c", "p")) for w, t in words(s[1:]))


def _is_titled_name(s: str) -> bool:
    """After a title any short Han run is a name, transliterations too (沃克（Kent Walker）, 史蒂芬·柯恩)."""
    zh = _zh()
    core = re.sub(r"\s*[（(][A-Za-z][^）)]*[）)]$", "", s)
    if not re.fullmatch(f"[{_HAN}·‧．]{{2,8}}", core):
        return False
    if any(c in zh["stop"] for c in core) and (core == s or _first_stop(core)):
        return False  # 安達那（Martin Andanar）: with an English gloss, 那 is a sound, not a pronoun
    if len(core) <= 4 and not _is_zh_name(core) and (_has_function_word(core) or common_word(core) or core[-1] in "時後"
                                                     or words(core)[0][1].startswith(("p", "c", "d", "r", "u", "m", "q"))):
        return False  # 記者詢問時: a verb or time word after the title, not a name
    return len(core) <= 4 or "·" in core or "‧" in core or core != s


def _first_stop(core: str) -> bool:
    return core[0] in _zh()["stop"]


_LATIN_NAME = re.compile(r"[A-Z][A-Za-z.'’\-]+(?: ?[A-Z][A-Za-z.'’\-]+){0,2}")


_GLOSS = re.compile(r"[（(][A-Z][A-Za-z.'’\- ]{1,40}[）)]")


def _name_after_title(text: str, folded: str, start: int, end: int) -> str | None:
    """The name right after a title: a Latin name, or 2-3 Han characters (+ an English gloss)."""
    m = _LATIN_NAME.match(text, start, end)
    if m:
        return m.group()
    name = _cut_zh_name(text, folded, start, end)
    if name is None:
        return None
    g = _GLOSS.match(text, start + len(name), end)
    return name + g.group() if g else name


def _cut_zh_name(text: str, folded: str, start: int, end: int) -> str | None:
    """The name part of 2-3 Han chars after a title: keep 3 chars only when the 3rd is not a cue/adverb start."""
    zh = _zh()
    cand = text[start:end]
    for n in (4, 3, 2):
        name = cand[:n]
        if len(name) < n or n == 4 and _GLOSS.match(text, start + n) is None:
            continue  # four characters only with an English gloss after them: 前川秀鄉（Hidesato Maekawa）
        after = folded[start + n:start + n + 2]
        if n == 3 and _is_zh_name(cand[:2]) and (folded[start + 2:start + 4] in _DAY_WORDS
                                                or folded[start + 2] == "昨" and folded[start + 3:start + 4] in "（("):
            continue  # 馬雲昨（29日）: a time word after a two-character name
        if n == 3 and folded[start + 2] in "已也則亦都還又再更原將曾仍" and (_is_zh_name(cand[:2]) or _foreign_name(cand[:2])):
            continue  # 羅斯已(指出): an adverb after a two-character name
        glossed = _GLOSS.match(text, start + n) is not None
        if not (_is_zh_name(name) or _foreign_name(name) or glossed and _is_titled_name(name + "(X)")):
            continue
        if not after or not re.match(f"[{_HAN}]", after[0]) or zh["trail"].match(after) or _starts_cue(after) \
                or after[0] in "等也則亦及和與" or opens_modifier(folded[start + n:end]):
            return name
        if n == 3 and _is_zh_name(name) and _word_starts(folded[start:start + 8], n):
            return name  # 董事長謝金河造訪…: a verb word begins right after the name
    return None


_DAY_WORDS = frozenset({"昨天", "今天", "明天", "前天", "昨日", "今日", "明日", "昨晚", "今晚", "今年", "去年"})


def _word_starts(s: str, k: int) -> bool:
    """True when jieba's words of ``s`` have a boundary at ``k`` followed by a word of 2+ characters."""
    pos = 0
    for w, _ in words(s):
        if pos == k:
            return len(w) >= 2
        pos += len(w)
    return False


def _foreign_name(name: str) -> bool:
    """A transliterated name after a title (大使海理, 發言人阿貝拉): Han characters that jieba does not know
    as one word of another kind (表示, 今天) and that hold no function character."""
    if any(c in _zh()["stop"] for c in name) or not re.fullmatch(f"[{_HAN}]{{2,3}}", name):
        return False
    ws = words(name)
    if ws and ws[0][1].startswith(("p", "c", "d", "r", "u", "m", "q")):
        return False  # 以高(薪): a preposition, adverb or numeral opens no name
    return len(ws) > 1 and not _has_function_word(name)  # one dictionary word (景氣) is no sound-spelling


def _has_function_word(s: str) -> bool:
    """True when ``s`` holds a word of two or more characters that jieba knows as a verb, adverb, time word…
    (表示, 詢問, 今天). Single characters do not count: transliterations are segmented into them (祖/克/柏)."""
    return any(len(w) >= 2 and t.startswith(_NOT_NAME_TAGS) for w, t in words(s))


# jieba tags of words that are not (part of) a transliterated name
_NOT_NAME_TAGS = ("d", "p", "c", "u", "t", "r", "v", "m", "q", "f")


@lru_cache(maxsize=1)
def _cue_re() -> re.Pattern[str]:
    return re.compile(alternation(lexicon("zh")["cues"]))


def _starts_cue(s: str) -> bool:
    return bool(_cue_re().match(s))
