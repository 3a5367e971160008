"""The regexes and small tables the metric readers share: number cores, scale words, range separators."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

CN = "零〇○一二兩两三四五六七八九十廿卅百千萬万億亿兆"
CND = "零〇○一二兩三四五六七八九"
# Thousands grouped by commas, or by spaces ("1 234 567", also thin and no-break spaces); a space group
# followed by a capitalized word or another digit is two numbers ("400 737 Max jets", "June 5 100"), but a
# model code with digits after it is no such word ("2 000 H100 chips" counts 2,000 chips).
AR = (r"(?:[0-9]{1,3}(?:[,，][0-9]{3})++(?![0-9])"
      r"|[0-9]{1,3}(?:[ \u00a0\u202f\u2009][0-9]{3})++(?![0-9]|[ ]?[A-Z][A-Za-z]*+(?![0-9-])|[ ][0-9])"
      r"|[0-9]++)(?:\.[0-9]++)?")
# 百 is not part of a number when it starts 百分點 / 百分之 (0.3百分點 is 0.3 pp, not 30 分).
CNRUN = rf"(?:(?!百分)[{CN}])++"
NUM = rf"(?:{AR}|{CNRUN})(?:{AR}|{CNRUN}|[點.](?=[{CND}])|[ ](?=[萬億兆]))*+"  # ○.二五 is one decimal
ENW = ("two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
        "seventeen|eighteen|nineteen")
ENT = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
# "2 dollars and 50 cents", "$4 99 cents", "four dollars and twenty cents": one amount.
CENTS_AFTER = re.compile(rf"(?:[ ]and)?[ ]([0-9]{{1,2}}|(?i:(?:{ENT})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
                         rf"|{ENW}|one|five))[ ](?i:cents?|pence)\b")
# Alternatives are tried left to right at one position, so the special forms come before plain numbers.
# A leading lookahead on the first character keeps the scan to one class test per position.
CORE = re.compile(
    rf"(?=[0-9{CN}半])(?:"
    rf"(?P<pct>百分之(?:{AR}|[{CN}]++(?:點[{CND}]++)?))"
    rf"|(?P<frac>(?:{AR}|[{CN}]++)分之(?:{AR}|[{CN}]++))"
    r"|(?P<half>一半|半數)"
    r"|(?P<slfrac>[1-9]/(?:10|[2-9])(?![0-9/]))"
    rf"|(?P<num>{NUM}))"
    r"|(?<![A-Za-z])(?=[aAoOtThHfFsSeEnN])(?:"
    r"(?P<qpoint>(?i:(?:a|one)[ -]quarter[ -](?:of[ ]a[ -])?(?:percentage[ -])?point\b))"
    r"|(?P<hpoint>(?i:half[ -]a[ -](?:percentage[ -])?point\b|a[ -]half[ -](?:percentage[ -])?point\b))"
    r"|(?P<enfrac>(?i:(?:a|one|two|three)[ -](?:thirds?|quarters?|fifths?|tenths?)(?=[ ]of\b)"
    r"|(?:one|two|three)-(?:thirds?|quarters?|fifths?|tenths?)\b))"
    rf"|(?P<onein>(?i:one[ ]in[ ](?:two|three|four|five|six|seven|eight|nine|ten|[0-9]{{1,3}}))\b)"
    r"|(?P<halfdozen>(?i:half-(?:a-)?dozen|half[ ]a[ ]dozen)\b)"
    r"|(?P<enhalf>(?i:half\b))"
    rf"|(?P<enword>(?i:(?:(?:{ENT})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|{ENW}"
    r"|(?:one|a)(?=[ ](?:hundred|thousand|million|billion|dozen)\b)|one(?=[ ]or[ ](?:two|three)\b)|(?<=(?i:at)[ ]least[ ])one(?=[ ][a-z])"
    r"|(?:(?<=(?i:up to) )|(?<=(?i:more than) )|(?<=(?i:less than) )|(?<=(?i:about) )|(?<=(?i:nearly) )|(?<=(?i:almost) ))"
    r"(?:a|one)(?=[ ](?:foot|mile|meter|metre|inch|yard|kilometer|kilometre|ton|tonne|gallon|liter|litre|acre)\b))\b)))"
)
EN_FRAC = {"third": Decimal(1) / 3, "quarter": Decimal("0.25"), "fifth": Decimal("0.2"), "tenth": Decimal("0.1")}
# "$1-billion deal" takes a hyphen; "5 bln", "3.2 tln", "400 mln" their news-wire abbreviations.
SCALE_EN = re.compile(r"[ -]?(?i:(thousand|million|billion|trillion|hundred|crore|lakh|dozen)\b)"
                      r"|[ ]?(?i:(bn|bln|mn|mln|tn|tln|trn)\b)"
                       r"|([kmbKMB])\b")
SCALE_VAL = {"dozen": 12, "crore": 10**7, "lakh": 10**5, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12, "hundred": 100,
              "bn": 10**9, "bln": 10**9, "tln": 10**12, "mn": 10**6, "mln": 10**6, "tn": 10**12, "trn": 10**12, "k": 10**3, "m": 10**6,
              "b": 10**9}
# The upper end may repeat the currency sign: "A$2.7 billion and A$2.9 billion", "$3 billion to $3.5 billion".
RANGE_SEP = re.compile(r"[ ]?(?P<sep>[-–—~～]|至|到|(?i:to|and|or)(?=[ ]))[ ]?(?:[A-Z]{1,2}\$|U\.S\.\$|\$|€|£)?")
# "four or five", "80 or 90 percent": two close whole numbers joined by "or" are a vague range.
OR_NEXT_EN = re.compile(rf"[ ]or[ ](?i:({ENW}|{ENT}|ten|[0-9]{{1,3}}))\b(?![.,][0-9])")
# "from 23% to 35%": a change from one level to another gives two figures, never a range.
# Unless a word before it (lexicon range_cues_en) bounds an estimate: "forecast from $3 billion to $3.5 billion".
FROM_EN = re.compile(r"(?i:\bfrom)[ ]+(?:(?:[A-Z]{1,2}|U\.S\.)?[$€£¥][ ]?)?$")
BETWEEN = re.compile(r"(?i:between|from)[ ]+(?:(?:[A-Z]{1,2}|U\.S\.)?[$€£¥][ ]?)?$")
URL = re.compile(r"(?:https?:|www\.)[^\s\u3000-\u303f\uff08\uff09\uff0c\u3002]*", re.I)
CHANGE_EN = re.compile(r"(?i)\b(?:rose|rise|rises|fell|fall|falls|jumped|climbed|dropped|gained|lost|slipped|declined|"
                        r"increased|decreased|cut|raised|lifted|grew|added|shed|plunged|surged|soared|tumbled|slid|"
                        r"sank|up|down|by|increase|decrease|drop|jump|gain|change|move|hike|boost|slump)\b(?:\s+\S+){0,2}\s*$")
NOT_NOUN_EN = frozenset("in on at to from for by with after before during since and or but is was were are be "
                         "as than per the a an percent".split())
BIG_TAIL = re.compile(r"[萬億兆]+$")
CLAUSE_END = "，。；！？：\n,;!?、"
DIGITS = frozenset("0123456789")
CJK = re.compile(r"[\u3400-\u9fff]")
CLOCK = re.compile("上午|下午|晚上|凌晨|早上|中午|晚間|清晨")
INDEX = re.compile("指數|指|大盤|台股|股市|道瓊|那斯達克|標普|日經|恆生|滬|深|點數|分數|評分|得分|[漲跌]|終場|收盤")
AT_MOST_NEAR = re.compile(r"最高|最多|上限")
# 最高漲幅達12%, 上限為: "highest/cap" before a short noun and a linking verb (a cap only with 可 or a capped noun).
AT_MOST_NOUN = re.compile(r"(?:最高|上限)[\u4e00-\u9fff]{0,3}?(?:可達|達到|達|為|是|至|到|可)$")
# Pounds are money near these words (in a text with no £ sign): "spent 45 pounds", "worth 3 billion pounds".
POUND_MONEY = re.compile(r"(?i:\b(?:spen[dt]|spending|pa(?:y|id|ys)|cost|costs|worth|price[sd]?|sales|revenue|sav(?:e|ed|ings)|"
                          r"budget|fund(?:s|ing|ed)?|profits?|loss(?:es)?|tax(?:es)?|wages?|salar(?:y|ies)|benefits?|bills?|"
                          r"fines?|fined|invest(?:ed|ment|ing)?|raised?|earn(?:s|ed|ings)?|income|debt|borrow(?:ed|ing)?|"
                          r"rent|fees?|sterling|pence|billion|million)\b|[ ](?:a|per|each)[ ](?:week|month|year|day|hour)\b)")
PER_WORD_ZH = re.compile("每一年|每個月|每半年|每年|年均|每季|每月|每週|每周|每日|每天|每晚|每夜|一天|一日|一年|一個月|一週"
                         "|(?<![0-9０-９.])1(?:年|個月|天)(?![0-9期])")  # 1年將省下145億元: "a year", in digits
FIGURE_CHAR = re.compile(r"[0-9０-９一二兩三四五六七八九十百千萬億]")
PER_EN = {"year": "year", "month": "month", "quarter": "quarter", "week": "week", "day": "day", "annually": "year",
           "annum": "year", "yearly": "year", "annual": "year", "monthly": "month", "weekly": "week", "daily": "day",
           "quarterly": "quarter"}
# The words between figure and period are its noun ("jobs a month"), never a preposition ("35% in a year").
_NOUN_WORD_EN = (r"[ ](?!(?:in|within|over|for|after|than|from|since|inside|under|about|once|twice|to|by|and|or|but|while|"
                 r"with|as)\b)[A-Za-z][a-z-]*")
PER_AFTER_NOUN_EN = re.compile(rf"(?:{_NOUN_WORD_EN}){{1,3}}?[ ](?:a|per|each)[ ](year|month|quarter|week|day|annum)\b"
                                r"(?![ ](?:ago|earlier|before|later|after|prior)\b)|(?:[ ][A-Za-z][a-z-]*){1,3}?[ ](annually)\b")
# "Each year, the agency uses more than one million tons": a period word opening the sentence or clause.
PER_OPENING_EN = re.compile(r"(?i:(?:^|[.!?][ ]+|\n)(?:each|every)[ ](year|month|quarter|week|day)[ ]*,[^.!?\n]*)$")
# "more than 10,000 people travel there every year", "$3 million from the festival each year": each/every + period
# ("$100 for each year of life" prices a unit, it is no rate)
# later in the same clause (no comma, no other figure between, at most eight words), or annually/yearly.
PER_LATER_EN = re.compile(r"(?:[ ][A-Za-z][A-Za-z'-]*){1,8}?(?<![ ]for)[ ](?i:(?:each|every)[ ](year|month|quarter|week|day)|(annually|yearly))\b"
                          r"(?![ ](?:ago|earlier|before|later|after|prior|since)\b)")
# "an annual operating cost of about $85 million", "whose monthly salary is $200": a period adjective a few words
# before the figure names its period.
# Only an amount paid or earned over the period: a "daily average of 29 million shares" is a statistic, no rate.
PER_ADJ_BEFORE_EN = re.compile(r"\b(?i:(annual|yearly|monthly|weekly|daily|quarterly))(?:[ ][a-z][a-z-]*){0,2}[ ]"
                               r"(?:costs?|salar(?:y|ies)|budgets?|revenues?|income|fees?|rent|payments?|sales|spending|"
                               r"profits?|pay|wages?|subscriptions?|bills?|premiums?|deficits?|tuition|allowances?|pensions?|"
                               r"earnings|dues|stipends?)[ ]"
                               r"(?:of|is|was|were|are|at|totals?|totaled|totalled|reached|stood[ ]at|came[ ]to)[ ]+(?:US[ ]?)?\$?$")
PER_RATE_EN = re.compile(r"(?i:\bannual(?:ized)?[ ](?:rate|pace)[ ]of[ ]+(?:(?:US)?\$[ ]?)?)$")
# 成 after a Chinese numeral and before these starts a word (七成長, 一成不變), it is no share.
CHENG_WORD = set("長分本為交立功果員績就熟型品效數真形年全敗不家")
SHARE_BEFORE = re.compile("(?:約|近|逾|超過|將近|大約|其中|占|佔|有|高達|多達|達|僅|只有|減|增|降)$")
HIRE_VERB_EN = re.compile(r"(?i:\b(?:added|adds|add|cut|cuts|shed|sheds|hired|hires|created|lost|gained|eliminated)"
                           r"[ ](?:(?:about|some|nearly|roughly|around|another|an[ ]additional)[ ])?)$")
ZHE_WORDS = set("舊扣合價損騰返衷抵算半線疊射服")  # 折舊, 折扣, 折合...: 折 starts a word, it is no discount
CHENG_OK = set("以左上下多的之至到、是在由來了者，。；,;")


LATIN_UNIT = re.compile(r"([A-Z]{2,5})(?![A-Za-z0-9])")
Unit = tuple[str, str, int]  # (unit, kind, end)
SKIP: Unit = ("", "skip", -1)  # the figure is no metric (a date, a model number, an adverb)


@dataclass
class Hit:
    start: int
    end: int
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    unit: str
    qualifier: str
    per: str | None
    kind: str
