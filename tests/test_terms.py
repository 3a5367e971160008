import pytest

from extractor.extractors.terms import extract_terms
from extractor.testing import make_doc


def _terms(text):
    terms, names = extract_terms(make_doc(text))
    return {(t.zh, t.en, t.abbr) for t in terms}, {(n.zh, n.en) for n in names}


@pytest.mark.parametrize(
    "text, zh, en, abbr",
    [
        ("各國都在發展人工智慧(artificial intelligence)產業。", "人工智慧", "artificial intelligence", None),
        ("廠商搶購圖形處理單元(Graphics Processing Units,GPUs)。", "圖形處理單元", "Graphics Processing Units", "GPUs"),
        ("大幅提高資本支出(capital expenditure,CapEx)。", "資本支出", "capital expenditure", "CapEx"),
        ("股東關心投資報酬率(ROI)。", "投資報酬率", None, "ROI"),
        ("警告「循環支出(circular spending)」的風險。", "循環支出", "circular spending", None),
        ("分析師採用情境分析法（scenario analysis）評估。", "情境分析法", "scenario analysis", None),
        ("業者導入區塊鏈(blockchain)追蹤貨源。", "區塊鏈", "blockchain", None),
        ("這是典型的供應鏈韌性(supply chain resilience)問題。", "供應鏈韌性", "supply chain resilience", None),
        # A verb-tagged modifier the English still covers (duty-free), and a leading place name under an acronym.
        ("機場擴大免稅購物（duty-free shopping）區。", "免稅購物", "duty-free shopping", None),
        ("新藥獲美國食品藥物管理局（FDA）核准。", "美國食品藥物管理局", None, "FDA"),
        ("藥廠向美國食品藥物管理局（Food and Drug Administration, FDA）送件。", "美國食品藥物管理局",
         "Food and Drug Administration", "FDA"),
        ("市場關注上海出口集裝箱運價指數（SCFI）走勢。", "上海出口集裝箱運價指數", None, "SCFI"),
        ("影響全球慢性腎臟病（chronic kidney disease, CKD）患者。", "慢性腎臟病", "chronic kidney disease", "CKD"),
        ("他說人工智慧(artificial intelligence)很重要。", "人工智慧", "artificial intelligence", None),
    ],
)
def test_glosses(text, zh, en, abbr):
    terms, _ = _terms(text)
    found = {t for t in terms if t[0] == zh}
    assert found, terms
    (_, got_en, got_abbr), = found
    if en:
        assert got_en == en
    if abbr:
        assert got_abbr == abbr


def test_nested_gloss_takes_the_inner_term():
    terms, _ = _terms("投資回收期(投資報酬率(ROI))拉長。")
    assert ("投資報酬率" in {t[0] for t in terms})
    assert "投資回收期" not in {t[0] for t in terms}  # its gloss is Chinese, not a bilingual term


def test_known_term_before_a_new_one_is_not_swallowed():
    terms, _ = _terms("許多位於人工智慧應用層(application layer)的公司。")
    assert "應用層" in {t[0] for t in terms}


def test_person_name_gloss_goes_to_names():
    terms, names = _terms("公司法務長沃克（Kent Walker）表示將上訴。")
    assert ("沃克", "Kent Walker") in names
    assert "法務長沃克" not in {t[0] for t in terms}


def test_not_glosses():
    terms, names = _terms("價格（100美元以下）與網址(https://example.com)及代號(2330)，摩根大通（小摩）。")
    assert not terms and not names


def test_simplified_input_gets_taiwan_canonical_form():
    doc = make_doc("各国都在发展人工智能(artificial intelligence)和软件(software)。")
    terms, _ = extract_terms(doc)
    zh = {t.zh for t in terms}
    assert "人工智慧" in zh and "軟體" in zh


def test_english_first_gloss():
    terms, _ = _terms("The rise of machine learning (機器學習) continues.")
    assert any(t[0] == "機器學習" and t[1] and "machine learning" in t[1] for t in terms)


def test_term_spans_are_exact():
    doc = make_doc("廠商搶購圖形處理單元(Graphics Processing Units,GPUs)與資本支出(CapEx)。")
    terms, _ = extract_terms(doc)
    for t in terms:
        assert doc.text[t.span[0] : t.span[1]] == t.text
        assert t.text.startswith(t.zh)


def test_long_chinese_form_for_one_english_word():
    terms, _ = _terms("業者導入區塊鏈技術(blockchain)追蹤貨源。")
    assert "區塊鏈技術" in {t[0] for t in terms}


@pytest.mark.parametrize("text, zh", [
    ("央行公布短期票券市場利率(Commercial Paper Rate,CPR)走勢。", "短期票券市場利率"),
    ("投資人關注每單位淨值(Net Asset Value,NAV)變化。", "每單位淨值"),
    ("券商調高每股盈餘(EPS)預估。", "每股盈餘"),
])
def test_walk_reaches_the_whole_form_of_a_long_gloss(text, zh):
    terms, _ = _terms(text)
    assert zh in {t[0] for t in terms}, terms


def test_simplified_variant_keeps_the_texts_own_words_and_gloss():
    doc = make_doc("政府鼓励民众购买电动汽车(EV)，并补贴充电桩。", language="zh-Hans")
    terms, _ = extract_terms(doc)
    got = {(t.zh, t.en, t.abbr) for t in terms}
    assert ("電動汽車", None, "EV") in got, got


def test_simplified_spelling_of_an_entry_still_maps_to_taiwan_form():
    doc = make_doc("企业加码人工智能(AI)投资。", language="zh-Hans")
    terms, _ = extract_terms(doc)
    assert "人工智慧" in {t.zh for t in terms}
