"""The jieba walk back from a gloss bracket: words taken until one that cannot be inside the term.

No length budget bounds it: function words, verbs acting as the clause's predicate, numerals and the like stop
it. A verb is taken while the English still has words for it (免稅購物(duty-free shopping)) or when another verb
governs it (違反|防止…法); a one-character prefix when the English has it (不公平 Unfair, 後真相 post-truth); a
conjunction when the English has "and". Characters jieba could not join into a word are pieces of one name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...normalize.script import to_simplified, to_taiwan
from .glosses import Gloss
from .lexicon import TermsLexicon, terms_lexicon, translit_chars
from .names import name_words

STOP_WORDS = frozenset("的 與 和 及 向 在 是 為 稱為 被 對 從 將 把 於 或 等 之 也 都 就 又 更 最 很 其 此 該 這 那 以 由 讓 使 給 名為 叫 于".split())
_STOP_POS = ("v", "p", "u", "c", "d", "r", "m", "t", "z", "q", "f", "y", "e", "o", "x")
EN_FUNCTION = frozenset("the of and a an for in on to at by with as".split())
_CONJUNCTIONS = frozenset("與 及 和 暨 并 並".split())
FUNCTION_CHARS = "於在因把被從向"
_ORG_HEADS = frozenset("集團 公司 銀行 控股 基金 協會 學會 基金會 研究院 研究所".split())  # glued by jieba to the next word (位|於約翰…, 這次|因麥卡錫)


@lru_cache(maxsize=4096)
def pos_tags(run_simplified: str) -> tuple[tuple[str, str], ...]:
    """jieba words of a short run with their part of speech ('n' when the dictionary has no other tag)."""
    from ...segment.words import _tokenizer, word_tags

    tags = word_tags()
    return tuple((w, _tag(w, tags)) for w in _tokenizer().cut(run_simplified, HMM=False))


def english_units(en: str | None, abbr: str | None) -> int:
    """How many Chinese words the gloss probably covers (words of the English, letters of an acronym)."""
    if en:
        words = re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", en)
        return max(1, sum(w.lower() not in EN_FUNCTION for w in words))
    if abbr:
        parts = [p for p in re.split(r"[-/&]", abbr) if p]
        return len(parts) if len(parts) > 1 else max(1, sum(c.isupper() for c in abbr))
    return 2


def _distributive(word: str, flag: str) -> bool:
    """每股, 每人: jieba tags them pronouns, but 每 + classifier modifies the noun that follows (每股純益)."""
    return word == "每" or (flag.startswith("r") and len(word) == 2 and word[0] == "每")


def _tag(word: str, tags: dict[str, str]) -> str:
    """jieba's tag; a word it does not tag made of an adverb and a verb (已達成) is a verb."""
    flag = tags.get(word)
    if flag is None and len(word) >= 3 and tags.get(word[1:], "").startswith("v") and tags.get(word[0], "")[:1] in "dp":
        return "v"
    return flag or "n"


def is_function(w: str) -> bool:
    tw = to_taiwan(w)
    return w in STOP_WORDS or tw in STOP_WORDS or tw in FUNCTION_CHARS


def _fragment(pos: tuple[tuple[str, str], ...], k: int, translit: frozenset[str], person: bool) -> bool:
    """A piece of a word jieba does not know, which it cut into characters (威|騰, 聯|星, 台|積|電): a bound
    morpheme (tag ending in g), or a lone character before another lone character (a transliteration character
    also at the end); not a function word, and not before a word (再|加|美國 stops at 加). Under a person's
    name a numeral is a piece too (山本|一|郎)."""
    w, f = pos[k]
    if len(w) != 1 or is_function(w):
        return False
    if f.endswith("g"):
        return True
    last = k + 1 == len(pos)
    if not last and to_taiwan(pos[-1][0]) in _ORG_HEADS and all(len(w) == 1 and not is_function(w) for w, _ in pos[k:-1]):
        lo = k
        while lo > 0 and len(pos[lo - 1][0]) == 1 and not is_function(pos[lo - 1][0]):
            lo -= 1
        if 2 <= len(pos) - 1 - lo <= 3 and (lo == 0 or len(pos[lo - 1][0]) >= 2):
            return True  # 開發商|聯|盛|集團: lone characters jieba could not join, right before an organisation head, name it
    if not last and len(pos[k + 1][0]) != 1:
        # Before a word, only the end of a name in pieces: 馬|恆|達|科技 (two transliteration characters in the
        # run of lone characters it ends), not 再|加|美國.
        lo = k
        while lo > 0 and len(pos[lo - 1][0]) == 1 and not is_function(pos[lo - 1][0]):
            lo -= 1
        return k > lo and sum(to_taiwan(w) in translit for w, _ in pos[lo : k + 1]) >= 2
    if to_taiwan(w) in translit:
        return True
    # Other characters only in a short run of lone characters (台|積|電, 聯|星), not in a clause jieba could not
    # segment (盼|洽|簽|台|歐…), and a classifier not after a numeral (3|台|車).
    def piece(j: int) -> bool:
        return len(pos[j][0]) == 1 and not is_function(pos[j][0])

    lo = hi = k
    while lo > 0 and piece(lo - 1):
        lo -= 1
    while hi + 1 < len(pos) and piece(hi + 1):
        hi += 1
    if last or hi - lo >= 3:
        return False
    if f[:1] == "q":
        return k > 0 and pos[k - 1][1][:1] != "m"
    return f[:1] not in "pcurmf" or (person and f.startswith("m"))


def walk(run: str, g: Gloss, lex: TermsLexicon) -> list[tuple[str, str]]:
    """jieba words taken back from the bracket until a word that cannot be inside the term."""
    simp = to_simplified(run)
    if len(simp) != len(run):
        simp = run
    translit = translit_chars()
    # jieba cuts an unknown name into single characters with meaningless tags (威 n, 騰 zg): they are name parts.
    pos = pos_tags(simp)
    person = bool(name_words(g.en)) and not g.abbr
    toks = [(w, "n" if _distributive(w, f) or _fragment(pos, k, translit, person) else f) for k, (w, f) in enumerate(pos)]
    want = max(2, english_units(g.en, g.abbr))
    gloss = g.english
    taken: list[tuple[str, str]] = []
    if toks and is_function(toks[-1][0]):
        return []  # 商業模式的(MIT): a particle before the bracket, which glosses no Chinese word
    for k in range(len(toks) - 1, -1, -1):
        word, flag = toks[k]
        if word.isspace():
            if taken and k > 0 and not toks[k - 1][0].isspace():
                taken.insert(0, (word, "n"))  # 洲際 彈道飛彈: a keyword space inside the term is passed over
                continue
            break
        if taken:
            # "and" in the English lets a conjunction in: 信息及通訊技術(Information and Communication Technology)
            joined = to_taiwan(word) in _CONJUNCTIONS and k > 0 and re.search(r"\band\b|&", gloss, re.I)
            if not joined and (word in STOP_WORDS or to_taiwan(word) in STOP_WORDS):
                if word == "之" and len(taken) > 1 and len(taken[0][0]) == 1:
                    taken.pop(0)  # 時間之神|克羅諾斯, 現代物理之父|愛因斯坦: "the god of", "the father of" describe the name
                break
            if not joined and flag.startswith(_STOP_POS) and flag != "vn" and not _inside_term(
                    toks, k, taken, want, gloss, lex, g.en is not None):
                break
        taken.insert(0, (word, flag))
    return taken


def _compound_modifier(toks: list[tuple[str, str]], k: int, taken: list[tuple[str, str]], gloss: str) -> bool:
    """The word at ``k`` sits between a noun before it and a common-noun head after it (not a proper name: 英特爾|收購|
    超微(AMD) has a predicate before the name)."""
    from .trim import name_like

    before, bflag = toks[k - 1]
    if is_function(before) or not bflag.startswith(("n", "v", "d", "t")) or bflag.startswith(("nr",)):
        return False
    places = terms_lexicon().places.get(to_taiwan(before))
    if places is not None and not {f[0].upper() for f in places if f} & set(gloss):
        return False  # 大陸|熱軋|離岸價(FOB): a place the letters do not spell starts no name (日本|放送|協會(NHK) does)
    head = "".join(w for w, _ in taken)
    return taken[0][1].startswith(("n", "vn")) and not name_like(to_taiwan(head))


def _inside_term(toks: list[tuple[str, str]], k: int, taken: list[tuple[str, str]], want: int, gloss: str,
                 lex: TermsLexicon, has_words: bool) -> bool:
    """A verb or adverb that still belongs to the term."""
    word, flag = toks[k]
    left = want - len(taken)
    if not has_words and len(word) == 2 and flag[:1] in "vdt" and flag != "vn" and k > 0 and _compound_modifier(toks, k, taken, gloss):
        # Under an acronym, a verb or adverb between two nouns modifies the head the bracket glosses while the letters
        # still have words to cover: 日本|放送|協會(NHK), 高頻|震盪|呼吸器(HFOV), 每股|稅後|純益(EPS), 聯合國|永續|發展目標
        # (SDGs); a verb needs two letters left (北韓|試射|洲際彈道飛彈(ICBM) keeps its predicate out).
        letters = sum(c.isupper() for c in gloss)
        return letters - len(taken) >= (2 if flag.startswith("v") else 1)
    if flag == "d" and len(word) == 2 and has_words and left >= 2 and k > 0 and not is_function(toks[k - 1][0]):
        return True  # 公立|特許|學校 (Public Charter School): an adverb-tagged modifier inside a long name
    if flag == "v" and len(word) == 2:
        # A two-character verb still fits while the English has two or more words left to cover (免稅購物
        # (duty-free shopping)), or when another verb governs it (違反防止…法: 防止 is the law's, 違反 the clause's).
        # Only English words say so: an acronym's letters are no word count (獲得輝達(NVIDIA), 試圖簽署…協定(FTA)).
        before = toks[k - 1] if k > 0 else ("", "x")
        return has_words and (left >= 2 or (left >= 1 and before[1].startswith("v")))
    return len(word) == 1 and lex.prefix(to_taiwan(word), gloss)
