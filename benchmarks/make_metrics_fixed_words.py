"""Regenerate extractor/data/metrics_fixed_words_zh.txt: words that start with or hold a numeral but are no figure.

    python benchmarks/make_metrics_fixed_words.py

Source 1: jieba's dictionary (shipped with the jieba dependency): idioms and fixed phrases (tags i, l) of four or
more characters that hold a Chinese numeral (五花八門, 四面八方, 一石二鳥), folded to Traditional script the way
``doc.folded`` is. Entries that are a bare number and unit (三萬人) are dropped, they are figures.
Source 2: the hand list below: Taiwan place names and fixed words a number reader would misread (五股, 九份).
The output is sorted, one word a line, so the file diffs cleanly.
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

from extractor.normalize.script import fold_to_traditional

NUMERALS = set("零〇一二兩两三四五六七八九十百千萬万億亿")
# Place names and fixed words in Taiwan news that start with a numeral and a classifier-like character.
HAND = """五股 七股 九份 六甲 三張犁 六張犁 十分寮 八里 三重 二林 三峽 三芝 萬里 八德 七堵 六龜 三民 五結 四湖 二崙 九如 六腳
三地門 八斗子 七美 五甲 六塊厝 三義 五峰 四維 三多 八卦山 九族 五權 一心 千層麵 千層派 千層糕 百貨 百家樂 六本木 四面八方 五花八門
一國兩制 一例一休 一帶一路 一中一台 兩岸 三級警戒 二級警戒 千萬不要 三軍 五星級 四星級 三星級 一條龍 一把手 四處 七安
一舉 八股 統一 五一 二刀流 大三元 三不五時 七上八下 三心二意 一石二鳥 九牛一毛 十全十美 千辛萬苦 萬無一失 一五一十 八面玲瓏 四平八穩 五體投地 三番兩次 一乾二淨
""".split()


def main() -> None:
    root = Path(__file__).resolve().parent.parent
    lex = json.loads((root / "extractor" / "data" / "metrics_lexicon.json").read_text("utf-8"))
    units = set(lex["count_zh"]) | set(lex["measure_zh"]) | set(lex["currency_suffix_zh"])
    spec = importlib.util.find_spec("jieba")
    assert spec and spec.origin
    words = set(HAND)
    with open(os.path.join(os.path.dirname(spec.origin), "dict.txt"), encoding="utf-8") as fh:
        for line in fh:
            w, _, tag = line.split()[:3]
            if tag not in ("i", "l") or len(w) < 4 or not NUMERALS & set(w):
                continue
            t = fold_to_traditional(w)
            rest = t.lstrip("".join(NUMERALS))
            if rest in units or any(rest.startswith(u) and len(rest) - len(u) <= 1 for u in units):
                continue  # 三萬人, 一棵樹: a number and its unit
            words.add(t)
    out = root / "extractor" / "data" / "metrics_fixed_words_zh.txt"
    out.write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")
    print(len(words), "words ->", out)


if __name__ == "__main__":
    main()
