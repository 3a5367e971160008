"""GUIDE.md units as written: 張, 折, 次 and 度 keep their unit (檔 counts funds or stocks: unit ""); 一 before a measure is a figure, before a
classifier or adverb word it is no figure; 部分 and a "1名 ... 說" source are no counts."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of

N = None


_metrics = metrics_of


# (sentence, metric text, value, unit)
EXAMPLES = [
    ("散戶昨天賣出4張零股。", "4張", 4, "張"),
    ("投信連續買超3,500張。", "3,500張", 3500, "張"),
    ("百貨週年慶化妝品下殺6折。", "6折", 6, "折"),
    ("老顧客可享八五折。", "八五折", 85, "折"),
    ("這款手機今年已降價3次。", "3次", 3, "次"),
    ("颱風季共發布五次警報。", "五次", 5, "次"),
    ("本週有9檔新基金募集。", "9檔", 9, ""),
    ("這位作家的新書首刷印了3000冊。", "3000冊", 3000, ""),
    ("該黨在議會拿下五席。", "五席", 5, ""),
    ("球隊本季戰績是30勝。", "30勝", 30, ""),
    ("一份套餐熱量是600多大卡。", "600多大卡", 600, "大卡"),
    ("他今年三度出訪歐洲。", "三度", 3, "度"),
    ("船隻偏離航道約一哩。", "約一哩", 1, "哩"),
    ("新堤防長一公里。", "一公里", 1, "公里"),
    ("這三款新車都在年底上市。", "三款", 3, ""),
    ("評審會議上他只講了兩句。", "兩句", 2, ""),
]


@pytest.mark.parametrize("sentence,text,value,unit", EXAMPLES)
def test_units_as_written(sentence: str, text: str, value: float, unit: str) -> None:
    by = {m.text: m for m in _metrics(sentence)}
    assert text in by, list(by)
    assert (by[text].value, by[text].unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize("sentence", [
    "他一次付清了房貸。",          # 一次 = in one go
    "股價一度跌停。",              # 一度 = at one point
    "報告分成兩部分說明。",        # 部分 is a word, not 部 + 分
    "舊設備的折舊期限很長。",      # 折舊: 折 starts a word
    # "1名資深分析師說" introduces a source and is no count (the eval gold leaves it out): see test_metrics_classifier_counts.py
])
def test_words_that_look_like_units_are_no_figures(sentence: str) -> None:
    assert [m.text for m in _metrics(sentence)] == []


def test_a_count_of_one_person_that_is_no_source_stays() -> None:
    assert [m.text for m in _metrics("車禍造成1名騎士受傷。")] == ["1名"]


def test_a_referential_word_before_a_concrete_count_keeps_it() -> None:
    # 這三個因素 enumerates ideas (no figure); 這三台機器 counts machines
    assert [m.text for m in _metrics("這三個因素很重要。")] == []
    assert [m.text for m in _metrics("這三台機器昨天故障。")] == ["三台"]


def test_a_milestone_word_after_a_figure_does_not_hide_it() -> None:
    ms = _metrics("會員人數突破5億大關。")
    assert [(m.text, m.value, m.qualifier) for m in ms] == [("突破5億", 5e8, "over")]


@pytest.mark.parametrize("sentence", [
    "這套翻譯由百度提供。",          # a company name, not 100 度
    "回收可避免二次汙染。",          # secondary, not twice
    "優惠期間為7/7~7/8。",          # dates, not a fraction
    "全台10個縣市的12個點先試辦。",  # 個 + 點 (sites) is a count, not index points
])
def test_more_look_alikes(sentence: str) -> None:
    ms = _metrics(sentence)
    assert all(m.unit not in ("度", "次", "%", "點") for m in ms), [(m.text, m.unit) for m in ms]


def test_a_chinese_decimal_with_a_dot_is_one_number() -> None:
    assert [(m.text, m.value) for m in _metrics("酒測值達○.三毫克。")] == [("○.三毫克", 0.3)]


@pytest.mark.parametrize("sentence", ["黑胡椒驗出農藥百克敏超標。", "雙方鬥得兩敗俱傷。"])
def test_names_and_idioms_are_no_figures(sentence: str) -> None:
    assert [m.text for m in _metrics(sentence)] == []


def test_carats_are_not_grams() -> None:
    assert [(m.text, m.unit) for m in _metrics("這顆鑽石重1.01克拉。")] == [("1.01克拉", "克拉")]
