"""Build a benchmark archive: N realistic ~20 KB news pages (JSON Lines, optionally WARC.gz too).

    python benchmarks/make_archive.py --out /tmp/bench.jsonl [--n 2000] [--warc /tmp/bench.warc.gz]

Article bodies come from samples/ (the seed article and the English page) and the shared evaluation
inputs when present; each page wraps one body in what real news pages carry around it (head meta,
Open Graph, JSON-LD, a navigation menu, related links, a comment thread, a footer, inline scripts),
about 20 KB in all. Variation is deterministic (seeded): figures, names, paragraph order, page chrome.
"""

from __future__ import annotations

import argparse
import html
import io
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"

SECTIONS = ["財經", "產業", "科技", "國際", "證券", "房市", "政治", "社會", "生活", "評論", "Markets", "Tech"]
COMPANIES = ["台積電", "聯發科", "鴻海", "輝達", "微軟", "Google", "Meta", "亞馬遜", "英特爾", "三星", "廣達", "緯創"]
AUTHORS = ["林雅婷", "王大明", "陳怡君", "張志豪", "Sarah Chen", "David Park", "李明哲", "黃美玲"]


def _paragraphs_from_html(page: str) -> list[str]:
    return [re.sub(r"<[^>]+>", "", html.unescape(p)).strip() for p in re.findall(r"<p[^>]*>(.*?)</p>", page, re.S)]


def load_bodies() -> list[tuple[str, list[str], str]]:
    """(title, paragraphs, language) for every source article found."""
    bodies: list[tuple[str, list[str], str]] = []
    for txt in sorted(ROOT.glob("samples/*/*/input.txt")):
        lines = [x.strip() for x in txt.read_text("utf-8").splitlines() if x.strip()]
        # The first short lines are the site name and the like; the headline is the first real line.
        k = next((j for j, x in enumerate(lines) if len(x) > 12), 0)
        bodies.append((lines[k][:60], lines[k + 1:] or lines, "zh-Hant"))
    for page in sorted(ROOT.glob("samples/en/*/input.html")):
        text = page.read_text("utf-8")
        m = re.search(r"<title>(.*?)</title>", text, re.S)
        paras = [p for p in _paragraphs_from_html(text) if len(p) > 40]
        if paras:
            bodies.append((html.unescape(m.group(1)).strip() if m else paras[0][:60], paras, "en"))
    for name in ("dev/input.jsonl", "seed/input.jsonl"):
        path = SHARED / name
        if not path.exists():
            continue
        for line in path.read_text("utf-8").splitlines():
            rec = json.loads(line)
            if rec.get("text"):
                paras = [p.strip() for p in re.split(r"\n+|(?<=。)\s+", rec["text"]) if p.strip()]
                bodies.append((paras[0][:40], paras, "zh-Hant"))
    if not bodies:
        raise SystemExit("no source articles found in samples/ or ../shared/eval")
    return bodies


def _vary_numbers(text: str, rng: random.Random) -> str:
    # Change figures but keep their shape, so metric extraction still has realistic work to do.
    def repl(m: re.Match[str]) -> str:
        digits = m.group(0)
        if len(digits) == 4 and digits.startswith(("19", "20")):
            return digits  # years stay years
        return "".join(str(rng.randint(1 if i == 0 else 0, 9)) for i in range(len(digits)))

    return re.sub(r"\d+", repl, text)


def _chrome(rng: random.Random, lang: str) -> tuple[str, str, str]:
    nav = "".join(f'<li class="menu-item"><a href="/section/{i}/{rng.randint(1, 999)}">{rng.choice(SECTIONS)}'
                  f"</a><ul class=\"sub\">" + "".join(f'<li><a href="/tag/{j}">{rng.choice(COMPANIES)}</a></li>'
                                                       for j in range(4)) + "</ul></li>" for i in range(14))
    related = "".join(f'<li><a href="/news/{rng.randint(10000, 99999)}">{rng.choice(COMPANIES)}'
                      f"{rng.choice(['營收創新高', '股價大漲', '法說會登場', '擴大投資', 'beats estimates'])}</a></li>"
                      for _ in range(10))
    comments = "".join(f'<div class="comment"><span class="user">user{rng.randint(1, 9999)}</span>'
                       f"<p>{rng.choice(['推', '看好', '太貴了吧', 'Great analysis', '等回檔再說'])}</p></div>"
                       for _ in range(rng.randint(3, 12)))
    footer = ('<footer><p>© 2026 新聞網 版權所有 未經授權不得轉載</p><ul><li><a href="/about">關於我們</a></li>'
              '<li><a href="/privacy">隱私權政策</a></li><li><a href="/contact">聯絡我們</a></li></ul></footer>')
    nav_html = (f'<header><div class="logo"><a href="/">新聞網</a></div><nav><ul class="menu">{nav}</ul></nav>'
                f'<div class="share"><a href="#">facebook</a><a href="#">LINE</a><a href="#">X</a></div></header>')
    aside = (f'<aside class="related"><h3>{"Related" if lang == "en" else "相關新聞"}</h3><ul>{related}</ul>'
             f'</aside><section class="comments"><h3>留言</h3>{comments}</section>{footer}')
    return nav_html, aside, comments


def make_page(i: int, bodies: list[tuple[str, list[str], str]], rng: random.Random,
              target: int = 20_000) -> tuple[str, str]:
    title, paras, lang = bodies[i % len(bodies)]
    paras = [_vary_numbers(p, rng) for p in paras]
    if len(paras) > 4 and rng.random() < 0.5:  # move a later paragraph up, as rewrites of a story do
        k = rng.randrange(2, len(paras))
        paras.insert(1, paras.pop(k))
    co = rng.choice(COMPANIES)
    title = f"{_vary_numbers(title, rng)}｜{co}" if lang != "en" else f"{title} ({co})"
    url = f"https://news.example.com/{rng.choice(['biz', 'tech', 'world'])}/2026/{i % 12 + 1:02d}/{i:06d}"
    date = f"2026-{i % 12 + 1:02d}-{i % 28 + 1:02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00+08:00"
    author = rng.choice(AUTHORS)
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": date, "author": [{"@type": "Person", "name": author}],
                     "publisher": {"@type": "Organization", "name": "新聞網"}, "mainEntityOfPage": url},
                    ensure_ascii=False)
    nav, aside, _ = _chrome(rng, lang)
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paras)
    head = (f'<!DOCTYPE html><html lang="{"en" if lang == "en" else "zh-Hant-TW"}"><head><meta charset="utf-8">'
            f"<title>{html.escape(title)} | 新聞網</title>"
            f'<meta property="og:title" content="{html.escape(title)}"><meta property="og:url" content="{url}">'
            f'<meta property="article:published_time" content="{date}"><meta name="author" content="{author}">'
            f'<link rel="canonical" href="{url}"><script type="application/ld+json">{ld}</script>')
    page_open = (f'{head}<script>window.__CONFIG__={{"ads":true,"slot":"{rng.randint(1, 99)}"}};</script></head>'
                 f'<body>{nav}<main><article><h1>{html.escape(title)}</h1><div class="byline">記者{author}／'
                 f'<time datetime="{date}">{date[:10]}</time></div><div class="article-body">{body}</div>'
                 f'<div class="ad">廣告</div></article></main>{aside}')
    # Pad with what pages really carry (tracking/hydration script) up to the typical page size.
    pad = max(0, target - len(page_open.encode("utf-8")) - 40)
    blob = json.dumps({"state": "x" * pad})[:pad]
    return url, f"{page_open}<script>window.__STATE__={blob}</script></body></html>"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="JSON Lines file to write")
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--warc", help="also write the pages as a WARC.gz (HTTP response records)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    bodies = load_bodies()
    pages = (make_page(i, bodies, rng) for i in range(args.n))
    size = 0
    warc_fh = open(args.warc, "wb") if args.warc else None  # noqa: SIM115
    writer = None
    if warc_fh is not None:
        from warcio.statusandheaders import StatusAndHeaders
        from warcio.warcwriter import WARCWriter

        writer = WARCWriter(warc_fh, gzip=True)
    with open(args.out, "w", encoding="utf-8") as fh:
        for i, (url, page) in enumerate(pages):
            size += len(page.encode("utf-8"))
            fh.write(json.dumps({"id": f"bench-{i:05d}", "html": page, "url": url}, ensure_ascii=False) + "\n")
            if writer is not None:
                http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(page.encode()),
                                                              http_headers=http))
    if warc_fh is not None:
        warc_fh.close()
    print(f"wrote {args.n} pages ({size / args.n / 1024:.1f} KiB average, {len(bodies)} source articles) to {args.out}")


if __name__ == "__main__":
    main()
