"""The local currency of a bare 元 read from the passage around it: Hong Kong, mainland China or Taiwan.

A bare 元 (or a bare 萬/億 amount in a money context) is the currency of the place the passage is
about. The site gives a default (TWD for a Taiwan paper, CNY for zh-Hans); a passage about Hong Kong
(港股, 港交所, 香港) or the mainland (人民幣, 陸股, A股) overrides it. The decision is a score over a
window of the surrounding passage, not one sentence: every cue word of a region (lexicons
``hk_context_zh``, ``mainland_context_zh``, ``taiwan_context_zh``) adds to its score, cues in the
amount's own sentence count double, and a region must beat the default region clearly to win.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .lexicon import Lexicon

BEFORE, AFTER = 400, 120  # the passage window: mostly what was said before the amount
_SENTENCE_END = re.compile("[。！？\n]")
# Currency names are the strongest cues: 港幣 in the passage says more than 香港.
_STRONG = frozenset({"港幣", "港元", "人民幣", "新台幣", "台幣"})
_CODE = {"hk": "HKD", "cn": "CNY", "tw": "TWD"}
_AMOUNT_AFTER = re.compile("[ ]?(?:約|大約|逾|近|超過)?[0-9０-９一二兩三四五六七八九十百千萬億]")
# A four-digit stock code in brackets after a company name (至上（8112）, 台積電(2330)): a Taiwan listing (mainland
# codes have six digits, Hong Kong's are written with a leading 0 or .HK).
_TW_TICKER = re.compile(r"(?<=[\u4e00-\u9fff])[（(][1-9][0-9]{3}(?:[-－]?KY)?[）)]")
_AMOUNT_BEFORE = re.compile("[0-9０-９十百千萬億][ ]?$")


@lru_cache(maxsize=4)
def _cue_pattern(lx: Lexicon) -> tuple[re.Pattern[str], dict[str, str]]:
    region: dict[str, str] = {}
    for name, key in (("tw", "taiwan_context_zh"), ("cn", "mainland_context_zh"), ("hk", "hk_context_zh")):
        for w in lx.raw[key]:
            region[w] = name
    alt = "|".join(re.escape(w) for w in sorted(region, key=lambda w: (-len(w), w)))
    return re.compile(alt), region


class Region:
    """Cue positions of one document, found once, scored per amount."""

    def __init__(self, f: str, lx: Lexicon, default: str):
        self.f, self.default = f, default
        pat, region = _cue_pattern(lx)
        home = {v: k for k, v in _CODE.items()}.get(default, "tw")
        self.cues = []
        for m in pat.finditer(f):
            word, name = m.group(), region[m.group()]
            if word in _STRONG and f[m.start() - 1:m.start()] in ("（", "("):
                continue  # （港元，下同）: a declaration, read by passage, decides its own amounts
            if word in _STRONG and (_AMOUNT_AFTER.match(f, m.end()) or _AMOUNT_BEFORE.search(f, max(0, m.start() - 8),
                                                                                              m.start())):
                # 人民幣2億元（約新台幣8.9億元）: an amount marked with its currency decides only itself. A marked
                # foreign amount says nothing about the bare ones (港幣25億元 in a Hong Kong IPO story, then a bare
                # 招股價2.38元, is in HKD), but a marked home amount (新台幣100億元) keeps the passage at home.
                if name == home:
                    self.cues.append((m.start(), home, 2))
            else:
                self.cues.append((m.start(), name, 3 if word in _STRONG else 1))
        for m in _TW_TICKER.finditer(f):
            self.cues.append((m.start(), "tw", 3))  # 至上（8112）: a Taiwan-listed company, its 元 is TWD
        self.cues.sort()
        self.starts = [c[0] for c in self.cues]

    def scores(self, p: int) -> dict[str, float]:
        f = self.f
        a, b = max(0, p - BEFORE), min(len(f), p + AFTER)
        left = max((m.end() for m in _SENTENCE_END.finditer(f, max(0, p - 200), p)), default=max(0, p - 200))
        right_m = _SENTENCE_END.search(f, p, min(len(f), p + 200))
        right = right_m.start() if right_m else min(len(f), p + 200)
        out = {"hk": 0.0, "cn": 0.0, "tw": 0.0}
        for i in range(bisect.bisect_left(self.starts, a), bisect.bisect_left(self.starts, b)):
            q, name, w = self.cues[i]
            out[name] += w * (2 if left <= q < right else 1)
        return out

    def currency(self, p: int) -> str:
        """The currency of a bare amount at ``p``: a region wins over the default only with a clear lead."""
        if not self.cues or self.default not in ("TWD", "CNY", "HKD"):
            return self.default
        sc = self.scores(p)
        home = {v: k for k, v in _CODE.items()}[self.default]
        best = max(("hk", "cn", "tw"), key=lambda k: (sc[k], k == home))
        # Hong Kong cues are specific; mainland cues (大陸, 北京) are common in any cross-strait story, so the
        # mainland needs a larger lead over the home region.
        # A Taiwan company's mainland revenue is still reported in TWD: the mainland wins only when the home
        # region is not named in the window at all.
        if best == "cn" and sc[home] > 0:
            return self.default
        need = 2.0 if best == "hk" else 4.0
        if best != home and sc[best] >= need and sc[best] > 2 * sc[home]:
            return _CODE[best]
        return self.default
