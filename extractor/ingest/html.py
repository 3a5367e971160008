"""HTML pages: main text (one paragraph per line), metadata and data tables, with lxml on the hot path.

The page is parsed once; metadata is read from the raw tree (bylines and dates live in the parts the
main-text step removes), then the tree is cleaned and the article container rendered line by line
(see :mod:`.maintext`). Pages that lxml cannot build a tree for (nesting deeper than libxml2 allows)
fall back to tag stripping with a warning instead of losing their text.
"""

from __future__ import annotations

import gc
import html as htmllib
import re
from collections.abc import Iterator
from contextlib import contextmanager

from lxml import etree

from ..document import Meta, Span, Table, TableCell
from ..errors import InputError
from . import IngestResult
from .dates import date_from_url, find_dateline
from .maintext import Line, MainText, extract_main, weighted_len
from .meta import PageMeta, read_meta

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_RAW_OPEN = re.compile(r"<(script|style|noscript|template|svg|head)\b", re.I)
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|h[1-6]|tr|table|section|article|blockquote|ul|ol)\b[^>]*>", re.I)
_ANY_TAG = re.compile(r"<[^>]*>")
# Below this (weighted) length the main text is probably a teaser or an error page: warn, keep it.
_SHORT_TEXT = 200


@contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic GC: a big page makes ~10^6 element proxies and GC passes over them turn linear
    work quadratic (measured: 100k blocks 6.7 s with GC, 3.0 s without). Nothing here makes cycles."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _parse(html: str, name: str) -> tuple[etree._Element, bool]:
    """Parse ``html``; return the root and whether libxml2 cut the tree (nesting too deep)."""
    html = _XML_DECL.sub("", html.lstrip("\ufeff"), count=1)
    # libxml2 cuts the text at a lone surrogate and turns NULs into U+FFFD: clean both before parsing.
    try:
        html.encode("utf-8")
    except UnicodeEncodeError:
        html = html.encode("utf-8", "replace").decode("utf-8")
    html = _CONTROL.sub("", html)
    # Plain etree elements, not lxml.html's: its per-element class lookup costs ~15% on big pages.
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=True)
    try:
        root = etree.fromstring(html, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise InputError(f"cannot parse HTML: {exc}", source=name, code="E106") from exc
    if root is None:
        raise InputError("no HTML document in the input", source=name, code="E105")
    too_deep = any("depth" in str(e.message).lower() for e in parser.error_log)
    return root, too_deep


def _drop_raw_blocks(html: str) -> str:
    """Remove <script>/<style>/... blocks in one left-to-right pass (a regex with ``.*?`` goes quadratic on
    many unclosed openers); an unclosed block runs to the end of the input, as browsers treat it."""
    out: list[str] = []
    pos = 0
    for m in _RAW_OPEN.finditer(html):
        if m.start() < pos:
            continue
        out.append(html[pos:m.start()])
        end = _find_close(html, m)
        pos = len(html) if end < 0 else end
    out.append(html[pos:])
    return " ".join(out)


def _find_close(html: str, m: re.Match[str]) -> int:
    close = re.compile(rf"</{m.group(1)}\s*>", re.I).search(html, m.end())
    return close.end() if close else -1


def _strip_tags(html: str) -> list[str]:
    """Last-resort text: drop scripts and tags, one line per block (for trees lxml could not build)."""
    body = _BLOCK_TAG.sub("\n", _drop_raw_blocks(html))
    text = htmllib.unescape(_ANY_TAG.sub("", body))
    return [ln for ln in (" ".join(x.split()) for x in text.split("\n")) if ln]


def _article_body_lines(body: str | None) -> list[str]:
    """JSON-LD articleBody as lines (it may hold HTML or entities), or [] when it is absent or short."""
    if not body or len(body) < _SHORT_TEXT:
        return []
    if "<" in body and ">" in body:
        return _strip_tags(body)
    return [ln for ln in (" ".join(x.split()) for x in htmllib.unescape(body).split("\n")) if ln]


def _drop_headline(lines: list[Line], pm: PageMeta) -> list[Line]:
    """The headline is metadata, not body text: drop it (and anything before it) near the top."""
    heads = {h.lower() for h in (pm.h1, pm.title) if h}
    for i, line in enumerate(lines[:8]):
        if line.table is None and line.text.lower() in heads:
            return lines[i + 1:]
    return lines


def _assemble(main: MainText) -> tuple[str, list[Table]]:
    """Join lines into the text and build tables whose cell spans point into it."""
    parts: list[str] = []
    pos = 0
    rows: dict[int, list[tuple[TableCell, ...]]] = {}
    captions: dict[int, tuple[str, Span]] = {}
    for line in main.lines:
        if line.table is not None:
            if line.cells:
                cells = []
                cur = pos
                for text, header in line.cells:
                    cells.append(TableCell(text, Span(cur, cur + len(text)), header))
                    cur += len(text) + 1
                rows.setdefault(line.table, []).append(tuple(cells))
            else:
                captions[line.table] = (line.text, Span(pos, pos + len(line.text)))
        parts.append(line.text)
        pos += len(line.text) + 1
    text = "\n".join(parts)
    tables = []
    for idx in sorted(rows):
        trs = rows[idx]
        cap = captions.get(idx)
        span = Span(trs[0][0].span.start, trs[-1][-1].span.end)
        tables.append(Table(tuple(trs), cap[0] if cap else None, cap[1] if cap else None, span))
    return text, tables


def parse_html(html: str, *, url: str | None = None, name: str = "<input>") -> IngestResult:
    """Main text, metadata and tables of an HTML page.

    Raises :class:`InputError` (E106) only when the markup cannot be parsed at all; a page without
    article text returns an empty ``text`` (``ingest`` turns that into E105).
    """
    root, too_deep = _parse(html, name)
    pm = read_meta(root)
    with _no_gc():
        main = extract_main(root)
    main.lines = _drop_headline(main.lines, pm)
    warnings: list[dict[str, str]] = []
    if too_deep and weighted_len(" ".join(ln.text for ln in main.lines)) < _SHORT_TEXT:
        main = MainText([Line(t) for t in _strip_tags(html)])
        warnings.append({"code": "W105", "stage": "ingest",
                         "message": "page nests deeper than the HTML parser allows; text recovered by tag stripping"})
    body = _article_body_lines(pm.article_body)
    if body and weighted_len("".join(body)) > 2 * weighted_len(" ".join(ln.text for ln in main.lines)):
        # The page ships the article in JSON-LD but renders little of it (a JS app, a paywall teaser):
        # the publisher's own articleBody is the better main text.
        main = MainText([Line(t) for t in body])
        warnings.append({"code": "W108", "stage": "ingest",
                         "message": "main text taken from the page's JSON-LD articleBody"})
    text, tables = _assemble(main)
    if text and weighted_len(text) < _SHORT_TEXT:
        warnings.append({"code": "W106", "stage": "ingest",
                         "message": f"main text is short ({len(text)} characters): a teaser or not an article?"})
    dateline = find_dateline(text[:3000], reference=pm.published)
    published = pm.published or (dateline.date if dateline else None) or next(
        filter(None, map(date_from_url, (url, pm.canonical_url, pm.og_url))), None)
    meta = Meta(title=pm.title, published=published, authors=tuple(pm.authors), site=pm.site, url=url,
                canonical_url=pm.canonical_url or pm.og_url, dateline=dateline.text if dateline else None)
    return IngestResult(text=text, meta=meta, tables=tables, warnings=warnings, is_html=True)
