"""The metric lexicons (extractor/data/metrics_lexicon.json) compiled once into anchored regexes.

Every pattern here is used either with ``re.match`` at a known position (right of a number) or with
``re.search`` over a short, bounded window that ends at a number (``...$``), so the cost per
candidate is bounded and no input can make matching quadratic.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

from ...data import load_json


def _alt(words: Any, *, escape: bool = True) -> str:
    """An alternation, longest first so that 新台幣 wins over 台幣 and 'more than' over 'more'."""
    items = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) if escape else w for w in items)


class Lexicon:
    def __init__(self, raw: dict[str, Any]):
        self.raw = raw
        self.cur_prefix: dict[str, str] = raw["currency_prefix"]
        self.cur_zh: dict[str, str] = raw["currency_suffix_zh"]
        self.cur_en: dict[str, str] = raw["currency_suffix_en"]
        self.pct_en: dict[str, str] = raw["percent_suffix_en"]
        self.pct_zh: dict[str, str] = raw["percent_suffix_zh"]
        self.q_zh: dict[str, str] = raw["qualifier_prefix_zh"]
        self.q_zh_suffix: dict[str, str] = raw["qualifier_suffix_zh"]
        self.q_en: dict[str, str] = raw["qualifier_prefix_en"]
        self.per_zh: dict[str, str] = raw["per_prefix_zh"]
        self.per_suffix: dict[str, str] = raw["per_suffix"]
        self.measure_zh = set(raw["measure_zh"])
        self.count_zh = set(raw["count_zh"])
        self.count_en = set(raw["count_en_nouns"])
        self.time_en = set(raw["time_units_en"])
        self.months_en = set(raw["months_en"])
        self.sourcing_en = set(raw["sourcing_en"])
        self.emergency = set(raw["emergency_numbers"])
        self.referential_zh = set(raw["referential_zh"])
        self.money_ctx_zh = tuple(raw["money_context_zh"])
        self.q_zh_not_after: dict[str, str] = raw["qualifier_not_after_zh"]
        self.re_cap_noun = re.compile(_alt(raw["cap_nouns_zh"]))
        # "737 Max", "15 Pro": a number before these words names a model; "400 737 Max jets" counts 400 jets.
        model = "(?:" + _alt(raw["model_suffix_en"]) + r")\b"
        self.re_model_after = re.compile(r"[ ]" + model)
        self.re_model_then_noun = re.compile(r"[ ][0-9][0-9A-Za-z-]*(?:[ ](?:" + model + r"|[A-Z][\w-]*))+[ ]([a-z][\w'-]*)")
        codes = [k for k in self.cur_prefix if k.isascii() and (k[-1].isalpha() or k[-1] == ".") and len(k) >= 2]
        self.re_glued_code = re.compile(r"(?<![A-Za-z])(?:" + _alt(codes) + ")$")
        names_zh = [k for k, v in {**self.cur_prefix, **self.cur_zh}.items() if not k.isascii() and len(v) == 3]
        self.re_pair_zh = re.compile("(" + _alt(names_zh) + ")兌(" + _alt(names_zh) + ")")
        # A verb between a period word and a figure makes a rate (每年增加…); 用 but not 用戶 (a noun).
        self.re_rate_verb_zh = re.compile("用(?!戶)|" + _alt(raw["rate_verbs_zh"]))
        self.re_range_cue_en = re.compile(r"(?i:\b(?:" + _alt(raw["range_cues_en"]) + r")\b)")
        self.re_index_en = re.compile(r"(?<![\w&])(?:" + _alt(raw["stock_indexes_en"]) + r")(?![\w&])")
        self.lone_one_skip = frozenset(raw["lone_one_skip_zh"])

        # Right of a number (re.match at the number's end).
        self.re_cur_zh = re.compile(r"[ ]?(" + _alt(self.cur_zh) + ")")
        self.re_cur_en = re.compile(r"[ ]?(" + _alt(self.cur_en) + r")\b", re.I)
        self.re_cur_word = re.compile(r"\b(" + _alt(self.cur_en) + r")\b", re.I)
        self.re_pct_en = re.compile(r"[ ]?(" + _alt(self.pct_en) + r")\b", re.I)
        self.re_pct_zh = re.compile(r"[ ]?(" + _alt(self.pct_zh) + ")")
        units_zh = self.measure_zh | self.count_zh
        # A Latin unit (W, mAh, kg) ends at a letter boundary: 5W but not 5WiFi, 100g but not 100gbps.
        self.re_unit_zh = re.compile(r"[ ]?(" + "|".join(
            re.escape(w) + (r"(?![A-Za-z])" if w[-1:].isascii() and w[-1:].isalpha() else "")
            for w in sorted(units_zh, key=lambda w: (-len(w), w))) + ")")
        self.lone_one_count = frozenset(raw["lone_one_count_zh"])
        self.person_classifiers = frozenset(raw["person_classifiers_zh"])
        self.re_person_count_before = re.compile("(?:" + _alt(raw["person_count_before_zh"]) + ")$")
        self.re_person_count_after = re.compile(_alt(raw["person_count_after_zh"]))
        self.fixed_words = frozenset(raw.get("fixed_words_zh", ()))
        self.fixed_len = sorted({len(w) for w in self.fixed_words}, reverse=True)
        self.reading_zh: dict[str, str] = raw["reading_names_zh"]
        # AQI指數達150, 空氣品質指標AQI138: the index name, a short linking word, then the reading.
        self.re_reading_zh = re.compile("(" + _alt(self.reading_zh) + r")[ ]?(?:值)?(?:高達|達到|達|為|是|約|已)?[ ]?$")
        self.lone_one_not_after = frozenset("同唯單統專第每任這那此該其某逐")
        self.re_lone_one_verb = re.compile("(?:" + _alt(raw["lone_one_count_verbs_zh"]) + ")$")
        self.re_stock_ctx = re.compile(_alt(raw["stock_context_zh"]))
        self.re_unit_en = re.compile(r"[ ]?(" + _alt(raw["measure_en"]) + r")\b")
        self.re_not_after_zh = re.compile(_alt(raw["not_after_zh"]))
        self.re_q_zh_suffix = re.compile(r"[ ]?(" + _alt(self.q_zh_suffix) + ")")
        self.q_en_suffix: dict[str, str] = raw["qualifier_suffix_en"]
        self.re_q_en_suffix = re.compile("(" + _alt(self.q_en_suffix) + r")(?![\w+])", re.I)
        self.re_per_suffix = re.compile("(" + _alt(self.per_suffix) + r")(?![A-Za-z])(?![ ](?:ago|earlier|before|later|after|prior)\b)",
                                        re.I)
        self.re_abstract = re.compile(".{0,3}?(?:" + _alt(raw["abstract_nouns_zh"]) + ")")
        # Left of a number (re.search over a short window ending at the number).
        # "US$5", "US $ 5", "hk $ 10.05 billion": letters, optional space, then the dollar sign.
        spaced = [re.escape(k[:-1]) + r"[ ]?\$" for k in self.cur_prefix if k.endswith("$") and len(k) > 2]
        # The letters start a word: "spent $30 million" is no "NT $", "bonus $300" no "US $".
        self.re_cur_prefix = re.compile("((?<![A-Za-z])(?i:" + "|".join(spaced) + ")|" + _alt(self.cur_prefix) + r")[ ]?$")
        self.re_q_zh = re.compile("(" + _alt(self.q_zh) + r")(?:為|是|達)?[ ]?$")
        self.re_q_en = re.compile(r"(?<![A-Za-z])(" + _alt(self.q_en) + r")[ ]+(?:(?:"
                                  + _alt(raw["filler_en"]) + r")[ ]+)?$", re.I)
        self.re_per_zh = re.compile("(" + _alt(self.per_zh) + r")[ ]?$")
        # 年薪800萬美元, 月租2萬元: a pay or rent word right before the amount names its period (the word stays
        # out of the span: it is what is measured, not the figure).
        self.pay_zh: dict[str, str] = raw["pay_period_zh"]
        # 月薪應為, 年繳達, 日處理量約: modal and linking words may stand between the period noun and the figure.
        self.re_pay_zh = re.compile("(" + _alt(self.pay_zh) + r")(?:約|達|為|是|僅|只有|高達|長達|應|可|將|已|則|有|僅有){0,3}[ ]?$")
        self.re_not_before_zh = re.compile("(?:" + _alt(raw["not_before_zh"]) + ")$")
        self.re_boiler = re.compile(r"(?:" + _alt(raw["boilerplate_line_prefix"]) + r")|on [\w.-]+\.(?:com|net|org)\b",
                                    re.I)
        self.trailers = {h.casefold() for h in raw["trailer_headings"]}
        self.re_month_before = re.compile(r"(?<![A-Za-z])(?:" + _alt(self.months_en) + r")\.?[ ]?$", re.I)
        self.re_month_after = re.compile(r"[ ]?(?:" + _alt(self.months_en) + r")\b", re.I)
        # First characters of every word read right of a number: a list separator that starts none of
        # them ends a plain number for sure (metrics._read_num rejects "1,1,1…" before parsing).
        right = [*self.cur_zh, *self.cur_en, *self.pct_en, *self.pct_zh, *units_zh, *raw["measure_en"],
                 *raw["not_after_zh"], *self.q_zh_suffix, *self.q_en_suffix, *self.per_suffix,
                 *raw["months_en"]]
        firsts = {w[:1].lower() for w in right} | {w[:1].upper() for w in right}
        self.list_after = frozenset(",，、;；") - firsts
        self.digit_word = any(w[:1].isdigit() for w in right)

    def in_fixed_word(self, f: str, s: int, e: int) -> bool:
        """Does an idiom or place name holding a numeral (五花八門, 四面八方, 五股) cover the figure f[s:e]?"""
        for n in self.fixed_len:
            for a in range(max(0, s - n + 1), s + 1):
                if f[a:a + n] in self.fixed_words and a + n > s:
                    return True
        return False

    def prefix_code(self, written: str) -> str:
        """The currency of a prefix as written: "hk $" and "HK$" are both HKD."""
        if written in self.cur_prefix:
            return self.cur_prefix[written]
        return self.cur_prefix.get(written.replace(" ", "").upper(), "USD")


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    data = resources.files("extractor.data")
    raw = load_json("metrics_lexicon.json")
    # Idioms and place names that hold a numeral (五花八門, 五股): benchmarks/make_metrics_fixed_words.py
    raw["fixed_words_zh"] = data.joinpath("metrics_fixed_words_zh.txt").read_text("utf-8").split()
    return Lexicon(raw)
