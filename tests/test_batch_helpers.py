"""Shared builders for the batch tests (no tests here): small realistic records, JSON Lines and WARC files."""

from __future__ import annotations

import io
import json
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

COMPANIES = ["台積電", "聯發科", "鴻海", "中華電", "廣達", "日月光", "大立光", "華碩"]


def paragraphs(i: int) -> list[str]:
    co = COMPANIES[i % len(COMPANIES)]
    return [f"{co}第{i % 4 + 1}季營收達{100 + i}億元，年增{i % 37}%。",
            f"分析師王大明表示：「需求仍然強勁，明年可望成長{i % 9 + 1}成。」",
            f"公司預估資本支出(capital expenditure,CapEx)約{i % 50 + 10}億美元。"]


def article_text(i: int) -> str:
    return "".join(paragraphs(i))


def page_html(i: int, title: str | None = None) -> str:
    title = title or f"{COMPANIES[i % len(COMPANIES)]}營收創新高 {i}"
    paras = "".join(f"<p>{p}</p>" for p in paragraphs(i))
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body><nav>首頁 | 財經</nav>"
            f"<article><h1>{title}</h1>{paras}</article><footer>版權所有</footer></body></html>")


def records(n: int) -> list[dict]:
    return [{"id": f"r{i:04d}", "text": article_text(i)} if i % 2 else
            {"id": f"r{i:04d}", "html": page_html(i), "url": f"https://news.example.com/a/{i}"} for i in range(n)]


def write_jsonl(path: Path, recs: list) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for r in recs:
            fh.write((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n")
    return path


def write_warc(path: Path, pages: list[tuple[str, bytes, str]], *, gz: bool = True) -> Path:
    """pages: (url, body, content_type). Adds a request record and a non-HTML response as noise."""
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        for url, body, ctype in pages:
            req = w.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            w.write_record(req)
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = w.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
            w.write_record(rec)
        http = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://news.example.com/logo.png", "response",
                                            payload=io.BytesIO(b"\x89PNG\r\n"), http_headers=http))
    return path


def read_lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
