"""HTML ingest: main text without boilerplate, one paragraph per line, tables, hostile markup."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractor.errors import InputError
from extractor.ingest import ingest
from extractor.ingest.html import parse_html

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SEED_HTML = SAMPLES / "zh-Hant/ai-roi-bubble/input.html"
SEED_TXT = SAMPLES / "zh-Hant/ai-roi-bubble/input.txt"
EN_HTML = SAMPLES / "en/chipmaker-capex/input.html"

P1 = "台積電今天召開法說會，財務長表示，第四季營收預估介於 261 億至 269 億美元，毛利率約 59.5%。"
P2 = "分析師指出，人工智慧需求強勁，先進封裝產能仍然吃緊，明年資本支出可能再創新高，市場普遍樂觀看待。"
P3 = "不過也有投資人警告，若雲端業者放緩採購，半導體庫存恐再度升高，股價波動將加劇，宜審慎評估風險。"
E1 = "The company said revenue rose 24% to $21.4 billion in the fourth quarter, beating forecasts by a wide margin."
E2 = "Analysts said the results showed that demand for AI chips remained strong, although some warned of a glut."
E3 = "Shares rose 3.2% in early trading, giving the company a market value of about $1 trillion for the first time."


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


@pytest.fixture(scope="module")
def seed():
    return parse_html(SEED_HTML.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def en():
    return parse_html(EN_HTML.read_text(encoding="utf-8"))


# --- the samples ------------------------------------------------------------------------------------


def test_seed_page_keeps_every_body_paragraph_on_its_own_line(seed):
    lines = seed.text.split("\n")
    for para in SEED_TXT.read_text(encoding="utf-8").split("\n\n")[2:6]:
        assert para.strip() in lines
    assert "「循環支出」警告" in lines  # a subheading is its own line
    assert "金融面:獲取與服務一名客戶的成本,常常超過訂閱收入,尤其是針對免費階層用戶或複雜查詢。" in lines


@pytest.mark.parametrize("junk", [
    "首頁", "半導體", "我知道了", "Cookie", "分享到", "複製連結", "(圖/路透)", "資料中心內的GPU機櫃", "廣告",
    "延伸閱讀", "輝達財報前瞻", "留言", "泡沫遲早會破", "熱門新聞", "版權所有", "隱私權政策", "電子報", "views",
    "INITIAL_STATE", "標籤", "林雅婷",
])
def test_seed_page_drops_boilerplate(seed, junk):
    assert junk not in seed.text


def test_seed_page_tables_are_structured_and_in_the_text(seed):
    assert len(seed.tables) == 2
    en_table, zh_table = seed.tables
    assert en_table.caption == "The AI Infrastructure vs. Revenue Gap (2026 Estimates)"
    assert [c.text for c in en_table.header] == ["Metric", "Estimated Figure", "Market Implication"]
    assert [c.text for c in zh_table.rows[1]][:2] == ["全球人工智慧基礎設施資本支出", "約 5,000 億美元"]
    assert not any(c.header for c in zh_table.rows[1])
    for table in seed.tables:
        assert seed.text[table.caption_span.start:table.caption_span.end] == table.caption
        for row in table.rows:
            for cell in row:
                assert seed.text[cell.span.start:cell.span.end] == cell.text
    assert "指標\t估計數字\t市場含意" in seed.text.split("\n")


def test_seed_page_metadata(seed):
    m = seed.meta
    assert m.title == "投資人質疑人工智慧(artificial intelligence)投資報酬率(ROI),泡沫恐懼升溫"
    assert m.published == "2026-02-02T09:30:00+08:00"
    assert m.authors == ("林雅婷",)
    assert m.site == "AI News"
    assert m.canonical_url == "https://ainews.example.com/2026/02/02/ai-roi-bubble"
    assert seed.warnings == []


def test_english_sample_page(en):
    assert en.meta.title.startswith("Northwind Semiconductor lifts 2026 spending plan")
    assert en.meta.authors == ("Maria Delgado", "Kenji Sato")
    assert en.meta.published == "2026-01-15T14:05:00Z"
    assert en.meta.site == "The Ledger Business"
    lines = en.text.split("\n")
    assert any(ln.startswith('"We are still short of advanced packaging capacity') for ln in lines)
    assert "Advanced packaging\t$4.2 billion\t$7.0 billion" in lines
    for junk in ("Advertisement", "Share on", "Related stories", "Most read", "Sign up", "chipwatcher",
                 "cookies", "Photo:", "All rights reserved", "Read also", "By Maria"):
        assert junk not in en.text, junk


# --- main-text mechanisms ------------------------------------------------------------------------------


def test_body_split_by_ad_slots_is_kept_whole():
    chunks = "".join(
        f'<div class="body-chunk"><p>{p}</p></div><div class="ad-slot">Advertisement</div>' for p in (E1, E2, E3))
    html = page(f'<nav><a href="/">Home</a></nav><div class="story">{chunks}</div>'
                '<div class="more-stories"><a href="/x">Another story about markets and things</a></div>')
    assert parse_html(html).text.split("\n") == [E1, E2, E3]


def test_br_separated_paragraphs_in_a_layout_table_become_lines():
    html = page(f'<table><tr><td><a href="/">首頁</a><br><a href="/b">新聞</a></td>'
                f'<td class="content">{P1}<br><br>{P2}<br><br>{P3}</td></tr></table>')
    result = parse_html(html)
    assert result.text.split("\n") == [P1, P2, P3]
    assert result.tables == []  # a layout table is not data


def test_link_lists_inside_the_article_are_dropped():
    html = page(f"<article><p>{P1}</p><p>{P2}</p><p>延伸閱讀</p>"
                '<p><a href="/1">►台股盤後：外資賣超百億 電子股走弱</a></p>'
                '<ul><li><a href="/2">油價連三跌 下週汽柴油預估各降0.2元</a></li></ul>'
                f"<p>{P3}</p></article>")
    assert parse_html(html).text.split("\n") == [P1, P2, P3]


def test_photo_captions_credits_and_bylines_are_dropped():
    html = page(f'<div class="story"><p>記者王小明／台北報導</p><figure><img src="a.jpg"><figcaption>'
                f'台積電晶圓廠。（圖／記者李大華攝）</figcaption></figure><p>{P1}</p>'
                f'<p>▲台積電董事長出席法說會。（圖／路透）</p><p>{P2}</p><p class="credit">Photo: Reuters</p></div>')
    assert parse_html(html).text.split("\n") == [P1, P2]


def test_hidden_and_role_marked_boilerplate_is_dropped():
    html = page(f'<div role="navigation"><p>{P3}</p></div><div class="story"><p>{P1}</p>'
                f'<div style="display: none"><p>{P3}</p></div><p>{P2}</p></div>')
    assert parse_html(html).text.split("\n") == [P1, P2]


def test_a_wrapper_named_like_boilerplate_is_kept_when_it_holds_the_article():
    html = page(f'<div class="page-with-comments has-sidebar"><div class="post"><p>{E1}</p><p>{E2}</p>'
                f'<p>{E3}</p></div><div class="comments"><p>I disagree with every word of this story, honestly '
                "it is nonsense and the reporter should be ashamed.</p></div></div>")
    text = parse_html(html).text
    assert text.split("\n") == [E1, E2, E3]


def test_wordpress_post_classes_do_not_mark_the_post_as_boilerplate():
    html = page('<article class="post-12 post type-post hentry tag-economy topics-markets">'
                f'<div class="entry-content"><p>{E1}</p><p>{E2}</p></div></article>'
                '<div class="widget"><a href="/r">Recent posts</a></div>')
    assert parse_html(html).text.split("\n") == [E1, E2]


def test_source_line_wraps_between_cjk_characters_are_not_spaces():
    html = page("<article><p>台積電今天召開法說會，\n財務長表示營收成長。Revenue\nrose sharply, the CFO said today in Taipei.</p>"
                f"<p>{P2}</p></article>")
    first = parse_html(html).text.split("\n")[0]
    assert first == "台積電今天召開法說會，財務長表示營收成長。Revenue rose sharply, the CFO said today in Taipei."


def test_headline_is_metadata_not_a_body_line():
    html = page(f"<article><h1>台積電法說會登場</h1><p>{P1}</p><p>{P2}</p></article>",
                "<title>台積電法說會登場｜聯合新聞網</title>")
    result = parse_html(html)
    assert result.meta.title == "台積電法說會登場"
    assert result.text.split("\n") == [P1, P2]


def test_data_table_with_th_row_headers():
    html = page(f'<article><p>{E1}</p><table><tr><th>Quarter</th><th>Revenue</th></tr>'
                "<tr><th>Q3</th><td>$19.1 billion</td></tr><tr><th>Q4</th><td>$21.4 billion</td></tr></table>"
                f"<p>{E2}</p></article>")
    result = parse_html(html)
    (table,) = result.tables
    assert table.header is not None and [c.text for c in table.header] == ["Quarter", "Revenue"]
    assert [(c.text, c.header) for c in table.rows[2]] == [("Q4", True), ("$21.4 billion", False)]
    assert result.text.split("\n") == [E1, "Quarter\tRevenue", "Q3\t$19.1 billion", "Q4\t$21.4 billion", E2]


# --- hostile markup -----------------------------------------------------------------------------------


def test_page_without_article_text_is_a_clear_input_error():
    html = page('<nav><a href="/">Home</a> <a href="/about">About</a></nav><footer>© 2026 Example</footer>')
    assert parse_html(html).text == ""
    with pytest.raises(InputError) as err:
        ingest(html, name="empty-page.html")
    assert err.value.code == "E105" and "empty-page.html" in str(err.value)


def test_ten_thousand_deep_nesting_returns_the_text_with_a_warning():
    html = "<html><body>" + "<div>" * 10_000 + f"<p>{P1}</p>" + "</div>" * 10_000 + "</body></html>"
    result = parse_html(html)
    assert P1 in result.text
    assert "W105" in [w["code"] for w in result.warnings]


def test_truncated_html_keeps_what_arrived():
    html = page(f'<div class="story"><p>{E1}</p><p>{E2}</p><p>{E3}</p></div>')
    cut = html[: html.index(E3) + 40]
    text = parse_html(cut).text
    assert E1 in text and E2 in text and E3[:40] in text


def test_xml_declaration_and_bytes_input():
    html = f'<?xml version="1.0" encoding="utf-8"?>\n<html><body><article><p>{P1}</p><p>{P2}</p></article></body></html>'
    assert parse_html(html).text.split("\n") == [P1, P2]
    assert ingest(html.encode("utf-8"), name="x.html").text.split("\n") == [P1, P2]


def test_big_page_with_many_blocks_is_handled():
    filler = "".join(f'<div class="teaser"><a href="/n/{i}">Story {i} headline here</a></div>' for i in range(20_000))
    html = page(f'{filler}<div class="story"><p>{E1}</p><p>{E2}</p><p>{E3}</p></div>{filler}')
    assert parse_html(html).text.split("\n") == [E1, E2, E3]


def test_same_input_same_output():
    html = SEED_HTML.read_text(encoding="utf-8")
    a, b = parse_html(html), parse_html(html)
    assert (a.text, a.meta, a.tables) == (b.text, b.meta, b.tables)


def test_json_ld_article_body_rescues_a_page_that_renders_only_a_teaser():
    import json

    body = "\n\n".join([E1, E2, E3])
    head = '<script type="application/ld+json">' + json.dumps(
        {"@type": "NewsArticle", "headline": "Chip sales", "articleBody": body}) + "</script>"
    html = page('<div id="app"><p>Subscribe to read the full story about chip sales today.</p></div>', head)
    result = parse_html(html)
    assert result.text.split("\n") == [E1, E2, E3]
    assert "W108" in [w["code"] for w in result.warnings]
    # When the page renders the article, the HTML text wins (it keeps tables and paragraph breaks).
    full = page(f"<article><p>{E1}</p><p>{E2}</p><p>{E3}</p></article>", head)
    assert "W108" not in [w["code"] for w in parse_html(full).warnings]


def test_table_caption_with_a_caption_class_is_kept():
    html = page(f'<article><p>{E1}</p><table><caption class="caption">Revenue by quarter</caption>'
                "<tr><th>Quarter</th><th>Revenue</th></tr><tr><td>Q4</td><td>$21.4 billion</td></tr></table>"
                f"<p>{E2}</p></article>")
    (table,) = parse_html(html).tables
    assert table.caption == "Revenue by quarter"


def test_div_per_paragraph_articles_are_read():
    html = page(f'<div class="topbar"><a href="/">首頁</a></div><div id="article"><div>{P1}</div><div>{P2}</div>'
                f'<div>{P3}</div></div><div class="foot-links"><a href="/a">關於我們</a> <a href="/b">聯絡我們</a></div>')
    assert parse_html(html).text.split("\n") == [P1, P2, P3]


def test_next_article_teaser_after_the_article_is_left_out():
    html = page(f'<article><p>{E1}</p><p>{E2}</p><p>{E3}</p></article><div class="next-article"><h2>'
                '<a href="/n">Next: Other story</a></h2><p>Another story summary that is fairly long and has '
                "commas, words, and more words to look like a paragraph.</p></div>")
    assert parse_html(html).text.split("\n") == [E1, E2, E3]


def test_control_characters_and_lone_surrogates_do_not_cut_the_text():
    html = page(f"<article><p>{E1}\x00\x1f</p><p>Broken \ud800 character, then the rest of the paragraph.</p></article>")
    lines = parse_html(html).text.split("\n")
    assert lines[0] == E1
    assert lines[1].endswith("then the rest of the paragraph.")


def test_captions_in_photo_boxes_and_in_body_promotions_are_dropped():
    html = page(f'<div class="text boxText"><p>{P1}</p><div class="photo boxTitle"><img src="p.jpg">'
                '<span class="ph_b">台積電今天召開法說會，董事長親自出席說明。</span></div>'
                f"<p>台積電董事長今天出席法說會。（記者王小明攝）</p><p>{P2}</p>"
                "<p>下載中時新聞網APP，掌握最新即時新聞</p><p>Sign up for our free daily newsletter here.</p>"
                f"<p>{P3}</p></div>")
    assert parse_html(html).text.split("\n") == [P1, P2, P3]


@pytest.mark.parametrize("junk", [
    "Advertisement", "Story continues below advertisement", "【延伸閱讀】", "►延伸閱讀", "Image 3 of 12",
    "Loading...", "Your browser does not support the video tag.", "Main image credit: Getty", "Photo: Reuters",
    "paul.roe@example.com", "twitter.com/paulroe", "By Jane Roe and John Doe", "2023/06/28 10:21",
    "〔記者王小明／台北報導〕", "☆自由時報電子報提醒您，投資前請審慎評估☆", "▲台積電董事長出席法說會。（圖／路透）",
])
def test_furniture_lines_inside_the_article_are_dropped(junk):
    html = page(f'<div class="story"><p>{E1}</p><p>{junk}</p><p>{E2}</p></div>')
    assert parse_html(html).text.split("\n") == [E1, E2]


@pytest.mark.parametrize("line", [
    "Loading the ship took three days.", "By the end of the year, sales had doubled.", "記者會上他表示不會再漲價。",
    "文化部今天宣布新的補助計畫。", "2023",
])
def test_short_body_lines_that_only_look_like_furniture_are_kept(line):
    html = page(f'<div class="story"><p>{E1}</p><p>{line}</p><p>{E2}</p></div>')
    assert line in parse_html(html).text.split("\n")


# --- ingest entry point: compressed paths, byte limits, blank input, metadata (robustness fixes) ----------


@pytest.mark.parametrize("suffix,compress", [(".html.gz", "gzip"), (".txt.bz2", "bz2"), (".txt.xz", "lzma")])
def test_compressed_path_is_decompressed(tmp_path, suffix, compress):
    import importlib

    p = tmp_path / f"page{suffix}"
    p.write_bytes(importlib.import_module(compress).compress(page(f"<p>{P1}</p><p>{P2}</p>").encode()))
    res = ingest(p)
    assert P1 in res.text and res.meta.path == str(p)


def test_compressed_path_over_the_limit_is_refused(tmp_path):
    import gzip

    p = tmp_path / "bomb.txt.gz"
    p.write_bytes(gzip.compress(b"a" * 100_000))
    with pytest.raises(InputError) as err:
        ingest(p, max_bytes=10_000)
    assert err.value.code == "E107" and "bomb.txt.gz" in str(err.value)


def test_max_bytes_counts_utf8_bytes_of_str_input():
    text = "營" * 400  # 400 characters, 1,200 bytes
    with pytest.raises(InputError) as err:
        ingest(text, max_bytes=1000, name="wide")
    assert err.value.code == "E103" and "wide" in str(err.value)
    assert ingest(text, max_bytes=1200).text
    assert ingest("a" * 1000, max_bytes=1000).text


@pytest.mark.parametrize("blank", ["\x00\x01\x02\x03", "\x00 \n\x1f\u200b\ufeff", "&nbsp;\x07&nbsp"])
def test_only_control_characters_is_empty_input(blank):
    with pytest.raises(InputError) as err:
        ingest(blank, name="ctl")
    assert err.value.code == "E104"


def test_html_with_only_control_characters_has_no_article():
    with pytest.raises(InputError) as err:
        ingest(page("<p>\x01\x02\x03</p>"), name="ctl")
    assert err.value.code in ("E104", "E105")


def test_lone_surrogates_in_metadata_are_replaced():
    res = ingest("標題\ud800測試\n\n" + P1 + P2)
    assert res.meta.title and "\ud800" not in res.meta.title
    res.meta.title.encode("utf-8")
