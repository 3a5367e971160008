"""Bilingual gloss mining: 人工智慧(artificial intelligence), 資本支出(capital expenditure,CapEx), 投資報酬率(ROI).

Where a gloss starts is the hard part: the bracket closes the English, but nothing marks where the Chinese
form begins (圍繞人工智慧(…) means 人工智慧, not 圍繞人工智慧). We walk back over the Chinese run before the
bracket and stop at, in order of trust:
1. an opening quote right before the run (「循環支出(circular spending)」): the whole run is the term;
2. a glossary entry that ends the run (人工智慧(artificial intelligence));
3. jieba words, taking about as many words as the English has (camelCase and acronym letters counted), never
   crossing a function word or verb, and dropping a leading known term whose English the gloss does not contain
   (人工智慧應用層(application layer) -> 應用層) or a leading place name (美國矽谷銀行(SiliconValleyBank) -> 矽谷銀行),
   except under an acronym, which names an institution with its place (美國食品藥物管理局(FDA), 上海…指數(SCFI)).
   A two-character verb is still taken while the English has two or more words left (免稅購物(duty-free shopping)).
Name glosses (沃克（Kent Walker）) are reported twice: as a Term (it is a bilingual gloss in the article) and as a
NameGloss that the quotes stage turns into a person entity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..document import Document, Span
from ..model import Term
from ..normalize.glossary import Glossary, shared_glossary
from ..normalize.script import to_simplified, to_taiwan

_HAN = r"\u3400-\u4dbf\u4e00-\u9fff〇"
_LATIN_GLOSS = re.compile(r"[(（]\s*([A-Za-z][A-Za-z0-9 .&'’/+\-]{0,60}(?:\s*[,，、;]\s*[A-Za-z][A-Za-z0-9.&'’/+\-]{0,20})?)\s*[)）]")
_HAN_GLOSS = re.compile(rf"[(（]\s*([{_HAN}]{{2,12}})\s*[)）]")
_OPEN_QUOTES = "「『“\"‘"
_STOP_WORDS = frozenset("的 與 和 及 向 在 是 為 稱為 被 對 從 將 把 於 或 等 之 也 都 就 又 更 最 很 其 此 該 這 那 以 由 讓 使 給".split())
_STOP_POS = ("v", "p", "u", "c", "d", "r", "m", "t", "z", "q", "f", "y", "e", "o", "x")
_LEADING_TRIM_POS = ("v", "vn", "ad", "d", "a")
_PLACES = {
    "美國": ("us", "u.s", "america", "american", "united states"), "中國": ("china", "chinese"),
    "台灣": ("taiwan",), "臺灣": ("taiwan",), "日本": ("japan",), "韓國": ("korea",), "英國": ("uk", "britain", "british"),
    "歐洲": ("europe", "european"), "全球": ("global", "world"), "德國": ("germany", "german"), "法國": ("france", "french"),
    "印度": ("india", "indian"), "香港": ("hong kong",), "大陸": ("china", "mainland"),
    "上海": ("shanghai",), "北京": ("beijing",), "深圳": ("shenzhen",), "東京": ("tokyo",), "紐約": ("new york",),
    "倫敦": ("london",), "新加坡": ("singapore",), "台北": ("taipei",), "臺北": ("taipei",), "加州": ("california",),
    "歐盟": ("eu", "european"), "亞洲": ("asia", "asian"), "加拿大": ("canada", "canadian"), "澳洲": ("australia", "australian"),
}


@dataclass(frozen=True)
class NameGloss:
    """A person name glossed in English: 沃克（Kent Walker）."""

    zh: str
    en: str
    zh_span: Span
    span: Span


@lru_cache(maxsize=1)
def _translit_chars() -> frozenset[str]:
    raw = resources.files("extractor.data").joinpath("transliteration_chars.txt").read_text("utf-8")
    return frozenset("".join(ln for ln in raw.splitlines() if not ln.startswith("#")).strip())


def _split_gloss(content: str) -> tuple[str | None, str | None]:
    """'Graphics Processing Units,GPUs' -> (en, abbr); 'ROI' -> (None, 'ROI'); 'ROI Gap' -> ('ROI Gap', None)."""
    parts = [p.strip() for p in re.split(r"\s*[,，、;]\s*", content) if p.strip()]
    if len(parts) >= 2:
        return parts[0], parts[-1]
    only = parts[0] if parts else content.strip()
    return (None, only) if _is_acronym(only) else (only, None)


def _is_acronym(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    if " " in s or upper < 2:
        return False
    return upper / len(letters) >= 0.5 or len(s) <= 6


def _english_units(en: str | None, abbr: str | None) -> int:
    """How many Chinese words the gloss probably covers."""
    if en:
        words = re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", en)
        return max(1, len(words))
    if abbr:
        parts = [p for p in re.split(r"[-/&]", abbr) if p]
        if len(parts) > 1:
            return len(parts)
        return max(1, sum(c.isupper() for c in abbr))
    return 2


def _char_budget(en: str | None, abbr: str | None) -> int:
    """How many Chinese characters the gloss may cover at most: two per English word or acronym letter and two
    more (LPR: 8), or half the letters of a single long English word (blockchain: 5), never more than 8."""
    letters = len(re.findall(r"[A-Za-z]", en or ""))
    units = _english_units(None, abbr) if abbr else 0
    if en and len(en.split()) > 1:
        units = max(units, len(en.split()))
    return min(8, max(2 * units + 2 if units else 0, letters // 2))


def _distributive(word: str, flag: str) -> bool:
    """每股, 每人, 每戶: jieba tags them pronouns, but 每 + classifier modifies the noun that follows (每股純益)."""
    return word == "每" or (flag.startswith("r") and len(word) == 2 and word[0] == "每")


def _translit_tail(zh: str) -> int:
    """Length of the run of transliteration characters that ends ``zh``."""
    chars = _translit_chars()
    n = 0
    while n < len(zh) and zh[len(zh) - 1 - n] in chars:
        n += 1
    return n


def _is_person(zh: str, en: str | None, abbr: str | None) -> bool:
    if not en or abbr:
        return False
    words = en.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words if w not in ("de", "van", "von", "der")):
        return False
    return 2 <= _translit_tail(zh) <= 6


@lru_cache(maxsize=4096)
def _pos(run_simplified: str) -> tuple[tuple[str, str], ...]:
    """jieba words of a short run with their part of speech ('n' when the dictionary has no other tag)."""
    from ..segment.words import _tokenizer, word_tags

    tags = word_tags()
    return tuple((w, tags.get(w, "n")) for w in _tokenizer().cut(run_simplified, HMM=False))


def _glossary_terms_in_english(glossary: Glossary, zh: str, gloss_text: str) -> bool:
    e = glossary.lookup(zh)
    if e is None:
        return True  # unknown prefix: keep it
    low = gloss_text.lower()
    return any(form and form.lower() in low for form in (e.en, e.abbr))


def _zh_start(text: str, folded: str, paren: int, en: str | None, abbr: str | None, glossary: Glossary) -> int:
    """Index in text where the Chinese form glossed by the bracket at ``paren`` begins (== paren: none)."""
    i = paren
    while i > 0 and re.match(rf"[{_HAN}]", folded[i - 1]) and paren - i < 24:
        i -= 1
    run = folded[i:paren]
    if len(run) < 2 and not (len(run) == 1 and i > 0 and folded[i - 1] in _OPEN_QUOTES):
        return paren
    if i > 0 and folded[i - 1] in _OPEN_QUOTES:
        return i
    # 2. a glossary entry ending the run (longest first)
    gloss_text = " ".join(x for x in (en, abbr) if x)
    for k in range(min(len(run), 12), 1, -1):
        if glossary.lookup(run[-k:]) is not None and _glossary_terms_in_english(glossary, run[-k:], gloss_text):
            return paren - k
    # 3. jieba words, bounded by the English word count and by function words / verbs
    simp = to_simplified(run)
    if len(simp) != len(run):
        simp = run
    toks = [(w, "n" if _distributive(w, flag) else flag) for w, flag in _pos(simp)]
    want = max(2, _english_units(en, abbr))
    budget = _char_budget(en, abbr)
    # A gloss with an acronym (FDA, SCFI) names an institution whose name keeps its place: 美國食品藥物管理局(FDA).
    has_acronym = bool(abbr)
    taken: list[tuple[str, str]] = []
    chars = 0
    for word, flag in reversed(toks):
        place = to_taiwan(word) in _PLACES and to_taiwan(word) != "全球"  # 全球 is "global", a modifier
        # A two-character verb still fits while the English has two or more words left to cover: 免稅購物
        # (duty-free shopping) takes 免稅, 圍繞人工智慧(artificial intelligence) does not take 圍繞.
        modifier = flag == "v" and len(word) == 2 and want - len(taken) >= 2
        if taken and (word in _STOP_WORDS or to_taiwan(word) in _STOP_WORDS
                      or (flag.startswith(_STOP_POS) and flag != "vn" and not modifier)):
            break
        # Past the word-count bound the walk goes on only over nouns, within the character budget
        # (貸款市場報價利率(Loan Prime Rate,LPR), 區塊鏈技術(blockchain)); an acronym may add a place name.
        if taken and len(taken) >= want and not (flag in ("n", "nz", "vn") and chars + len(word) <= budget) \
                and not (has_acronym and place):
            break
        taken.insert(0, (word, flag))
        chars += len(word)
    while len(taken) > 1:
        word, flag = taken[0]
        word = to_taiwan(word) if word != run[: len(word)] else word
        rest_len = sum(len(w) for w, _ in taken[1:])
        if word in _PLACES and not (has_acronym and word != "全球") and not any(p in gloss_text.lower() for p in _PLACES[word]):
            taken.pop(0)
        elif glossary.lookup(word) is not None and not _glossary_terms_in_english(glossary, word, gloss_text):
            taken.pop(0)
        elif flag.startswith(_LEADING_TRIM_POS) and rest_len >= 2 and len(taken) > want - 0 and flag != "vn" or (
                flag == "vn" and rest_len >= 2 and len(taken) >= 3):
            taken.pop(0)
        else:
            break
    return paren - sum(len(w) for w, _ in taken)


def extract_terms(doc: Document) -> tuple[list[Term], list[NameGloss]]:
    """Mine bilingual glosses; return terms (one per Chinese form) and person-name glosses."""
    text, folded = doc.text, doc.folded or doc.text
    glossary = shared_glossary()
    terms: dict[str, Term] = {}
    names: list[NameGloss] = []
    for m in _LATIN_GLOSS.finditer(folded):
        content = m.group(1).strip()
        if re.fullmatch(r"[\d\s.,-]+", content) or "://" in content or content.lower().startswith("www"):
            continue
        en, abbr = _split_gloss(content)
        start = _zh_start(text, folded, m.start(), en, abbr, glossary)
        if start >= m.start():
            continue
        zh_written = text[start : m.start()]
        if _is_person(folded[max(0, m.start() - 8) : m.start()], en, abbr):
            s2 = m.start() - _translit_tail(folded[max(0, m.start() - 8) : m.start()])
            zh_written = text[s2 : m.start()]
            start = s2
            names.append(NameGloss(zh_written, en or "", Span(start, m.start()), Span(start, m.end())))
        _add(terms, doc, glossary, zh_written, en, abbr, Span(start, m.end()))
    # English-first forms: artificial intelligence（人工智慧）, GPU（圖形處理器）
    for m in _HAN_GLOSS.finditer(folded):
        before = text[max(0, m.start() - 60) : m.start()]
        lm = re.search(r"([A-Za-z][A-Za-z0-9.&'’\-]*(?:\s+[A-Za-z][A-Za-z0-9.&'’\-]*){0,4})\s*$", before)
        if not lm:
            continue
        phrase = lm.group(1)
        words = phrase.split()
        # keep the trailing capitalised / technical words only (drop "the", "of the" ... at the left edge)
        while len(words) > 1 and words[0].islower() and len(words) > len(m.group(1)) // 2:
            words.pop(0)
        phrase = " ".join(words)
        en, abbr = _split_gloss(phrase)
        start = m.start() - len(before) + before.rfind(phrase)
        _add(terms, doc, glossary, text[m.start(1) : m.end(1)], en, abbr, Span(start, m.end()))
    return list(terms.values()), names


def _traditional_form(glossary: Glossary, written: str) -> str:
    """The text's own words in Traditional script. The glossary's form replaces them only when they are that
    entry's own Simplified spelling (人工智能 -> 人工智慧); a mere variant (电动汽车 of 電動車) stays as written."""
    entry = glossary.lookup(written)
    if entry is not None and Glossary.key(entry.zh_hans or to_simplified(entry.zh)) == Glossary.key(written):
        return entry.zh
    return to_taiwan(written)


def _add(terms: dict[str, Term], doc: Document, glossary: Glossary, zh: str, en: str | None, abbr: str | None,
         span: Span) -> None:
    canonical = _traditional_form(glossary, zh) if doc.language == "zh-Hans" else zh
    key = Glossary.key(canonical)
    entry = glossary.lookup(canonical)
    if entry is not None and entry.zh == canonical:
        en = en or entry.en
        abbr = abbr or entry.abbr
    old = terms.get(key)
    if old is not None:
        old.en = old.en or en
        old.abbr = old.abbr or abbr
        return
    terms[key] = Term(zh=canonical, en=en, abbr=abbr, text=doc.text[span.start : span.end], span=tuple(span),
                      zh_hans=to_simplified(canonical))
