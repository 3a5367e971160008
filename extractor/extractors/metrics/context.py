"""Per-document facts the metric rules need: folded text, language, local currency, skipped ranges, warnings."""

from __future__ import annotations

import bisect
import itertools
import re

from ...document import Document
from .lexicon import Lexicon
from .passage import Passage
from .patterns import CJK, URL

# An amount scaled by 萬/億/兆, with nothing of a longer number before it.
_SCALED = re.compile("(?<![0-9.,十百千萬億兆兩一二三四五六七八九])(?:[0-9][0-9.,]*|[一二兩三四五六七八九十百千]+)[萬億兆]+")


# Sections of a Taiwan paper that report the mainland (udn 兩岸: all 17 bare amounts of the annotated 兩岸 articles are CNY).
_MAINLAND_SECTIONS = frozenset({"兩岸", "大陸", "中國", "大陸新聞", "兩岸要聞"})


class Ctx:
    """Per-document facts the rules need: the text, its language, boilerplate ranges, warnings."""

    def __init__(self, doc: Document, f: str, lx: Lexicon):
        self.doc, self.f, self.lx = doc, f, lx
        self.warnings: list[dict[str, str]] = []
        # Trust the language, but a short Chinese text mis-detected as English is still Chinese.
        head = f[:2000]
        self.zh = doc.is_zh or len(CJK.findall(head)) > 0.2 * max(1, len(head))
        self.yuan = self._yuan_currency()
        # URLs carry digits and %-escapes that are no figures.
        self.skip = self._boilerplate(f) + [u.span() for u in URL.finditer(f)]
        self._starts: list[int] | None = None
        self._ends: list[int] = []
        self.has_pound_sign = "£" in f or "sterling" in f.lower()
        self.passage = Passage(self)
        self._money_amounts: dict[str, tuple[int, int, str]] | None = None
        self.last_figure: tuple[int, str] = (-1, "")  # (end, unit) of the figure read last
        self.money_read: dict[str, str] = {}  # a scaled amount as written (159萬) -> the currency it was read in

    def read_as_money(self, core: str, unit: str) -> None:
        """Remember that the amount ``core`` (159萬) was read as money in ``unit``: a later bare 159萬 is the same sum."""
        if len(unit) == 3 and unit.isupper() and re.search("[萬億兆]", core):
            self.money_read.setdefault(core, unit)

    def note_figure(self, end: int, unit: str) -> None:
        self.last_figure = (end, unit)

    def listed_after_money(self, s: int) -> str | None:
        """The currency of the money figure a bare amount at ``s`` continues in a list (貸款159萬、115萬)."""
        end, unit = self.last_figure
        if len(unit) == 3 and unit.isupper() and self.f[end:s].strip() in ("、", "及", "和", "與", "或"):
            return unit
        return None

    def money_amount(self, core: str) -> tuple[int, int, str] | None:
        """(start, currency end, currency word) of the first place the written amount ``core`` (54萬, 1.6億) is
        followed by a currency word; found for the whole text in one scan, on first use."""
        if self._money_amounts is None:
            found: dict[str, tuple[int, int, str]] = {}
            for m in _SCALED.finditer(self.f):
                cm = self.lx.re_cur_zh.match(self.f, m.end())
                if cm and m.group() not in found:
                    found[m.group()] = (m.start(), cm.end(), cm.group(1))
            self._money_amounts = found
        return self._money_amounts.get(core)

    def _yuan_currency(self) -> str:
        # A bare 元 is the local currency: TWD in Taiwan text, CNY in mainland text; the site decides first.
        where = " ".join(x for x in (self.doc.meta.url, self.doc.meta.site, self.doc.meta.canonical_url) if x).lower()
        if ".cn/" in where or where.endswith(".cn"):
            return "CNY"
        if ".hk/" in where or where.endswith(".hk"):
            return "HKD"
        if ".tw/" in where or where.endswith(".tw"):
            return "TWD"
        if not self.zh:
            return "CNY"  # 元 in an English story is the yuan (the Taiwan dollar is written NT$ or TWD there)
        if (self.doc.meta.category or "").strip() in _MAINLAND_SECTIONS:
            return "CNY"  # a Taiwan paper's cross-strait section reports mainland news: its bare 元 is the yuan
        return "CNY" if self.doc.language == "zh-Hans" else "TWD"

    def _boilerplate(self, f: str) -> list[tuple[int, int]]:
        # Cross-links ("Read more: ...") and trailers after a "Related articles" heading are other stories.
        out: list[tuple[int, int]] = []
        pos = 0
        for line in f.split("\n"):
            end = pos + len(line)
            stripped = line.strip()
            if stripped and self.lx.re_boiler.match(stripped):
                out.append((pos, end))
            elif stripped.casefold().rstrip(":：") in self.lx.trailers and pos > len(f) * 0.3:
                out.append((pos, len(f)))
                break
            pos = end + 1
        return out

    def ignored(self, i: int) -> bool:
        if not self.skip:
            return False
        if self._starts is None:
            self.skip.sort()
            self._starts = [a for a, _ in self.skip]
            self._ends = list(itertools.accumulate((b for _, b in self.skip), max))
        j = bisect.bisect_right(self._starts, i) - 1
        return j >= 0 and i < self._ends[j]

    def warn(self, message: str) -> None:
        w = {"code": "W301", "stage": "metrics", "message": message}
        if w not in self.warnings:
            self.warnings.append(w)
