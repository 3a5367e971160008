"""Page metadata: title, published date, authors, site, canonical URL; dates and datelines."""

from __future__ import annotations

import pytest

from extractor.ingest.dates import find_dateline, parse_date
from extractor.ingest.html import parse_html
from extractor.ingest.meta import strip_site_suffix

BODY = ("<article><p>The company said revenue rose 24% to $21.4 billion in the fourth quarter, beating forecasts "
        "by a wide margin.</p><p>Analysts said the results showed that demand for AI chips remained strong, "
        "although some warned of a glut.</p></article>")
BODY_ZH = ("<article><p>台積電今天召開法說會，財務長表示，第四季營收預估介於 261 億至 269 億美元，毛利率約 59.5%。</p>"
           "<p>分析師指出，人工智慧需求強勁，先進封裝產能仍然吃緊，明年資本支出可能再創新高。</p></article>")


def meta(head: str = "", body: str = BODY):
    return parse_html(f"<html><head>{head}</head><body>{body}</body></html>").meta


def ld(obj: str) -> str:
    return f'<script type="application/ld+json">{obj}</script>'


# --- title --------------------------------------------------------------------------------------------


def test_title_is_the_article_h1_not_the_logo_h1():
    m = meta('<meta property="og:title" content="Chipmaker lifts spending plan | The Ledger">',
             '<h1 class="logo">The Ledger</h1><h1>Chipmaker lifts spending plan</h1>' + BODY)
    assert m.title == "Chipmaker lifts spending plan"


def test_title_falls_back_to_title_tag_without_site_suffix():
    assert meta("<title>Chipmaker lifts spending plan - The Ledger</title>").title == "Chipmaker lifts spending plan"
    assert meta("<title>台積電法說會登場｜聯合新聞網</title>", BODY_ZH).title == "台積電法說會登場"


def test_title_prefers_og_title_and_json_ld_headline_over_title_tag():
    assert meta('<title>Home</title><meta property="og:title" content="Real headline">').title == "Real headline"
    assert meta("<title>x</title>" + ld('{"@type": "NewsArticle", "headline": "LD headline"}')).title == \
        "LD headline"


@pytest.mark.parametrize("title, site, expected", [
    ("Alibaba to raise $12.9bn : CityAM", None, "Alibaba to raise $12.9bn"),
    ("Stocks fall as oil rises | Markets | The Ledger", "The Ledger", "Stocks fall as oil rises | Markets"),
    ("The Ledger - Stocks fall as oil rises", "The Ledger", "Stocks fall as oil rises"),
    ("美股收黑 道瓊跌300點 - 經濟日報", None, "美股收黑 道瓊跌300點"),
    ("No separator in this headline", None, "No separator in this headline"),
])
def test_strip_site_suffix(title, site, expected):
    assert strip_site_suffix(title, site) == expected


# --- dates --------------------------------------------------------------------------------------------


def test_published_prefers_json_ld_then_meta_then_time():
    head = (ld('{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2019-11-20T09:22:35+00:00"}')
            + '<meta property="article:published_time" content="2019-11-19T08:00:00Z">')
    assert meta(head).published == "2019-11-20T09:22:35+00:00"
    assert meta('<meta property="article:published_time" content="2019-11-19T08:00:00Z">').published == \
        "2019-11-19T08:00:00Z"
    assert meta("", '<time datetime="2019-11-18">Nov 18</time>' + BODY).published == "2019-11-18"


def test_json_ld_in_graph_lists_and_with_trailing_commas():
    graph = ld('{"@graph": [{"@type": "WebSite", "name": "S"}, {"@type": ["NewsArticle"], '
               '"datePublished": "2024-03-05", "author": [{"@type": "Person", "name": "A. Writer"}, "B. Writer"], '
               '"publisher": {"@type": "Organization", "name": "The Paper"},}]}')
    m = meta(graph)
    assert m.published == "2024-03-05"
    assert m.authors == ("A. Writer", "B. Writer")
    assert m.site == "The Paper"


def test_broken_json_ld_is_ignored_not_fatal():
    m = meta(ld('{"@type": "NewsArticle", "headline": ') + '<meta property="og:site_name" content="S">')
    assert m.site == "S" and m.published is None


def test_published_from_chinese_dateline_in_text():
    body = "<article><p>（中央社記者王大明台北2日電）" + BODY_ZH[12:]
    assert meta("", body).dateline.startswith("（中央社記者王大明台北2日電）")
    body2 = BODY_ZH.replace("台積電今天", "2026年2月2日，台積電")
    assert meta("", body2).published == "2026-02-02"


@pytest.mark.parametrize("value, expected", [
    ("2019-11-20T09:22:35+00:00", "2019-11-20T09:22:35+00:00"),
    ("2019-11-20 06:09:25", "2019-11-20T06:09:25"),
    ("2019-11-20T10:00:00Z", "2019-11-20T10:00:00Z"),
    ("2026年2月2日", "2026-02-02"),
    ("2026/2/2 10:30", "2026-02-02"),
    ("Nov. 20, 2019", "2019-11-20"),
    ("20 November 2019", "2019-11-20"),
    ("2026-02-30", None),
    ("yesterday", None),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


def test_agency_dateline_day_uses_the_reference_month():
    assert find_dateline("（中央社記者王大明台北28日電）股市…", reference="2026-03-02").date == "2026-02-28"


# --- authors, site, canonical ---------------------------------------------------------------------------


def test_authors_from_meta_and_byline():
    assert meta('<meta name="author" content="Jane Roe, John Doe">').authors == ("Jane Roe", "John Doe")
    m = meta("", '<div class="byline">By <a href="/a">Jane Roe</a> and <a href="/b">John Doe</a></div>' + BODY)
    assert m.authors == ("Jane Roe", "John Doe")
    assert meta('<meta name="author" content="https://facebook.com/x">').authors == ()


def test_site_and_canonical():
    m = meta('<meta property="og:site_name" content="The Ledger"><link rel="canonical" href="https://l.example/a">')
    assert (m.site, m.canonical_url) == ("The Ledger", "https://l.example/a")
    assert meta('<meta property="og:url" content="https://l.example/b">').canonical_url == "https://l.example/b"


def test_url_given_by_the_caller_is_kept():
    m = parse_html(f"<html><body>{BODY}</body></html>", url="https://x.example/story").meta
    assert m.url == "https://x.example/story"


def test_a_logo_h1_is_not_the_title():
    m = meta("<title>Chipmaker lifts spending plan - The Ledger</title>", '<h1 class="logo">The Ledger</h1>' + BODY)
    assert m.title == "Chipmaker lifts spending plan"


def test_a_displayed_headline_that_differs_from_the_seo_title_wins():
    m = meta("<title>Chip stocks news today | The Ledger</title>",
             "<h1>Northwind lifts its 2026 spending plan to $38 billion</h1>" + BODY)
    assert m.title == "Northwind lifts its 2026 spending plan to $38 billion"


def test_published_from_a_bare_time_element_or_a_dated_span():
    assert meta("", '<time class="article-content__time">2023-06-28 10:21</time>' + BODY_ZH).published == \
        "2023-06-28T10:21"
    assert meta("", '<span class="post-date">Posted June 28, 2023</span>' + BODY).published == "2023-06-28"
    assert meta("", '<div class="time">2023/06/28 10:21</div>' + BODY_ZH).published == "2023-06-28"


@pytest.mark.parametrize("title, expected", [
    ("北京樓市新政出台-搜狐财经", "北京樓市新政出台"),
    ("北京楼市新政出台_新浪房产", "北京楼市新政出台"),
    ("美股收高 道指創新高--雅虎新闻", "美股收高 道指創新高"),
    ("台積電營收創新高 | 經濟日報", "台積電營收創新高"),
    ("房價回穩 - 經濟日報 - 聯合新聞網", "房價回穩"),
    ("中美貿易戰-最新進展", "中美貿易戰-最新進展"),  # a subtitle, not an outlet: kept
])
def test_page_title_loses_its_site_suffix(title, expected):
    from extractor.ingest import ingest

    body = "<p>" + "台積電今天公布營收，第二季營收年增12%，優於市場預期。" * 3 + "</p>"
    res = ingest(f"<html><head><title>{title}</title></head><body><article>{body}</article></body></html>")
    assert res.meta.title == expected


def test_published_date_falls_back_to_the_date_in_the_url():
    from extractor.ingest import ingest

    body = "<p>" + "台積電今天公布營收，第二季營收年增12%，優於市場預期。" * 3 + "</p>"
    page = f"<html><head><title>營收</title></head><body><article>{body}</article><footer>© 2015</footer></body></html>"
    assert ingest(page, url="https://news.example.cn/a/20230409/n1.shtml").meta.published == "2023-04-09"
    assert ingest(page, url="https://example.com/2017/06/28/story").meta.published == "2017-06-28"
    assert ingest(page, url="https://udn.com/news/story/7325/2551489").meta.published is None  # ids are not dates
    text = "台積電今天公布營收，第二季營收年增12%，優於市場預期。" * 3
    assert ingest(text, url="https://example.com/news/2017-06-28-tsmc").meta.published == "2017-06-28"
