"""Units stated once for a passage and carried to later bare figures.

- Currency declarations: 「（人民幣，下同）」, 「（單位：美元）」 apply to the amount just before them and to
  the later bare 元 / 億 amounts; "All figures in Canadian dollars" applies to every bare "$" of an English
  story (news wires put it at the top or the bottom).
- Index levels: after "fell 102.2 points, or 0.4%," the level "to 27,934.02" is in points too.
- Exchange rates: "the yen was at 108.55 per dollar" is an amount of yen.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .region import Region

if TYPE_CHECKING:
    from .context import Ctx
    from .lexicon import Lexicon

_SAME_BELOW = r"(?:以下|下)(?:皆|均)?同"
# "$" is read as a declared currency only when that currency is itself a dollar.
DOLLARS = frozenset({"USD", "CAD", "AUD", "HKD", "SGD", "TWD", "NZD", "MXN", "BRL"})
POINT_UNITS = frozenset({"points", "point", "pts", "點"})
_LEVEL_BEFORE = re.compile(r"(?i:(?:\bto|\bat|\bof|\bnear|closing[ ]at|close[ ]at|ended[ ]at)[ ]+|收在|收於|收|報|來到|終場)$")
_LIST_ITEM = re.compile(r"(?:[、，,；;][ ]?[\u4e00-\u9fff]{1,6}[ ]?)+")
_SENTENCE_END = re.compile(r"[。！？\n]|[.!?][ ]")
_PER_BASE = re.compile(r"[ ](?i:per|to[ ]the|against[ ]the|a)[ ](?:U\.S\.[ ]|US[ ]|American[ ])?(?i:dollar|euro|greenback)\b")


_DECL_NOUNS_EN = ("figures", "amounts", "numbers", "prices", "values", "sums", "dollar figures", "dollar amounts")


@lru_cache(maxsize=4)
def _declaration_patterns(lx: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The Chinese and English declaration patterns, compiled once per lexicon."""
    names_zh = "|".join(sorted((re.escape(k) for k, v in lx.cur_prefix.items() if not k.isascii() and len(v) == 3),
                               key=len, reverse=True))
    names_en = "|".join(sorted((re.escape(k) for k, v in lx.cur_en.items() if len(v) == 3), key=len, reverse=True))
    zh_pat = re.compile(rf"[（(][ ]?(?:(?P<a>{names_zh})[ ]?[，,、][ ]?{_SAME_BELOW}"
                        rf"|(?:[^（）()\n]{{0,4}}單位|幣別)[ ]?[:：][^（）()\n]{{0,6}}?(?P<b>{names_zh})[^（）()\n]{{0,6}}?)[ ]?[）)]")
    en_pat = re.compile(r"(?i:(?:figures|amounts|numbers|prices|values|sums|dollar[ ]figures|dollar[ ]amounts)"
                        r"[ ](?:are[ ]|is[ ])?(?:all[ ])?(?:in|expressed[ ]in|quoted[ ]in|stated[ ]in|given[ ]in|reported[ ]in)[ ]"
                        rf"(?P<en>{names_en})\b)")
    return zh_pat, en_pat


def declarations(f: str, lx: Lexicon, zh: bool) -> list[tuple[int, int, str]]:
    """(start, end, code) of every currency declaration, in text order."""
    zh_pat, en_pat = _declaration_patterns(lx)
    out = []
    if zh and any(w in f for w in ("下同", "下皆同", "下均同", "單位", "幣別")):
        for m in zh_pat.finditer(f):
            out.append((m.start(), m.end(), lx.cur_prefix[m.group("a") or m.group("b")]))
    # The English form starts with one of a few nouns: find them with str.find (fast) and match only there.
    low = f.lower()
    for word in _DECL_NOUNS_EN:
        i = low.find(word)
        while i >= 0:
            m = en_pat.match(f, i) if (i == 0 or not low[i - 1].isalpha()) else None
            if m:
                out.append((m.start(), m.end(), lx.cur_en[m.group("en").lower()]))
            i = low.find(word, i + 1)
    return sorted(out)


class Passage:
    """Declared currencies and carried units of one document."""

    def __init__(self, ctx: Ctx):
        self.ctx = ctx
        self.decl = declarations(ctx.f, ctx.lx, ctx.zh)
        self._starts = [d[0] for d in self.decl]
        self.last_points: tuple[int, str] | None = None  # (end, unit) of the last figure in index points
        self._region: Region | None = None
        self.last_reading: tuple[int, str] | None = None  # (end, unit) of the last index reading (AQI)

    def local_currency(self, p: int) -> str:
        """The currency of a bare 元 at ``p`` with nothing declared: the region the passage is about."""
        if not self.ctx.zh:
            return self.ctx.yuan
        if self._region is None:
            self._region = Region(self.ctx.f, self.ctx.lx, self.ctx.yuan)
        return self._region.currency(p)

    def currency(self, p: int, end: int) -> str | None:
        """The declared currency for an amount at ``p`` whose unit ends at ``end``, or None."""
        if not self.decl:
            return None
        f = self.ctx.f
        k = bisect.bisect_left(self._starts, end)
        if k < len(self.decl) and self.decl[k][0] - end <= 1 and not f[end:self.decl[k][0]].strip():
            return self.decl[k][2]  # 營收50億元（人民幣，下同）: the amount right before the declaration
        if not self.ctx.zh:
            return self.decl[0][2]  # an English footnote covers the whole story
        k = bisect.bisect_right(self._starts, p) - 1
        return self.decl[k][2] if k >= 0 else None

    def dollar(self, p: int, end: int) -> str | None:
        code = self.currency(p, end)
        return code if code in DOLLARS else None

    def note(self, start: int, end: int, unit: str) -> None:
        if unit in POINT_UNITS:
            self.last_points = (end, unit)
        if unit in self.ctx.lx.reading_zh.values():
            self.last_reading = (end, unit)

    def reading(self, s: int) -> str | None:
        """The index a bare number reads: named right before it (AQI指數達150), or carried along a list of
        places after such a reading (嘉義AQI138、新營120、善化137)."""
        f, lx = self.ctx.f, self.ctx.lx
        m = lx.re_reading_zh.search(f, max(0, s - 12), s)
        if m:
            return lx.reading_zh[m.group(1)]
        if self.last_reading is not None:
            end, unit = self.last_reading
            if 0 < s - end <= 24 and _LIST_ITEM.fullmatch(f, end, s):
                return unit
        return None

    def carried_points(self, s: int, level: bool = True) -> str | None:
        """The points unit of an earlier figure in the sentence, for a bare level after 'to'/'at'/收在;
        in English also a level after a stock index named earlier in the sentence ("The S&P 500 fell 1% to 4,350")."""
        f = self.ctx.f
        if level and not self.ctx.zh and _LEVEL_BEFORE.search(f, max(0, s - 16), s):
            a = max(0, s - 120)
            cut = max((m.end() for m in _SENTENCE_END.finditer(f, a, s)), default=a)
            if self.ctx.lx.re_index_en.search(f, cut, s):
                return "points"
        if self.last_points is None:
            return None
        end, unit = self.last_points
        if s - end > 120 or _SENTENCE_END.search(f, end, s) or not _LEVEL_BEFORE.search(f, max(end, s - 16), s):
            return None
        return unit

    def rate_currency(self, s: int, e: int) -> str | None:
        """'108.55 per dollar' after a named currency in the sentence: the figure is in that currency."""
        f, lx = self.ctx.f, self.ctx.lx
        if not _PER_BASE.match(f, e):
            return None
        a = max(0, s - 100)
        cut = max((m.end() for m in _SENTENCE_END.finditer(f, a, s)), default=a)
        found = [lx.cur_en[m.group(1).lower()] for m in lx.re_cur_word.finditer(f, cut, s)]
        found = [c for c in found if c not in ("USD", "EUR") and not c.endswith("¢")]
        return found[-1] if found else None

    def may_carry(self, s: int) -> bool:
        """Cheap test: may a unit from the left (points, a quoted currency) reach a bare figure at ``s``?"""
        f = self.ctx.f
        if self.ctx.zh:
            return "兌" in f[max(0, s - 24):s] or (self.last_points is not None and s - self.last_points[0] <= 120)
        return bool(_LEVEL_BEFORE.search(f, max(0, s - 16), s))

    def quoted_in(self, s: int) -> str | None:
        """美元兌日圓升至108.55: a bare rate after "A兌B" in its clause is an amount of B (the quote currency),
        except when A is the home currency of a Chinese-language market (新台幣兌美元收30.52 is in TWD)."""
        f, lx = self.ctx.f, self.ctx.lx
        a = max(0, s - 24)
        clause = f[a:s]
        cut = max(clause.rfind(ch) for ch in "，。；！？\n")
        m = next(iter(reversed(list(lx.re_pair_zh.finditer(clause, cut + 1)))), None)  # the last pair named
        if m is None or re.search(r"[0-9]", clause[m.end():]):
            return None
        first, second = (lx.cur_prefix.get(g) or lx.cur_zh.get(g) for g in (m.group(1), m.group(2)))
        # Chinese-language markets quote their own currency first: 新台幣兌美元收30.5 is 30.5 NT dollars.
        return first if first in ("TWD", "CNY", "HKD") else second
