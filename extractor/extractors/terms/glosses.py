"""Which brackets are glosses: 中文(English), 中文(English,ABBR), English(中文), ABBR(中文).

Not every bracketed English is a gloss: numbers, web addresses and code are not, and neither is the English
rendering of a quoted sentence (「沒有這回事（No such thing）。」), which translates what someone said rather
than naming a term.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import terms_lexicon

HAN = r"\u3400-\u4dbf\u4e00-\u9fff〇"
_LATIN_GLOSS = re.compile(
    r"[(（]\s*([A-Za-z][A-Za-z0-9 .&'’/+\-]{0,60}(?:\s*[,，、;]\s*[A-Za-z][A-Za-z0-9.&'’/+\-]{0,20})?)"
    rf"(?:\s*[,，]\s*([{HAN}][^()（）]{{0,30}}))?\s*[)）]")
# A Chinese note after the English: （Bo Khin，音譯）, （…Solutions，簡稱CRS）; the second names the abbreviation.
_NOTE_ABBR = re.compile(r"(?:簡稱|簡寫|俗稱|縮寫)\s*[為爲]?\s*([A-Za-z][A-Za-z0-9&\-]{1,12})\s*$")
_HAN_GLOSS = re.compile(rf"[(（]\s*([{HAN}]{{2,12}})\s*(?:[,，]\s*[{HAN}][^()（）]{{0,20}})?[)）]")  # note: （劉特佐，或譯…）
_ENGLISH_BEFORE = re.compile(r"([A-Za-z][A-Za-z0-9.&'’\-]*(?:\s+[A-Za-z][A-Za-z0-9.&'’\-]*){0,4})\s*$")
# Words that make an English phrase a clause (a translated sentence), not a name or a term.
_CLAUSE_WORDS = frozenset(
    "is are was were be been will would can could should must do does did not no we i you it they he she this that "
    "our my your their have has had".split())
_EN_FUNCTION = frozenset("the a an of and for in on to at by with as".split())
_SENTENCE_END = "。！？!?"  # not a closing quote: 「007生死交戰（No Time to Die）」 is a title


@dataclass(frozen=True)
class Gloss:
    """A bracketed English gloss after a Chinese form: ``start``/``end`` delimit the bracket."""

    start: int
    end: int
    en: str | None
    abbr: str | None

    @property
    def english(self) -> str:
        return " ".join(x for x in (self.en, self.abbr) if x)


@dataclass(frozen=True)
class EnglishFirst:
    """English(中文): the English phrase at ``en_start``, the Chinese inside the bracket at ``zh_start:zh_end``."""

    en_start: int
    zh_start: int
    zh_end: int
    end: int
    en: str | None
    abbr: str | None


def is_acronym(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    if " " in s or upper < 2:
        return False
    if len(s) > 6 and re.search(r"[A-Z][a-z]{3,}", s):
        return False  # DLAPiper, BioNTech: a name with a whole word in it, not letters standing for words
    return upper / len(letters) >= 0.5 or len(s) <= 6


def split_gloss(content: str) -> tuple[str | None, str | None]:
    """'Graphics Processing Units,GPUs' -> (en, abbr); 'ROI' -> (None, 'ROI'); 'ROI Gap' -> ('ROI Gap', None)."""
    parts = [p.strip() for p in re.split(r"\s*[,，、;]\s*", content) if p.strip()]
    if len(parts) >= 2:
        if not is_acronym(parts[-1]) and not is_acronym(parts[0]):
            return ", ".join(parts), None  # Kim, Yong-il: one name written with a comma
        return parts[0], parts[-1]
    only = parts[0] if parts else content.strip()
    return (None, only) if is_acronym(only) else (only, None)


def _not_a_name(content: str) -> bool:
    """Figures, web addresses, codes (MS17-010, OBI-3423: three digits in one token) and one-letter unit symbols (K, m).
    A unit of two letters or more glosses its Chinese name like any term (兆電子伏特（TeV）, 百萬瓦（MW）: the annotated
    news lists them)."""
    low = content.lower()
    return bool(re.fullmatch(r"[\d\s.,-]+", content)) or "://" in low or low.startswith("www") or bool(
        re.search(r"\w\.(?:com|org|net|gov|edu|tw|cn|hk|io)(?:\.\w+)*$", low)) or (
        " " not in content and len(re.findall(r"\d", content)) >= 3) or (content in terms_lexicon().units and len(content) < 2) or (
        " + " in content)  # "thanks to + N": a grammar pattern, no name


def translates_a_sentence(content: str, text: str, end: int) -> bool:
    """English with clause words (is, not, we...) closing a sentence: a quoted remark's translation."""
    words = re.findall(r"[a-z]+", content.lower())
    if len(words) < 2 or not any(w in _CLAUSE_WORDS for w in words):
        return False
    after = text[end : end + 1]
    return not after or after in _SENTENCE_END


def latin_glosses(folded: str) -> list[Gloss]:
    """中文(English) brackets that may gloss the Chinese right before them."""
    out = []
    for m in _LATIN_GLOSS.finditer(folded):
        content = m.group(1).strip()
        if _not_a_name(content) or translates_a_sentence(content, folded, m.end()):
            continue
        en, abbr = split_gloss(content)
        note = _NOTE_ABBR.search(m.group(2) or "")
        if note and not abbr:
            abbr = note.group(1)
        out.append(Gloss(m.start(), m.end(), en, abbr))
    return out


def english_first_glosses(text: str, folded: str) -> list[EnglishFirst]:
    """English(中文) and ABBR(中文): artificial intelligence（人工智慧）, GPU（圖形處理器）."""
    out = []
    for m in _HAN_GLOSS.finditer(folded):
        before = text[max(0, m.start() - 60) : m.start()]
        lm = _ENGLISH_BEFORE.search(before)
        if not lm:
            continue
        if lm.start() > 0 and re.match(r"[\d.,]", before[lm.start() - 1]) and lm.group(1) not in terms_lexicon().units:
            continue  # 49.8K（…路段）: a figure's unit, not a word (but 500MW（百萬瓦） glosses the unit)
        words = lm.group(1).split()
        quote = max(before.rfind(q) for q in "「『“")
        if quote >= 0 and re.fullmatch(r"[A-Za-z0-9 .&'’\-]+", before[quote + 1 :].strip()):
            words = before[quote + 1 :].split()  # 「xing lai（醒來）」: the quote bounds the English
        # keep the trailing capitalised / technical words only (drop "the", "of the" ... at the left edge)
        while quote < 0 and len(words) > max(1, (len(m.group(1)) + 1) // 2) and (
                words[0].islower() or words[0].lower() in _EN_FUNCTION):
            words.pop(0)
        phrase = " ".join(words)
        if _not_a_name(phrase) or len(re.findall(r"[A-Za-z]", phrase)) < 2:
            continue
        en, abbr = split_gloss(phrase)
        start = m.start() - len(before) + before.rfind(phrase)
        out.append(EnglishFirst(start, m.start(1), m.end(1), m.end(), en, abbr))
    return out
