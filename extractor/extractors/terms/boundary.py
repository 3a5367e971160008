"""Where the Chinese side of a 中文(English) gloss begins and ends.

The bracket closes the English, but nothing marks where the Chinese form begins (圍繞人工智慧(…) means 人工智慧).
The evidence, in order of trust:
1. a closed quote or title right before the bracket (「哈芬頓郵報」(…), 《…評論》（…）): its content is the term;
   an opening quote right before the Chinese run (「循環支出(circular spending)」): the whole run is the term;
2. a person's name glossed in English: the transliteration run (names.py);
3. a glossary entry ending the run (人工智慧(artificial intelligence));
4. jieba words walked back from the bracket to a delimiter or a word that cannot be inside a term (function
   words, verbs acting as predicates, numerals), then trimmed on the left of what the gloss does not translate:
   a descriptor or role (競爭對手蘋果(Apple), 部長安達那(…)), a place name (北卡外灘(Outer Banks)), a known term;
   a cut inside a transliterated name moves to the name's start.
Finally a generic head after a name (東芝公司(Toshiba), …概念(TOD)) is dropped when the gloss does not translate it.
There is no length budget: the delimiters and the words decide.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...normalize.glossary import Glossary
from ...normalize.script import to_simplified, to_taiwan
from .glosses import HAN, Gloss
from .lexicon import TermsLexicon, mentions, terms_lexicon, translit_chars
from .names import NAME_DOTS, name_start, name_words

_OPEN_QUOTES = "「『“\"‘《〈"
_CLOSERS = {"」": "「", "』": "『", "”": "“", "》": "《", "〉": "〈"}
_IS_HAN = re.compile(rf"[{HAN}]")
_MAX_RUN = 24
_STOP_WORDS = frozenset("的 與 和 及 向 在 是 為 稱為 被 對 從 將 把 於 或 等 之 也 都 就 又 更 最 很 其 此 該 這 那 以 由 讓 使 給 名為 叫 于".split())
_STOP_POS = ("v", "p", "u", "c", "d", "r", "m", "t", "z", "q", "f", "y", "e", "o", "x")
_LEADING_TRIM_POS = ("v", "vn", "ad", "d", "a")
_EN_FUNCTION = frozenset("the of and a an for in on to at by with as".split())
_CONJUNCTIONS = frozenset("與 及 和 暨 并 並".split())
_COUNTED = re.compile("[一二三四五六七八九十兩]+[大項個種類]")  # 六大物聯網(IoT): "the six big"
_FUNCTION_CHARS = "於在因把被從向"  # glued by jieba to the next word (位|於約翰…, 這次|因麥卡錫)


@lru_cache(maxsize=4096)
def _pos(run_simplified: str) -> tuple[tuple[str, str], ...]:
    """jieba words of a short run with their part of speech ('n' when the dictionary has no other tag)."""
    from ...segment.words import _tokenizer, word_tags

    tags = word_tags()
    return tuple((w, _tag(w, tags)) for w in _tokenizer().cut(run_simplified, HMM=False))


def english_units(en: str | None, abbr: str | None) -> int:
    """How many Chinese words the gloss probably covers (words of the English, letters of an acronym)."""
    if en:
        words = re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", en)
        return max(1, sum(w.lower() not in _EN_FUNCTION for w in words))
    if abbr:
        parts = [p for p in re.split(r"[-/&]", abbr) if p]
        return len(parts) if len(parts) > 1 else max(1, sum(c.isupper() for c in abbr))
    return 2


def _distributive(word: str, flag: str) -> bool:
    """每股, 每人: jieba tags them pronouns, but 每 + classifier modifies the noun that follows (每股純益)."""
    return word == "每" or (flag.startswith("r") and len(word) == 2 and word[0] == "每")


def _quoted(folded: str, p: int) -> tuple[int, int] | None:
    """The content of a quote or title closed right before ``p``: 「哈芬頓郵報」(…)."""
    opener = _CLOSERS[folded[p - 1]]
    j = folded.rfind(opener, max(0, p - 40), p - 1)
    inner = folded[j + 1 : p - 1] if j >= 0 else ""
    if not inner or not _IS_HAN.search(inner) or re.search(r"[。，！？；：,!?;]", inner):
        return None
    lead = len(inner) - len(inner.lstrip())
    return j + 1 + lead, p - 1 - (len(inner) - len(inner.rstrip()))


def _han_run_start(folded: str, p: int) -> int:
    i = p
    while i > 0 and p - i < _MAX_RUN:
        c = folded[i - 1]
        if _IS_HAN.match(c) or (c in NAME_DOTS and i > 1 and _IS_HAN.match(folded[i - 2]) and i < p):
            i -= 1
        else:
            break
    return i


def _known_elsewhere(glossary: Glossary, zh: str, gloss: str) -> bool:
    """A glossary term whose English the gloss does not contain (人工智慧 before 應用層(application layer))."""
    e = glossary.lookup(zh)
    if e is None:
        return False
    low = gloss.lower()
    return not any(form and form.lower() in low for form in (e.en, e.abbr))


def _flat(s: str | None) -> str:
    s = re.sub(r"[^a-z0-9]", "", (s or "").lower())
    return s[:-1] if s.endswith("s") and len(s) > 3 else s


def _glossary_match(glossary: Glossary, zh: str, g: Gloss) -> bool:
    """A glossary entry whose English or abbreviation is the gloss's own (人工智慧(artificial intelligence))."""
    e = glossary.lookup(zh)
    if e is None:
        return False
    mine = {_flat(g.en), _flat(g.abbr)} - {""}
    return bool(mine & ({_flat(e.en), _flat(e.abbr)} - {""}))


def _tag(word: str, tags: dict[str, str]) -> str:
    """jieba's tag; a word it does not tag made of an adverb and a verb (已達成) is a verb."""
    flag = tags.get(word)
    if flag is None and len(word) >= 3 and tags.get(word[1:], "").startswith("v") and tags.get(word[0], "")[:1] in "dp":
        return "v"
    return flag or "n"


def _function(w: str) -> bool:
    tw = to_taiwan(w)
    return w in _STOP_WORDS or tw in _STOP_WORDS or tw in _FUNCTION_CHARS


def _fragment(pos: tuple[tuple[str, str], ...], k: int, translit: frozenset[str], person: bool) -> bool:
    """A piece of a word jieba does not know, which it cut into characters (威|騰, 聯|星, 台|積|電): a bound
    morpheme (tag ending in g), or a lone character before another lone character (a transliteration character
    also at the end); not a function word, and not before a word (再|加|美國 stops at 加). Under a person's
    name a numeral is a piece too (山本|一|郎)."""
    w, f = pos[k]
    if len(w) != 1 or _function(w):
        return False
    if f.endswith("g"):
        return True
    last = k + 1 == len(pos)
    if not last and len(pos[k + 1][0]) != 1:
        return False
    if to_taiwan(w) in translit:
        return True
    # Other characters only in a short run of lone characters (台|積|電, 聯|星), not in a clause jieba could not
    # segment (盼|洽|簽|台|歐…), and a classifier not after a numeral (3|台|車).
    def piece(j: int) -> bool:
        return len(pos[j][0]) == 1 and not _function(pos[j][0])

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


def _walk(run: str, g: Gloss, lex: TermsLexicon) -> list[tuple[str, str]]:
    """jieba words taken back from the bracket until a word that cannot be inside the term."""
    simp = to_simplified(run)
    if len(simp) != len(run):
        simp = run
    translit = translit_chars()
    # jieba cuts an unknown name into single characters with meaningless tags (威 n, 騰 zg): they are name parts.
    pos = _pos(simp)
    person = bool(name_words(g.en)) and not g.abbr
    toks = [(w, "n" if _distributive(w, f) or _fragment(pos, k, translit, person) else f) for k, (w, f) in enumerate(pos)]
    want = max(2, english_units(g.en, g.abbr))
    gloss = g.english
    taken: list[tuple[str, str]] = []
    if toks and _function(toks[-1][0]):
        return []  # 商業模式的(MIT): a particle before the bracket, which glosses no Chinese word
    for k in range(len(toks) - 1, -1, -1):
        word, flag = toks[k]
        if taken:
            # "and" in the English lets a conjunction in: 信息及通訊技術(Information and Communication Technology)
            joined = to_taiwan(word) in _CONJUNCTIONS and k > 0 and re.search(r"\band\b|&", gloss, re.I)
            if not joined and (word in _STOP_WORDS or to_taiwan(word) in _STOP_WORDS):
                break
            if not joined and flag.startswith(_STOP_POS) and flag != "vn" and not _inside_term(
                    toks, k, taken, want, gloss, lex, g.en is not None):
                break
        taken.insert(0, (word, flag))
    return taken


def _inside_term(toks: list[tuple[str, str]], k: int, taken: list[tuple[str, str]], want: int, gloss: str,
                 lex: TermsLexicon, has_words: bool) -> bool:
    """A verb or adverb that still belongs to the term."""
    word, flag = toks[k]
    left = want - len(taken)
    if flag == "v" and len(word) == 2:
        # A two-character verb still fits while the English has two or more words left to cover (免稅購物
        # (duty-free shopping)), or when another verb governs it (違反防止…法: 防止 is the law's, 違反 the clause's).
        # Only English words say so: an acronym's letters are no word count (獲得輝達(NVIDIA), 試圖簽署…協定(FTA)).
        before = toks[k - 1] if k > 0 else ("", "x")
        return has_words and (left >= 2 or (left >= 1 and before[1].startswith("v")))
    return len(word) == 1 and lex.prefix(to_taiwan(word), gloss)


def _cut_descriptors(words: list[str], gloss: str, lex: TermsLexicon, person: bool) -> int:
    """How many leading words are a descriptor or role in front of the name (the rightmost one wins). A role
    (發言人, 公司) counts only before a proper name: 跨太平洋夥伴協定(TPP) keeps its 夥伴."""
    translit = translit_chars()
    text = "".join(words)
    for cut in range(len(words) - 1, 0, -1):
        head = "".join(words[:cut])
        rest = text[len(head) :]
        if len(rest) < 2:
            continue
        named = person or _name_like(rest)
        for n in range(min(5, len(head)), 1, -1):
            tail = head[-n:]
            if lex.descriptor(tail, gloss) or (named and lex.role(tail, gloss)):
                return cut
        last = words[cut - 1]
        if 2 <= len(last) <= 4 and last[-1] in lex.role_suffixes and 2 * sum(c in translit for c in rest) > len(rest):
            return cut
    return 0


def _trim_left(taken: list[tuple[str, str]], run: str, g: Gloss, glossary: Glossary, lex: TermsLexicon) -> int:
    """Characters to drop at the left of the walked words."""
    gloss = g.english
    words = [run[i : i + len(w)] for w, i in _offsets(taken, run)]
    cut = _cut_descriptors(words, gloss, lex, bool(name_words(g.en)) and not g.abbr)
    flags = [f for _, f in taken][cut:]
    words = words[cut:]
    want = max(2, english_units(g.en, g.abbr))
    # A plain English phrase covers about as many words as it has: far more words, with a verb among them, are a
    # clause (同事|研究|量子|感測器(quantum sensor)): the term starts after the verb.
    if g.en and not g.abbr and any(w[:1].islower() for w in g.en.split()) and len(words) > want + 1:
        verbs = [j for j in range(1, len(words) - want + 1) if flags[j - 1].startswith("v")]
        if verbs:
            del words[: verbs[-1]], flags[: verbs[-1]]
    while len(words) > 1:
        word, flag = words[0], flags[0]
        rest_len = sum(len(w) for w in words[1:])
        # A place jieba cut into characters (北|卡) is still one place: try the first few words joined.
        joined = next((j for j in range(min(3, len(words) - 1), 0, -1) if _droppable_place("".join(words[:j]), g, lex)), 0)
        if joined:
            del words[:joined], flags[:joined]
            if len(words) > 1 and to_taiwan(words[0]) in lex.place_suffixes:  # 新加坡商…, 美籍…
                del words[:1], flags[:1]
            continue
        if _known_elsewhere(glossary, word, gloss) or _COUNTED.fullmatch(to_taiwan(word)):
            pass
        elif len(word) == 1 and len(words[1]) == 1:
            break  # a name jieba cut into characters (好|市|多(Costco)) keeps its first one
        elif (flag.startswith(_LEADING_TRIM_POS) and flag != "vn" and rest_len >= 2 and len(words) > want) or (
                flag == "vn" and rest_len >= 2 and len(words) >= 3):
            pass
        else:
            break
        words.pop(0)
        flags.pop(0)
    return sum(len(w) for w, _ in taken) - sum(len(w) for w in words)


def _droppable_place(word: str, g: Gloss, lex: TermsLexicon) -> bool:
    """A place the gloss does not name; an acronym names an institution with its place (美國食品藥物管理局(FDA),
    亞洲…論壇(BBA)). Short forms such as 菲國 or 美方 are descriptors, not names (descriptors in the lexicon)."""
    return (lex.place(word, g.english) and not g.abbr) or lex.scope(word, g.english)


def _offsets(taken: list[tuple[str, str]], run: str) -> list[tuple[str, int]]:
    total = sum(len(w) for w, _ in taken)
    i = len(run) - total
    out = []
    for w, _ in taken:
        out.append((w, i))
        i += len(w)
    return out


def _extend_translit(run: str, start: int) -> int:
    """A cut inside a transliterated name jieba cut into pieces moves to the name's start (哈|特勒斯角…, not
    特勒斯角…); it never enters a whole word (參加|艾倫…)."""
    chars = translit_chars()
    if start <= 0 or start >= len(run) or run[start] not in chars:
        return start
    simp = to_simplified(run)
    ends = {}
    at = 0
    for w, _ in _pos(simp if len(simp) == len(run) else run):
        ends[at + len(w)] = w
        at += len(w)
    while start > 0 and len(ends.get(start, "")) == 1 and (run[start - 1] in chars or run[start - 1] in NAME_DOTS):
        start -= 1
    return start


def _trim_head(folded: str, start: int, end: int, g: Gloss, lex: TermsLexicon) -> int:
    """End of the term once a generic head the gloss does not translate is dropped (東芝公司(Toshiba) -> 東芝,
    大眾運輸導向發展概念(TOD) -> …發展); an acronym ending in the head's letter spells it (國家廣播公司(NBC))."""
    for n in range(min(6, end - start - 2), 1, -1):
        head = folded[end - n : end]
        forms = lex.concept_heads.get(to_taiwan(head))
        if forms is None:
            forms = lex.heads.get(to_taiwan(head))
            if forms is None or not _name_like(folded[start : end - n]):
                continue
        if g.en:
            if not mentions(g.en, forms):
                return end - n
            continue
        last = (g.abbr or "").rstrip("s")[-1:].lower()
        if not g.en and last and not any(f.startswith(last) for f in forms):
            return end - n
    return end


def _name_like(zh: str) -> bool:
    """A proper name rather than a common noun: it has a transliteration character (東芝, 馬士基) or jieba does not
    know it as one word (晟|碟); 石油 in 石油公司(Rosneft) is a common noun, and the company keeps its head."""
    if len(zh) < 2 or re.search(r"[0-9A-Za-z]", zh):
        return False  # 7國(G7) is no name before its 集團
    if any(c in translit_chars() for c in zh):
        return True
    simp = to_simplified(zh)
    return all(len(w) == 1 for w, _ in _pos(simp if len(simp) == len(zh) else zh))


def zh_bounds(folded: str, g: Gloss, glossary: Glossary) -> tuple[int, int] | None:
    """Start and end, in the text, of the Chinese form the bracket glosses (None: no Chinese form)."""
    p = g.start
    lex = terms_lexicon()
    if p > 0 and folded[p - 1] in _CLOSERS:
        return _quoted(folded, p)
    i = _han_run_start(folded, p)
    run = folded[i:p]
    if len(run) < 2 and not (len(run) == 1 and i > 0 and folded[i - 1] in _OPEN_QUOTES):
        return None
    if i > 0 and folded[i - 1] in _OPEN_QUOTES and (folded[g.end : g.end + 1] in _CLOSERS or _one_phrase(run)):
        return i, _trim_head(folded, i, p, g, lex)
    named = name_start(run, g.en, g.abbr)
    if named is not None:
        named = _outside_words(run, named)
        if named is not None:
            return i + named, p
    for k in range(min(len(run), 12), 1, -1):
        if _glossary_match(glossary, run[-k:], g):
            return p - k, p
    taken = _walk(run, g, lex)
    trimmed = _trim_left(taken, run, g, glossary, lex)
    start = len(run) - sum(len(w) for w, _ in taken) + trimmed
    if not trimmed:
        start = _extend_translit(run, start)
    if len(run) - start >= 3 and run[start] in _FUNCTION_CHARS:
        start += 1
    if len(run) - start < 2:
        return None  # one character is a fragment, not a term (推|特(twitter), 台|積|電(TSMC))
    start += i
    if start == i:
        # Digits or a Latin word written onto the Chinese belong to it when the gloss has them too:
        # 20國集團(G20), SK海力士(SK Hynix).
        lead = re.search(r"(?<![A-Za-z0-9])(\d+|[A-Za-z][A-Za-z0-9\-]*)$", folded[max(0, i - 12) : i])
        if lead and (lead.group(1) in g.english if lead.group(1).isdigit()
                     else re.search(rf"(?<![A-Za-z0-9]){re.escape(lead.group(1))}(?![a-z])", g.english)):
            start -= len(lead.group(1))
    return start, _trim_head(folded, start, p, g, lex)


def _one_phrase(run: str) -> bool:
    """No function word or pronoun inside: 「合成生物學(…)的發展」 quotes a term, 「艾普斯坦與總經理霍耶爾(…)」
    and 「我要求民主團結平台(…)」 do not."""
    simp = to_simplified(run)
    return not any(w in _STOP_WORDS or flag[:1] in "pcur" for w, flag in _pos(simp if len(simp) == len(run) else run))


def _role_word(word: str) -> bool:
    lex = terms_lexicon()
    return word in lex.roles or word in lex.descriptors or word[-1] in lex.role_suffixes


def _outside_words(run: str, start: int) -> int | None:
    """A name start moved out of the role word it cuts into: 主席|布里澤 is not 席布里澤, 這次因|麥卡錫 not
    因麥卡錫 (None: too little name left)."""
    simp = to_simplified(run)
    pos = _pos(simp if len(simp) == len(run) else run)
    at = 0
    for w, _flag in pos:
        end = at + len(w)
        if at < start < end and len(w) >= 2 and _role_word(to_taiwan(w)):
            start = end
        elif at == start and run[at] in _FUNCTION_CHARS:
            start = end
        if end > start:
            break
        at = end
    return start if len(run) - start >= 2 else None
