"""Metric extraction on invented sentences: surface -> value/unit/qualifier/per, non-metrics, labels, links."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.extractors.metrics import extract_metrics, extract_metrics_with_warnings
from extractor.testing import make_doc

N = None


def _one(sentence: str, language: str | None = None):
    doc = make_doc(sentence, language=language)
    ms = extract_metrics(doc)
    for m in ms:
        assert doc.text[m.span[0]:m.span[1]] == m.text
    return doc, ms


# (sentence, expected metric text, value, low, high, unit, qualifier, per)
ZH = [
    ("公司營收成長12%。", "12%", 12, N, N, "%", "exact", N),
    ("毛利率達45.6％。", "45.6%", 45.6, N, N, "%", "exact", N),
    ("出口衰退負3.9%。", "負3.9%", -3.9, N, N, "%", "exact", N),
    ("指數下跌-2%。", "-2%", -2, N, N, "%", "exact", N),
    ("市占率約三成。", "約三成", 30, N, N, "%", "approx", N),
    ("營收年增兩成。", "兩成", 20, N, N, "%", "exact", N),
    ("滲透率逾5成。", "逾5成", 50, N, N, "%", "over", N),
    ("預估五到六成的廠商受影響。", "五到六成", N, 50, 60, "%", "exact", N),
    ("有百分之三十的用戶不滿意。", "百分之三十", 30, N, N, "%", "exact", N),
    ("稅率為百分之五。", "百分之五", 5, N, N, "%", "exact", N),
    ("比重為百分之三點五。", "百分之三點五", 3.5, N, N, "%", "exact", N),
    ("其中四分之一來自海外。", "四分之一", 25, N, N, "%", "exact", N),
    ("有三分之二的股東贊成。", "三分之二", 66.667, N, N, "%", "exact", N),
    ("超過一半以上的員工加薪。", "超過一半以上", 50, N, N, "%", "over", N),
    ("利率調升2碼即0.5個百分點。", "0.5個百分點", 0.5, N, N, "pp", "exact", N),
    ("央行升息半碼即12.5個基點。", "12.5個基點", 12.5, N, N, "bp", "exact", N),
    ("失業率上升0.3百分點。", "0.3百分點", 0.3, N, N, "pp", "exact", N),
    ("毛利率在10%以上。", "10%以上", 10, N, N, "%", "at_least", N),
    ("跌幅在5%以下。", "5%以下", 5, N, N, "%", "at_most", N),
    ("漲幅約在3%左右。", "3%左右", 3, N, N, "%", "approx", N),
    ("成長率在2%上下。", "2%上下", 2, N, N, "%", "approx", N),
    ("股價大漲近7%。", "近7%", 7, N, N, "%", "approx", N),
    ("跌幅不超過1.5%。", "不超過1.5%", 1.5, N, N, "%", "at_most", N),
    ("年增率不到1%。", "不到1%", 1, N, N, "%", "under", N),
    ("良率至少90%。", "至少90%", 90, N, N, "%", "at_least", N),
    ("覆蓋率達95%～97%。", "95%～97%", N, 95, 97, "%", "exact", N),
    ("毛利率介於40%-45%之間。", "40%-45%", N, 40, 45, "%", "exact", N),
    ("公司投資5億美元。", "5億美元", 5e8, N, N, "USD", "exact", N),
    ("政府編列約 3,000 億新台幣。", "約 3,000 億新台幣", 3e11, N, N, "TWD", "approx", N),
    ("總投資金額達13.5億元。", "13.5億元", 1.35e9, N, N, "TWD", "exact", N),
    ("工程預算為2,500萬元。", "2,500萬元", 2.5e7, N, N, "TWD", "exact", N),
    ("罰款廿四億歐元。", "廿四億歐元", 2.4e9, N, N, "EUR", "exact", N),
    ("罰款十點六億歐元。", "十點六億歐元", 1.06e9, N, N, "EUR", "exact", N),
    ("罰款約八二○億台幣。", "約八二○億台幣", 8.2e10, N, N, "TWD", "approx", N),
    ("市場規模上看1兆530億美元。", "上看1兆530億美元", 1.053e12, N, N, "USD", "at_most", N),
    ("估值達1.2萬億美元。", "1.2萬億美元", 1.2e12, N, N, "USD", "exact", N),
    ("售價約新台幣13,000元。", "約新台幣13,000元", 13000, N, N, "TWD", "approx", N),
    ("售價新台幣3萬4000元。", "新台幣3萬4000元", 34000, N, N, "TWD", "exact", N),
    ("價格在100至399美元之間。", "100至399美元", N, 100, 399, "USD", "exact", N),
    ("價格約100～150美元。", "約100～150美元", N, 100, 150, "USD", "approx", N),
    ("營收約500–600億美元。", "約500–600億美元", N, 5e10, 6e10, "USD", "approx", N),
    ("售價約新台幣3,265～4,900元。", "約新台幣3,265～4,900元", N, 3265, 4900, "TWD", "approx", N),
    ("手機售價100美元以下。", "100美元以下", 100, N, N, "USD", "at_most", N),
    ("售價400美元以上的手機。", "400美元以上", 400, N, N, "USD", "at_least", N),
    ("目標是低於99美元的手機。", "低於99美元", 99, N, N, "USD", "under", N),
    ("售價超過400美元。", "超過400美元", 400, N, N, "USD", "over", N),
    ("能源成本每年超過 500 億美元。", "每年超過 500 億美元", 5e10, N, N, "USD", "over", "year"),
    ("每季配息2元。", "2元", 2, N, N, "TWD", "exact", "quarter"),
    ("月薪約4萬5千元。", "約4萬5千元", 45000, N, N, "TWD", "approx", "month"),
    ("日本央行買進5兆日圓債券。", "5兆日圓", 5e12, N, N, "JPY", "exact", N),
    ("募資50億港元。", "50億港元", 5e9, N, N, "HKD", "exact", N),
    ("投資3億人民幣。", "3億人民幣", 3e8, N, N, "CNY", "exact", N),
    ("投資人民幣5億元。", "人民幣5億元", 5e8, N, N, "CNY", "exact", N),
    ("收購金額20億英鎊。", "20億英鎊", 2e9, N, N, "GBP", "exact", N),
    ("罰款1500億韓元。", "1500億韓元", 1.5e11, N, N, "KRW", "exact", N),
    ("售價NT$12,900。", "NT$12,900", 12900, N, N, "TWD", "exact", N),
    ("年薪US$20萬。", "US$20萬", 2e5, N, N, "USD", "exact", "year"),
    ("股價收在100元。", "100元", 100, N, N, "TWD", "exact", N),
    ("成交量爆出2291億元。", "2291億元", 2.291e11, N, N, "TWD", "exact", N),
    ("尾盤爆出718億的大量。", "718億", 7.18e10, N, N, "TWD", "exact", N),
    ("印度有超過6億的手機用戶。", "超過6億", 6e8, N, N, "", "over", N),
    ("加權指數收在10560.44點。", "10560.44點", 10560.44, N, N, "點", "exact", N),
    ("指數大跌153.11點。", "153.11點", 153.11, N, N, "點", "exact", N),
    ("盤中大跌逾百點。", "逾百點", 100, N, N, "點", "over", N),
    ("指數跌破10,600點關卡。", "10,600點", 10600, N, N, "點", "exact", N),
    ("分數減一分，降為20分。", "一分", 1, N, N, "分", "exact", N),
    ("基地面積約1,512坪。", "約1,512坪", 1512, N, N, "坪", "approx", N),
    ("產能達30萬噸。", "30萬噸", 3e5, N, N, "噸", "exact", N),
    ("大樓地上9層。", "9層", 9, N, N, "層", "exact", N),
    ("本益比達25倍。", "25倍", 25, N, N, "倍", "exact", N),
    ("電池容量達5000mAh。", "5000mAh", 5000, N, N, "mAh", "exact", N),
    ("記憶體容量16GB。", "16GB", 16, N, N, "GB", "exact", N),
    ("算力達45 TOPS。", "45 TOPS", 45, N, N, "TOPS", "exact", N),
    ("全台共有700座基地台。", "700座", 700, N, N, "", "exact", N),
    ("公司裁員1,200名員工。", "1,200名", 1200, N, N, "", "exact", N),
    ("全國有3萬4000家超商。", "3萬4000家", 34000, N, N, "", "exact", N),
    ("共有八項指標轉弱。", "八項", 8, N, N, "", "exact", N),
    ("日本、韓國三個據點完工。", "三個", 3, N, N, "", "exact", N),
    ("市府盤點逾10個基地。", "逾10個", 10, N, N, "", "over", N),
    ("共有100多家廠商參展。", "100多家", 100, N, N, "", "over", N),
    ("有10餘名員工確診。", "10餘名", 10, N, N, "", "over", N),
    ("售出2,500台電動車。", "2,500台", 2500, N, N, "", "exact", N),
    ("颱風造成3,000戶停電。", "3,000戶", 3000, N, N, "", "exact", N),
    ("共有兩百萬人參加。", "兩百萬人", 2e6, N, N, "", "exact", N),
]
ZH += [
    ("每月支出約3萬元。", "約3萬元", 30000, N, N, "TWD", "approx", "month"),
    ("到場約五千人。", "約五千人", 5000, N, N, "", "approx", N),
    ("每月租金3萬元。", "3萬元", 30000, N, N, "TWD", "exact", "month"),
    ("公司每年20億元投入研發。", "每年20億元", 2e9, N, N, "TWD", "exact", "year"),
    ("每月3萬元的租金。", "每月3萬元", 30000, N, N, "TWD", "exact", "month"),
    ("每日營收約5億元。", "約5億元", 5e8, N, N, "TWD", "approx", "day"),
]

EN = [
    ("Revenue rose 12% last quarter.", "12%", 12, N, N, "%", "exact", N),
    ("Sales fell 2.8 per cent in May.", "2.8 per cent", 2.8, N, N, "%", "exact", N),
    ("Sales fell 10 percent in October.", "10 percent", 10, N, N, "%", "exact", N),
    ("Prices dropped -2% overnight.", "-2%", -2, N, N, "%", "exact", N),
    ("The rate stayed below 6 percent.", "below 6 percent", 6, N, N, "%", "under", N),
    ("Buyers may take up to an additional 15 per cent of shares.", "up to an additional 15 per cent", 15, N, N,
     "%", "at_most", N),
    ("They will be allotted the maximum 10 per cent of the total.", "maximum 10 per cent", 10, N, N, "%", "at_most",
     N),
    ("Rates rose between 5 and 6 percent.", "5 and 6 percent", N, 5, 6, "%", "exact", N),
    ("Margins were 10-12% in the period.", "10-12%", N, 10, 12, "%", "exact", N),
    ("The Fed cut rates by a quarter-point in March.", "a quarter-point", 0.25, N, N, "pp", "exact", N),
    ("The Fed cut rates by half a percentage point.", "half a percentage point", 0.5, N, N, "pp", "exact", N),
    ("Yields rose 15 basis points.", "15 basis points", 15, N, N, "bp", "exact", N),
    ("Unemployment fell 0.4 percentage points.", "0.4 percentage points", 0.4, N, N, "pp", "exact", N),
    ("About half of the sites were offline.", "About half", 50, N, N, "%", "approx", N),
    ("Nearly two-thirds of voters agreed.", "Nearly two-thirds", 66.667, N, N, "%", "approx", N),
    ("A third of the staff left.", "A third", 33.333, N, N, "%", "exact", N),
    ("It raised up to $12.9bn in the listing.", "up to $12.9bn", 1.29e10, N, N, "USD", "at_most", N),
    ("The deal is worth £10bn.", "£10bn", 1e10, N, N, "GBP", "exact", N),
    ("The fine was €2.4 billion.", "€2.4 billion", 2.4e9, N, N, "EUR", "exact", N),
    ("Shares closed at $185.25 on Tuesday.", "$185.25", 185.25, N, N, "USD", "exact", N),
    ("The price was 176 Hong Kong dollars a share.", "176 Hong Kong dollars", 176, N, N, "HKD", "exact", N),
    ("It will raise at least 88 billion Hong Kong dollars next week.", "at least 88 billion Hong Kong dollars",
     8.8e10, N, N, "HKD", "at_least", N),
    ("The group sold HK$3.2 billion of bonds.", "HK$3.2 billion", 3.2e9, N, N, "HKD", "exact", N),
    ("A chip costs US$40,000 today.", "US$40,000", 40000, N, N, "USD", "exact", N),
    ("Capex is ~$500 Billion.", "~$500 Billion", 5e11, N, N, "USD", "approx", N),
    ("Revenue is ~$50-60 Billion.", "~$50-60 Billion", N, 5e10, 6e10, "USD", "approx", N),
    ("Energy cost is >$50 Billion/Year today.", ">$50 Billion/Year", 5e10, N, N, "USD", "over", "year"),
    ("Farm purchases of $40-50 billion a year were promised.", "$40-50 billion a year", N, 4e10, 5e10, "USD",
     "exact", "year"),
    ("The plan costs $3 million per year.", "$3 million per year", 3e6, N, N, "USD", "exact", "year"),
    ("Tariffs hit some $156 billion in goods.", "some $156 billion", 1.56e11, N, N, "USD", "approx", N),
    ("They paid about $125 billion for it.", "about $125 billion", 1.25e11, N, N, "USD", "approx", N),
    ("The budget is roughly $2 trillion.", "roughly $2 trillion", 2e12, N, N, "USD", "approx", N),
    ("It costs more than $5,000.", "more than $5,000", 5000, N, N, "USD", "over", N),
    ("It costs less than $20.", "less than $20", 20, N, N, "USD", "under", N),
    ("The startup raised $5m in seed money.", "$5m", 5e6, N, N, "USD", "exact", N),
    ("The firm lost ¥3 billion in Tokyo.", "¥3 billion", 3e9, N, N, "JPY", "exact", N),
    ("China spent ¥3 billion in yuan terms.", "¥3 billion", 3e9, N, N, "CNY", "exact", N),
    ("The bond pays 5,000 euros a year.", "5,000 euros a year", 5000, N, N, "EUR", "exact", "year"),
    ("Dealers sold 30,154 new cars in October.", "30,154", 30154, N, N, "", "exact", N),
    ("Power was cut to some 375,000 people overnight.", "some 375,000", 375000, N, N, "", "approx", N),
    ("Dealers sold nearly 17.3 million new vehicles.", "nearly 17.3 million", 1.73e7, N, N, "", "approx", N),
    ("More than 450,000 people were without service.", "More than 450,000", 450000, N, N, "", "over", N),
    ("The storm hit 18 counties in the state.", "18", 18, N, N, "", "exact", N),
    ("The utility ran four rounds of outages.", "four", 4, N, N, "", "exact", N),
    ("Each share is worth eight of its local shares.", "eight", 8, N, N, "", "exact", N),
    ("Experts expect 16.6 million vehicles to be sold.", "16.6 million", 1.66e7, N, N, "", "exact", N),
    ("Winds gusted to 55 mph on the ridge.", "55 mph", 55, N, N, "mph", "exact", N),
    ("Winds reached 88.5 kph on the ridge.", "88.5 kph", 88.5, N, N, "kph", "exact", N),
    ("The usual 5 inches of rain did not come.", "5 inches", 5, N, N, "inches", "exact", N),
    ("About 127 millimeters of rain fell.", "About 127 millimeters", 127, N, N, "millimeters", "approx", N),
    ("The index gained 150 points on Friday.", "150 points", 150, N, N, "points", "exact", N),
    ("The farm covers 2,000 acres near town.", "2,000 acres", 2000, N, N, "acres", "exact", N),
    ("The phone has 8GB of memory.", "8GB", 8, N, N, "GB", "exact", N),
    ("Rainfall was about 2 inches (50.8 millimeters) on Tuesday.", "50.8 millimeters", 50.8, N, N, "millimeters",
     "approx", N),
    ("It could raise up to $12.9bn (£10bn) this week.", "£10bn", 1e10, N, N, "GBP", "at_most", N),
    ("Twenty-five companies joined the index.", "Twenty-five", 25, N, N, "", "exact", N),
]

HANS = [
    ("营收增长百分之十二。", "百分之十二", 12, N, N, "%", "exact", N),
    ("公司投资5亿元建厂。", "5亿元", 5e8, N, N, "CNY", "exact", N),
    ("销售额约两千万元。", "约两千万元", 2e7, N, N, "CNY", "approx", N),
    ("全国有超过3万家门店。", "超过3万家", 3e4, N, N, "", "over", N),
    ("净利润增长两成。", "两成", 20, N, N, "%", "exact", N),
]

CASES = ZH + EN


@pytest.mark.parametrize("sentence,text,value,low,high,unit,qualifier,per", CASES, ids=[c[0][:28] for c in CASES])
def test_metric_surface_forms(sentence, text, value, low, high, unit, qualifier, per) -> None:
    _check(sentence, None, text, value, low, high, unit, qualifier, per)


@pytest.mark.parametrize("sentence,text,value,low,high,unit,qualifier,per", HANS, ids=[c[0][:28] for c in HANS])
def test_metric_simplified_chinese(sentence, text, value, low, high, unit, qualifier, per) -> None:
    _check(sentence, "zh-Hans", text, value, low, high, unit, qualifier, per)


def _check(sentence, language, text, value, low, high, unit, qualifier, per) -> None:
    _, ms = _one(sentence, language)
    by_text = {m.text: m for m in ms}
    assert text in by_text, f"{text!r} not in {[m.text for m in ms]}"
    m = by_text[text]
    for got, want in ((m.value, value), (m.low, low), (m.high, high)):
        if want is None:
            assert got is None
        else:
            assert got == pytest.approx(want, rel=1e-3)
    assert (m.unit, m.qualifier, m.per) == (unit, qualifier, per)




# Sentences whose numbers are dates, years, ordinals, durations, model numbers, names or list numbering.
NOT_METRICS = [
    "2026年2月2日，市場開盤。",
    "公司預計明(112)年第2季簽約。",
    "第四頁的結果很少被點擊。",
    "該公司排名第二。",
    "Google有九十天的時間改善。",
    "必須在六十天內告知歐盟。",
    "景氣領先指標連六月下滑。",
    "等標期4.5個月。",
    "台積電3奈米製程量產。",
    "聯發科天璣9400晶片亮相。",
    "使用GPT-4與H100s訓練。",
    "B5G衛星與5G基地台。",
    "一、國內刺激政策。二、全球經濟復甦。",
    "這三個因素值得注意。",
    "可分為兩個面向。",
    "獲取一名客戶的成本很高。",
    "每一分自由現金都投入GPU。",
    "數千億美元的資本支出。",
    "兆美元級別估值飆升。",
    "三個地面站10月底即可24小時覆蓋。".replace("三個地面站", "地面站"),
    "他十分重要。",
    "下午3點召開記者會。",
    "台灣50成分股表現強勁。",
    "In this Sunday, Nov. 10, 2019, photograph, cars sit in a lot.",
    "The deal is the largest in Hong Kong for nine years.",
    "Rain fell in the past two months.",
    "Two people briefed on the talks said so.",
    "The number eight is lucky in Chinese culture.",
    "Residents could not make 911 calls.",
    "Qualcomm launched the Snapdragon 4s Gen 2 processor.",
    "Group 1 Auto makes inroads in online sales.",
    "A 14-year-old girl is missing.",
    "The prior 12-month average was high.",
    "Sales were the second-highest of the year.",
    "It was 11:06am on Nov 20 2019.",
    "The rate stayed low for the fourth consecutive month.",
    "He said it in 2013, not in 1905.",
]


@pytest.mark.parametrize("sentence", NOT_METRICS, ids=[s[:24] for s in NOT_METRICS])
def test_not_metrics(sentence: str) -> None:
    _, ms = _one(sentence)
    assert [m.text for m in ms] == []


def test_boilerplate_cross_links_are_skipped() -> None:
    text = ("Acme raised $2bn on Monday.\nRead more: Acme poised to raise $13.4bn in listing\n"
            "Shares rose 4% on the news.\n\nRelated articles\nAcme eyes $15bn deal in boost for city\n")
    _, ms = _one(text, "en")
    assert [m.text for m in ms] == ["$2bn", "4%"]


def test_parenthesised_conversion_shares_qualifier_and_label() -> None:
    _, ms = _one("The group could raise up to $8.1bn (£6.3bn) in the offer.", "en")
    a, b = ms
    assert (b.text, b.unit, b.qualifier) == ("£6.3bn", "GBP", "at_most")
    assert b.label == a.label and a.label


def test_plain_text_table_rows_get_row_labels_period_and_shared_fact_ids() -> None:
    text = ("Table: Widget Market (2030 Estimates)\n\nMetric Figure Note\n"
            "Global Widget Sales ~$80 Billion Mostly in Asia.\nFactory Count >1,200/Year New plants.\n\n"
            "表格:小工具市場(2030 年估計)\n\n指標 數字 說明\n全球小工具銷售額 約 800 億美元 主要在亞洲。\n\n"
            "營收成長12%。\n")
    doc, ms = _one(text, "zh-Hant")
    by = {m.text: m for m in ms}
    en, zh = by["~$80 Billion"], by["約 800 億美元"]
    assert en.label == "Global Widget Sales" and zh.label == "全球小工具銷售額"
    assert en.period == "2030 Estimates" and zh.period == "2030 年估計"
    assert en.fact_id == zh.fact_id
    assert by["12%"].fact_id != en.fact_id
    assert by[">1,200/Year"].per == "year" and by[">1,200/Year"].qualifier == "over"
    for m in ms:
        assert m.label_span is None or doc.text[m.label_span[0]:m.label_span[1]] == m.label


def test_prose_labels_name_what_is_measured() -> None:
    _, ms = _one("台積電股價走跌3.62%，全台共有700座地面接收站。")
    by = {m.text: m for m in ms}
    assert "台積電" in by["3.62%"].label
    assert by["700座"].label.startswith("地面接收站")
    _, ms = _one("Dealers sold 30,154 new cars in October.", "en")
    assert ms[0].label.startswith("new cars")


def test_period_from_year_and_relative_words() -> None:
    doc = make_doc("2040年全球衛星市場規模上看1兆美元。")
    assert extract_metrics(doc)[0].period == "2040年"


def test_bare_yuan_is_local_currency_and_warns_when_unsure() -> None:
    assert _one("售價100元。", "zh-Hant")[1][0].unit == "TWD"
    assert _one("售价100元。", "zh-Hans")[1][0].unit == "CNY"
    ms, warnings = extract_metrics_with_warnings(make_doc("中國大陸的工廠月薪約3000元。", language="zh-Hant"))
    assert ms[0].unit == "TWD"
    assert warnings and warnings[0]["code"] == "W301" and warnings[0]["stage"] == "metrics"


def test_output_is_deterministic_and_sorted() -> None:
    text = "營收成長12%，約 5,000 億美元，逾百點。Revenue rose 3 percent to $4bn."
    a = [m.model_dump() for m in extract_metrics(make_doc(text))]
    b = [m.model_dump() for m in extract_metrics(make_doc(text))]
    assert a == b and [m["span"] for m in a] == sorted(m["span"] for m in a)


@pytest.mark.parametrize("junk", ["1" * 1_000_000, " " * 1_000_000, "1," * 50_000, "一" * 300_000,
                                  "$" + "9" * 500_000, "1 " * 50_000, "約" * 300_000 + "5%"])
def test_pathological_input_finishes_fast(junk: str) -> None:
    from extractor.document import Document

    doc = Document(doc_id="junk", text=junk, folded=junk, language="zh-Hant")
    t = time.perf_counter()
    ms = extract_metrics(doc)
    assert time.perf_counter() - t < 10, "runaway matching"  # a guard against hangs, not a benchmark
    for m in ms:
        assert junk[m.span[0]:m.span[1]] == m.text


MORE = [
    ("Sales rose 27 % to $ 254 million.", "$ 254 million", 2.54e8, N, N, "USD", "exact", N),
    ("Exports fell to hk $ 10.05 billion.", "hk $ 10.05 billion", 1.005e10, N, N, "HKD", "exact", N),
    ("The stock was down 34 cents on Friday.", "34 cents", 0.34, N, N, "USD", "exact", N),
    ("Output rose by 2 million barrels per day.", "2 million barrels per day", 2e6, N, N, "barrels", "exact", "day"),
    ("It will cost between $5 million and $6 million.", "$5 million and $6 million", N, 5e6, 6e6, "USD", "exact",
     N),
    ("毛利率約七成五。", "約七成五", 75, N, N, "%", "approx", N),
    ("兌換1.0092瑞士法郎。", "1.0092瑞士法郎", 1.0092, N, N, "CHF", "exact", N),
    ("外資買超1.2萬張。", "1.2萬張", 12000, N, N, "張", "exact", N),
    ("觀光人數達8.3萬人次。", "8.3萬人次", 83000, N, N, "", "exact", N),  # 人次 counts visits (every annotated 人次 is "")
    ("每股盈餘12.54元。", "12.54元", 12.54, N, N, "TWD", "exact", N),
    ("失業率較上季減少0.2個百分點。", "0.2個百分點", 0.2, N, N, "pp", "exact", N),
]


@pytest.mark.parametrize("sentence,text,value,low,high,unit,qualifier,per", MORE, ids=[c[0][:28] for c in MORE])
def test_metric_more_surface_forms(sentence, text, value, low, high, unit, qualifier, per) -> None:
    _check(sentence, None, text, value, low, high, unit, qualifier, per)


@pytest.mark.parametrize("sentence", ["記者會於下午1時30分舉行。", "The iPhone 16 sold well.", "It starts at 3 p.m. today.",
                                      "台積電(2330)股價上漲。", "Fortune 500 companies gathered."])
def test_more_not_metrics(sentence: str) -> None:
    assert [m.text for m in _one(sentence)[1]] == []


def test_table_size() -> None:
    assert len(CASES) + len(HANS) + len(MORE) >= 150


@pytest.mark.parametrize("sentence,text,value", [("全館商品打8折。", "8折", 8), ("會員享75折優惠。", "75折", 7.5),
                                                 ("換季商品九折出清。", "九折", 9)])
def test_discounts_keep_their_unit_as_written(sentence: str, text: str, value: float) -> None:
    m = {m.text: m for m in _one(sentence)[1]}[text]
    assert (m.value, m.unit) == (value, "折")  # GUIDE: 7折 is value 7, unit 折 (not 70 %); 75折 is 7.5 折


def test_vague_chinese_numbers_are_ranges() -> None:
    # The udn training gold reads 一兩百萬 / 5、6萬頭 as ranges: see tests/test_metrics_enumerated_ranges.py
    (m,) = _one("約有二三十家廠商。")[1]
    assert (m.text, m.low, m.high) == ("約有二三十家", 20, 30)


@pytest.mark.parametrize("sentence,text,value", [("We just need minus five percent.", "minus five percent", -5),
                                                 ("It was one hundred percent right.", "one hundred percent", 100),
                                                 ("A hundred thousand people came.", "A hundred thousand", 1e5),
                                                 ("Yields hit thirty percentage.", "thirty percentage", 30)])
def test_english_number_words(sentence: str, text: str, value: float) -> None:
    m = {m.text: m for m in _one(sentence, "en")[1]}[text]
    assert m.value == value


def test_numbers_inside_urls_are_skipped() -> None:
    text = "See https://www.test.com/search?q=30%25%2020% and www.example.com/page/2024/5 for details."
    assert [m.text for m in _one(text, "en")[1]] == []


def test_specific_currency_suffix_beats_prefix() -> None:
    m = _one("董事會核准約新台幣5,000萬美元資本預算。")[1][0]
    assert (m.unit, m.value) == ("USD", 5e7)
    m = _one("營收新台幣2,760.58億元。")[1][0]
    assert (m.text, m.unit, m.value) == ("新台幣2,760.58億元", "TWD", 2.76058e11)


def test_html_table_cells_take_row_label_and_caption_period() -> None:
    from extractor.pipeline import Pipeline

    html = ("<html><body><article><h1>Widget market grows</h1><p>The widget market grew 12 percent last year, "
            "analysts said on Monday in a long report about the market and its makers.</p><table>"
            "<caption>Widget sales (2025 Estimates)</caption><tr><th>Region</th><th>Sales</th></tr>"
            "<tr><td>Asia</td><td>$40 billion</td></tr><tr><td>Europe</td><td>$25 billion</td></tr></table>"
            "</article></body></html>")
    doc = Pipeline(["normalize", "segment", "metrics"]).document(html, doc_id="t")
    by = {m.text: m for m in doc.get("metrics")}
    assert (by["$40 billion"].label, by["$40 billion"].period, by["$40 billion"].value) == ("Asia", "2025 Estimates", 4e10)
    assert by["$25 billion"].label == "Europe"


@pytest.mark.parametrize("sentence,text,value,unit,qualifier", [
    ("市值達1,000多億元。", "1,000多億元", 1e11, "TWD", "over"),
    ("共有100多萬人參與。", "100多萬人", 1e6, "", "over"),
    ("The state will spend Rs 500 crore on roads.", "Rs 500 crore", 5e9, "INR", "exact"),
])
def test_more_than_before_big_units_and_indian_scales(sentence, text, value, unit, qualifier) -> None:
    m = {m.text: m for m in _one(sentence)[1]}[text]
    assert (m.value, m.unit, m.qualifier) == (pytest.approx(value), unit, qualifier)


def test_temperatures_and_fact_ids_are_scoped_to_the_article() -> None:
    m = _one("Temperatures hit 41°C in the city.", "en")[1][0]
    assert (m.text, m.value, m.unit) == ("41°C", 41, "°C")
    a = extract_metrics(make_doc("營收成長3%。", doc_id="a"))[0]
    b = extract_metrics(make_doc("營收成長3%。", doc_id="b"))[0]
    assert a.fact_id != b.fact_id


_ALPHABET = "0123456789,.%-～至到億萬兆千百十一二三五八點元美金新台幣約逾以上下左右每年成個家$£€¥ bnmillionpercentabout()（）,，。\n"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=80), st.sampled_from(["zh-Hant", "zh-Hans", "en"]))
def test_any_text_yields_grounded_metrics_and_never_raises(text: str, language: str) -> None:
    from extractor.document import Document

    doc = Document(doc_id="h", text=text, folded=text, language=language)
    for m in extract_metrics(doc):
        assert text[m.span[0]:m.span[1]] == m.text and m.text.strip() == m.text
        point = m.value is not None and m.low is None and m.high is None
        assert point or (m.value is None and m.low is not None and m.high is not None and m.low < m.high)
        if m.label_span:
            assert text[m.label_span[0]:m.label_span[1]] == m.label


@pytest.mark.parametrize("sentence,text,value,unit,qualifier", [
    ("Inflation hit 5pc in May.", "5pc", 5, "%", "exact"),
    ("The bank made a 25 basis-point cut.", "25 basis-point", 25, "bp", "exact"),
    ("Profit rose just over 10 percent.", "just over 10 percent", 10, "%", "over"),
    ("營收約達5億元。", "約達5億元", 5e8, "TWD", "approx"),
    ("滲透率超3成。", "超3成", 30, "%", "over"),
])
def test_more_qualifiers_and_units(sentence, text, value, unit, qualifier) -> None:
    m = {m.text: m for m in _one(sentence)[1]}[text]
    assert (m.value, m.unit, m.qualifier) == (pytest.approx(value), unit, qualifier)


@pytest.mark.parametrize("text,want", [("5億元營收", "5億元"), ("指數收在10560.44點", "10560.44點"),
                                       ("30,154 cars were sold", "30,154"), ("營收成長12%", "12%")])
def test_figures_at_the_very_start_or_end_of_the_text(text: str, want: str) -> None:
    from extractor.document import Document

    doc = Document(doc_id="edge", text=text, folded=text, language="en" if text[0] == "3" else "zh-Hant")
    assert want in [m.text for m in extract_metrics(doc)]


@pytest.mark.parametrize("sentence,text,qualifier", [
    ("Households with 5 or more members qualify.", "5 or more", "at_least"),
    ("The app has 10,000+ users.", "10,000+", "over"),
    ("數量大於等於100家。", "大於等於100家", "at_least"),
    ("規模在500人或以上。", "500人或以上", "at_least"),
])
def test_qualifier_suffixes_and_comparatives(sentence: str, text: str, qualifier: str) -> None:
    m = {m.text: m for m in _one(sentence)[1]}[text]
    assert m.qualifier == qualifier


def test_small_whole_points_are_clock_times_unless_an_index_is_named() -> None:
    assert [m.text for m in _one("我們明天10點開會。")[1]] == []
    assert [m.text for m in _one("台股今天下跌5點。")[1]] == ["5點"]


def test_change_and_level_are_not_a_range() -> None:
    by = {m.text: m for m in _one("Oil rose $2.89 to $79.81 a barrel on Friday.", "en")[1]}
    assert by["$2.89"].value == 2.89 and by["$79.81"].value == 79.81
    by = {m.text: m for m in _one("Revenue is expected at $3.5 billion to $3.7 billion.", "en")[1]}
    assert (by["$3.5 billion to $3.7 billion"].low, by["$3.5 billion to $3.7 billion"].high) == (3.5e9, 3.7e9)


@pytest.mark.parametrize("sentence", ["Deliveries fell to 14 in the quarter.", "Boeing said the 737 MAX is safe."])
def test_english_bare_numbers_need_a_counted_noun(sentence: str) -> None:
    assert [m.text for m in _one(sentence, "en")[1]] == []


# --- periods away from the number, qualifiers, elided counts, 零 words, English labels ---------------------------

@pytest.mark.parametrize("sentence, value, per", [
    ("新制上路後，每月通勤族可多領約120元補貼。", 120, "month"),
    ("這項計畫每年挹注逾45億元給地方政府。", 4.5e9, "year"),
    ("每季可配發約0.8元現金股利。", 0.8, "quarter"),
    ("園區每日可處理約6萬噸廢水。", 60000, "day"),
])
def test_period_word_earlier_in_the_clause(sentence: str, value: float, per: str) -> None:
    _, ms = _one(sentence)
    got = [m for m in ms if m.value == pytest.approx(value)]
    assert got and got[0].per == per, [(m.text, m.per) for m in ms]


def test_period_word_does_not_cross_a_figure_or_a_clause() -> None:
    _, ms = _one("每年舉辦3場論壇，吸引800名學者參加。罰款上限為每日營業額的百分之二。")
    assert {m.text: m.per for m in ms} == {"3場": "year", "800名": None, "百分之二": None}


@pytest.mark.parametrize("sentence, value, per", [
    ("The bakery sold 1,200 loaves a day during the festival.", 1200, "day"),
    ("The mine shipped 80,000 tons of ore per month last year.", 80000, "month"),
    ("Builders started homes at an annual rate of 1.3 million units in spring.", 1.3e6, "year"),
    ("The tolls will raise $40 million annually.", 4e7, "year"),
])
def test_english_period_after_the_counted_noun(sentence: str, value: float, per: str) -> None:
    _, ms = _one(sentence)
    got = [m for m in ms if m.value == pytest.approx(value)]
    assert got and got[0].per == per, [(m.text, m.per) for m in ms]


def test_english_period_not_read_from_a_time_phrase() -> None:
    _, ms = _one("The club signed 40 players a year ago.")
    assert all(m.per is None for m in ms)


@pytest.mark.parametrize("sentence, text, qualifier", [
    ("部分路段最高票價漲至85元。", "85元", "exact"),  # a peak reached, not a cap (issue 14)
    ("補助上限為每戶3萬元。", "3萬元", "at_most"),
    ("Bond yields hovered near 4.5% on Friday.", "near 4.5%", "approx"),
])
def test_highest_and_near_qualifiers(sentence: str, text: str, qualifier: str) -> None:
    _, ms = _one(sentence)
    got = [m for m in ms if m.text == text]
    assert got and got[0].qualifier == qualifier, [(m.text, m.qualifier) for m in ms]


def test_highest_record_is_not_a_cap() -> None:
    _, ms = _one("營收創下歷史新高的520億元。")
    assert [m.qualifier for m in ms] == ["exact"]


@pytest.mark.parametrize("sentence, text, value, unit, qualifier", [
    ("基金規模擴大後，其中約六成流向債券。", "約六成", 60, "%", "approx"),
    ("海外訂單年增逾一倍。", "逾一倍", 1, "倍", "over"),
])
def test_qualified_shares_and_one_fold(sentence, text, value, unit, qualifier) -> None:
    _, ms = _one(sentence)
    got = [m for m in ms if m.text == text]
    assert got and (got[0].value, got[0].unit, got[0].qualifier) == (value, unit, qualifier), ms


@pytest.mark.parametrize("sentence", ["公司成立一成不變的制度。", "七成長期投資人看好。", "營收成長一倍數以上。"])
def test_cheng_and_bei_words_stay_out(sentence: str) -> None:
    _, ms = _one(sentence)
    assert not [m for m in ms if m.unit in ("%", "倍")], [(m.text, m.unit) for m in ms]


def test_zero_starting_a_word_is_no_number() -> None:
    _, ms = _one("車用零件與零售通路銷售均成長，零組件庫存去化。")
    assert not [m for m in ms if m.value == 0], [(m.text, m.value) for m in ms]


def test_elided_count_after_a_hiring_verb() -> None:
    _, ms = _one("Factories added 12,000 workers in May, while restaurants added 9,000. Prices rose 3,000.")
    assert {m.text for m in ms} == {"12,000", "9,000"}


def test_english_label_does_not_run_over_the_previous_figure() -> None:
    doc, ms = _one("Operating profit climbed to $2.4 billion, or $1.05 per share, from $1.9 billion a year earlier.")
    labels = {m.text: m.label or "" for m in ms}
    assert "$2.4 billion" not in labels["$1.05"] and "per share" in labels["$1.05"]
    assert "$1.05" not in labels["$1.9 billion"] and "Operating profit" in labels["$1.9 billion"]


def test_english_label_after_a_change_takes_the_clause_subject() -> None:
    _, ms = _one("The average bus fare climbed 4% from last spring to $3.20, the agency said.")
    labels = {m.text: m.label or "" for m in ms}
    assert "average bus fare" in labels["$3.20"] and "4%" not in labels["$3.20"]


# --- currency words, Latin units after Chinese numbers, repeated-currency ranges, nightly rates ---------------

@pytest.mark.parametrize("sentence, text, value, low, high, unit, per", [
    ("The charity spends 45 pounds a week on each family.", "45 pounds a week", 45, N, N, "GBP", "week"),
    ("Councils expect savings of 3 billion pounds a year.", "3 billion pounds a year", 3e9, N, N, "GBP", "year"),
    ("A loaf now costs 95 pence.", "95 pence", 0.95, N, N, "GBP", N),
    ("The climber lost 20 pounds on the trek.", "20 pounds", 20, N, N, "pounds", N),
    ("The miner paid 5 billion Canadian dollars.", "5 billion Canadian dollars", 5e9, N, N, "CAD", N),
    ("Rooms cost 9,000 yen and meals 300 yuan.", "9,000 yen", 9000, N, N, "JPY", N),
    ("The council spent 120 euros per head.", "120 euros", 120, N, N, "EUR", N),
    ("The deal cost C$400 million and S$20 million.", "S$20 million", 2e7, N, N, "SGD", N),
    ("Costs will be between A$4.1 billion and A$4.4 billion.", "A$4.1 billion and A$4.4 billion", N, 4.1e9, 4.4e9,
     "AUD", N),
    ("Sales are forecast from $3 billion to $3.5 billion.", "$3 billion to $3.5 billion", N, 3e9, 3.5e9, "USD", N),
    ("The plant will hire 30,000 to 35,000 workers.", "30,000 to 35,000", N, 30000, 35000, "", N),
    ("碼頭今年吞吐量預計500萬TEU左右。", "500萬TEU左右", 5e6, N, N, "TEU", N),
    ("The port handled 2.1 million TEUs.", "2.1 million TEUs", 2.1e6, N, N, "TEUs", N),
    ("民宿每晚補助新台幣600元。", "新台幣600元", 600, N, N, "TWD", "day"),
    ("旅客每夜800元。", "每夜800元", 800, N, N, "TWD", "day"),
    ("每人可領新台幣500元。", "新台幣500元", 500, N, N, "TWD", N),
])
def test_currency_words_units_and_ranges(sentence, text, value, low, high, unit, per) -> None:
    _, ms = _one(sentence)
    by_text = {m.text: m for m in ms}
    assert text in by_text, [m.text for m in ms]
    m = by_text[text]
    for got, want in ((m.value, value), (m.low, low), (m.high, high)):
        assert got is None if want is None else got == pytest.approx(want)
    assert (m.unit, m.per) == (unit, per)


@pytest.mark.parametrize("sentence", ["新機採用H100晶片並支援5G網路。", "Output rose from $3 billion to $3.5 billion."])
def test_model_numbers_and_changes_are_no_unit_or_range(sentence: str) -> None:
    _, ms = _one(sentence)
    assert all(m.low is None for m in ms) and all(m.unit not in ("G", "H") for m in ms), [m.text for m in ms]
    assert "H100" not in "".join(m.text for m in ms) and "5G" not in "".join(m.text for m in ms)
