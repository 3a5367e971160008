"""What sits around a read figure: currency prefix, sign, qualifier (約, more than, 以上) and period (每年, a year)."""

from __future__ import annotations

import re
from decimal import Decimal

from .context import Ctx
from .patterns import (
    AT_MOST_NEAR,
    AT_MOST_NOUN,
    CJK,
    CLAUSE_END,
    FIGURE_CHAR,
    PER_ADJ_BEFORE_EN,
    PER_AFTER_NOUN_EN,
    PER_EN,
    PER_LATER_EN,
    PER_OPENING_EN,
    PER_RATE_EN,
    PER_WORD_ZH,
    Hit,
)


def finish(ctx: Ctx, s: int, e: int, val: Decimal | None, low: Decimal | None, high: Decimal | None, unit: str,
            kind: str, floor: int, *, qual_suffix: str | None = None) -> Hit | None:
    """Add what sits left (sign, currency, qualifier, 每年) and right (以上, /Year) of a read figure."""
    f, lx = ctx.f, ctx.lx
    if unit.endswith("¢"):  # 50 cents, 30美分: hundredths of the currency
        unit = unit[:-1]
        val, low, high = (None if x is None else x / 100 for x in (val, low, high))
    start = s
    cm = lx.re_cur_prefix.search(f, max(floor, start - 8), start)
    if cm and kind in ("count", "money", "yuan"):
        code = lx.prefix_code(cm.group(1))
        if cm.group(1) == "$":
            code = ctx.passage.dollar(cm.start(), e) or code  # "All figures in Canadian dollars": $ is CAD
        if code == "¥":
            near = f[max(0, s - 30):e + 30]
            code = "CNY" if ctx.doc.language == "zh-Hans" or re.search("人民幣|RMB|yuan|China|Chinese|中國", near) else "JPY"
        pre = f[cm.start() - 1:cm.start()] if cm.start() else ""
        if not (cm.group(1).isascii() and cm.group(1).isalpha() and pre.isascii() and pre.isalpha()):
            if kind != "money":  # 新台幣13,000元 is TWD; in 新台幣5,000萬美元 the 美元 is more specific
                unit = code
            kind, start = "money", cm.start()
    if cm and cm.group(1) == "$" and (dm := _DOLLAR_NATION.match(f, e)):
        unit, e = _NATION_DOLLAR[dm.group(1).lower()], dm.end()  # ($254-billion Canadian): the dollar named after
    bare_yuan = kind == "yuan" and cm is None  # 元 with no currency word yet: one before a qualifier may name it
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
    elif f[max(floor, start - 2):start] == "零下" and unit not in ("%", "pp"):
        val, low, high = (None if x is None else -x for x in (val, low, high))  # 零下32度: below zero
        if low is not None and high is not None:
            low, high = high, low
        start -= 2
    qualifier = "exact"
    window_start = max(floor, start - 30)
    prev = f[start - 1:start]
    qm = None
    if prev.isascii() and (prev.isalpha() or prev == " ") and not (prev == " " and CJK.match(f[start - 2:start - 1] or "a")):
        qm = lx.re_q_en.search(f, window_start, start)
        if qm:
            qualifier, start = lx.q_en[qm.group(1).lower()], qm.start()
            outer = lx.re_q_en.search(f, window_start, start) if qualifier == "approx" else None
            if outer and lx.q_en[outer.group(1).lower()] not in ("approx", "exact"):
                qualifier, start = lx.q_en[outer.group(1).lower()], outer.start()  # "up to about 100": a cap
    if not qm:
        item = _PER_ITEM.search(f, max(floor, start - 4), start) if ctx.zh else None
        probe = item.start() if item else start  # 約每坪800元: the qualifier stands before the unit price's 每坪
        qm = lx.re_q_zh.search(f, max(floor, probe - 5), probe)
        if qm and f[qm.start() - 1:qm.start()] in lx.q_zh_not_after.get(qm.group(1), "") and qm.start() > 0:
            qm = None  # 買超1.2萬張 is a net purchase, 最近 "recently", 打破 a record: no qualifier
        if qm:
            qualifier, start = lx.q_zh[qm.group(1)], qm.start()
            cq = lx.re_cur_prefix.search(f, max(floor, start - 8), start) if bare_yuan else None
            if cq and not cq.group(1).isascii():
                unit, start = lx.prefix_code(cq.group(1)), cq.start()  # 新台幣約360億元: the currency before 約
    pm = lx.re_per_zh.search(f, max(floor, start - 4), start)
    per = lx.per_zh[pm.group(1)] if pm else None
    if pm:
        start = pm.start()
    elif ctx.zh and (pay := lx.re_pay_zh.search(f, max(floor, start - 6), start)):
        per = lx.pay_zh[pay.group(1)]
    else:
        per = per_in_clause(ctx, start, floor)
    sq = lx.re_q_zh_suffix.match(f, e)
    if sq and sq.group(1) in ("多", "餘") and f[e - 1:e] in ("成", "倍") and qualifier in ("exact", "approx") \
            and not CJK.match(f[sq.end():sq.end() + 1] or "a"):
        qualifier, e = "over", sq.end()  # 7成多, 3倍多: more than
    elif sq and sq.group(1) not in ("多", "餘"):
        bound = lx.q_zh_suffix[sq.group(1)]
        if qualifier == "exact" or (qualifier == "approx" and bound in ("at_least", "at_most")):
            qualifier = bound  # 約9成以上: the bound is the sharper word
        e = sq.end()
    elif qualifier == "exact" and ctx.zh and kind == "money" and f[start - 1:start] == "滿" and start - 1 >= floor \
            and f[start - 2:start - 1] not in ("未", "屆", "集", "不", "充", "圓", "美"):
        qualifier, start = "at_least", start - 1  # 單筆消費滿300元送…: a spending threshold, the amount or more
    elif qualifier == "exact" and kind in ("money", "measure") and _FROM_PRICE.match(f, e):
        qualifier, e = "at_least", e + 1  # 售價22,990元起, 每人1,500元起跳: a starting price
    elif qual_suffix and qualifier == "exact":  # 100多家: "more than"; 約4億多元 stays approx (約 before the whole)
        qualifier = qual_suffix
    else:
        sq = lx.re_q_en_suffix.match(f, e)
        if sq:  # "5 or more", "10,000+"
            if qualifier == "exact":
                qualifier = lx.q_en_suffix[sq.group(1).lower()]
            e = sq.end()
    if qualifier == "exact" and f[e:e + 1] == "內" and f[e + 1:e + 2] in _AFTER_NEI:
        qualifier, e = "at_most", e + 1  # 控制在90W內, 10公里內: within, like 以內
    elif qualifier == "exact" and ctx.zh and _AT_LEAST_FLOAT.search(f, max(floor, start - 8), start):
        qualifier = "at_least"  # 至少聘任三位, 至少還須走上1公里: 至少 floats before the verb of its figure
    elif qualifier == "exact" and ctx.zh and unit == "%" and (sq2 := _SHARE_OF.search(f, max(floor, start - 10), start)) \
            and not _CHANGE_IN_GAP.search(sq2.group(2)) and ("的" not in sq2.group(2) or "占" in sq2.group(1) or "佔" in sq2.group(1)):
        qualifier = _SHARE_QUALIFIER[sq2.group(1)]  # 約占總人口的2.8%, 超過全台人口1%, 不到市價一成: a share of a whole
        # (but 低於市場預期的5.9%: with 的 the figure is the compared value itself, exact)
    ps = lx.re_per_suffix.match(f, e)
    if ps and per is None:
        per = lx.per_suffix[ps.group(1).lower()]
        if not ps.group(1).lower().startswith((" in ", " of ")):
            e = ps.end()
    elif per is None and not ctx.zh:
        per = per_after_noun_en(f, e) or (PER_RATE_EN.search(f, max(floor, start - 50), start) and "year")
        if per is None and (op := PER_OPENING_EN.search(f, max(0, start - 120), start)) and \
                not FIGURE_CHAR.search(f, op.start(1), start):
            per = PER_EN[op.group(1).lower()]  # "Each year, it uses more than one million tons of asphalt"
        if per is None:
            per = per_later_en(f, e) or per_adjective_en(f, start, floor)

    if qualifier == "exact" and ctx.zh and is_cap_zh(ctx, s, floor, e):
        qualifier = "at_most"  # 罰金最高可達每日營收的百分之五, 最高補助5萬元
        cap = _CAP_RIGHT_BEFORE.search(f, max(floor, start - 6), start)
        start = cap.start() if cap else start  # the span holds the cap words: 最高達100萬元
    while e > start and f[e - 1] == " ":
        e -= 1
    return Hit(start, e, val, low, high, unit, qualifier, per, kind)


# "$254-billion Canadian", "$5 Australian": a nation's name right after a $ amount names its dollar.
_NATION_DOLLAR = {"canadian": "CAD", "australian": "AUD", "singapore": "SGD", "hong kong": "HKD", "new zealand": "NZD",
                  "taiwan": "TWD", "mexican": "MXN"}
_DOLLAR_NATION = re.compile(r"[ ](?i:(canadian|australian|singapore|hong[ ]kong|new[ ]zealand|taiwan|mexican))\b(?![ ](?:dollar|firm|company|government|bank|bonds?|shares?|stocks?))")
# 每坪, 每股, 每人: the item a unit price or share is counted per, between a qualifier and the figure.
_PER_ITEM = re.compile("每(?:坪|股|人|戶|公斤|台斤|斤|公升|平方公尺|張|件|個|名|位|台|輛|瓶|包|盒)$")
# 起 after an amount: "from" (a starting price), unless it starts a word (起訴, 起飛); 起跳 is the same.
_FROM_PRICE = re.compile("起(?:跳|(?![\u4e00-\u9fff]))")
_AFTER_NEI = frozenset("，。；、的,;）)」") | {""}
# 至少 + a short verb phrase (no figure, no clause break) + the figure.
_AT_LEAST_FLOAT = re.compile(r"(?:至少|最少)[\u4e00-\u9fff]{1,5}$")
_MAY_REACH = re.compile("可高達$")
# A qualifier, then the whole a share is taken of (a short noun, maybe with 的), then the share.
_SHARE_QUALIFIER = {"約占": "approx", "約佔": "approx", "大約占": "approx", "大約佔": "approx", "超過": "over", "逾": "over",
                    "高於": "over", "不到": "under", "未達": "under", "低於": "under", "不足": "under"}
_SHARE_OF = re.compile("(大約占|大約佔|約占|約佔|超過|逾|高於|不到|未達|低於|不足)([\u4e00-\u9fff]{1,6})$")
_CHANGE_IN_GAP = re.compile("成長|增加|減少|下滑|上升|下降|衰退|[漲跌升降增減年月天週季]"
                            "|上限|下限|門檻|標準|目標|預期|預估|水準|紅線|平均")  # 低於法定上限40.6%: a reference value
_CAP_RIGHT_BEFORE = re.compile("(?:最高|最多|上限)(?:可達|可|達到|達|為|是)?$")


def is_cap_zh(ctx: Ctx, s: int, floor: int, e: int | None = None) -> bool:
    """最高/最多/上限 before a figure make it a cap (at_most) only when the figure is a limit: 可 between the two
    (最高可達, 最多可獲), 上限, or a limited thing named in the clause (罰款最高100萬元, 最高補助5萬元).
    Without them 最高 reads a peak that was reached (股價最高漲到120元) and the figure stays exact."""
    f, lx = ctx.f, ctx.lx
    clause = f[max(floor, s - 16):s]
    clause = clause[max(clause.rfind(ch) for ch in CLAUSE_END) + 1:]
    if _MAY_REACH.search(clause):
        return True  # 死亡率可高達60%: "may reach as high as" bounds the figure from above
    m = AT_MOST_NEAR.search(clause) or AT_MOST_NOUN.search(clause)
    if not m or re.search(r"[0-9]", clause[m.start():]) or clause[m.start() - 1:m.start()] == "的":
        return False  # 開出的最高罰金: "the highest ... ever" is a record, not a cap
    if "可" in clause[m.start():] or "上限" in m.group() or m.group().startswith("最多"):
        return True  # 最多 is "at most" itself (每天最多喝12罐); 最高 needs 可 or a capped noun
    if lx.re_cap_noun.search(clause):
        return True
    after = re.split("[，。；！？,;]", f[e:e + 8], maxsplit=1)[0] if e is not None else ""
    return bool(after) and bool(lx.re_cap_noun.search(after))  # 最高300泰銖車資優惠券: the capped thing after the figure


# 一天可新開近四家, 一天要喝2、3罐: "in one day" and a verb make a rate like 每天 does.
_ONE_PERIOD = {"一天": "day", "一日": "day", "一年": "year", "一個月": "month", "一週": "week", "1天": "day", "1年": "year",
               "1個月": "month"}


# 每天應攝取, 每年捐贈, 每年使用量, 每季配息: a few words between the period word and the figure make it a rate (the
# annotated news gives these their period); 每月活躍用戶 names a metric (monthly active users), no rate.
_SHORT_VERB_GAP = re.compile("[\u4e00-\u9fff]{1,6}(?<!用戶)")


def per_in_clause(ctx: Ctx, start: int, floor: int) -> str | None:
    """每年增加約280億元, 每月用電330度: a period word earlier in the clause, with no figure in between."""
    f, lx = ctx.f, ctx.lx
    if not ctx.zh:
        return None
    a = max(floor, start - 16)
    window = f[a:start]
    cut = max(window.rfind(ch) for ch in CLAUSE_END)
    window = window[cut + 1:]
    found = list(PER_WORD_ZH.finditer(window))
    if not found:
        return None
    pm = found[-1]
    if pm.group() in _ONE_PERIOD and window[pm.start() - 1:pm.start()] in ("第", "同", "某", "這", "那", "前", "後", "半", "有",
                                                                         "近", "去", "逾", "統", "唯", "單"):
        return None  # 第一年, 有一天, 近一年: a particular year or day, not "per"
    gap = window[pm.end():]
    if pm.group() in _ONE_PERIOD and gap.startswith(("以下", "以上", "以內", "內", "多", "半", "後", "前", "來", "間")):
        return None  # 年資一年以下的…薪資: a length of time, not "per year"
    if not gap and pm.group() in _ONE_PERIOD:
        return _ONE_PERIOD[pm.group()]  # 留觀費一日三百元: "a day" right before the amount
    if FIGURE_CHAR.search(gap) or gap.endswith("的") or not (lx.re_rate_verb_zh.search(gap) or _SHORT_VERB_GAP.fullmatch(gap)):
        return None  # 每日營收的百分之五: the figure is a share of the noun the period word qualifies, no rate
    # 一天的食量200公斤, 一年的汽車產量已達到2800萬輛: "a day's intake", the figure is the amount per period
    return lx.per_zh.get(pm.group()) or _ONE_PERIOD.get(pm.group())


def per_after_noun_en(f: str, e: int) -> str | None:
    """"237,000 jobs a month": the period after the counted noun (a few words, no other figure)."""
    m = PER_AFTER_NOUN_EN.match(f, e)
    return PER_EN[m.group(1).lower()] if m else None


def per_later_en(f: str, e: int) -> str | None:
    """"more than 10,000 people travel there every year": each/every + period (or annually) later in the clause, with
    no comma, sentence end or other figure between."""
    m = PER_LATER_EN.match(f, e)
    if not m or re.search(r"[0-9]", m.group()):
        return None
    return PER_EN[(m.group(1) or m.group(2)).lower()]


def per_adjective_en(f: str, start: int, floor: int) -> str | None:
    """"an annual operating cost of about $85 million": a period adjective a few words before the figure."""
    m = PER_ADJ_BEFORE_EN.search(f, max(floor, start - 60), start)
    return PER_EN[m.group(1).lower()] if m else None
