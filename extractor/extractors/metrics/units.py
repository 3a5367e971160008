"""The unit right of a number: percent, currency, measure or count, or proof that the figure is no metric."""

from __future__ import annotations

import re
from decimal import Decimal

from .context import Ctx
from .english import casualty_count_en, count_context_en, elided_count_en, pounds_money, qualified_count_en
from .patterns import (
    CHENG_OK,
    CHENG_WORD,
    CJK,
    CLAUSE_END,
    CLOCK,
    INDEX,
    LATIN_UNIT,
    SHARE_BEFORE,
    SKIP,
    ZHE_WORDS,
    Unit,
)


def is_year(core: str) -> bool:
    return len(core) == 4 and core.isdigit() and 1800 <= int(core) <= 2100


def unit_at(ctx: Ctx, p: int, core: str, val: Decimal | None) -> Unit | None:
    """(unit, kind, end) of the unit right of a number, None if there is none, SKIP if it is no metric."""
    f, lx = ctx.f, ctx.lx
    m = lx.re_pct_zh.match(f, p)
    if m:
        return lx.pct_zh[m.group(1)], "percent", m.end()
    if f.startswith("成", p) and not f.startswith("成", p + 1):
        nxt = f[p + 1:p + 2]
        if nxt in "一二三四五六七八九" and nxt and val is not None and 0 < val < 10 and not core[0].isdigit():
            return "%+", "percent", p + 2  # 七成五 = 75%
        tail = re.match(r"[0-9]{1,2}(?![0-9.])", f[p + 1:p + 4])
        after = p + 1 + tail.end() if tail else p
        if tail and core.isdigit() and len(core) == 1 and not (lx.re_unit_zh.match(f, after)
                                                                or lx.re_not_after_zh.match(f, after)):
            return "%+", "percent", after  # 打擊率2成87 = 28.7%, 3成5的民眾 = 35% (but 成長2成5年 keeps 2成)
        if val is not None and 0 < val < 10 and core.isdigit() and len(core) == 1 and nxt not in CHENG_WORD:
            return "%", "percent", p + 1  # 補助9成車輛費用: an Arabic digit and 成 before a noun is a share
        if val is not None and 0 < val <= 10 and (not nxt or nxt in CHENG_OK or not CJK.match(nxt)):
            return "%", "percent", p + 1  # 三成 = 30%, but 50成分股 and 成長 are no shares
        if val is not None and 0 < val <= 10 and nxt not in CHENG_WORD \
                and SHARE_BEFORE.search(f, max(0, p - len(core) - 4), p - len(core)):
            return "%", "percent", p + 1  # 其中約七成投入: a qualified share, then the verb
    if f.startswith("折", p) and val is not None and 0 < val < 100:
        if f[p + 1:p + 2] not in ZHE_WORDS and not (len(core) == 1 and core == "一"):
            return "折", "measure", p + 1  # 7折, 85折 (8.5): a discount as written (GUIDE: 7折 is 7 折, not 70 %)
    m = lx.re_pct_en.match(f, p)
    if m and (m.group()[0] == " " or not f[p:p + 1].isalpha() or m.group(1).lower() in ("bp", "bps", "pct", "pc")):
        return lx.pct_en[m.group(1).lower()], "percent", m.end()
    m = lx.re_cur_zh.match(f, p)
    na = None
    if CJK.match(f[p:p + 1] or " ") or f[p:p + 2].startswith(" ") and CJK.match(f[p + 1:p + 2] or " "):
        na = lx.re_not_after_zh.match(f, p + (1 if f[p:p + 1] == " " else 0))
        mu = lx.re_unit_zh.match(f, p) if na else None
        if na and not (m and m.end() >= na.end()) and not (mu and mu.end() > na.end()) \
                and not f.startswith("大關", na.start()):
            return SKIP  # 2026年, 10月, 第3季, 4.5個月, 3奈米, 分之 (but 5兆日圓 is money)
    if m:
        word = m.group(1)
        code = lx.cur_zh[word]
        after = lx.re_cur_zh.match(f, m.end()) if code == "元" else None
        if after and len(lx.cur_zh[after.group(1)]) == 3:
            return lx.cur_zh[after.group(1)], "money", after.end()  # 100億元人民幣, 7千萬元港幣: the currency named after 元
        if code == "元":
            code = ctx.passage.currency(p, m.end()) or ctx.passage.quoted_in(p - len(core)) \
                or ctx.passage.local_currency(p)  # 人民幣兌美元中間價報6.8053元: a rate quoted in 人民幣
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
        if word in ("pounds", "pound") and not pounds_money(ctx, p, m.end()):
            return "pounds", "measure", m.end()
        return code, "money", m.end()
    m = lx.re_unit_zh.match(f, p)
    if m:
        return zh_unit(ctx, p, m, core, val)
    m = lx.re_unit_en.match(f, p)
    if m and (m.group()[0] == " " or m.group(1) in ("GB", "TB", "MB", "PB", "mph", "kph", "mm", "cm", "km", "kg",
                                                      "GW", "MW", "kWh", "GWh", "TWh", "°C", "°F", "℃", "GHz", "Ghz", "fps", "FPS")):
        return m.group(1), "measure", m.end()
    lu = LATIN_UNIT.match(f, p)
    if lu and core[-1] in "萬億千百" and not (p >= 2 and f[p - 2:p - 1].isascii() and f[p - 2:p - 1].isalpha()):
        word = lu.group(1)  # 5億USD: after a Chinese-scaled number, a currency code in capitals is the currency;
        if word.lower() in lx.cur_en:  # other capitals name a thing (300萬BMW的X6), the unit comes from context
            return lx.cur_en[word.lower()], "money", lu.end()
        return None
    if f[p:p + 1].isascii() and f[p:p + 1].isalpha():
        return SKIP  # 5G, 4s, 1990s, 3D: glued letters make a name, not a quantity
    if (hp := _HYPHEN_PERCENT.match(f, p)):
        return "%", "percent", hp.end()  # 49-per-cent owned, a 100-percent stake
    if f[p:p + 1] == "-" and f[p + 1:p + 2].isalpha():
        hm = lx.re_cur_en.match(f, p + 1)
        if hm and hm.start(1) == p + 1 and hm.group(1).lower() not in ("pound", "pounds"):  # a 5-pound bag: weight
            return lx.cur_en[hm.group(1).lower()], "money", hm.end()  # a 12-cent tax, a 10-dollar bill
        if lx.re_per_suffix.match(f, p):
            return None  # "$6.99-a-month": the period is read by finish
        hm = _HYPHEN_MEASURE.match(f, p)
        if hm:  # a 300-pound cover, a 40-foot tube: a physical size is a figure (a 12-month period, a 6-year-old no)
            word = hm.group(1)
            return ("pounds" if word.lower() == "pound" else word), "measure", hm.end()
        return SKIP  # 12-month, 14-year-old, 50-point: adjectives
    return None


def zh_unit(ctx: Ctx, p: int, m: re.Match[str], core: str, val: Decimal | None) -> Unit:
    f, lx = ctx.f, ctx.lx
    unit = m.group(1)
    end = m.end()
    nxt = f[end:end + 1]
    lone_cn = not core[0].isdigit() and len(core) == 1
    if (qa := _NO_QUANTITY_AFTER.match(f, end)) and (unit in lx.count_zh or unit in ("分", "公里", "公尺", "英里", "米")) \
            and (qa.group() != "處" or _ROAD_BEFORE.search(f, max(0, p - len(core) - 8), p - len(core))):
        return SKIP  # 5件式, 兩班制, 三部曲 (a kind); 4分30秒 (a time); 9公里處 (a position on a road)
    if unit == "個" and _TIME_AFTER_GE.match(f, end + (f[end:end + 1] in "多半")):
        return SKIP  # 45個工作天, 92個年頭, 6個球季: a duration counted in days or years, no metric
    if lone_cn and core in "一" and unit == "倍" and lx.re_q_zh.search(f, max(0, p - 6), p - 1):
        return unit, "measure", end  # 超過一倍, 逾一倍: a qualified "one time(s)" is a figure
    if lone_cn and core == "一" and (unit in lx.count_zh or unit in lx.lone_one_skip) and not lone_one_counts(ctx, p, unit):
        return SKIP  # 一家公司, 一個問題, 一度, 一次: the article "a" or an adverb; 一哩, 一公里 stay measures
    if core == "1" and unit in lx.count_zh and unit not in lx.person_classifiers and unit != "局" and not (
            lone_one_counts(ctx, p, unit) or lx.re_person_count_before.search(f, max(0, p - 5), p - 1)
            or _ONE_STATED.search(f, max(0, p - 8), p - 1) or not nxt or nxt in CLAUSE_END
            or _OTHER_FIGURE.search(f[max(0, p - 14):p - 1] + " " + f[end:end + 12])):
        return SKIP  # 新1波攻擊, 入侵1個組織, 遭遇1起網攻: the digit 1 as the article "a", like 一 (but 僅1家 counts)
    if unit == "名" and _RANK_BEFORE.search(f, max(0, p - len(core) - 16), p - len(core)):
        return SKIP  # 世界排名從第20名下滑至76名: a rank, not a head count
    if core in ("1", "一") and unit in lx.person_classifiers and not one_person_counted(ctx, p, len(core), unit):
        return SKIP  # 1名政治觀察人士說, 一名法官針對…: "a" person introduced, not a head count
    if unit == "分":
        if f[p - len(core) - 1:p - len(core)] in ("時", "點"):
            return SKIP  # 10時30分: a clock time
        if lone_cn and core in "十百萬":
            return SKIP  # 十分 = "very", 百分 = percent word
        if nxt and CJK.match(nxt) and nxt not in "的了以左或" and f[end:end + 2] not in ("一路", "一度", "打點"):
            return SKIP  # 分析, 分別, 分享: 分 starts a word here (but 52.5分一路下滑, 50分或以上 are scores)
    if unit == "點":
        before = f[max(0, p - len(core) - 4):p - len(core)]
        if (val or 0) <= 20 and "." not in core and not CLOCK.search(before) and (
                _POINT_ITEMS.match(f, end) or (f[p - len(core) - 1:p - len(core)] == "有" and f[end:end + 1] in "，：:")):
            return "", "count", end  # 提出四點建議, 主要理由有三點，包括…: points of a list, not o'clock
        if not core[0].isdigit() and (val or 0) < 10 or (nxt and nxt in "分半鐘整") or CLOCK.search(before):
            return SKIP  # 3點半, 下午兩點: clock times
        if (val or 0) < 25 and "." not in core and not INDEX.search(f, max(0, p - len(core) - 16), p):
            return SKIP  # "明天10點開會": a small whole 點 is a time unless an index is named nearby
    if unit in ("度", "次") and not core[0].isdigit() and (core == "二" or core[-1] in "十百千萬"):
        return SKIP  # 百度 (a name), 二次汙染 / 二度 (second, secondary): not a number of times
    if unit == "小時" and ((nxt and nxt in "內後前") or (val == 24 and not core[0:1] == "0")):
        return SKIP  # 24小時覆蓋 is availability, 48小時內 a deadline
    if unit == "國" and ((val or 0) < 3 or is_year(core) or (nxt and nxt in "集聯峰際內外演志時籍會民泰")):
        return SKIP  # 中美兩國 (the two named before), 七國集團, 三國演義, 2017國泰: no count of countries
    if unit == "間" and (not nxt or nxt in CLAUSE_END) and re.search("[萬億兆]", core) and re.search("[至到~～-]", f[max(0, p - len(core) - 8):p - len(core)]):
        return None  # 50至60萬間，: 間 closes the range ("between"), it counts no rooms
    if unit in ("公里", "公尺") and _DIRECTION_BEFORE.search(f, max(0, p - len(core) - 3), p - len(core)):
        return SKIP  # 國道1號南下195.5公里: a milepost on a highway, no distance
    if unit in ("吋", "寸", "英吋") and _SIZE_CLASS_AFTER.match(f, end):
        return SKIP  # 55吋面板, 8吋晶圓: a product's size class, like a chip process size
    if unit == "台" and f.startswith("灣", end):
        return SKIP
    if unit == "張" and not lx.re_stock_ctx.search(f, max(0, p - len(core) - 40), min(len(f), end + 12)):
        return "", "count", end  # 三張顯示卡 counts sheets; 張 is kept as written only for stock lots (持股一張)
    if unit == "局" and (val or 0) < 10 and not _INNINGS_COUNTED.search(f, max(0, p - len(core) - 4), p - len(core)):
        return SKIP  # 花蓮3局靠著保送得分, 在7局上場: the inning something happened in (主投6局 counts innings)
    if unit == "口" and _FUTURES.search(f, max(0, p - len(core) - 40), min(len(f), end + 12)):
        return "口", "measure", end  # 淨多單4,929口: futures and options contracts, kept as written like 張 for stock lots
    if unit == "股" and not core[0].isdigit() and (val or 0) < 10:
        return "", "count", end  # 三股勢力: strands, not shares
    if unit == "個":
        mm = lx.re_unit_zh.match(f, end + (f[end:end + 1] == "多"))
        if mm and mm.group(1) in lx.measure_zh and mm.group(1) not in ("分", "點", "度", "層", "次"):
            after = f[mm.end():mm.end() + 1]
            if mm.group(1) == "小時" and after and after in "內後前":
                return SKIP
            # 23個小時: one figure in hours, 個 only counts them; 3個多小時 is over 3 hours
            return mm.group(1), ("measure" if mm.start(1) == end else "measure+"), mm.end()
    if unit in lx.count_zh and (is_year(core) or _CN_YEAR.fullmatch(core)):
        return SKIP  # 2016家居展, 二○一七人口: a year before a word, no count
    if unit == "人" and val is not None and 2 <= val <= 4 and "." not in core and group_pronoun(ctx, p - len(core), end):
        return SKIP  # 兩人均…, 他們兩人的, 這2人是: "the two of them", a reference back, not a head count
    if unit in lx.count_zh:
        if not core[0].isdigit() and (val or 0) < 10 and lx.re_abstract.match(f, end):
            return SKIP  # 這三個因素, 兩個面向: enumerations of ideas, not quantities (這三項產品 still counts)
        return "", "count", end
    return unit, "measure", end


_HYPHEN_PERCENT = re.compile(r"-(?i:per-cent|percent)\b")
# A size in front of a noun, joined by a hyphen: "a 300-pound cover", "40-foot tubes", "a 5-acre lot".
_HYPHEN_MEASURE = re.compile(r"-((?i:foot|feet|pound|mile|acre|inch|meter|metre|kilometer|kilometre|ton|tonne|gallon|yard|"
                             r"ounce|gram|kilogram|carat|megawatt|gigawatt|square-foot|square-mile|story|storey))\b(?!-old)")


# Before a digit 1 that is a count, not the article: a part of a whole (其中1把), a rate (每天1班), an item of a list
# (、1根香蕉); a 1 that ends its clause (確診1例。, 扇子1把；) is a quantity too.
_ONE_STATED = re.compile("(?:其中|每[^，。；！？]{0,5}|(?:至少|最少|只|僅|共|還)有?|[、，])[ ]?$")
# Another figure near a 1 (投出1次三振和1次保送 after 3支安打, 每4人才有1人): the 1 is a count among counts.
_OTHER_FIGURE = re.compile("(?<![0-9.A-Za-z])(?:[02-9]|1[0-9])[0-9]*(?![0-9年月日時號歲度點])(?=[\u4e00-\u9fff])")
# A road or route before a distance and 處 (林道9公里處, 在58公里處): a position on it, no length.
_ROAD_BEFORE = re.compile("(?:[道路線]|在)[^，。；！？]{0,3}$")
_DIRECTION_BEFORE = re.compile("(?:南下|北上|東向|西向)$")
_SIZE_CLASS_AFTER = re.compile("(?:面板|電視|晶圓|螢幕|利基|廠|機種|筆電|平板)")
# Right after the unit: 式/制/曲 make the figure a kind (五件式吸頭組, 兩班制, 三部曲), 分 + seconds a time (4分30秒),
# 處 a position (林道9公里處).
_NO_QUANTITY_AFTER = re.compile("[式制曲](?![樣])|[0-9０-９一二三四五六七八九十]+秒|處")
# 個 + a word of time: the figure is a duration (durations are no metrics); 4個星期六 counts Saturdays.
_TIME_AFTER_GE = re.compile("工作天|工作日|營業日|交易日|上班日|年頭|球季|賽季|季度|學期|鐘頭|星期(?![一二三四五六日天])|"
                            "禮拜(?![一二三四五六日天])")


# Innings are counted after a pitching or playing verb (主投6.2局, 投了5局, 共打7局), else 7局 names the inning.
_INNINGS_COUNTED = re.compile("(?:投|投了|主投|先發|共|打了|打完|連續|僅|只|再投|中繼|撐了|撐)$")
# Futures and options talk: 口 after a number there counts contracts (台指期, 未平倉, 多單, 選擇權).
_FUTURES = re.compile("期貨|台指期|期指|選擇權|未平倉|多單|空單|淨多|淨空|契約|買權|賣權|部位")


# 點 counting the points of a list: the noun they are (建議, 原因) may follow a short modifier (四點進一步改革).
_POINT_ITEMS = re.compile("[^，。；！？：\\n]{0,4}?(?:建議|提醒|原因|理由|意見|要求|共識|聲明|看法|方向|改革|措施|訴求|說明|結論|"
                          "特色|優勢|重點|策略|原則|目標|問題|疑問|疑慮|主張|承諾|做法|作法|心得|觀察|啟示|差異|不同)")
# A year in Chinese digits (二○一七): four positional digits, one of them a zero sign.
_CN_YEAR = re.compile("[一二三四五六七八九][○〇零][一二三四五六七八九○〇零]{2}")
# A rank named before a 名 figure in its clause: 排名, or an ordinal 第N名 (then 至76名 continues it).
_RANK_BEFORE = re.compile("(?:排名|名次|第[0-9一二三四五六七八九十百]+名)[^，。；！？,;]{0,12}$")


def _same_amount_in_money(ctx: Ctx, core: str) -> str | None:
    """The currency of the same written amount followed by a currency word elsewhere in the text (54萬元, 54萬美元)."""
    hit = ctx.money_amount(core)
    if hit is None:
        return ctx.money_read.get(core)  # 仍欠銀行159萬 after 貸款159萬 was read as money
    i, end, word = hit
    code = ctx.lx.cur_zh[word]
    return (ctx.passage.currency(i, end) or ctx.passage.local_currency(i)) if code == "元" else code


def one_person_counted(ctx: Ctx, p: int, width: int, unit: str) -> bool:
    """一名/1名/一位 counts a person only where the number is the news: a casualty or arrest (造成1名騎士受傷,
    另有一名員工受傷) or a count word in front (僅一名, 至少1名). Elsewhere it introduces someone ("1名分析師說",
    "一名法官針對…判決"), which the gold does not count."""
    f, lx = ctx.f, ctx.lx
    s = p - width
    if lx.re_person_count_before.search(f, max(0, s - 4), s) or part_of_count(f, s, unit):
        return True
    clause = re.split("[，。；：！？,;]", f[p + len(unit):p + len(unit) + 16], maxsplit=1)[0]
    return bool(lx.re_person_count_after.search(clause))


# Right before a small 人 figure: a pronoun or demonstrative (他們兩人, 這2人), or a clause start with at most a
# linking word (，兩人均…, 不過兩人, 。兩人對…): the figure refers back to people named before.
_GROUP_BEFORE = re.compile("(?:他們|她們|我們|你們|雙方|[這那此該其]|(?:^|[，。；：！？「『」』\n])[ ]?(?:不過|但是|但|而且|而|卻|並且|並|且|後來|隨後|最後|當時)?[ ]?)$")


def group_pronoun(ctx: Ctx, s: int, end: int) -> bool:
    """Is the figure of people between ``s`` and ``end`` a pronoun ("the two of them") rather than a count? It is
    when it opens its clause or follows a demonstrative, unless the clause reports it as a toll (兩人受傷)."""
    f, lx = ctx.f, ctx.lx
    if not _GROUP_BEFORE.search(f[max(0, s - 5):s]) and s > 0:
        return False
    clause = re.split("[，。；：！？,;]", f[end:end + 16], maxsplit=1)[0]
    return not lx.re_person_count_after.search(clause)


def part_of_count(f: str, s: int, unit: str) -> bool:
    """Is the 一 at ``s`` "one of them" after a count in the same classifier earlier in its sentence (查扣4把改造手槍，
    其中一把…, 逮捕2名車手，其中一人…)? Without that count, 其中一個可能性 only introduces something."""
    if not f[max(0, s - 3):s].endswith(("其中", "其中有")):
        return False
    sentence = re.split("[。！？\n]", f[max(0, s - 40):s])[-1]
    units = "名|位|人" if unit in ("名", "位", "人") else re.escape(unit)  # 逮捕2名車手，其中一人: any person word
    return bool(re.search(f"[0-9一二兩三四五六七八九十廿百千](?:{units})", sentence))


def lone_one_counts(ctx: Ctx, p: int, unit: str) -> bool:
    """A lone Chinese 一 before a classifier is mostly the article "a" (一家公司, 一個問題), but it counts one
    person or seat (一名員工, 一位股東, 一席董事: CONTRACT counts 名/位) and one thing acquired or provided
    (添購一輛, 設置一所): the verb puts the number in focus. 同一位, 唯一 name sameness, not a count."""
    f, lx = ctx.f, ctx.lx
    s = p - 1
    if f[s - 1:s] in lx.lone_one_not_after:
        return False
    if part_of_count(f, s, unit):
        return True  # 查扣4把槍，其中一把…: one part of a count given just before
    if unit == "張":
        return bool(lx.re_stock_ctx.search(f, max(0, s - 40), min(len(f), p + 13)))  # 持股一張: one stock lot
    nxt = f[p + len(unit):p + len(unit) + 7]
    if "的" in re.split("[，。；：！？、,;]", nxt, maxsplit=1)[0]:
        return False  # 服務一名客戶的成本, 一位緊咬此案的立委: a generic or described "a", not a count
    if unit in lx.person_classifiers:
        return one_person_counted(ctx, p, 1, unit)
    if unit in lx.lone_one_count:
        return True
    return unit in lx.count_zh and bool(lx.re_lone_one_verb.search(f, max(0, s - 4), s))


def bare_unit(ctx: Ctx, s: int, e: int, core: str, val: Decimal, scale_en: int) -> tuple[str, str, int] | None:
    """A number without a unit: a Chinese 萬/億 amount (money or count by context) or an English count."""
    f, lx = ctx.f, ctx.lx
    if re.search("[萬億兆]", core) and (core[0] not in "萬億兆" or len(core) == 1):
        a, b = max(0, s - 12), min(len(f), e + 6)
        window = f[a:b]
        for ch in CLAUSE_END:
            i = window.rfind(ch, 0, s - a)
            if i >= 0:
                window = window[i + 1:]
                a += i + 1
        stop = [window.find(ch, s - a) for ch in CLAUSE_END]
        stop = [x for x in stop if x >= 0]
        if stop:
            window = window[:min(stop)]
        if core in ("千萬", "萬萬") and f[e:e + 1] and f[e] in "不別勿要記得":
            return None  # 千萬不要, 千萬記得: "by all means", an adverb
        if any(w in window for w in lx.money_ctx_zh):
            # 成交量...718億: a market amount in the declared or the local currency
            return ctx.passage.currency(s, e) or ctx.passage.local_currency(s), "yuan", e
        if (code := ctx.listed_after_money(s)) is not None:
            return code, "money", e  # 貸款159萬、115萬: the next amount of a list of sums
        if (code := _same_amount_in_money(ctx, core)) is not None:
            return code, "money", e  # 18年後的54萬 after 存款累積到54萬元: the same amount, named as money before
        return "", "count", e
    if core in ("百", "千") and ctx.zh and (f[s - 1:s] == "上" or lx.re_q_zh.search(f, max(0, s - 5), s)) \
            and CJK.match(f[e:e + 1] or "a") and not lx.re_not_after_zh.match(f, e):
        return "", "count", e  # 逾百鄉親, 上千就業機會: a bare hundred or thousand before a noun counts it
    if not ctx.zh or not CJK.search(f[max(0, s - 2):e + 2]):
        if is_year(core) or (core.isdigit() and len(core) == 4 and scale_en == 1 and "," not in core):
            return None
        if lx.re_month_before.search(f, max(0, s - 6), s) or lx.re_month_after.match(f, e):
            return None  # Nov. 10, 10 November: dates
        if core in lx.emergency and f.startswith((" call", " emergency", " dispatch"), e):
            return None
        if f[e:e + 1] and f[e:e + 1] in ".)" and f[e + 1:e + 2] in (" ", "\n") and (s == 0 or f[s - 1] in "\n("):
            return None
        if count_context_en(ctx, s, e) or (f[e:e + 1] == "/" and lx.re_per_suffix.match(f, e)):
            return "", "count", e  # 30,154 new cars; >1,200/Year
        if elided_count_en(ctx, s, e, core) or casualty_count_en(ctx, s, e, core):
            return "", "count", e  # "health care added 44,000 jobs, while retailers added 34,000."
        if qualified_count_en(ctx, s, e, core):
            return "", "count", e  # "it had more than 100 as of July"
    return None
