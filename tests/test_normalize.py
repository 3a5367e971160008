import pytest

from extractor import Span
from extractor.normalize import detect_language, fold_to_traditional, normalize_text, to_simplified, to_taiwan
from extractor.normalize.glossary import load_glossary


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("營收成長１２．５％", "營收成長12.5%"),  # full-width digits and percent fold, the CJK stays
        ("Ａｐｐｌｅ　Inc.", "Apple Inc."),
        ("a\u200bb\ufeffc", "abc"),  # zero-width characters and stray BOMs are dropped
        ("line one\r\nline two", "line one\nline two"),
        ("para\n\n\n\n\nnext", "para\n\nnext"),
        ("  lots   of \t spaces  ", "lots of spaces"),
        ("股價&nbsp;上漲&nbsp", "股價 上漲"),
        ("歐盟表示：「由於Google，」", "歐盟表示：「由於Google，」"),  # CJK punctuation is the article's own
    ],
)
def test_normalize_text_examples(raw, expected):
    assert normalize_text(raw)[0] == expected


def test_offsets_map_back_to_source():
    raw = "  營收   成長１２％ \n\n\n\n下一段"
    text, offsets = normalize_text(raw)
    i = text.index("12%")
    src = offsets.to_source(Span(i, i + 3))
    assert raw[src.start : src.end] == "１２％"
    j = text.index("下一段")
    src = offsets.to_source(Span(j, j + 3))
    assert raw[src.start : src.end] == "下一段"


def test_normalize_is_idempotent_on_messy_input():
    raw = " a \u200b  b\r\n\r\n\r\n\u3000c&nbsp; d "
    once = normalize_text(raw)[0]
    assert normalize_text(once)[0] == once


@pytest.mark.parametrize(
    "text, lang",
    [
        ("台積電今年營收成長，法人認為動能延續。", "zh-Hant"),
        ("台积电今年营收增长，机构认为动能延续。", "zh-Hans"),
        ("Alibaba shares rose 2% in Hong Kong on Wednesday.", "en"),
        ("The report, titled 人工智慧, says AI capex will double by 2027 across the industry.", "en"),
        ("投資人質疑 AI 投資報酬率(ROI)，泡沫恐懼升溫 as Nvidia and OpenAI spend", "zh-Hant"),
        ("失業率上升0.3百分點。", "zh-Hant"),  # short Chinese is still Chinese
        ("失业率上升0.3百分点。", "zh-Hans"),
    ],
)
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_taiwan_usage_is_canonical():
    assert to_taiwan("资本支出") == "資本支出"
    assert to_taiwan("循环支出") == "循環支出"  # not the computing phrase 迴圈
    assert load_glossary().canonical_zh("人工智能") == "人工智慧"  # vocabulary comes from the glossary
    assert to_simplified("資本支出") == "资本支出"
    # folding keeps the length so that spans found in the folded text slice the original
    s = "随着人工智能发展，台积电营收增长"
    assert len(fold_to_traditional(s)) == len(s)
    assert fold_to_traditional(s).startswith("隨著")


def test_glossary_lookup_is_script_blind():
    g = load_glossary()
    assert g.lookup("人工智能").zh == "人工智慧"
    assert g.lookup("人工智慧").en == "artificial intelligence"
    assert g.lookup("AI").zh == "人工智慧"
    assert g.canonical_zh("资本支出") == "資本支出"


def test_glossary_merge_adds_mined_terms():
    g = load_glossary()
    e = g.merge("循环支出", "circular spending")
    assert e.zh == "循環支出"
    assert g.lookup("循環支出").en == "circular spending"
    # an existing entry gains what it lacked and is not duplicated
    n = len(g.entries)
    g.merge("投資報酬率", None, "ROI")
    assert len(g.entries) == n
