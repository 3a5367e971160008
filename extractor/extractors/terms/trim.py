"""Trimming the walked words: what the gloss does not translate goes.

On the left: a descriptor or role in front of the name (競爭對手|蘋果(Apple), 部長|安達那(…)), a place or scope
(北卡|外灘(Outer Banks), 全球|…), a known term the English does not contain, a leading modifier past the English
word count; a name never starts inside a role word (主席|布里澤). On the right: a generic head after a proper
name (東芝|公司(Toshiba)) or after any term (…發展|概念(TOD)).
"""

from __future__ import annotations

import re

from ...normalize.glossary import Glossary
from ...normalize.script import to_simplified, to_taiwan
from .glosses import Gloss
from .lexicon import TermsLexicon, mentions, terms_lexicon, translit_chars
from .names import NAME_DOTS, name_words
from .walk import FUNCTION_CHARS, english_units, is_function, pos_tags

_LEADING_TRIM_POS = ("v", "vn", "ad", "d", "a")
_COUNTED = re.compile("[一二三四五六七八九十兩]+[大項個種類]")  # 六大物聯網(IoT): "the six big"


def _known_elsewhere(glossary: Glossary, zh: str, gloss: str) -> bool:
    """A glossary term whose English the gloss does not contain (人工智慧 before 應用層(application layer))."""
    e = glossary.lookup(zh)
    if e is None:
        return False
    low = gloss.lower()
    return not any(form and form.lower() in low for form in (e.en, e.abbr))


def _cut_descriptors(words: list[str], gloss: str, lex: TermsLexicon, person: bool, acronym: bool) -> int:
    """How many leading words are a descriptor or role in front of the name (the rightmost one wins). A role
    (發言人, 公司) counts only before a proper name: 跨太平洋夥伴協定(TPP) keeps its 夥伴."""
    translit = translit_chars()
    text = "".join(words)
    for cut in range(len(words) - 1, 0, -1):
        head = "".join(words[:cut])
        rest = text[len(head) :]
        if len(rest) < 2:
            continue
        named = person or name_like(rest)
        for n in range(min(5, len(head)), 1, -1):
            tail = head[-n:]
            if lex.descriptor(tail, gloss) or (named and lex.role(tail, gloss)):
                return cut
        last = words[cut - 1]
        if 2 <= len(last) <= 4 and last[-1] in lex.role_suffixes and 2 * sum(c in translit for c in rest) > len(rest):
            return cut
        if not acronym and _region(head, gloss, lex):  # 美國佛州棒球農場(FBR): the F is Florida
            return cut
    return 0


def _region(head: str, gloss: str, lex: TermsLexicon) -> bool:
    """A named administrative unit in front (伊利諾州|春田市(Springfield), 伯克郡|瑞丁市(Reading)) that the gloss
    does not name: the unit's character with at least two before it (都市 is no unit), its English absent."""
    unit = lex.region_units.get(to_taiwan(head[-1:]))
    return unit is not None and len(head) >= 3 and not mentions(gloss, unit)


def trim_left(taken: list[tuple[str, str]], run: str, g: Gloss, glossary: Glossary, lex: TermsLexicon) -> int:
    """Characters to drop at the left of the walked words."""
    gloss = g.english
    words = [run[i : i + len(w)] for w, i in _offsets(taken, run)]
    cut = _cut_descriptors(words, gloss, lex, bool(name_words(g.en)) and not g.abbr, bool(g.abbr) and not g.en)
    flags = [f for _, f in taken][cut:]
    words = words[cut:]
    want = max(2, english_units(g.en, g.abbr))
    # An acronym whose letters have room for a leading verbal noun keeps it when the noun phrase starts there (after a
    # clause start or a conjunction: 及|自動光學檢測(AOI), ，|投資審議委員會(BOI)); after an adverb it is the verb of the
    # clause (積極|優化|物料清單(BOM)).
    before = run[: len(run) - sum(len(w) for w, _ in taken)]
    np_start = not before or before[-1] in "及與和、或並暨"
    acronym = bool(g.abbr) and not g.en and np_start
    # A plain English phrase covers about as many words as it has: far more words, with a verb among them, are a
    # clause (同事|研究|量子|感測器(quantum sensor)): the term starts after the verb.
    if g.en and not g.abbr and any(w[:1].islower() for w in g.en.split()) and len(words) > want + 1:
        verbs = [j for j in range(1, len(words) - want + 1) if flags[j - 1].startswith("v")]
        if verbs:
            del words[: verbs[-1]], flags[: verbs[-1]]
    if words:  # a place jieba glued to the next word (美國通用|汽車(GM), 美國有線電視新聞網(CNN))
        first, rest_len = words[0], sum(len(w) for w in words[1:])
        inner = next((n for n in range(min(4, len(first) - 2), 1, -1)
                      if _droppable_place(first[:n], rest_len + len(first) - n, g, lex)), 0)
        words[0] = first[inner:]
    popped = False  # a word trimmed off before (積極|優化…): what follows it is the clause's verb, no noun phrase start
    while len(words) > 1:
        word, flag = words[0], flags[0]
        rest_len = sum(len(w) for w in words[1:])
        # A place jieba cut into characters (北|卡) is still one place: try the first few words joined.
        joined = next((j for j in range(min(3, len(words) - 1), 0, -1)
                       if _droppable_place("".join(words[:j]), len("".join(words[j:])), g, lex)
                       and not _place_names_company("".join(words[j:]), g, lex)), 0)
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
                flag == "vn" and rest_len >= 2 and len(words) >= 3 and not (acronym and not popped and len(words) <= want)):
            pass  # (an acronym keeps a leading verbal noun its letters have room for: 自動光學檢測(AOI))
        else:
            break
        words.pop(0)
        flags.pop(0)
        popped = True
    return sum(len(w) for w, _ in taken) - sum(len(w) for w in words)


def _place_names_company(run_after: str, g: Gloss, lex: TermsLexicon) -> bool:
    """俄羅斯石油公司(Rosneft), 美國鋁業公司(Alcoa), 荷蘭合作銀行(Rabobank): a one-word brand glossing a place + common noun + generic head is
    the company's whole Chinese name, place included (蘋果(Apple) or 勞工部(Department of Labor) are not)."""
    if not g.en or g.abbr or " " in g.en.strip() or not re.fullmatch(r"[A-Z][a-z]+", g.en.strip()):
        return False
    head = next((h for h in ("股份有限公司", "有限公司", "公司", "集團", "銀行") if run_after.endswith(h)), None)
    return head is not None and len(run_after) > len(head) + 1 and not name_like(run_after[: -len(head)])


def _droppable_place(word: str, chars_after: int, g: Gloss, lex: TermsLexicon) -> bool:
    """A place the gloss does not name. Before a bare acronym the place stays when the acronym needs it: fewer
    than two characters after it per letter, a Chinese word a letter (日本|產業革新機構(INCJ)), or a first or
    last letter that is the place's initial (亞洲…論壇(BBA), 上海…指數(SCFI)); it goes when the words after it
    spell the acronym alone (美國|通用汽車(GM), 美國|有線電視新聞網(CNN)); 美國食品藥物管理局(FDA) keeps it (A)."""
    if lex.scope(word, g.english):
        return True
    if not lex.place(word, g.english):
        return False
    if not g.abbr:
        return True
    letters = re.sub(r"[^A-Z]", "", (g.abbr or "").rstrip("s"))
    if chars_after < 2 * len(letters):
        return False
    initials = {f[0].upper() for f in lex.places.get(to_taiwan(word), ()) if f}
    return not (len(letters) >= 3 and {letters[0], letters[-1]} & initials)


def _offsets(taken: list[tuple[str, str]], run: str) -> list[tuple[str, int]]:
    total = sum(len(w) for w, _ in taken)
    i = len(run) - total
    out = []
    for w, _ in taken:
        out.append((w, i))
        i += len(w)
    return out


def extend_translit(run: str, start: int) -> int:
    """A cut inside a transliterated name jieba cut into pieces moves to the name's start (哈|特勒斯角…, not
    特勒斯角…); it never enters a whole word (參加|艾倫…)."""
    chars = translit_chars()
    if start <= 0 or start >= len(run) or run[start] not in chars:
        return start
    simp = to_simplified(run)
    ends = {}
    at = 0
    for w, _ in pos_tags(simp if len(simp) == len(run) else run):
        ends[at + len(w)] = w
        at += len(w)
    while start > 0 and len(ends.get(start, "")) == 1 and (run[start - 1] in chars or run[start - 1] in NAME_DOTS):
        start -= 1
    return start


def trim_head(folded: str, start: int, end: int, g: Gloss, lex: TermsLexicon) -> int:
    """End of the term once a generic head the gloss does not translate is dropped (東芝公司(Toshiba) -> 東芝,
    大眾運輸導向發展概念(TOD) -> …發展); an acronym ending in the head's letter spells it (國家廣播公司(NBC))."""
    for n in range(min(6, end - start - 2), 1, -1):
        head = folded[end - n : end]
        forms = lex.concept_heads.get(to_taiwan(head))
        if forms is None:
            forms = lex.heads.get(to_taiwan(head))
            if forms is None or not name_like(_after_place(folded[start : end - n], lex)):
                continue  # 石油公司, 俄羅斯石油公司(Rosneft): a common noun keeps its head
        if g.en:
            if not mentions(g.en, forms):
                return end - n
            continue
        last = (g.abbr or "").rstrip("s")[-1:].lower()
        if not g.en and last and not any(f.startswith(last) for f in forms):
            return end - n
    return end


def _after_place(zh: str, lex: TermsLexicon) -> str:
    """``zh`` without a leading place name (俄羅斯|石油 -> 石油), when something is left."""
    for n in range(min(5, len(zh) - 2), 1, -1):
        if to_taiwan(zh[:n]) in lex.places:
            return zh[n:]
    return zh


def name_like(zh: str) -> bool:
    """A proper name rather than a common noun: it has a transliteration character (東芝, 馬士基) or jieba does not
    know it as one word (晟|碟); 石油 in 石油公司(Rosneft) is a common noun, and the company keeps its head."""
    if len(zh) < 2 or re.search(r"[0-9A-Za-z]", zh):
        return False  # 7國(G7) is no name before its 集團
    if any(c in translit_chars() for c in zh):
        return True
    simp = to_simplified(zh)
    return all(len(w) == 1 for w, _ in pos_tags(simp if len(simp) == len(zh) else zh))


def is_verb_word(word: str) -> bool:
    """A two-character word jieba tags as a verb (獲得, 取得, 覺得)."""
    simp = to_simplified(word)
    tags = pos_tags(simp if len(simp) == len(word) else word)
    return len(tags) == 1 and tags[0][1].startswith("v")


def _role_word(word: str) -> bool:
    lex = terms_lexicon()
    return word in lex.roles or word in lex.descriptors or word[-1] in lex.role_suffixes


def outside_words(run: str, start: int) -> int | None:
    """A name start moved out of the role word it cuts into: 主席|布里澤 is not 席布里澤, 這次因|麥卡錫 not
    因麥卡錫 (None: too little name left)."""
    simp = to_simplified(run)
    pos = pos_tags(simp if len(simp) == len(run) else run)
    at = 0
    for w, _flag in pos:
        end = at + len(w)
        if at < start < end and len(w) >= 2 and _role_word(to_taiwan(w)):
            start = end
        elif at + 1 == start < end and 3 <= len(w) <= 4 and run[at] not in FUNCTION_CHARS and not is_function(run[at]):
            start = at  # 總監|珍妮佛: the name's first character is no transliteration character (珍), jieba's word keeps it
        elif at == start and run[at] in FUNCTION_CHARS:
            start = end
        elif at + 1 == start < end == at + 2 and run[at] not in translit_chars() and is_verb_word(w):
            start = end  # 獲|得彼得: the name does not start inside the verb 獲得 (得 also transliterates)
        if end > start:
            break
        at = end
    return start if len(run) - start >= 2 else None
