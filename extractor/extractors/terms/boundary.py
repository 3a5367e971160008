"""Where the Chinese side of a 中文(English) gloss begins and ends.

The bracket closes the English, but nothing marks where the Chinese form begins (圍繞人工智慧(…) means 人工智慧).
The evidence, in order of trust:
1. a closed quote or title right before the bracket (「哈芬頓郵報」(…), 《…評論》（…）): its content is the term;
   an opening quote right before the Chinese run (「循環支出(circular spending)」): the whole run is the term;
2. a person's name glossed in English: the transliteration run (names.py);
3. a glossary entry ending the run (人工智慧(artificial intelligence));
4. jieba words walked back from the bracket to a delimiter or a word that cannot be inside a term (walk.py),
   then trimmed of what the gloss does not translate (trim.py): a descriptor or role (競爭對手蘋果(Apple),
   部長安達那(…)), a place name (北卡外灘(Outer Banks)), a known term, a generic head after a name
   (東芝公司(Toshiba), …概念(TOD)); a cut inside a transliterated name moves to the name's start.
Digits or a Latin word written onto the Chinese that the gloss repeats join it (20國集團(G20), SK海力士(SK Hynix)).
There is no length budget: the delimiters and the words decide.
"""

from __future__ import annotations

import re

from ...normalize.glossary import Glossary
from ...normalize.script import to_simplified, to_taiwan
from .glosses import HAN, Gloss
from .lexicon import terms_lexicon, translit_chars
from .names import NAME_DOTS, name_start
from .trim import extend_translit, outside_words, trim_head, trim_left
from .walk import FUNCTION_CHARS, STOP_WORDS, is_function, pos_tags, walk

_OPEN_QUOTES = "「『“\"‘《〈"
_CLOSERS = {"」": "「", "』": "『", "”": "“", "》": "《", "〉": "〈"}
_IS_HAN = re.compile(rf"[{HAN}]")
_MAX_RUN = 24


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
        elif c == " " and i > 1 and i < p and _IS_HAN.match(folded[i - 2]) and _IS_HAN.match(folded[i]):
            i -= 1  # 洲際 彈道飛彈（ICBM）: udn sets linked keywords off with spaces inside a term
        else:
            break
    return i


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


def zh_bounds(folded: str, g: Gloss, glossary: Glossary) -> tuple[int, int] | None:
    """Start and end, in the text, of the Chinese form the bracket glosses (None: no Chinese form)."""
    bounds = _bounds(folded, g, glossary)
    if bounds is None:
        return None
    start, end = bounds
    while start < end and folded[start] == " ":
        start += 1  # a keyword space (試射 洲際彈道飛彈) is never the term's first character
    return (start, end) if end - start >= 2 else None


def _bounds(folded: str, g: Gloss, glossary: Glossary) -> tuple[int, int] | None:
    p = g.start
    while p > 0 and folded[p - 1] in " \u3000" and p > g.start - 2:
        p -= 1  # 靜點 (quiescent point): a space before the bracket
    lex = terms_lexicon()
    if p > 0 and folded[p - 1] in _CLOSERS:
        return _quoted(folded, p)
    i = _han_run_start(folded, p)
    run = folded[i:p]
    if len(run) < 2 and not (len(run) == 1 and i > 0 and folded[i - 1] in _OPEN_QUOTES):
        return None
    if i > 0 and folded[i - 1] in _OPEN_QUOTES and (folded[g.end : g.end + 1] in _CLOSERS or _one_phrase(run)):
        return i, trim_head(folded, i, p, g, lex)
    named = name_start(run, g.en, g.abbr)
    if named is not None:
        named = outside_words(run, named)
        if named is not None:
            return i + named, p
    for k in range(min(len(run), 12), 1, -1):
        if _glossary_match(glossary, run[-k:], g):
            return p - k, p
    taken = walk(run, g, lex)
    trimmed = trim_left(taken, run, g, glossary, lex)
    start = len(run) - sum(len(w) for w, _ in taken) + trimmed
    if not trimmed:
        start = extend_translit(run, start)
        start = _name_in_front(run, start, g)
    if len(run) - start >= 3 and run[start] in FUNCTION_CHARS:
        start += 1
    if (g.abbr or g.en) in lex.units:
        while start > 0 and run[start - 1] in "兆千百萬億":
            start -= 1  # 3兆電子伏特（TeV）: the scale prefix is part of the unit's name (tera-)
    if start == 0 and i > 0 and folded[i - 1].isdigit() and len(run) >= 3 and (g.abbr or g.en) not in lex.units:
        first, flag = _first_word(run)
        if len(first) == 1 and (flag[:1] in "qmt" or to_taiwan(first) in lex.figure_suffixes):
            start = 1  # the classifier of a figure before the run: 第2季|機上盒(STB)
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
    return start, trim_head(folded, start, p, g, lex)


def _name_in_front(run: str, start: int, g: Gloss) -> int:
    """An English name glossing a transliterated name + common nouns (密德伯里|大學國際研究學院(Middlebury Institute…),
    理立|系統股份有限公司(Lilee Systems)): the walk stopped at the common nouns, the name before them belongs to the term.
    The name is a run of transliteration characters (two or more), or two or three lone characters jieba cannot join
    right after 的/在 or a clause start."""
    en = (g.en or "").strip()
    if not en or not en[:1].isupper() or g.abbr or start < 2 or run[start] in translit_chars():
        return start
    chars = translit_chars()
    k = start
    while k > 0 and run[k - 1] in chars and start - k < 10:
        k -= 1
    places = terms_lexicon().places
    for j in range(k, start - 3):  # 英國倫敦|德伯里: a place spelled in transliteration characters stays out
        for n in (2, 3, 4):
            if j + n <= start - 2 and to_taiwan(run[j:j + n]) in places:
                k = max(k, j + n)
    if 2 <= start - k <= 5:
        return k
    for n in (2, 3):
        lo = start - n
        if lo < 0 or (lo > 0 and run[lo - 1] not in "的在與和及"):
            continue
        piece = run[lo:start]
        simp = to_simplified(piece)
        if all(len(w) == 1 and not is_function(w) for w, _ in pos_tags(simp if len(simp) == len(piece) else piece)) \
                and piece[0] in chars:
            return lo
    return start


def _first_word(run: str) -> tuple[str, str]:
    simp = to_simplified(run)
    return pos_tags(simp if len(simp) == len(run) else run)[0]


def _one_phrase(run: str) -> bool:
    """No function word or pronoun inside: 「合成生物學(…)的發展」 quotes a term, 「艾普斯坦與總經理霍耶爾(…)」
    and 「我要求民主團結平台(…)」 do not."""
    simp = to_simplified(run)
    return not any(w in STOP_WORDS or flag[:1] in "pcur" for w, flag in pos_tags(simp if len(simp) == len(run) else run))
