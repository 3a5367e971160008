"""Main-text quality: token F1 of extractor's HTML ingest vs trafilatura on pages with a known body.

Two kinds of evidence:
1. Known-body pages: real article bodies (the seed article, the eight zh-Hant dev articles, the English
   sample) wrapped in page layouts modelled on real news sites (udn, China Times, LTN, CNA, ETtoday,
   an old table-layout portal, a WordPress blog, a wire site that splits the body with ads). Every
   layout carries its boilerplate: nav, share bars, photo captions, ads, related links, comments, footer.
   The body is known exactly, so token F1 is exact.
2. Real English pages (shared/eval/dev_en) scored against the article-extraction-benchmark's own
   ``articleBody`` (benchmarks/maintext_real/aeb_gold.jsonl), and recall of every gold item text.
3. Real layouts (tests/fixtures/layouts: trimmed skeletons of real xinhuanet / people.cn pages and
   PMC, Newsweek, CNN, HuffPost structures; sources in their README), each with its body.
4. Published dates on real Chinese pages (tests/fixtures/dates + the two Chinese layouts), as saved and
   as damaged copies that leave one kind of evidence (byline only; only teaser or rail dates, where
   the right answer is "no date"); compared with htmldate when it is importable.

Run: ``python benchmarks/maintext_eval.py`` (trafilatura and htmldate optional; skipped when not installed).
Tokens: each CJK character is a token; Latin words and numbers are tokens (lowercased).
"""

from __future__ import annotations

import html as htmllib
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from extractor.dev import shared_dir

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = shared_dir()

from extractor.ingest.html import parse_html  # noqa: E402

_TOK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[A-Za-z0-9]+(?:[.,'’][A-Za-z0-9]+)*")
E = htmllib.escape


def tokens(text: str) -> Counter[str]:
    return Counter(t.lower() for t in _TOK.findall(text))


def token_f1(gold: str, pred: str) -> float:
    g, p = tokens(gold), tokens(pred)
    common = sum((g & p).values())
    if not common:
        return 0.0
    prec, rec = common / sum(p.values()), common / sum(g.values())
    return 2 * prec * rec / (prec + rec)


# --------------------------------------------------------------------------- bodies
def _paragraphs_zh(text: str) -> list[str]:
    """Crawled dev text has share-button debris and no breaks: keep the prose, 2 sentences a paragraph."""
    text = re.sub(r"\s*分享\s+facebook\s*", "\n", text)
    text = re.sub(r"^[^\n]{0,80}(?:（[^）]*社）|報系資料照|提供)\s*\n", "", text)
    sents = re.findall(r"[^。！？\n]+[。！？」]*", text)
    sents = [s.strip() for s in sents if len(s.strip()) > 1]
    return ["".join(sents[i:i + 2]) for i in range(0, len(sents), 2)]


def bodies() -> list[tuple[str, str, str, list[str]]]:
    """(id, language, title, paragraphs) of every known body."""
    out = []
    seed = (ROOT / "samples/zh-Hant/ai-roi-bubble/input.txt").read_text(encoding="utf-8")
    blocks = [b.strip() for b in re.split(r"\n\s*\n", seed) if b.strip()]
    paras = [b for b in blocks[2:] if not b.startswith(("Table", "表格", "Metric", "指標")) and b != "精選"
             and "\n" not in b]
    out.append(("seed", "zh", blocks[1], paras))
    dev = SHARED / "eval/dev/input.jsonl"
    if dev.exists():
        for line in dev.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            ps = _paragraphs_zh(rec.get("text") or "")
            if len(ps) >= 2:
                out.append((rec["id"], "zh", ps[0][:28], ps))
    en = (ROOT / "samples/en/chipmaker-capex/input.html").read_text(encoding="utf-8")
    body = en[en.index('<div class="story-body">'):en.index("<table")]
    ps = [htmllib.unescape(re.sub(r"<[^>]+>", "", p)) for p in re.findall(r"<p>(.*?)</p>", body)]
    out.append(("en-sample", "en", "Northwind Semiconductor lifts 2026 spending plan", ps))
    return out


# --------------------------------------------------------------------------- layouts
RELATED_ZH = ["央行理監事會維持利率不變 房市信用管制再加碼", "台股盤後：外資賣超百億 電子股走弱",
              "油價連三跌 下週汽柴油預估各降0.2元"]
RELATED_EN = ["Oil falls as inventories rise", "Central bank holds rates steady, signals patience",
              "Retail sales beat forecasts in December"]
COMMENTS_ZH = ["這篇分析得很好，但我覺得市場還會再修正一段時間，大家要小心。", "政府應該早點出手，現在才處理太慢了吧。"]
COMMENTS_EN = ["This is exactly what I predicted last year, nobody listened to me.",
               "Great reporting, but the numbers in the third paragraph seem off to me."]
NAV_ZH = "".join(f'<li><a href="/c/{i}">{n}</a></li>' for i, n in enumerate(
    ["即時", "要聞", "娛樂", "運動", "全球", "社會", "產經", "股市", "房市", "健康", "生活", "文教"]))
NAV_EN = "".join(f'<li><a href="/s/{i}">{n}</a></li>' for i, n in enumerate(
    ["World", "Business", "Markets", "Tech", "Opinion", "Sports", "Life", "Video"]))


def _head(title: str, site: str, lang: str) -> str:
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": "2023-06-28T10:21:00+08:00"}, ensure_ascii=False)
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{E(title)} | {site}</title>'
            f'<meta property="og:title" content="{E(title)}"><meta property="og:site_name" content="{site}">'
            f'<script type="application/ld+json">{ld}</script>'
            '<script>window.dataLayer=[];(function(){var a=1;})();</script><style>body{margin:0}</style></head>')


def udn(title: str, ps: list[str], zh: bool) -> str:
    body = "".join(f"<p>{E(p)}</p>" + ('<div class="story-list__ad"><div id="ad_mid">廣告</div></div>' if i == 1 else "")
                   for i, p in enumerate(ps))
    rel = "".join(f'<li><a href="/news/story/{i}">{E(t)}</a></li>' for i, t in enumerate(RELATED_ZH))
    return (_head(title, "聯合新聞網", "zh-Hant") +
            f'<body><header class="header"><nav class="navigation"><ul>{NAV_ZH}</ul></nav></header>'
            '<main class="wrapper"><div class="article-content__wrapper"><section class="article-content">'
            f'<h1 class="article-content__title">{E(title)}</h1>'
            '<div class="article-content__info"><time class="article-content__time">2023-06-28 10:21</time>'
            '<span class="article-content__author"><a href="/author">經濟日報</a> 記者王小明／台北即時報導</span></div>'
            '<div class="article-content__share"><a>分享</a><a>facebook</a><a>LINE</a></div>'
            '<section class="article-content__editor"><figure class="photo_center photo-story"><img src="a.jpg">'
            f'<figcaption>圖／經濟日報提供</figcaption></figure>{body}</section>'
            '<div class="article-content__subscribe">訂閱《經濟日報》電子報，掌握最新財經消息</div>'
            f'<section class="related-news"><h3>延伸閱讀</h3><ul>{rel}</ul></section>'
            '</section></div><aside class="sidebar"><h3>熱門新聞</h3><ol>'
            + "".join(f'<li><a href="/h/{i}">{E(t)}</a></li>' for i, t in enumerate(RELATED_ZH)) +
            '</ol></aside></main><footer class="footer"><p>聯合線上公司 著作權所有 © 2023</p></footer></body></html>')


def chinatimes(title: str, ps: list[str], zh: bool) -> str:
    body = "".join(f"<p>{E(p)}</p>" for p in ps)
    return (_head(title, "中時新聞網", "zh-Hant") +
            f'<body><div class="header-wrapper"><ul class="main-menu">{NAV_ZH}</ul></div><div class="container">'
            '<div class="row"><div class="column-left"><article class="article-box">'
            f'<header class="article-header"><h1 class="article-title">{E(title)}</h1>'
            '<div class="meta-info"><time datetime="2023-06-28 10:21">10:21 2023/06/28</time>'
            '<div class="author"><a href="/reporter/1">王小明</a></div></div></header>'
            '<div class="article-share"><a>分享</a><a>複製連結</a></div>'
            '<div class="article-body"><div class="main-figure"><figure><img src="x.jpg">'
            f'<figcaption>國發會。（資料照）</figcaption></figure></div>{body}'
            '<div class="promote-word"><a href="/app">下載中時新聞網APP，掌握最新即時新聞</a></div>'
            '<div class="ad"><ins class="adsbygoogle"></ins></div></div>'
            '<div class="article-hash-tag"><span class="hash-tag"><a>#國發會</a></span><span><a>#景氣燈號</a></span></div>'
            '</article></div><div class="column-right"><section class="hot-news"><h3>熱門新聞</h3><ul>'
            + "".join(f'<li><a href="/r/{i}">{E(t)}</a></li>' for i, t in enumerate(RELATED_ZH)) +
            '</ul></section></div></div></div><footer><p>Copyright © 2023 China Times</p></footer></body></html>')


def ltn(title: str, ps: list[str], zh: bool) -> str:
    parts = []
    for i, p in enumerate(ps):
        parts.append(f"<p>{E(p)}</p>")
        if i == 0:
            parts.append('<div class="photo boxTitle"><a><img src="p.jpg"></a><span class="ph_b ph_d1">'
                         '圖為示意圖。（資料照）</span></div>')
        if i == 1:
            parts.append('<p class="appE1121"><a href="/app">不用抽 不用搶 現在用APP看新聞 保證天天中獎</a></p>'
                         '<div class="before_ir"><div id="ad-IR1">廣告</div></div>')
    return (_head(title, "自由時報電子報", "zh-Hant") +
            f'<body><div class="header"><ul class="nav">{NAV_ZH}</ul></div><div class="content">'
            f'<div class="whitecon boxTitle"><h1>{E(title)}</h1><span class="time">2023/06/28 10:21</span>'
            '<div class="text boxTitle boxText" data-desc="內容頁">'
            '<p class="before_ir">〔記者王小明／台北報導〕</p>' + "".join(parts) +
            '<div class="suggest_pc"><p>☆自由時報電子報提醒您，投資前請審慎評估☆</p></div></div>'
            '<div class="share boxTitle"><a>分享</a><a>Line</a></div></div>'
            '<div class="related boxTitle"><h4>相關新聞</h4><ul>'
            + "".join(f'<li><a href="/n/{i}">{E(t)}</a></li>' for i, t in enumerate(RELATED_ZH)) +
            '</ul></div></div><div class="footer"><p>自由時報版權所有不得轉載 © 2023</p></div></body></html>')


def cna(title: str, ps: list[str], zh: bool) -> str:
    first = "（中央社記者王小明台北28日電）" + ps[0]
    body = "".join(f"<p>{E(p)}</p>" for p in [first, *ps[1:]])
    return (_head(title, "中央社 CNA", "zh-Hant") +
            f'<body><div id="header"><ul class="menuList">{NAV_ZH}</ul></div><div class="wrapper"><div class="centralContent">'
            f'<div class="fullPic"><h1><span>{E(title)}</span></h1><div class="updatetime"><span>2023/6/28 10:21</span></div></div>'
            '<div class="shareBar"><a>facebook</a><a>line</a><a>列印</a></div>'
            f'<div class="paragraph"><div class="floatImg"><img src="c.jpg"><div class="picinfo">中央社記者攝</div></div>{body}'
            '<p class="moreInfo">（編輯：林小華）1120628</p></div>'
            '<div class="moreArticle"><h2>更多新聞</h2><ul>'
            + "".join(f'<li><a href="/m/{i}">{E(t)}</a></li>' for i, t in enumerate(RELATED_ZH)) +
            '</ul></div></div></div><div id="footer"><p>本網站之文字、圖片及影音，非經授權，不得轉載</p></div></body></html>')


def ettoday(title: str, ps: list[str], zh: bool) -> str:
    body = "".join(f"<p>{E(p)}</p>" for p in ps)
    return (_head(title, "ETtoday新聞雲", "zh-Hant") +
            f'<body><div class="header_box"><div class="nav_1"><ul>{NAV_ZH}</ul></div></div>'
            f'<div class="wrapper_box"><div class="c1"><div class="subject_article"><header><h1 class="title">{E(title)}</h1>'
            '<time class="date" datetime="2023-06-28T10:21:00+08:00">2023年06月28日 10:21</time></header>'
            '<div class="story" itemprop="articleBody"><p>記者王小明／台北報導</p>'
            f'<p><img src="e.jpg"></p><p><strong>▲國發會公布景氣燈號。（圖／記者王小明攝）</strong></p>{body}'
            '<p><strong>►延伸閱讀</strong></p>'
            + "".join(f'<p><a href="/news/{i}">►{E(t)}</a></p>' for i, t in enumerate(RELATED_ZH)) +
            '</div><div class="part_tag_1"><a>財經</a><a>景氣</a></div>'
            '<div class="fb-comments"><h3>讀者回應</h3>'
            + "".join(f'<div class="comment"><p>{E(c)}</p></div>' for c in COMMENTS_ZH) +
            '</div></div></div></div><div class="footer_box"><p>ETtoday新聞雲 版權所有</p></div></body></html>')


def table_portal(title: str, ps: list[str], zh: bool) -> str:
    body = "<br><br>".join(E(p) for p in ps)
    nav = NAV_ZH if zh else NAV_EN
    return (_head(title, "Portal", "zh-Hant" if zh else "en") +
            f'<body><table width="980"><tr><td colspan="2"><ul class="topmenu">{nav}</ul></td></tr>'
            f'<tr><td width="180" valign="top"><ul>{nav}</ul></td><td valign="top" class="news_content">'
            f'<font size="4"><b>{E(title)}</b></font><br>2023/06/28<br><br>{body}<br><br>'
            '<a href="/prev">上一則</a> | <a href="/next">下一則</a></td></tr>'
            '<tr><td colspan="2" align="center">Copyright 2023 All rights reserved.</td></tr></table></body></html>')


def wordpress(title: str, ps: list[str], zh: bool) -> str:
    body = "".join(f"<p>{E(p)}</p>" for p in ps)
    comments = COMMENTS_ZH if zh else COMMENTS_EN
    related = RELATED_ZH if zh else RELATED_EN
    return (_head(title, "The Daily Brief", "zh-Hant" if zh else "en") +
            '<body class="post-template-default single single-post postid-123 has-sidebar">'
            f'<div id="page" class="site"><header id="masthead" class="site-header"><nav id="site-navigation" '
            f'class="main-navigation"><ul>{NAV_ZH if zh else NAV_EN}</ul></nav></header>'
            '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">'
            '<article id="post-123" class="post-123 post type-post status-publish format-standard hentry category-business tag-economy">'
            f'<header class="entry-header"><h1 class="entry-title">{E(title)}</h1><div class="entry-meta">'
            '<span class="posted-on"><time class="entry-date published" datetime="2023-06-28T10:21:00+08:00">June 28, 2023</time>'
            '</span><span class="byline"> by <a class="url fn n" href="/author/admin">Staff</a></span></div></header>'
            f'<div class="entry-content">{body}'
            '<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a>Twitter</a></li>'
            '<li><a>Facebook</a></li></ul></div><div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3>'
            + "".join(f'<p><a href="/p/{i}">{E(t)}</a></p>' for i, t in enumerate(related)) +
            '</div></div><footer class="entry-footer"><span class="cat-links">Posted in <a>Business</a></span></footer>'
            '</article><div id="comments" class="comments-area"><h2 class="comments-title">2 thoughts</h2><ol class="comment-list">'
            + "".join(f'<li class="comment"><article class="comment-body"><p>{E(c)}</p></article></li>' for c in comments) +
            '</ol></div></main></div><aside id="secondary" class="widget-area"><section class="widget"><h2>Recent Posts</h2><ul>'
            + "".join(f'<li><a href="/r/{i}">{E(t)}</a></li>' for i, t in enumerate(related)) +
            '</ul></section></aside></div><footer id="colophon" class="site-footer">Proudly powered by WordPress</footer>'
            '</div></body></html>')


def wire_split(title: str, ps: list[str], zh: bool) -> str:
    chunks = []
    for i in range(0, len(ps), 2):
        chunks.append('<div class="article-body__content">' + "".join(
            f'<div class="paragraph"><p>{E(p)}</p></div>' for p in ps[i:i + 2]) + "</div>")
        chunks.append('<div class="ad-wrapper"><p class="ad-label">Story continues below advertisement</p>'
                      '<div id="ad-box"></div></div>')
    related = RELATED_ZH if zh else RELATED_EN
    return (_head(title, "Wire", "zh-Hant" if zh else "en") +
            f'<body><div class="site-header"><div class="navbar"><ul>{NAV_ZH if zh else NAV_EN}</ul></div></div>'
            '<div class="page-container"><div class="article-main">'
            f'<h1 class="article-headline">{E(title)}</h1>'
            '<div class="article-byline">By <a href="/a/1">Jane Roe</a> | Published June 28, 2023</div>'
            '<div class="social-share"><button>Share</button><button>Tweet</button></div>'
            '<figure class="article-lead-image"><img src="w.jpg"><figcaption>A file photo. (Photo: Wire/Staff)</figcaption></figure>'
            '<div class="article-body">' + "".join(chunks) + '</div>'
            '<div class="newsletter-promo"><h3>Get the Morning Brief</h3><p>Sign up for our free daily newsletter.</p></div>'
            '<div class="trending-stories"><h3>Trending</h3><ul>'
            + "".join(f'<li><a href="/t/{i}">{E(t)}</a></li>' for i, t in enumerate(related)) +
            '</ul></div></div></div><div class="site-footer"><p>© 2023 Wire Media. All rights reserved.</p>'
            '<ul><li><a>Terms</a></li><li><a>Privacy</a></li></ul></div></body></html>')


TEASERS_ZH = ["外資連續第三天賣超台股，金額擴大到百億元以上，分析師認為短線震盪難免，但基本面仍然穩健，投資人不必過度恐慌。",
              "央行總裁今天在立法院表示，房市信用管制措施將持續檢討，不排除再度加碼，以抑制投機性購屋需求。",
              "油價連續三週下跌，中油宣布下週汽柴油價格各調降零點二元，並預告若國際油價持續走低還有調降空間。"]
TEASERS_EN = ["Oil prices fell for a third straight week as inventories rose more than expected, and traders said demand "
              "worries were weighing on the market ahead of the holidays.",
              "The central bank held rates steady on Wednesday but signalled that it would stay patient, pointing to a "
              "cooling labour market and easing inflation in services.",
              "Retail sales beat forecasts in December, helped by strong online spending, although department stores "
              "reported another weak month, according to industry data."]


def hashed(title: str, ps: list[str], zh: bool) -> str:
    """A CSS-modules page: no semantic class names, teaser cards with long summaries after the article."""
    body = "".join(f'<p class="css-at9mc1 evys1bk0">{E(p)}</p>' for p in ps)
    teasers = TEASERS_ZH if zh else TEASERS_EN
    cards = "".join(f'<div class="css-1l4spti"><a class="css-1u3p7j1" href="/s/{i}"><h3 class="css-1kv6qi">'
                    f'Story {i}</h3></a><p class="css-1echdzn">{E(t)}</p></div>' for i, t in enumerate(teasers))
    links = "".join(f'<a class="css-1wjnrbv" href="/x/{i}">Section {i}</a> ' for i in range(12))
    return (_head(title, "Hashed", "zh-Hant" if zh else "en") +
            f'<body><div class="css-1d8a290"><div class="css-10488qs">{links}</div></div>'
            f'<div class="css-1vxca1d"><h1 class="css-1vkm6nb">{E(title)}</h1>'
            f'<section class="css-1r7ky0e"><div class="css-53u6y8">{body}</div></section>'
            f'<div class="css-1wxgzr2"><h2 class="css-1ez4w5w">More to read</h2>{cards}</div></div>'
            f'<div class="css-1h2uvr7"><div class="css-4c5kcw">{links}</div><p class="css-1rzq4s3">'
            "© 2023 Hashed Media Company. All rights reserved.</p></div></body></html>")


def unmarked_comments(title: str, ps: list[str], zh: bool) -> str:
    """Comments with no telling class or id (hashed names), right after the article body."""
    body = "".join(f'<p class="css-at9mc1">{E(p)}</p>' for p in ps)
    comments = "".join(f'<div class="css-9x1"><div class="css-9x2"><span class="css-9x3">user{i}</span>'
                       f'<p class="css-9x4">{E(c)}</p></div></div>' for i, c in enumerate(
                           (COMMENTS_ZH if zh else COMMENTS_EN) + (TEASERS_ZH if zh else TEASERS_EN)))
    return (_head(title, "Unmarked", "zh-Hant" if zh else "en") +
            f'<body><div class="css-a"><div class="css-b"><h1>{E(title)}</h1><section class="css-c">'
            f'<div class="css-d">{body}</div></section><div class="css-e"><h2>5 Comments</h2>{comments}</div>'
            "</div></div></body></html>")


LAYOUTS: dict[str, Callable[[str, list[str], bool], str]] = {
    "hashed-classes": hashed, "unmarked-comments": unmarked_comments,
    "udn": udn, "chinatimes": chinatimes, "ltn": ltn, "cna": cna, "ettoday": ettoday,
    "table-portal": table_portal, "wordpress": wordpress, "wire-split": wire_split,
}
ZH_ONLY = {"udn", "chinatimes", "ltn", "cna", "ettoday"}


def known_pages() -> list[tuple[str, str, str]]:
    """(name, html, known body)."""
    pages = []
    for bid, lang, title, ps in bodies():
        for name, layout in LAYOUTS.items():
            if lang == "en" and name in ZH_ONLY:
                continue
            gold = "\n".join(ps)
            if name == "cna":
                gold = "（中央社記者王小明台北28日電）" + gold
            pages.append((f"{name}/{bid}", layout(title, ps, lang == "zh"), gold))
    return pages


def _trafilatura() -> Callable[[str], str] | None:
    try:
        import trafilatura
    except ImportError:
        return None
    return lambda h: trafilatura.extract(h, include_comments=False, include_tables=True) or ""


def main() -> None:
    traf = _trafilatura()
    ours = lambda h: parse_html(h).text  # noqa: E731
    rows: dict[str, list[tuple[float, float]]] = {}
    times = {"ours": 0.0, "trafilatura": 0.0}
    for name, page, gold in known_pages():
        t = time.perf_counter()
        f_ours = token_f1(gold, ours(page))
        times["ours"] += time.perf_counter() - t
        f_traf = float("nan")
        if traf:
            t = time.perf_counter()
            f_traf = token_f1(gold, traf(page))
            times["trafilatura"] += time.perf_counter() - t
        rows.setdefault(name.split("/")[0], []).append((f_ours, f_traf))
    print(f"{'layout':18s} {'pages':>5s} {'ours F1':>8s} {'traf F1':>8s}")
    all_o, all_t = [], []
    for layout, vals in rows.items():
        o = sum(v[0] for v in vals) / len(vals)
        tr = sum(v[1] for v in vals) / len(vals)
        all_o += [v[0] for v in vals]
        all_t += [v[1] for v in vals]
        print(f"{layout:18s} {len(vals):5d} {o:8.3f} {tr:8.3f}")
    print(f"{'ALL':18s} {len(all_o):5d} {sum(all_o) / len(all_o):8.3f} {sum(all_t) / len(all_t):8.3f}")
    print(f"time: ours {times['ours'] * 1000:.0f} ms, trafilatura {times['trafilatura'] * 1000:.0f} ms "
          f"for {len(all_o)} pages")

    real_pages(ours, traf)
    published_dates()

    dev_en = SHARED / "eval/dev_en"
    if (dev_en / "input.jsonl").exists():
        gold = {json.loads(x)["id"]: json.loads(x) for x in (dev_en / "gold.jsonl").read_text().splitlines()}
        print("\nreal English pages: recall of gold item texts in the main text")
        for line in (dev_en / "input.jsonl").read_text().splitlines():
            rec = json.loads(line)
            items = [x["text"] for k in ("metrics", "quotes", "claims") for x in gold[rec["id"]].get(k, [])]
            for label, fn in (("ours", ours), ("trafilatura", traf)):
                if fn is None:
                    continue
                text = fn(rec["html"])
                hit = sum(1 for x in items if x in text)
                print(f"  {rec['id']} {label:12s} {hit}/{len(items)} items, {len(text)} chars")


FIXTURES = ROOT / "tests/fixtures"


def real_pages(ours: Callable[[str], str], traf: Callable[[str], str] | None) -> None:
    """Token F1 on real English pages (benchmark ground truth) and on the real-layout fixtures."""
    cases: list[tuple[str, str, str, str]] = []  # (group, name, html, gold)
    gold_path = ROOT / "benchmarks/maintext_real/aeb_gold.jsonl"
    dev_en = SHARED / "eval/dev_en/input.jsonl"
    if dev_en.exists() and gold_path.exists():
        gold = {json.loads(x)["id"]: json.loads(x)["articleBody"] for x in gold_path.read_text().splitlines()}
        for line in dev_en.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            if rec["id"] in gold:
                cases.append(("en real pages", rec["id"], rec["html"], gold[rec["id"]]))
    for page in sorted((FIXTURES / "layouts").glob("*.html")):
        group = "zh real layouts" if page.name.startswith("zh_") else "en real layouts"
        cases.append((group, page.stem, page.read_text(encoding="utf-8"), page.with_suffix(".txt").read_text(encoding="utf-8")))
    groups: dict[str, list[tuple[float, float]]] = {}
    print(f"\n{'real page':28s} {'ours F1':>8s} {'traf F1':>8s}")
    for group, name, page, gold in cases:
        f_o = token_f1(gold, ours(page))
        f_t = token_f1(gold, traf(page)) if traf else float("nan")
        groups.setdefault(group, []).append((f_o, f_t))
        print(f"  {name:26s} {f_o:8.3f} {f_t:8.3f}")
    for group, vals in groups.items():
        print(f"{group:28s} {sum(v[0] for v in vals) / len(vals):8.3f} {sum(v[1] for v in vals) / len(vals):8.3f}"
              f"  ({len(vals)} pages)")


def date_cases() -> list[tuple[str, str, str | None, str | None]]:
    """(label, html, url, expected date) on real Chinese pages and damaged copies of them."""
    index = json.loads((FIXTURES / "dates/index.json").read_text(encoding="utf-8"))
    out = []
    for name, info in index.items():
        html = (FIXTURES / "dates" / name).read_text(encoding="utf-8")
        stem = Path(name).stem
        want = info["published"]
        out.append((f"{stem} as saved", html, None, want))
        if info["url"]:
            out.append((f"{stem} + URL", html, info["url"], want))
        if "people" in stem:
            out.append((f"{stem} byline only", re.sub(r'<meta name="publishdate"[^>]*>', "", html), None, want))
        if "163" in stem:
            out.append((f"{stem} byline only", re.sub(r'<meta property="article:published_time"[^>]*>', "", html),
                        None, want))
        if "xinhuanet" in stem:  # only the rail's dates of other stories are left: no date
            out.append((f"{stem} rail dates only", re.sub(r'<span class="h-time">[^<]*</span>', "", html), None, None))
        if "stcn" in stem:  # only the teasers' dates are left: no date
            bare = re.sub(r"var publishdate = '[^']*';", "", html.replace('<div class="info">2019-09-26 12:11', '<div class="info">'))
            out.append((f"{stem} teaser dates only", bare, None, None))
    return out


def published_dates() -> None:
    try:
        from htmldate import find_date  # type: ignore[import-not-found]
    except ImportError:
        find_date = None
    print(f"\n{'published date (real zh pages)':44s} {'want':10s} {'ours':10s} {'htmldate':10s}")
    hits = {"ours": 0, "htmldate": 0}
    times = {"ours": 0.0, "htmldate": 0.0}
    cases = date_cases()
    for label, html, url, want in cases:
        t = time.perf_counter()
        ours = (parse_html(html, url=url).meta.published or "")[:10] or None
        times["ours"] += time.perf_counter() - t
        hits["ours"] += ours == want
        theirs = "-"
        if find_date is not None:
            t = time.perf_counter()
            theirs = find_date(html, url=url, original_date=True, outputformat="%Y-%m-%d")
            times["htmldate"] += time.perf_counter() - t
            hits["htmldate"] += theirs == want
        print(f"  {label:42s} {want or 'none':10s} {ours or 'none':10s} {theirs or 'none':10s}")
    n = len(cases)
    print(f"accuracy: ours {hits['ours']}/{n} = {hits['ours'] / n:.2f} ({times['ours'] * 1000:.0f} ms, incl. main text)"
          + (f"; htmldate {hits['htmldate']}/{n} = {hits['htmldate'] / n:.2f} ({times['htmldate'] * 1000:.0f} ms)"
             if find_date else "; htmldate not installed"))


if __name__ == "__main__":
    main()
