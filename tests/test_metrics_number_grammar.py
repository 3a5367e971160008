"""Number grammar in running text (issue 14, item 2): dollars and cents, bln/tln/mln, space-grouped digits,
hyphenated amounts ("12-cent", "$6.99-a-month", "$1-billion"), 多/餘/幾 after a number (over), 個 + a measure
unit as one figure, and written fractions (逾1/4) when qualified."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of

N = None


_metrics = metrics_of


# (sentence, language, metric text, value, unit, qualifier, per)
EXAMPLES = [
    ("A coffee now costs 3 dollars and 25 cents.", "en", "3 dollars and 25 cents", 3.25, "USD", "exact", N),
    ("The toy sold for $7 and 49 cents.", "en", "$7 and 49 cents", 7.49, "USD", "exact", N),
    ("Output reached $8 bln in May.", "en", "$8 bln", 8e9, "USD", "exact", N),
    ("Debt stands at $1.4 tln.", "en", "$1.4 tln", 1.4e12, "USD", "exact", N),
    ("The app has 250 mln users.", "en", "250 mln", 2.5e8, "", "exact", N),
    ("The museum counted 2 345 678 visitors.", "en", "2 345 678", 2345678, "", "exact", N),
    ("The census found 12\u00a0400 residents.", "en", "12 400", 12400, "", "exact", N),
    ("Voters backed a 15-cent levy on cans.", "en", "15-cent", 0.15, "USD", "exact", N),
    ("She paid with a 20-dollar note.", "en", "20-dollar", 20, "USD", "exact", N),
    ("The plan costs $8.99-a-month.", "en", "$8.99-a-month", 8.99, "USD", "exact", "month"),
    ("They signed a $2-billion contract.", "en", "$2-billion", 2e9, "USD", "exact", N),
    ("全市有兩千多萬輛機車。", N, "兩千多萬輛", 2e7, "", "over", N),
    ("年產值三百多億元。", N, "三百多億元", 3e10, "TWD", "over", "year"),  # 年產值 is a yearly figure, like 年產能
    ("現場湧入十幾萬人。", N, "十幾萬人", 1e5, "", "over", N),
    ("賠償金額達3億2000餘萬元。", N, "3億2000餘萬元", 3.2e8, "TWD", "over", N),
    ("園區進駐三十幾家廠商。", N, "三十幾家", 30, "", "over", N),
    ("全台共有200餘所學校。", N, "200餘所", 200, "", "over", N),
    ("該地區逾1/3的家庭缺水。", N, "逾1/3", 33.333, "%", "over", N),
    ("Nearly 1/4 of the staff left.", "en", "Nearly 1/4", 25, "%", "approx", N),
]


@pytest.mark.parametrize("sentence,language,text,value,unit,qualifier,per", EXAMPLES)
def test_number_grammar(sentence, language, text, value, unit, qualifier, per) -> None:
    by = {m.text: m for m in _metrics(sentence, language)}
    assert text in by, list(by)
    m = by[text]
    assert (m.value, m.unit, m.qualifier, m.per) == (pytest.approx(value, rel=1e-4), unit, qualifier, per)


@pytest.mark.parametrize("sentence,language", [
    ("會議訂在1/4舉行。", N),               # a date, not a quarter
    ("A 5-pound bag of rice.", "en"),        # a weight, not sterling
    ("He walked out on June 5 2019.", "en"),
])
def test_look_alikes_are_no_amounts(sentence: str, language: str | None) -> None:
    ms = _metrics(sentence, language)
    assert all(m.unit not in ("%", "GBP") for m in ms), [(m.text, m.unit) for m in ms]
    assert all(m.value not in (52019, 5.2019) for m in ms)


def test_space_groups_do_not_join_a_count_and_a_model_number() -> None:
    ms = _metrics("The carrier will buy 150 787 Dreamliner jets.", "en")
    assert [(m.text, m.value) for m in ms] == [("150", 150)]


# Vague Chinese forms: adjacent digits joined by 、 are a range; 上千/上百 and a qualified bare 萬 are over.
VAGUE = [
    ("每週要跑3、4趟。", "3、4趟", N, 3, 4, "", "exact"),
    ("果園損失7、8萬箱。", "7、8萬箱", N, 7e4, 8e4, "", "exact"),
    ("重建預算約四、五十億元。", "約四、五十億元", N, 4e9, 5e9, "TWD", "approx"),
    ("他一個月能瘦2、3公斤。", "2、3公斤", N, 2, 3, "公斤", "exact"),
    ("廣場湧入上千名民眾。", "上千名", 1000, N, N, "", "over"),
    ("平台上架上百款遊戲。", "上百款", 100, N, N, "", "over"),
    ("頻道累積上萬部影片。", "上萬部", 1e4, N, N, "", "over"),
    ("高級餐廳的客單價動輒破萬。", "破萬", 1e4, N, N, "TWD", "over"),
    ("該打者的打擊率3成12。", "3成12", 31.2, N, N, "%", "exact"),
    ("約有4成5的受訪者反對。", "約有4成5", 45, N, N, "%", "approx"),
    ("一杯奶茶約有300多大卡。", "約有300多大卡", 300, N, N, "大卡", "approx"),  # 約 governs 300多
]


@pytest.mark.parametrize("sentence,text,value,low,high,unit,qualifier", VAGUE)
def test_vague_chinese_forms(sentence, text, value, low, high, unit, qualifier) -> None:
    by = {m.text: m for m in _metrics(sentence)}
    assert text in by, list(by)
    m = by[text]
    for got, want in ((m.value, value), (m.low, low), (m.high, high)):
        assert got is None if want is None else got == pytest.approx(want)
    assert (m.unit, m.qualifier) == (unit, qualifier)


@pytest.mark.parametrize("sentence", [
    "第1、2、3名都由新人拿下。",   # a list of ranks, no range
    "名單依序為1、2、3號。",
    "他等了2、3個月。",             # a duration, not a metric
])
def test_lists_and_durations_are_no_vague_ranges(sentence: str) -> None:
    assert all(m.low is None for m in _metrics(sentence))


@pytest.mark.parametrize("sentence,text,value", [
    ("Lunch was four dollars and twenty cents.", "four dollars and twenty cents", 4.2),
    ("The toll is 6 dollars 40 cents.", "6 dollars 40 cents", 6.4),
])
def test_dollars_and_cents_in_words(sentence: str, text: str, value: float) -> None:
    by = {m.text: m for m in _metrics(sentence, "en")}
    assert text in by and by[text].value == pytest.approx(value), list(by)


def test_a_scaled_english_number_without_a_noun_is_a_quantity() -> None:
    by = {m.text: m for m in _metrics("The city's population rose to 8.4 million.", "en")}
    assert by["8.4 million"].value == pytest.approx(8.4e6)


def test_a_stock_index_level_is_in_points() -> None:
    by = {m.text: m for m in _metrics("The FTSE 100 dropped 0.8% to 7,420.5 on Monday.", "en")}
    assert by["7,420.5"].unit == "points"
    assert all(m.unit != "points" for m in _metrics("The survey index rose to 3 in May.", "en"))


@pytest.mark.parametrize("sentence,text,value", [
    ("Roughly one in four homes lacks broadband.", "Roughly one in four", 25),
    ("One in 20 drivers was speeding.", "One in 20", 5),
])
def test_one_in_n_is_a_share(sentence: str, text: str, value: float) -> None:
    by = {m.text: m for m in _metrics(sentence, "en")}
    assert text in by and by[text].unit == "%" and by[text].value == pytest.approx(value), list(by)


def test_and_a_quarter_is_no_period() -> None:
    ms = _metrics("Yields rose two percentage points and a quarter of a point.", "en")
    assert all(m.per is None for m in ms)
