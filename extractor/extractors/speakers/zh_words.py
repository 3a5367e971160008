"""Chinese phrases as words: jieba's segmentation and part-of-speech tags, for telling a speaker (a noun
phrase: 中華徵信所, 鄉林不動產研究室) from a clause (就已經向內部, 相關說法 …) and for finding where the speaker's
noun phrase ends and the adverbials before the cue begin (白宮 | 上午發布聲明, 祖克柏 | 在他的臉書上發文)."""

from __future__ import annotations

import re
from functools import lru_cache

# jieba tags of words that never belong to a speaker's name: adverbs, prepositions, conjunctions,
# pronouns, particles, time words and localisers (后 / 中 / 內部 as the last word)
_CLAUSE_TAGS = ("d", "p", "c", "u", "t", "r")
# what may open the adverbials between a speaker and the cue: an adverb, a preposition, a time word
_MODIFIER_TAGS = ("d", "p", "t")


@lru_cache(maxsize=4096)
def words(phrase: str) -> tuple[tuple[str, str], ...]:
    """(word, tag) pairs of ``phrase``; tag "" for words jieba's dictionary lists as nouns or not at all."""
    from ...normalize.script import to_simplified
    from ...segment.words import tokenize, word_tags

    tags = word_tags()
    out: list[tuple[str, str]] = []
    pos = 0
    for s in tokenize(phrase):
        if s.start > pos:
            out.append((phrase[pos:s.start], "w"))  # white space kept, so word lengths add up to offsets
        out.append((phrase[s.start:s.end], tags.get(to_simplified(phrase[s.start:s.end]), "")))
        pos = s.end
    if pos < len(phrase):
        out.append((phrase[pos:], "w"))
    return tuple(out)


def is_clause(phrase: str, named: bool = False) -> bool:
    """True when ``phrase`` reads as a clause, not a name: it opens with an adverb, preposition, conjunction,
    pronoun, particle or time word, holds one of two or more characters (就已經向內部), ends with a localiser
    (訴狀中), or holds a two-character verb among other words (相關說法). ``named``: the phrase ends with an
    organisation suffix (中華徵信所, 開發銀行), where verbs are part of the name and are allowed."""
    ws = tuple(w for w in words(phrase) if w[1] != "w")
    if not ws:
        return True
    if named:  # 春日鄉公所: a name part jieba reads as a time word (春日) is still a name part
        ws = tuple((w, "" if t.startswith("t") else t) for w, t in ws)
        if len(ws) > 1 and len(ws[0][0]) == 1 and ws[0][1].startswith("u"):
            ws = (("", ""),) + ws[1:]  # 地|政局: a name never opens with a particle; jieba split it wrongly
    if ws[0][1].startswith(_CLAUSE_TAGS) or any(len(w) >= 2 and t.startswith(_CLAUSE_TAGS) for w, t in ws):
        return True
    if any(len(w) >= 2 and t == "ad" for w, t in ws):
        return True  # 順利(通過): an adjective or manner word, not a name
    if len(ws) == 1 and ws[0][1] in ("v", "vd", "vi", "d", "m", "p", "c", "r", "u", "t", "f"):
        return True  # 包括, 適合, 大多: one dictionary word that is a verb, adverb or numeral (not 微軟 "a")
    if phrase.endswith("時") and len(phrase) > 1:
        return True  # 對談時: a time clause
    if ws[-1][1] == "f" or ws[-1][1].startswith("t") or ws[-1][1].startswith("d") and len(ws[-1][0]) >= 2:
        return True  # 訴狀中, 東芝社長今: a localiser or a time word closes a clause, not a name
    if any((t.startswith(("p", "d")) or t in ("ul", "uj", "uz", "ug")) and w not in _NOT_MODIFIER for w, t in ws[1:-1]):
        return True  # 環保署被外界: a preposition or adverb inside
    return not named and len(ws) > 1 and any(t == "v" and len(w) >= 2 for w, t in ws)


def opens_modifier(text: str) -> bool:
    """True when ``text`` starts with an adverb, a preposition or a time word (則, 在, 今天, 稍早, 再次 …):
    the adverbials that stand between a speaker and the reporting verb."""
    ws = words(text.lstrip()[:12])
    return bool(ws) and ws[0][1].startswith(_MODIFIER_TAGS) and ws[0][0] not in _NOT_MODIFIER


# single characters jieba tags as adverbs or prepositions that also end names and nouns
_NOT_MODIFIER = frozenset({"和", "與", "及", "同"})


# jieba's dictionary counts: a word this frequent is a common word (例子 1607, 出面 896, 聲明 2689), not the
# bare name of an organisation or person (東芝 104, 高通 166, 台電 3)
_COMMON = 500


# a line of jieba's dict.txt ("word count tag") whose word has 2-4 characters and whose count is >= _COMMON (500):
# one scan of the whole file in C instead of a Python loop over its 350,000 lines (~0.36 s -> ~0.07 s, paid by
# the first article that asks, i.e. by every batch worker)
_COMMON_LINE = re.compile(r"^[ \t]*(\S{2,4})[ \t]+0*(?:[1-9]\d{3,}|[5-9]\d\d)(?=\s|$)", re.M | re.A)


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    import hashlib

    from ...segment.words import from_dictionary

    # the scan's result is kept in a marshal copy (~2 ms to load instead of ~70 ms), named by the rule
    rule = hashlib.sha1(f"{_COMMON_LINE.pattern}/{_COMMON_LINE.flags}".encode()).hexdigest()[:8]
    words = from_dictionary(f"common-{rule}", lambda text: tuple(sorted(set(_COMMON_LINE.findall(text)))))
    return frozenset(words or ())


def common_word(phrase: str) -> bool:
    """True when ``phrase`` is one frequent dictionary word (例子, 出面, 聲明): not a name by itself."""
    from ...normalize.script import to_simplified

    return to_simplified(phrase) in _common_words()
