"""Read one number core into a figure: its value, scale, unit and range end."""

from __future__ import annotations

import re
from decimal import Decimal

from ...parse.numbers import parse_number
from .context import Ctx
from .english import casualty_count_en, count_context_en, pounds_money
from .patterns import (
    BETWEEN,
    BIG_TAIL,
    CENTS_AFTER,
    CHANGE_EN,
    CHENG_WORD,
    CJK,
    CORE,
    DIGITS,
    EN_FRAC,
    FROM_EN,
    OR_NEXT_EN,
    RANGE_SEP,
    SCALE_EN,
    SCALE_VAL,
    SKIP,
    Hit,
)
from .qualify import finish
from .units import bare_unit, is_year, unit_at


def read(ctx: Ctx, m: re.Match[str], floor: int) -> Hit | None:
    f, lx = ctx.f, ctx.lx
    s, e = m.span()
    kind = m.lastgroup or "num"
    core = m.group()
    if kind == "qpoint":
        return finish(ctx, s, e, Decimal("0.25"), None, None, "pp", "percent", floor)
    if kind == "hpoint":
        return finish(ctx, s, e, Decimal("0.5"), None, None, "pp", "percent", floor)
    if kind == "enfrac":
        if re.search(r"(?i:\b(?:first|last|past|next|final|coming|previous|two|three)[ ])$", f[max(0, s - 10):s]) \
                and "quarter" in core.lower():
            return None  # "the first two quarters of his campaign": quarters of a year, no share
        words = core.lower().replace("-", " ").split()
        num = {"a": 1, "one": 1, "two": 2, "three": 3}[words[0]]
        return finish(ctx, s, e, num * EN_FRAC[words[1].rstrip("s")] * 100, None, None, "%", "percent", floor)
    if kind == "halfdozen":
        return finish(ctx, s, e, Decimal(6), None, None, "", "count", floor, qual_suffix="approx")  # half-a-dozen countries
    if kind == "enhalf":
        # "half" is a share only when qualified ("about half") or followed by "of".
        if not (f.startswith((" of ", " the ", " their ", " its ", " our ", " his ", " her "), e)
                or lx.re_q_en.search(f, max(0, s - 30), s)):
            return None
        if f[max(0, s - 7):s].lower().strip() in ("second", "first", "the", "in"):
            return None
        if _HALF_SPAN_EN.match(f, e):
            return None  # "over half a century ago", "the first half hour": a length of time, no share
        return finish(ctx, s, e, Decimal(50), None, None, "%", "percent", floor)
    if kind == "half":
        if not (lx.re_q_zh.search(f, max(0, s - 5), s) or f.startswith(("以上", "以下"), e) or f[s - 1:s] in ("的", "有")):
            return None
        return finish(ctx, s, e, Decimal(50), None, None, "%", "percent", floor)
    if kind == "pct":
        val = parse_number(core[3:])
        return None if val is None else finish(ctx, s, e, val, None, None, "%", "percent", floor)
    if kind == "frac":
        den, _, numr = core.partition("分之")
        d, n = parse_number(den), parse_number(numr)
        if not d or n is None or n > d:
            return None
        return finish(ctx, s, e, (n / d * 100).quantize(Decimal("0.001")), None, None, "%", "percent", floor)
    if kind == "slfrac":
        # 逾1/4, "about 1/3 of": a written fraction is a share only when qualified or followed by "of"/的;
        # otherwise 1/4 is as likely a date.
        n, _, d = core.partition("/")
        if int(n) >= int(d) or re.search(r"[0-9]/[0-9]", f[max(0, s - 6):s]) or not (lx.re_q_zh.search(f, max(0, s - 5), s) or lx.re_q_en.search(f, max(0, s - 30), s)
                                    or f.startswith(("的", " of ", "以上", "左右"), e)):
            return None
        return finish(ctx, s, e, (Decimal(n) / Decimal(d) * 100).quantize(Decimal("0.001")), None, None, "%",
                      "percent", floor)
    if kind == "onein":
        # "one in five adults": a share of 20 %
        den = parse_number(core.split()[-1])
        return finish(ctx, s, e, (100 / den).quantize(Decimal("0.001")), None, None, "%", "percent", floor) if den else None
    if kind == "enword":
        return read_en_word(ctx, s, e, core, floor)
    return read_num(ctx, s, e, core, floor)


# "half a century", "half an hour", "half hour", "half a mile": half of a unit of time or length is no share.
_HALF_SPAN_EN = re.compile(r"(?i:(?:[ ]an?)?[ ](?:century|centuries|decades?|years?|months?|weeks?|days?|hours?|minutes?|"
                           r"seconds?|innings?|miles?|kilometres?|kilometers?|inch(?:es)?|feet|foot|season|term|time)\b)")


def read_en_word(ctx: Ctx, s: int, e: int, core: str, floor: int) -> Hit | None:
    f, lx = ctx.f, ctx.lx
    val = Decimal(1) if core.lower() == "a" else parse_number(core)
    if val is None:
        return None
    for _ in range(2):  # "three hundred thousand"
        sm = SCALE_EN.match(f, e)
        if sm and sm.group(1):
            val *= SCALE_VAL[sm.group(1).lower()]
            e = sm.end()
    low = high = None
    om = OR_NEXT_EN.match(f, e) if e == s + len(core) else None
    v2 = parse_number(om.group(1)) if om else None
    if om and v2 is not None and vague_or(val, f, om.start(1)):
        low, high, e = val, v2, om.end()  # "four or five boats", "one or two": a vague range
    if core.lower() in ("one", "a") and e == s + len(core) and f[max(0, s - 9):s].lower() != "at least " \
            and not lx.re_unit_en.match(f, e):  # "up to a foot of snow" is 1 foot
        return None  # "one" is mostly the article or a pronoun; "at least one web bug" counts
    um = lx.re_unit_en.match(f, e)
    if um and um.group()[0] == " ":
        return finish(ctx, s, um.end(), *_point_or_range(val, low, high), um.group(1), "measure", floor)  # "more than eight feet"
    pm = lx.re_pct_en.match(f, e)
    if pm:
        return finish(ctx, s, pm.end(), *_point_or_range(val, low, high), lx.pct_en[pm.group(1).lower()], "percent", floor)
    cm = lx.re_cur_en.match(f, e)
    if cm and f[e:e + 1] == " " and cm.group(1).lower() in ("pound", "pounds") and not pounds_money(ctx, e, cm.end()):
        return finish(ctx, s, cm.end(), *_point_or_range(val, low, high), "pounds", "measure", floor)  # "two pounds less"
    if cm and f[e:e + 1] == " ":
        end, code = cm.end(), lx.cur_en[cm.group(1).lower()]
        cents = CENTS_AFTER.match(f, end) if not code.endswith("¢") else None
        if cents:  # "four dollars and twenty cents"
            val, end = val + (parse_number(cents.group(1)) or 0) / 100, cents.end()
        return finish(ctx, s, end, *_point_or_range(val, low, high), code, "money", floor)
    if not count_context_en(ctx, s, e):
        return None
    return finish(ctx, s, e, *_point_or_range(val, low, high), "", "count", floor)


def _point_or_range(val: Decimal, low: Decimal | None, high: Decimal | None) -> tuple[Decimal | None, ...]:
    return (val, None, None) if low is None else (None, low, high)


def vague_or(val: Decimal | None, f: str, p: int) -> bool:
    """Is "<val> or <number at p>" a vague range: whole numbers, the second larger and at most twice the first
    (two or three, 80 or 90), not a choice between far figures ("1 or 10")?"""
    m = re.match(r"[0-9]{1,3}(?![0-9.,])|[A-Za-z-]+", f[p:p + 12])
    v2 = parse_number(m.group()) if m else None
    return val is not None and v2 is not None and val == int(val) and v2 == int(v2) and 0 < val < v2 <= 2 * val


def read_num(ctx: Ctx, s: int, e: int, core: str, floor: int) -> Hit | None:
    f, lx = ctx.f, ctx.lx
    prev = f[s - 1] if s else ""
    first = core[0]
    arabic = first.isdigit()
    if first == "一" and len(core) > 1 and core[1] == "一" and prev and prev in "唯統同單專均劃":
        return None  # 唯一一台, 統一一致: the first 一 ends a word (唯一 "the only"), 一一 is no eleven
    if first in "萬億兆" and not (len(core) == 1 and (prev == "上" or lx.re_q_zh.search(f, max(0, s - 5), s))):
        return None  # 兆美元級別, 萬一: a bare big unit is no number (but 破萬, 逾萬 are over 10,000)
    if f[e:e + 1] == "、" and (len(core) == 1 or (core.isdigit() and len(core) <= 3)) and f[s - 1:s] != "、":
        pair = read_adjacent_pair(ctx, s, e, core, floor)
        if pair is not None:
            return pair  # 5、6萬頭, 二、三十億元: two adjacent digits make a vague range
    if core in ("零", "〇", "○") and CJK.match(f[e:e + 1] or "a"):
        return None  # 零組件, 零售, 零和: 零 starts a word here, it is no zero
    if arabic and listed(ctx, s, e, core):
        return None
    glued = lx.re_glued_code.search(f, max(0, s - 4), s) if arabic and prev.isascii() and prev.isalpha() or prev == "." \
        else None  # USD5bn, Rs.500: a currency code glued to the number is no model name
    if arabic and not glued:
        if prev and prev.isascii() and (prev.isalpha() or prev in "#_@&") and not (
                ctx.zh and lx.re_reading_zh.search(f, max(0, s - 12), s)) and not (
                ctx.zh and prev.isalpha() and BIG_TAIL.search(core) and lx.re_cur_zh.match(f, e)):
            return None  # H100, B5G, A10, M2: model numbers and identifiers (but AQI138 is a reading, Google27億美元 a fine)
        if prev and prev in "-/:." and s >= 2 and f[s - 2].isascii() and f[s - 2].isalnum():
            return None  # GPT-4, 11/14, 11:06
        nx = f[e:e + 2]
        if nx[:1] and nx[:1] in ":/" and nx[1:2].isdigit():
            return None
        if core[0] == "0" and len(core) > 1 and core[1:2].isdigit():
            return None  # 02-2345: phone numbers and codes
        if ctx.zh and prev == " " and f[s - 2:s - 1].isascii() and f[s - 2:s - 1].isalpha() and CJK.match(f[e:e + 1] or "a"):
            return None  # "Snapdragon 4s Gen 2處理器": a Latin name's number, then Chinese
    nb = lx.re_not_before_zh.search(f, max(0, s - 2), s)
    if nb and not (nb.group().endswith("數") and arabic) and not (nb.group() in ("前", "後") and lx.re_pct_zh.match(f, e)):
        return None  # 第2季, 每一分, 數千億, 連六月 (but 人口數13.5% is a share: 數 ends the noun there; 前20%者 a share too)
    if core in ("百", "千") and prev != "上" and not lx.re_q_zh.search(f, max(0, s - 5), s) \
            and not (f[e:e + 1] and f[e] in "萬億多餘幾") and not lx.re_cur_zh.match(f, e) \
            and not ((um := lx.re_unit_zh.match(f, e)) and um.group(1) in lx.measure_zh and prev in "漲跌升降增減"):
        return None  # 維基百科, 千里: a bare 百/千 is a number only as 上百, 逾千, 千元, 上漲百點 (一百 has its digit)
    if prev == "上" and first in "百千萬億" and len(core) <= 2:
        return read_upward(ctx, s, e, core, floor)  # 上千輛, 上百款: "upwards of a thousand"
    if not arabic and (vp := VAGUE_PAIR.fullmatch(core)) and _DIGIT[vp.group(3)] == _DIGIT[vp.group(2)] + 1 \
            and not (vp.group(1) and vp.group(4)):
        return read_vague_pair(ctx, s, e, vp, floor)  # 兩三百人 (but 八五折 is 85 折)
    if len(core) > 1 and core[-1] == "千" and (um := lx.re_unit_zh.match(f, e - 1)) and um.group(1).startswith("千") \
            and um.group(1) in lx.measure_zh:
        core, e = core[:-1], e - 1  # 420萬千瓦 is 420萬 kW: 千 starts the unit (千瓦, 千克), it is no thousand
    val = parse_number(core)
    if val is None:
        return None
    end = e
    scale_en = 1
    # Right of the number: an English scale word (12.9bn, 500 Billion, $5m).
    sm = SCALE_EN.match(f, end)
    cur_left = lx.re_cur_prefix.search(f, max(0, s - 8), s)
    if sm and (sm.group(1) or sm.group(2) or (sm.group(3) and cur_left)):
        scale_en = SCALE_VAL[(sm.group(1) or sm.group(2) or sm.group(3)).lower()]
        end = sm.end()
    val *= scale_en
    qual_suffix = None
    big = re.match("[多餘幾]([萬億兆]+)", f[end:end + 4])
    if big and val is not None:
        # 1,000多億元, 100多萬人, 十幾萬: "more than" sits before the big unit, which still scales the number.
        # 7億5900餘萬 = 7億 + 5900萬 (the trailing unit scales the last group only), 1,000多億 = 1,000億
        whole = parse_number(core + big.group(1)) if scale_en == 1 else None
        val = whole if whole is not None else val * (parse_number("一" + big.group(1)) or 1)
        qual_suffix, end = "over", end + big.end()
    elif f[end:end + 2] == "多元" and core[-1] in "十百千萬億兆" and lx.re_cur_zh.match(f, end + 1):
        qual_suffix, end = "over", end + 1  # 九億多元: "more than" before 元 (but 多元 alone means "diverse")
    elif f[end:end + 1] and f[end:end + 1] in "多餘幾" and f[end:end + 2] not in ("多元", "多數", "多項"):
        # 100多家, 10餘家, 二十幾家: "more than" sits between number and classifier.
        if lx.re_unit_zh.match(f, end + 1) or lx.re_cur_zh.match(f, end + 1):
            qual_suffix, end = "over", end + 1
    u = unit_at(ctx, end, core, val)
    if u is SKIP:
        return None
    low = high = None
    core2 = core  # the core that carries the big unit of the figure: the upper end of a range (50至60萬)
    # Ranges: 500–600 億美元, 98%～99%, ~$50-60 Billion, 五到六成, between 5 and 6 percent.
    after1 = u[2] if u else end
    rm = RANGE_SEP.match(f, after1)
    sep = rm.group("sep").lower() if rm else ""
    if sep == "to" and (CHANGE_EN.search(f, max(0, s - 40), s) or (
            FROM_EN.search(f, max(0, s - 12), s) and not lx.re_range_cue_en.search(f, max(0, s - 40), s))):
        rm = None  # "rose $2.89 to $79.81", "from 4% to 5%": a change and a level, not a range
    if rm and sep in ("至", "到") and u is not None and u[1] != "percent" and CHANGE_ZH.search(f, max(0, s - 4), s):
        rm = None  # 上漲2.5元至78.5元: a change, then the level it reached (but 成長約3%到4% is a range of rates)
    if rm and sep == "or" and (ctx.zh or not vague_or(val, f, rm.end())):
        rm = None  # "5 or 50", "1 or 2%" with other units: only two close whole numbers make a vague range
    if rm and (sep != "and" or BETWEEN.search(f, max(0, s - 16), s)):
        m2 = CORE.match(f, rm.end())
        if m2 and m2.lastgroup == "num" and m2.group()[0] not in "萬億兆":
            v2 = parse_number(m2.group())
            end2 = m2.end()
            sc2 = 1
            sm2 = SCALE_EN.match(f, end2)
            if sm2 and (sm2.group(1) or sm2.group(2) or (sm2.group(3) and cur_left)):
                sc2 = SCALE_VAL[(sm2.group(1) or sm2.group(2) or sm2.group(3)).lower()]
                end2 = sm2.end()
            u2 = unit_at(ctx, end2, m2.group(), v2) if v2 is not None else SKIP
            if u2 is None and u is None and sep in ("至", "到") and f.startswith("成", end2) and v2 is not None \
                    and 0 < v2 <= 10 and f[end2 + 1:end2 + 2] not in CHENG_WORD:
                u2 = ("%", "percent", end2 + 1)  # 三到四成民眾: the range itself marks the share, whatever follows
            if v2 is not None and u and u2 and u2 is not SKIP and {u[0], u2[0]} <= {"%", "%+"} and "%+" in (u[0], u2[0]) \
                    and scale_en == sc2 == 1:
                lo, hi = cheng_percent(f, s, val, u), cheng_percent(f, m2.start(), v2, u2)
                if lo < hi:  # 4成到4成5, 5成5到6成: a range of shares in tenths, one end with a further digit
                    low, high, u, end = lo, hi, ("%", "percent", u2[2]), u2[2]
            elif v2 is not None and u2 is not SKIP and (u is None or (u2 and u2[0] == u[0])):
                lo, hi = val, v2 * sc2
                if scale_en == 1 and sc2 > 1:
                    lo = lo * sc2  # ~$50-60 Billion: the scale of the upper end applies to both
                tail = BIG_TAIL.search(m2.group())
                if tail and not re.search("[萬億兆千百]", core):
                    lo = lo * (parse_number("一" + tail.group()) or 1)  # 500–600 億: the 億 applies to 500 too
                if u2 and u2[1] == "percent" and u2[0] == "%" and f[u2[2] - 1] == "成":
                    lo, hi = lo * 10, hi * 10  # 五到六成 = 50-60%
                if lo < hi and not (is_year(core) and is_year(m2.group())):
                    low, high, u, end = lo, hi, (u2 or u), (u2[2] if u2 else end2)
                    core2 = m2.group()
    if low is None and u:
        end = u[2]
    if low is None and (cur_left or (u and u[1] == "money")):
        cents = CENTS_AFTER.match(f, end)
        if cents:  # "2 dollars and 50 cents", "$4 and 99 cents": one amount
            val, end = val + (parse_number(cents.group(1)) or 0) / 100, cents.end()
    if u is None and cur_left:
        u = ("", "count", end)  # $185.25: the currency prefix makes it money (set in finish)
    if u is None and not ctx.zh and (code := ctx.passage.rate_currency(s, end)):
        u = (code, "money", end)  # "the yen stood at 108.55 per dollar"
    if u is None and ctx.zh and "." in core and (code := ctx.passage.quoted_in(s)):
        u = (code, "money", end)  # 美元兌日圓升至108.55
    if u is None:
        u = bare_unit(ctx, s, end, core2, val if low is None else high, scale_en)
    if u is None and not ctx.zh and scale_en >= 10**6:
        u = ("", "count", end)  # "grew to 67.3 million": a scaled English number is a quantity
    if u is None and ctx.zh and "." in core and pure_number(ctx, s):
        u = ("", "count", end)  # 吉尼係數為0.458, put/call ratio值由1.56: a coefficient is a pure number
    if u is None and ctx.zh and (reading := ctx.passage.reading(s)):
        u = (reading, "measure", end)  # AQI指數達150: a reading of the index named before it
    if u is None and (carried := ctx.passage.carried_points(s, val >= 100)):
        u = (carried, "measure", end)  # "fell 102.2 points, or 0.4%, to 27,934.02": the level is in points
    if u is None:
        return None
    unit, kind = u[0], u[1]
    if kind == "measure+":
        kind, qual_suffix = "measure", "over"
    if unit == "%+" and val is not None:
        # 七成五 = 75 %, 2成87 = 28.7 %: the digits after 成 are the next decimal places of the tenths
        tail = "".join(str(parse_number(ch)) for ch in f[f.index("成", s) + 1:end])
        unit, val = "%", Decimal(f"{val}.{tail}") * 10
    if low is None and unit == "%" and f[end - 1:end] == "成" and val is not None:
        val = val * 10
    if unit == "折" and val is not None and 10 < val < 100 and "." not in core and core.isdigit():
        val = val / 10  # 85折 is 8.5 折 (15 % off), written without its point
    if low is not None:
        val = None
    return finish(ctx, s, end, val, low, high, unit, kind, floor, qual_suffix=qual_suffix)


def cheng_percent(f: str, s: int, val: Decimal, u: tuple[str, str, int]) -> Decimal:
    """The percent of a share in tenths read from ``s``: 4成 = 40, 4成5 = 45 (unit "%+"), 45% = 45."""
    if u[0] == "%+":
        tail = "".join(str(parse_number(ch)) for ch in f[f.index("成", s) + 1:u[2]])
        return Decimal(f"{val}.{tail}") * 10
    return val * 10 if f[u[2] - 1:u[2]] == "成" else val


def listed(ctx: Ctx, s: int, e: int, core: str) -> bool:
    """A plain Arabic number followed by a list separator ("1,1,1", "1、2") or by a space and a digit
    ("1 1 1"), with no currency sign before it: nothing right of it can make it a figure (no unit,
    scale, range or count noun starts there), so it is dropped before the costly reading. Hostile
    runs of such numbers stay cheap this way."""
    f, lx = ctx.f, ctx.lx
    nx = f[e : e + 1]
    if not (nx in lx.list_after and nx) and not (nx == " " and f[e + 1 : e + 2] in DIGITS and not lx.digit_word):
        return False
    if nx == " " and lx.re_model_then_noun.match(f, e):
        return False  # "400 737 Max jets": a count before a model number
    if ctx.zh and ((ctx.passage.last_reading is not None and s - ctx.passage.last_reading[0] <= 24)
                   or lx.re_reading_zh.search(f, max(0, s - 12), s)):
        return False  # 嘉義AQI138、新營120、善化137: a list of readings, read by passage.reading
    if not ctx.zh and casualty_count_en(ctx, s, e, core):
        return False  # "has killed more than 39,000, according to": the victims are counted
    if "." in core and ctx.zh and pure_number(ctx, s):
        return False  # 吉尼係數為0.539，: a coefficient before a comma is still read
    if "." in core and ctx.passage.may_carry(s):
        return False  # "to 27,934.02, its high", "美元兌日圓升至108.55，": the unit comes from the left
    return core.isascii() and not lx.re_cur_prefix.search(f, max(0, s - 8), s)


def read_upward(ctx: Ctx, s: int, e: int, core: str, floor: int) -> Hit | None:
    """上千輛, 上百款, 上萬人: 上 before a bare place word means "upwards of" it (over), with a unit after it."""
    val = parse_number(core)
    if val is None:
        return None
    u = unit_at(ctx, e, core, val)
    if u is None:
        u = bare_unit(ctx, s, e, core, val, 1)
    if u is None or u is SKIP:
        return None
    return finish(ctx, s - 1, u[2], val, None, None, u[0], u[1], floor, qual_suffix="over")


def read_adjacent_pair(ctx: Ctx, s: int, e: int, core: str, floor: int) -> Hit | None:
    """5、6萬頭, 二、三十億元, 2、3罐: a digit, 、 and the next digit with its place and unit are a vague range;
    the place of the second (萬, 十億) applies to the first. A longer list (1、2、3) is no range."""
    f = ctx.f
    m2 = CORE.match(f, e + 1)
    v1 = parse_number(core)
    if not m2 or m2.lastgroup != "num" or v1 is None:
        return None
    c2 = m2.group()
    d2, v2 = parse_number(c2[0]), parse_number(c2)
    if len(core) > 1:  # 15、16度, 18、19度: two consecutive whole numbers with one unit are an enumerated range
        d2 = v2 if c2.isdigit() and len(c2) == len(core) else None
    if d2 is None or v2 is None or d2 != v1 + 1 or c2[0].isdigit() != core.isdigit() or (
            c2.isdigit() and len(c2) > 1 and len(core) == 1):
        return None  # 2、30 is a list, not "two or three tens"
    u = unit_at(ctx, m2.end(), c2, v2)
    if u is None and f.startswith("成", m2.end()) and f[m2.end() + 1:m2.end() + 2] not in CHENG_WORD and v2 <= 10:
        u = ("%", "percent", m2.end() + 1)  # 3、4成民眾: the pair itself marks the share, whatever follows
    if u is None and re.search("[萬億兆]", c2):
        u = bare_unit(ctx, e + 1, m2.end(), c2, v2, 1)
    if u is None or u is SKIP or f[u[2]:u[2] + 1] == "、":
        return None
    place = v2 / d2 if len(c2) > 1 and not c2.isdigit() else Decimal(1)
    if u[1] == "percent" and f[u[2] - 1:u[2]] == "成":
        v1, v2 = v1 * 10, v2 * 10  # 3、4成 = 30-40 %
    return finish(ctx, s, u[2], None, v1 * place, v2, u[0], u[1], floor)


# A coefficient or ratio named right before a decimal: 吉尼係數為, 比值升至, ratio值由.
def pure_number(ctx: Ctx, s: int) -> bool:
    """Is the decimal at ``s`` a pure number: a coefficient or index named before it (吉尼係數為0.539), or the level a
    pure number named just before moved to (put/call ratio值由1.56降至1.2, 分配比由8.24勁升至9.32)?"""
    f, (end, unit) = ctx.f, ctx.last_figure
    return bool(_COEFFICIENT.search(f, max(0, s - 40), s)) or (
        unit == "" and "." in f[end - 5:end] and re.fullmatch("[勁大再續]?[升降增減跌漲]?(?:至|到)", f[end:s]) is not None)


# A statistic that is a pure number (an index level, a coefficient, an earned-run average) may be glossed in brackets
# and followed by a short verb: 吉尼係數（Gini coefficient）升至0.539, 美元指數再跌0.1%，為96.32 (not across a clause
# break), 防禦率2.56, 分配比由8.24.
_COEFFICIENT = re.compile(r"(?:係數|比值|比率|分配比|ratio值|ratio|指標值|指數|防禦率|自責分率)(?:[（(][^（）()]{1,30}[）)])?"
                          r"[^，。；！？0-9（）()]{0,8}$")


# 上漲2.5元至78.5元, 增加3成至50萬: a verb of change right before the first figure.
CHANGE_ZH = re.compile("(?:上漲|下跌|大漲|大跌|走高|走低|增加|減少|成長|衰退|下滑|上升|下降|調升|調降|調高|調低|漲|跌|升|降|增|減)了?(?:約|近|逾)?$")


# 兩三百人, 七八成, 一兩百萬元, 三四十家, 十七八家: two adjacent digits (the second one more) make a vague range;
# the place words after them (十, 百, 萬) scale both.
VAGUE_PAIR = re.compile("(十)?([一二兩三四五六七八])([二兩三四五六七八九])([十百千萬億]*)")
_DIGIT = {"一": 1, "二": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def read_vague_pair(ctx: Ctx, s: int, e: int, vp: re.Match[str], floor: int) -> Hit | None:
    f = ctx.f
    ten, a, b, places = vp.groups()
    lo, hi = _DIGIT[a], _DIGIT[b]
    if ten:
        lo, hi = lo + 10, hi + 10
    place = parse_number("一" + places) if places else Decimal(1)
    if place is None:
        return None
    low, high = Decimal(lo) * place, Decimal(hi) * place
    u = unit_at(ctx, e, vp.group(), high)
    if u is None and places and re.search("[萬億]", places):
        u = bare_unit(ctx, s, e, vp.group(), high, 1)
    if u is None or u is SKIP:
        return None
    if u[1] == "percent" and f[u[2] - 1:u[2]] == "成":
        low, high = low * 10, high * 10  # 七八成 = 70-80 %
    return finish(ctx, s, u[2], None, low, high, u[0], u[1], floor)
