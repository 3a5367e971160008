"""Metrics: every money, percentage and quantity figure, normalized, labelled and grounded.

How it works: one precompiled regex finds number cores in ``doc.folded`` (Traditional script, same
length as ``doc.text``); each core is then grown with anchored matches to its right (scale word,
unit, range end, 以上/左右, /Year) and bounded searches to its left (currency symbol, qualifier,
每年). Cores that turn out to be dates, ordinals, model numbers, durations or bare numbers in
Chinese text are dropped. Labels, periods and cross-lingual ``fact_id`` come from metrics_labels;
the lexicons live in extractor/data/metrics_lexicon.json (compiled by metrics_lexicon).

``extract_metrics(doc)`` returns the metrics; ``extract_metrics_with_warnings(doc)`` also returns
W301 warnings (``{code, stage, message}``) for unsure readings such as a bare 元 in a Taiwan story
about mainland China.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from ..document import Document
from ..model import Metric
from ..parse.numbers import parse_number
from .metrics_labels import attach_labels
from .metrics_lexicon import Lexicon, lexicon

_CN = "零〇○一二兩两三四五六七八九十廿卅百千萬万億亿兆"
_CND = "零〇○一二兩三四五六七八九"
_AR = r"(?:[0-9]{1,3}(?:[,，][0-9]{3})++(?![0-9])|[0-9]++)(?:\.[0-9]++)?"
# 百 is not part of a number when it starts 百分點 / 百分之 (0.3百分點 is 0.3 pp, not 30 分).
_CNRUN = rf"(?:(?!百分)[{_CN}])++"
_NUM = rf"(?:{_AR}|{_CNRUN})(?:{_AR}|{_CNRUN}|點(?=[{_CND}])|[ ](?=[萬億兆]))*+"
_ENW = ("two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
        "seventeen|eighteen|nineteen")
_ENT = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# Alternatives are tried left to right at one position, so the special forms come before plain numbers.
# Alternatives are tried left to right at one position, so the special forms come before plain numbers.
# A leading lookahead on the first character keeps the scan to one class test per position.
_CORE = re.compile(
    rf"(?=[0-9{_CN}])(?:"
    rf"(?P<pct>百分之(?:{_AR}|[{_CN}]++(?:點[{_CND}]++)?))"
    rf"|(?P<frac>(?:{_AR}|[{_CN}]++)分之(?:{_AR}|[{_CN}]++))"
    r"|(?P<half>一半)"
    rf"|(?P<num>{_NUM}))"
    r"|(?<![A-Za-z])(?=[aAoOtThHfFsSeEnN])(?:"
    r"(?P<qpoint>(?i:(?:a|one)[ -]quarter[ -](?:of[ ]a[ -])?(?:percentage[ -])?point\b))"
    r"|(?P<hpoint>(?i:half[ -]a[ -](?:percentage[ -])?point\b|a[ -]half[ -](?:percentage[ -])?point\b))"
    r"|(?P<enfrac>(?i:(?:a|one|two|three)[ -](?:thirds?|quarters?|fifths?)(?=[ ]of\b)))"
    r"|(?P<enhalf>(?i:half\b))"
    rf"|(?P<enword>(?i:(?:(?:{_ENT})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|{_ENW}"
    r"|(?:one|a)(?=[ ](?:hundred|thousand|million|billion)\b))\b)))"
)
_EN_FRAC = {"third": Decimal(1) / 3, "quarter": Decimal("0.25"), "fifth": Decimal("0.2")}
_SCALE_EN = re.compile(r"[ ]?(?i:(thousand|million|billion|trillion|hundred|crore|lakh)\b)|(?i:(bn|mn|mln|tn|trn)\b)"
                       r"|([kmbKMB])\b")
_SCALE_VAL = {"crore": 10**7, "lakh": 10**5, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12, "hundred": 100,
              "bn": 10**9, "mn": 10**6, "mln": 10**6, "tn": 10**12, "trn": 10**12, "k": 10**3, "m": 10**6,
              "b": 10**9}
# The upper end may repeat the currency sign: "A$2.7 billion and A$2.9 billion", "$3 billion to $3.5 billion".
_RANGE_SEP = re.compile(r"[ ]?(?P<sep>[-–—~～]|至|到|(?i:to|and)(?=[ ]))[ ]?(?:[A-Z]{1,2}\$|U\.S\.\$|\$|€|£)?")
_BETWEEN = re.compile(r"(?i:between|from)[ ]+(?:(?:[A-Z]{1,2}|U\.S\.)?[$€£¥][ ]?)?$")
_URL = re.compile(r"(?:https?:|www\.)[^\s\u3000-\u303f\uff08\uff09\uff0c\u3002]*", re.I)
_CHANGE_EN = re.compile(r"(?i)\b(?:rose|rise|rises|fell|fall|falls|jumped|climbed|dropped|gained|lost|slipped|declined|"
                        r"increased|decreased|cut|raised|lifted|grew|added|shed|plunged|surged|soared|tumbled|slid|"
                        r"sank|up|down|by|increase|decrease|drop|jump|gain|change|move|hike|boost|slump)\b(?:\s+\S+){0,2}\s*$")
_NOT_NOUN_EN = frozenset("in on at to from for by with after before during since and or but is was were are be "
                         "as than per the a an percent".split())
_BIG_TAIL = re.compile(r"[萬億兆]+$")
_CLAUSE_END = "，。；！？：\n,;!?、"
_DIGITS = frozenset("0123456789")
_CJK = re.compile(r"[\u3400-\u9fff]")
_CLOCK = re.compile("上午|下午|晚上|凌晨|早上|中午|晚間|清晨")
_INDEX = re.compile("指數|指|大盤|台股|股市|道瓊|那斯達克|標普|日經|恆生|滬|深|點數|分數|評分|得分")
_AT_MOST_NEAR = re.compile(r"最高可|最多可|最高達|上限")
# 最高漲幅達12%, 上限為: "highest/cap" before a short noun and a linking verb (dev convention: at_most).
_AT_MOST_NOUN = re.compile(r"(?:最高|上限)[\u4e00-\u9fff]{0,3}?(?:可達|達到|達|為|是|至|到|可)$")
# Pounds are money near these words (in a text with no £ sign): "spent 45 pounds", "worth 3 billion pounds".
_POUND_MONEY = re.compile(r"(?i:\b(?:spen[dt]|spending|pa(?:y|id|ys)|cost|costs|worth|price[sd]?|sales|revenue|sav(?:e|ed|ings)|"
                          r"budget|fund(?:s|ing|ed)?|profits?|loss(?:es)?|tax(?:es)?|wages?|salar(?:y|ies)|benefits?|bills?|"
                          r"fines?|fined|invest(?:ed|ment|ing)?|raised?|earn(?:s|ed|ings)?|income|debt|borrow(?:ed|ing)?|"
                          r"rent|fees?|sterling|pence|billion|million)\b|[ ](?:a|per|each)[ ](?:week|month|year|day|hour)\b)")
_PER_WORD_ZH = re.compile("每一年|每個月|每半年|每年|年均|每季|每月|每週|每周|每日|每天|每晚|每夜")
# A verb between the period word and the figure makes the figure a rate (每年增加約280億元, 每月可少還85元);
# with only a noun between, the figure is a level of that noun (每月租金3萬元), as the dev convention has it.
_PER_VERB_ZH = re.compile("增加|減少|增|減|多|少|可|用|省|繳|還|領|付|賺|虧|花|投入|挹注|提撥|產生|創造|舉辦|吸引|供應|"
                          "生產|進口|出口|消耗|排放|處理|收取|支付|補助|發放|新增|招募|培訓")
_FIGURE_CHAR = re.compile(r"[0-9０-９一二兩三四五六七八九十百千萬億]")
_PER_EN = {"year": "year", "month": "month", "quarter": "quarter", "week": "week", "day": "day", "annually": "year",
           "annum": "year"}
_PER_AFTER_NOUN_EN = re.compile(r"(?:[ ][A-Za-z][a-z-]*){1,3}?[ ](?:a|per|each)[ ](year|month|quarter|week|day|annum)\b"
                                r"(?![ ](?:ago|earlier|before|later|after|prior)\b)|(?:[ ][A-Za-z][a-z-]*){1,3}?[ ](annually)\b")
_PER_RATE_EN = re.compile(r"(?i:\bannual(?:ized)?[ ](?:rate|pace)[ ]of[ ]+(?:(?:US)?\$[ ]?)?)$")
# 成 after a Chinese numeral and before these starts a word (七成長, 一成不變), it is no share.
_CHENG_WORD = set("長分本為交立功果員績就熟型品效數真形年全敗不家")
_SHARE_BEFORE = re.compile("(?:約|近|逾|超過|將近|大約|其中|占|佔)$")
_HIRE_VERB_EN = re.compile(r"(?i:\b(?:added|adds|add|cut|cuts|shed|sheds|hired|hires|created|lost|gained|eliminated)"
                           r"[ ](?:(?:about|some|nearly|roughly|around|another|an[ ]additional)[ ])?)$")
_ZHE_WORDS = set("舊扣合價損騰返衷抵算半線疊射服")  # 折舊, 折扣, 折合...: 折 starts a word, it is no discount
_CHENG_OK = set("以左上下多的之至到、是在由來了，。；,;")


_LATIN_UNIT = re.compile(r"([A-Z]{2,5})(?![A-Za-z0-9])")
_Unit = tuple[str, str, int]  # (unit, kind, end)
_SKIP: _Unit = ("", "skip", -1)  # the figure is no metric (a date, a model number, an adverb)


@dataclass
class _Hit:
    start: int
    end: int
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    unit: str
    qualifier: str
    per: str | None
    kind: str


def extract_metrics(doc: Document) -> list[Metric]:
    """Every money, percent and quantity figure in ``doc`` as a grounded :class:`Metric`."""
    return extract_metrics_with_warnings(doc)[0]


def extract_metrics_with_warnings(doc: Document) -> tuple[list[Metric], list[dict[str, str]]]:
    """The metrics plus warnings (``{code, stage, message}``) about unsure readings, e.g. a bare 元."""
    text = doc.text
    f = doc.folded if len(doc.folded) == len(text) else text
    lx = lexicon()
    ctx = _Ctx(doc, f, lx)
    hits: list[_Hit] = []
    last = 0
    for m in _CORE.finditer(f):
        if m.start() < last or ctx.ignored(m.start()):
            continue
        hit = _read(ctx, m, last)
        if hit is not None:
            hits.append(hit)
            last = hit.end
    _inherit_in_parentheses(f, hits)
    metrics = [_to_metric(text, h) for h in hits]
    attach_labels(doc, metrics)
    return metrics, ctx.warnings


class _Ctx:
    """Per-document facts the rules need: the text, its language, boilerplate ranges, warnings."""

    def __init__(self, doc: Document, f: str, lx: Lexicon):
        self.doc, self.f, self.lx = doc, f, lx
        self.warnings: list[dict[str, str]] = []
        # Trust the language, but a short Chinese text mis-detected as English is still Chinese.
        head = f[:2000]
        self.zh = doc.is_zh or len(_CJK.findall(head)) > 0.2 * max(1, len(head))
        self.yuan = self._yuan_currency()
        # URLs carry digits and %-escapes that are no figures.
        self.skip = self._boilerplate(f) + [u.span() for u in _URL.finditer(f)]
        self._starts: list[int] | None = None
        self._ends: list[int] = []
        self.has_pound_sign = "£" in f or "sterling" in f.lower()

    def _yuan_currency(self) -> str:
        # A bare 元 is the local currency: TWD in Taiwan text, CNY in mainland text; the site decides first.
        where = " ".join(x for x in (self.doc.meta.url, self.doc.meta.site, self.doc.meta.canonical_url) if x).lower()
        if ".cn/" in where or where.endswith(".cn"):
            return "CNY"
        if ".hk/" in where or where.endswith(".hk"):
            return "HKD"
        if ".tw/" in where or where.endswith(".tw"):
            return "TWD"
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


def _read(ctx: _Ctx, m: re.Match[str], floor: int) -> _Hit | None:
    f, lx = ctx.f, ctx.lx
    s, e = m.span()
    kind = m.lastgroup or "num"
    core = m.group()
    if kind == "qpoint":
        return _finish(ctx, s, e, Decimal("0.25"), None, None, "pp", "percent", floor)
    if kind == "hpoint":
        return _finish(ctx, s, e, Decimal("0.5"), None, None, "pp", "percent", floor)
    if kind == "enfrac":
        words = core.lower().replace("-", " ").split()
        num = {"a": 1, "one": 1, "two": 2, "three": 3}[words[0]]
        return _finish(ctx, s, e, num * _EN_FRAC[words[1].rstrip("s")] * 100, None, None, "%", "percent", floor)
    if kind == "enhalf":
        # "half" is a share only when qualified ("about half") or followed by "of".
        if not (f.startswith(" of ", e) or lx.re_q_en.search(f, max(0, s - 30), s)):
            return None
        if f[max(0, s - 7):s].lower().strip() in ("second", "first", "the", "in"):
            return None
        return _finish(ctx, s, e, Decimal(50), None, None, "%", "percent", floor)
    if kind == "half":
        if not (lx.re_q_zh.search(f, max(0, s - 5), s) or f.startswith(("以上", "以下"), e) or f[s - 1:s] == "的"):
            return None
        return _finish(ctx, s, e, Decimal(50), None, None, "%", "percent", floor)
    if kind == "pct":
        val = parse_number(core[3:])
        return None if val is None else _finish(ctx, s, e, val, None, None, "%", "percent", floor)
    if kind == "frac":
        den, _, numr = core.partition("分之")
        d, n = parse_number(den), parse_number(numr)
        if not d or n is None or n > d:
            return None
        return _finish(ctx, s, e, (n / d * 100).quantize(Decimal("0.001")), None, None, "%", "percent", floor)
    if kind == "enword":
        return _read_en_word(ctx, s, e, core, floor)
    return _read_num(ctx, s, e, core, floor)


def _read_en_word(ctx: _Ctx, s: int, e: int, core: str, floor: int) -> _Hit | None:
    f, lx = ctx.f, ctx.lx
    val = Decimal(1) if core.lower() == "a" else parse_number(core)
    if val is None:
        return None
    for _ in range(2):  # "three hundred thousand"
        sm = _SCALE_EN.match(f, e)
        if sm and sm.group(1):
            val *= _SCALE_VAL[sm.group(1).lower()]
            e = sm.end()
    if core.lower() in ("one", "a") and e == s + len(core):
        return None
    pm = lx.re_pct_en.match(f, e)
    if pm:
        return _finish(ctx, s, pm.end(), val, None, None, lx.pct_en[pm.group(1).lower()], "percent", floor)
    cm = lx.re_cur_en.match(f, e)
    if cm and f[e:e + 1] == " ":
        return _finish(ctx, s, cm.end(), val, None, None, lx.cur_en[cm.group(1).lower()], "money", floor)
    if not _count_context_en(ctx, s, e):
        return None
    return _finish(ctx, s, e, val, None, None, "", "count", floor)


def _count_context_en(ctx: _Ctx, s: int, e: int) -> bool:
    """A bare English number counts things only when a noun follows and it is no date, year or name."""
    f, lx = ctx.f, ctx.lx
    qs = lx.re_q_en_suffix.match(f, e)  # "5 or more members"
    base = qs.end() if qs else e
    nxt = re.match(r"\+? (?:of )?([A-Za-z][\w'-]*)", f[base:base + 40])  # "30,154 new cars"
    if not nxt or f[e:e + 1] == "-":
        return False
    word = nxt.group(1).lower()
    if word in lx.time_en or word.rstrip("s") in lx.time_en or word in lx.months_en or word in _NOT_NOUN_EN:
        return False  # "fell to 14 in the quarter": no noun says what is counted
    if len(nxt.group(1)) > 1 and nxt.group(1).isupper() and nxt.group(1).isalpha():
        return False  # "737 MAX", "3 GT": a model name
    before = f[max(0, s - 24):s]
    if re.search(r"(?i:\bnumber|\bno\.|#)\s*$", before):
        return False  # "the number eight" names a number, it counts nothing
    if word in lx.sourcing_en and re.match(r"[ ](?:" + "|".join(("briefed", "familiar", "with knowledge", "who", "said",
                                                                 "told", "close to")) + ")",
                                             f[nxt.end() + base:nxt.end() + base + 20]):
        return False  # "two people familiar with the talks" is attribution, not a figure
    if f[e:e + 4].lower() in (" a.m", " p.m"):
        return False
    prev_word = re.search(r"([A-Za-z][\w.&'-]*)[ ]$", before)
    if prev_word and any(c.isupper() for c in prev_word.group(1)) and not re.search(r"[.!?:\n\"“][ ]*[A-Za-z][\w.&'-]*[ ]$", before):
        pw = prev_word.group(1)
        if pw.lower() not in lx.q_en and pw.lower() not in ("about", "some", "nearly", "more", "than"):
            return False  # "Group 1 Auto", "Gen 2", "Route 66": part of a name
    if (s == 0 or f[s - 1] == "\n") and f[s:e].isdigit() and nxt.group(1)[:1].isupper():
        return False  # "2 Human trafficking ...": list numbering at the start of a line
    return True


def _read_num(ctx: _Ctx, s: int, e: int, core: str, floor: int) -> _Hit | None:
    f, lx = ctx.f, ctx.lx
    prev = f[s - 1] if s else ""
    first = core[0]
    arabic = first.isdigit()
    if first in "萬億兆":
        return None  # 兆美元級別, 萬一: a bare big unit is no number
    if core in ("零", "〇", "○") and _CJK.match(f[e:e + 1] or "a"):
        return None  # 零組件, 零售, 零和: 零 starts a word here, it is no zero
    if arabic and _listed(ctx, s, e, core):
        return None
    if arabic:
        if prev and prev.isascii() and (prev.isalpha() or prev in "#_@&"):
            return None  # H100, B5G, A10, M2: model numbers and identifiers
        if prev and prev in "-/:." and s >= 2 and f[s - 2].isascii() and f[s - 2].isalnum():
            return None  # GPT-4, 11/14, 11:06
        nx = f[e:e + 2]
        if nx[:1] and nx[:1] in ":/" and nx[1:2].isdigit():
            return None
        if core[0] == "0" and len(core) > 1 and core[1:2].isdigit():
            return None  # 02-2345: phone numbers and codes
        if ctx.zh and prev == " " and f[s - 2:s - 1].isascii() and f[s - 2:s - 1].isalpha() and _CJK.match(f[e:e + 1] or "a"):
            return None  # "Snapdragon 4s Gen 2處理器": a Latin name's number, then Chinese
    if lx.re_not_before_zh.search(f, max(0, s - 2), s) or (prev == "上" and first in "百千萬億"):
        return None  # 第2季, 每一分, 數千億, 連六月, 上千家
    val = parse_number(core)
    if val is None:
        return None
    end = e
    scale_en = 1
    # Right of the number: an English scale word (12.9bn, 500 Billion, $5m).
    sm = _SCALE_EN.match(f, end)
    cur_left = lx.re_cur_prefix.search(f, max(0, s - 8), s)
    if sm and (sm.group(1) or sm.group(2) or (sm.group(3) and cur_left)):
        scale_en = _SCALE_VAL[(sm.group(1) or sm.group(2) or sm.group(3)).lower()]
        end = sm.end()
    val *= scale_en
    qual_suffix = None
    big = re.match("[多餘]([萬億兆]+)", f[end:end + 4])
    if big and val is not None:
        # 1,000多億元, 100多萬人: "more than" sits before the big unit, which still scales the number.
        val = val * (parse_number("一" + big.group(1)) or 1)
        qual_suffix, end = "over", end + big.end()
    elif f[end:end + 1] and f[end:end + 1] in "多餘" and f[end:end + 2] not in ("多元", "多數", "多項"):
        # 100多家, 10餘家: "more than" sits between number and classifier.
        if lx.re_unit_zh.match(f, end + 1) or lx.re_cur_zh.match(f, end + 1):
            qual_suffix, end = "over", end + 1
    u = _unit_at(ctx, end, core, val)
    if u is _SKIP:
        return None
    low = high = None
    # Ranges: 500–600 億美元, 98%～99%, ~$50-60 Billion, 五到六成, between 5 and 6 percent.
    after1 = u[2] if u else end
    rm = _RANGE_SEP.match(f, after1)
    sep = rm.group("sep").lower() if rm else ""
    if sep == "to" and _CHANGE_EN.search(f, max(0, s - 40), s):
        rm = None  # "rose $2.89 to $79.81", "from 4% to 5%": a change and a level, not a range
    if rm and (sep != "and" or _BETWEEN.search(f, max(0, s - 16), s)):
        m2 = _CORE.match(f, rm.end())
        if m2 and m2.lastgroup == "num" and m2.group()[0] not in "萬億兆":
            v2 = parse_number(m2.group())
            end2 = m2.end()
            sc2 = 1
            sm2 = _SCALE_EN.match(f, end2)
            if sm2 and (sm2.group(1) or sm2.group(2) or (sm2.group(3) and cur_left)):
                sc2 = _SCALE_VAL[(sm2.group(1) or sm2.group(2) or sm2.group(3)).lower()]
                end2 = sm2.end()
            u2 = _unit_at(ctx, end2, m2.group(), v2) if v2 is not None else _SKIP
            if v2 is not None and u2 is not _SKIP and (u is None or (u2 and u2[0] == u[0])):
                lo, hi = val, v2 * sc2
                if scale_en == 1 and sc2 > 1:
                    lo = lo * sc2  # ~$50-60 Billion: the scale of the upper end applies to both
                tail = _BIG_TAIL.search(m2.group())
                if tail and not re.search("[萬億兆千百]", core):
                    lo = lo * (parse_number("一" + tail.group()) or 1)  # 500–600 億: the 億 applies to 500 too
                if u2 and u2[1] == "percent" and u2[0] == "%" and f[u2[2] - 1] == "成":
                    lo, hi = lo * 10, hi * 10  # 五到六成 = 50-60%
                if lo < hi and not (_is_year(core) and _is_year(m2.group())):
                    low, high, u, end = lo, hi, (u2 or u), (u2[2] if u2 else end2)
    if low is None and u:
        end = u[2]
    if u is None and cur_left:
        u = ("", "count", end)  # $185.25: the currency prefix makes it money (set in _finish)
    if u is None:
        u = _bare_unit(ctx, s, end, core, val, scale_en)
        if u is None:
            return None
    unit, kind = u[0], u[1]
    if unit == "%x" and val is not None:
        unit, val = "%", val * 10
    if unit == "%+" and val is not None:
        unit, val = "%", val * 10 + (parse_number(f[end - 1]) or 0)
    if low is None and unit == "%" and f[end - 1:end] == "成" and val is not None:
        val = val * 10
    if low is not None:
        val = None
    return _finish(ctx, s, end, val, low, high, unit, kind, floor, qual_suffix=qual_suffix)


def _listed(ctx: _Ctx, s: int, e: int, core: str) -> bool:
    """A plain Arabic number followed by a list separator ("1,1,1", "1、2") or by a space and a digit
    ("1 1 1"), with no currency sign before it: nothing right of it can make it a figure (no unit,
    scale, range or count noun starts there), so it is dropped before the costly reading. Hostile
    runs of such numbers stay cheap this way."""
    f, lx = ctx.f, ctx.lx
    nx = f[e : e + 1]
    if not (nx in lx.list_after and nx) and not (nx == " " and f[e + 1 : e + 2] in _DIGITS and not lx.digit_word):
        return False
    return core.isascii() and not lx.re_cur_prefix.search(f, max(0, s - 8), s)


def _is_year(core: str) -> bool:
    return len(core) == 4 and core.isdigit() and 1800 <= int(core) <= 2100


def _unit_at(ctx: _Ctx, p: int, core: str, val: Decimal | None) -> _Unit | None:
    """(unit, kind, end) of the unit right of a number, None if there is none, _SKIP if it is no metric."""
    f, lx = ctx.f, ctx.lx
    m = lx.re_pct_zh.match(f, p)
    if m:
        return lx.pct_zh[m.group(1)], "percent", m.end()
    if f.startswith("成", p) and not f.startswith("成", p + 1):
        nxt = f[p + 1:p + 2]
        if nxt in "一二三四五六七八九" and nxt and val is not None and 0 < val < 10 and not core[0].isdigit():
            return "%+", "percent", p + 2  # 七成五 = 75%
        if val is not None and 0 < val <= 10 and (not nxt or nxt in _CHENG_OK or not _CJK.match(nxt)):
            return "%", "percent", p + 1  # 三成 = 30%, but 50成分股 and 成長 are no shares
        if val is not None and 0 < val <= 10 and not core[0].isdigit() and nxt not in _CHENG_WORD \
                and _SHARE_BEFORE.search(f, max(0, p - len(core) - 4), p - len(core)):
            return "%", "percent", p + 1  # 其中約七成投入: a qualified share, then the verb
    if f.startswith("折", p) and val is not None and 0 < val < 100:
        if f[p + 1:p + 2] not in _ZHE_WORDS:
            return ("%x" if val < 10 else "%"), "percent", p + 1  # 8折 = 80%, 75折 = 75% of the list price
    m = lx.re_pct_en.match(f, p)
    if m and (m.group()[0] == " " or not f[p:p + 1].isalpha() or m.group(1).lower() in ("bp", "bps", "pct", "pc")):
        return lx.pct_en[m.group(1).lower()], "percent", m.end()
    m = lx.re_cur_zh.match(f, p)
    na = None
    if _CJK.match(f[p:p + 1] or " ") or f[p:p + 2].startswith(" ") and _CJK.match(f[p + 1:p + 2] or " "):
        na = lx.re_not_after_zh.match(f, p + (1 if f[p:p + 1] == " " else 0))
        if na and not (m and m.end() >= na.end()):
            return _SKIP  # 2026年, 10月, 第3季, 4.5個月, 3奈米, 分之 (but 5兆日圓 is money)
    if m:
        word = m.group(1)
        code = lx.cur_zh[word]
        if code == "元":
            code = ctx.yuan
            if ctx.doc.language == "zh-Hant" and code == "TWD":
                sent = f[max(0, p - 40):p + 10]
                if "人民幣" in sent or "大陸" in sent or "中國" in sent:
                    ctx.warn(f"bare 元 at {p} read as TWD (Taiwan text) though the sentence mentions mainland China")
            return code, "yuan", m.end()  # a prefix currency (人民幣5億元) overrides the local default
        return code, "money", m.end()
    m = lx.re_cur_en.match(f, p)
    if m and f[p:p + 1] == " ":
        word = m.group(1).lower()
        code = lx.cur_en[word]
        if word == "pounds" and not _pounds_money(ctx, p, m.end()):
            return "pounds", "measure", m.end()
        return code, "money", m.end()
    m = lx.re_unit_zh.match(f, p)
    if m:
        return _zh_unit(ctx, p, m, core, val)
    m = lx.re_unit_en.match(f, p)
    if m and (m.group()[0] == " " or m.group(1) in ("GB", "TB", "MB", "PB", "mph", "kph", "mm", "cm", "km", "kg",
                                                      "GW", "MW", "kWh", "GWh", "TWh", "°C", "°F", "℃")):
        return m.group(1), "measure", m.end()
    lu = _LATIN_UNIT.match(f, p)
    if lu and core[-1] in "萬億千百" and not (p >= 2 and f[p - 2:p - 1].isascii() and f[p - 2:p - 1].isalpha()):
        word = lu.group(1)  # 300萬TEU, 5億USD: after a Chinese-scaled number, capitals are a unit, never a model name
        if word.lower() in lx.cur_en:
            return lx.cur_en[word.lower()], "money", lu.end()
        return word, "measure", lu.end()
    if f[p:p + 1].isascii() and f[p:p + 1].isalpha():
        return _SKIP  # 5G, 4s, 1990s, 3D: glued letters make a name, not a quantity
    if f[p:p + 1] == "-" and f[p + 1:p + 2].isalpha():
        return _SKIP  # 12-month, 14-year-old, 50-point: adjectives
    return None


def _pounds_money(ctx: _Ctx, p: int, end: int) -> bool:
    """"64 pounds a week", "2 billion pounds of savings": pounds are sterling in a money context, weight otherwise."""
    f = ctx.f
    if re.match(r"[ ]of[ ](?!(?:savings|spending|funding|investment|revenue|income|debt|tax|cash|support|aid)\b)", f[end:end + 30],
                re.I):
        return False  # "40 pounds of beef": a weight
    if ctx.has_pound_sign:
        return True
    clause = f[max(0, p - 80):p]
    return bool(_POUND_MONEY.search(clause) or _POUND_MONEY.match(f, end))


def _zh_unit(ctx: _Ctx, p: int, m: re.Match[str], core: str, val: Decimal | None) -> _Unit:
    f, lx = ctx.f, ctx.lx
    unit = m.group(1)
    end = m.end()
    nxt = f[end:end + 1]
    lone_cn = not core[0].isdigit() and len(core) == 1
    if lone_cn and core in "一" and unit == "倍" and lx.re_q_zh.search(f, max(0, p - 6), p - 1):
        return unit, "measure", end  # 超過一倍, 逾一倍: a qualified "one time(s)" is a figure
    if lone_cn and core in "一" and unit != "分":
        return _SKIP  # 一家公司, 一名客戶, 一度: the article "a", not a count
    if unit == "分":
        if f[p - len(core) - 1:p - len(core)] in ("時", "點"):
            return _SKIP  # 10時30分: a clock time
        if lone_cn and core in "十百萬":
            return _SKIP  # 十分 = "very", 百分 = percent word
        if nxt and _CJK.match(nxt) and nxt not in "的了以左":
            return _SKIP  # 分析, 分別, 分享: 分 starts a word here
    if unit == "點":
        before = f[max(0, p - len(core) - 4):p - len(core)]
        if not core[0].isdigit() and (val or 0) < 10 or (nxt and nxt in "分半鐘整") or _CLOCK.search(before):
            return _SKIP  # 3點半, 下午兩點: clock times
        if (val or 0) < 25 and "." not in core and not _INDEX.search(f, max(0, p - len(core) - 16), p):
            return _SKIP  # "明天10點開會": a small whole 點 is a time unless an index is named nearby
    if unit == "度" and not core[0].isdigit():
        return _SKIP  # 兩度 = twice
    if unit == "小時" and ((nxt and nxt in "內後前") or (val == 24 and not core[0:1] == "0")):
        return _SKIP  # 24小時覆蓋 is availability, 48小時內 a deadline
    if unit == "台" and f.startswith("灣", end):
        return _SKIP
    if unit in lx.count_zh:
        if not core[0].isdigit() and (val or 0) < 10:
            before = f[max(0, p - len(core) - 1):p - len(core)]
            if before in lx.referential_zh or lx.re_abstract.match(f, end):
                return _SKIP  # 這三個因素, 兩個面向: enumerations of ideas, not quantities
        return "", "count", end
    return unit, "measure", end


def _bare_unit(ctx: _Ctx, s: int, e: int, core: str, val: Decimal, scale_en: int) -> tuple[str, str, int] | None:
    """A number without a unit: a Chinese 萬/億 amount (money or count by context) or an English count."""
    f, lx = ctx.f, ctx.lx
    if re.search("[萬億兆]", core) and core[0] not in "萬億兆":
        a, b = max(0, s - 12), min(len(f), e + 6)
        window = f[a:b]
        for ch in _CLAUSE_END:
            i = window.rfind(ch, 0, s - a)
            if i >= 0:
                window = window[i + 1:]
                a += i + 1
        stop = [window.find(ch, s - a) for ch in _CLAUSE_END]
        stop = [x for x in stop if x >= 0]
        if stop:
            window = window[:min(stop)]
        if any(w in window for w in lx.money_ctx_zh):
            return ctx.yuan, "yuan", e  # 成交量...718億: a market amount in the local currency
        return "", "count", e
    if not ctx.zh or not _CJK.search(f[max(0, s - 2):e + 2]):
        if _is_year(core) or (core.isdigit() and len(core) == 4 and scale_en == 1 and "," not in core):
            return None
        if lx.re_month_before.search(f, max(0, s - 6), s) or lx.re_month_after.match(f, e):
            return None  # Nov. 10, 10 November: dates
        if core in lx.emergency and f.startswith((" call", " emergency", " dispatch"), e):
            return None
        if f[e:e + 1] and f[e:e + 1] in ".)" and f[e + 1:e + 2] in (" ", "\n") and (s == 0 or f[s - 1] in "\n("):
            return None
        if _count_context_en(ctx, s, e) or (f[e:e + 1] == "/" and lx.re_per_suffix.match(f, e)):
            return "", "count", e  # 30,154 new cars; >1,200/Year
        if _elided_count_en(ctx, s, e, core):
            return "", "count", e  # "health care added 44,000 jobs, while retailers added 34,000."
    return None


def _elided_count_en(ctx: _Ctx, s: int, e: int, core: str) -> bool:
    """A bare number right after a hiring verb and before the clause ends, in a sentence that has already
    named what is counted ("... added 44,000 jobs, while retailers added 34,000")."""
    f, lx = ctx.f, ctx.lx
    if not (f[e:e + 1] in ".,;" and f[e + 1:e + 2] in (" ", "\n", "") and ("," in core or len(core) <= 3)):
        return False
    if not _HIRE_VERB_EN.search(f, max(0, s - 20), s):
        return False
    a = max(0, s - 200)
    sent = f[a:s]
    cut = max(sent.rfind(". "), sent.rfind("\n"))
    words = re.findall(r"[a-z]+", sent[cut + 1:].lower())
    return any(w in lx.count_en for w in words)


def _finish(ctx: _Ctx, s: int, e: int, val: Decimal | None, low: Decimal | None, high: Decimal | None, unit: str,
            kind: str, floor: int, *, qual_suffix: str | None = None) -> _Hit | None:
    """Add what sits left (sign, currency, qualifier, 每年) and right (以上, /Year) of a read figure."""
    f, lx = ctx.f, ctx.lx
    if unit.endswith("¢"):  # 50 cents, 30美分: hundredths of the currency
        unit = unit[:-1]
        val, low, high = (None if x is None else x / 100 for x in (val, low, high))
    start = s
    cm = lx.re_cur_prefix.search(f, max(floor, start - 8), start)
    if cm and kind in ("count", "money", "yuan"):
        code = lx.prefix_code(cm.group(1))
        if code == "¥":
            near = f[max(0, s - 30):e + 30]
            code = "CNY" if ctx.doc.language == "zh-Hans" or re.search("人民幣|RMB|yuan|China|Chinese|中國", near) else "JPY"
        pre = f[cm.start() - 1:cm.start()] if cm.start() else ""
        if not (cm.group(1).isascii() and cm.group(1).isalpha() and pre.isascii() and pre.isalpha()):
            if kind != "money":  # 新台幣13,000元 is TWD; in 新台幣5,000萬美元 the 美元 is more specific
                unit = code
            kind, start = "money", cm.start()
    if kind == "yuan":
        kind = "money"
    if kind == "count" and unit == "" and start >= 1 and f[start - 1] in "-−":
        pass  # a count is never negative: the hyphen joins a name ("B-52 bombers")
    elif f[start - 1:start] in ("-", "−") and (start < 2 or not (f[start - 2].isascii() and f[start - 2].isalnum())) \
            and start - 1 >= floor:
        if val is not None:
            val, start = -val, start - 1  # -2%: a sign, not a hyphen
    elif f[max(floor, start - 6):start].lower() == "minus ":
        if val is not None:
            val, start = -val, start - 6
    elif f[start - 1:start] == "負" and start - 1 >= floor:
        if val is not None:
            val, start = -val, start - 1
    qualifier = "exact"
    window_start = max(floor, start - 30)
    prev = f[start - 1:start]
    qm = None
    if prev.isascii() and (prev.isalpha() or prev == " ") and not (prev == " " and _CJK.match(f[start - 2:start - 1] or "a")):
        qm = lx.re_q_en.search(f, window_start, start)
        if qm:
            qualifier, start = lx.q_en[qm.group(1).lower()], qm.start()
    if not qm:
        qm = lx.re_q_zh.search(f, max(floor, start - 5), start)
        if qm and qm.group(1) == "超" and f[qm.start() - 1:qm.start()] in ("買", "賣", "出", "入"):
            qm = None  # 買超1.2萬張 is a net purchase, not "more than"
        if qm:
            qualifier, start = lx.q_zh[qm.group(1)], qm.start()
    pm = lx.re_per_zh.search(f, max(floor, start - 4), start)
    per = lx.per_zh[pm.group(1)] if pm else None
    if pm:
        start = pm.start()
    else:
        per = _per_in_clause(ctx, start, floor)
    sq = lx.re_q_zh_suffix.match(f, e)
    if sq and sq.group(1) not in ("多", "餘"):
        if qualifier == "exact":
            qualifier = lx.q_zh_suffix[sq.group(1)]
        e = sq.end()
    elif qual_suffix and qualifier == "exact":
        qualifier = qual_suffix
    else:
        sq = lx.re_q_en_suffix.match(f, e)
        if sq:  # "5 or more", "10,000+"
            if qualifier == "exact":
                qualifier = lx.q_en_suffix[sq.group(1).lower()]
            e = sq.end()
    ps = lx.re_per_suffix.match(f, e)
    if ps and per is None:
        per = lx.per_suffix[ps.group(1).lower()]
        if not ps.group(1).lower().startswith((" in ", " of ")):
            e = ps.end()
    elif per is None and not ctx.zh:
        per = _per_after_noun_en(f, e) or (_PER_RATE_EN.search(f, max(floor, start - 50), start) and "year")
    if qualifier == "exact":
        clause = f[max(floor, s - 12):s]
        cut = max(clause.rfind(ch) for ch in _CLAUSE_END)
        if (_AT_MOST_NEAR.search(clause[cut + 1:]) or _AT_MOST_NOUN.search(clause[cut + 1:])) \
                and not re.search(r"[0-9]", clause[cut + 1:]):
            qualifier = "at_most"  # 罰金最高可達每日營收的百分之五, 最高漲幅達12%
    while e > start and f[e - 1] == " ":
        e -= 1
    return _Hit(start, e, val, low, high, unit, qualifier, per, kind)


def _per_in_clause(ctx: _Ctx, start: int, floor: int) -> str | None:
    """每年增加約280億元, 每月用電330度: a period word earlier in the clause, with no figure in between."""
    f, lx = ctx.f, ctx.lx
    if not ctx.zh:
        return None
    a = max(floor, start - 16)
    window = f[a:start]
    cut = max(window.rfind(ch) for ch in _CLAUSE_END)
    window = window[cut + 1:]
    found = list(_PER_WORD_ZH.finditer(window))
    if not found:
        return None
    pm = found[-1]
    gap = window[pm.end():]
    if _FIGURE_CHAR.search(gap) or "的" in gap or not _PER_VERB_ZH.search(gap):
        return None  # 每日營收的百分之五, 每月租金3萬元: the period word qualifies a noun, the figure is no rate
    return lx.per_zh.get(pm.group())


def _per_after_noun_en(f: str, e: int) -> str | None:
    """"237,000 jobs a month": the period after the counted noun (a few words, no other figure)."""
    m = _PER_AFTER_NOUN_EN.match(f, e)
    return _PER_EN[m.group(1).lower()] if m else None


def _inherit_in_parentheses(f: str, hits: list[_Hit]) -> None:
    """A conversion in parentheses, "up to $12.9bn (£10bn)", shares the qualifier and period of its figure."""
    for a, b in zip(hits, hits[1:], strict=False):
        gap = f[a.end:b.start]
        if gap.strip() in ("(", "（") and b.qualifier == "exact":
            b.qualifier = a.qualifier
            b.per = b.per or a.per


def _to_metric(text: str, h: _Hit) -> Metric:
    def fl(x: Decimal | None) -> float | None:
        return None if x is None else float(x)

    kind: Any = h.kind if h.kind in ("money", "percent", "count", "measure") else "count"
    return Metric(text=text[h.start:h.end], span=(h.start, h.end), value=fl(h.value), low=fl(h.low), high=fl(h.high),
                  unit=h.unit, qualifier=h.qualifier,  # type: ignore[arg-type]
                  per=h.per,  # type: ignore[arg-type]
                  kind=kind, label=None, period=None, fact_id=None)
