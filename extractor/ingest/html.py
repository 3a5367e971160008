"""HTML pages (being written: main text, metadata, tables)."""

from __future__ import annotations

from bs4 import BeautifulSoup

from ..document import Meta
from . import IngestResult


def parse_html(html: str, *, url: str | None = None, name: str = "<input>") -> IngestResult:
    soup = BeautifulSoup(html, "lxml")
    for t in soup(["script", "style", "nav", "footer", "header", "aside", "noscript"]):
        t.decompose()
    title = soup.title.get_text(strip=True) if soup.title else None
    body = soup.body or soup
    paras = [p.get_text(" ", strip=True) for p in body.find_all(["p", "h1", "h2", "li"])]
    return IngestResult(text="\n".join(p for p in paras if p), meta=Meta(title=title, url=url), is_html=True)
