"""Page metadata: title, published date, authors, site name and canonical URL.

Sources, most trusted first: JSON-LD (``NewsArticle`` and friends), ``<meta>`` tags (Open Graph,
``article:*``, Dublin Core, Parse.ly), ``<time datetime>``, ``<link rel=canonical>``, then the
page's own headline (``<h1>``) and byline. Read from the raw tree, before boilerplate is removed,
because bylines and dates usually live in the parts that main-text extraction throws away.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from .dates import parse_date
from .pagedates import in_furniture, page_dates
from .tables import text_of

_WS = re.compile(r"\s+")
_CJK = re.compile(r"[\u3400-\u9fff]")
_ARTICLE_TYPES = {"newsarticle", "article", "reportagenews", "blogposting", "analysisnewsarticle",
                  "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "liveblogposting",
                  "scholarlyarticle", "techarticle", "socialmediaposting", "report"}
_DATE_METAS = ("article:published_time", "og:article:published_time", "article.published", "datepublished",
               "pubdate", "publishdate", "publish-date", "published_time", "parsely-pub-date",
               "sailthru.date", "dc.date.issued", "dcterms.created", "dc.date", "date", "og:published_time",
               "cxenseparse:recs:publishtime", "publication_date", "article_date_original", "pub_date",
               # Chinese CMSs: Sina/Weibo cards, Sohu, Tencent, Xinhua, People's Daily, CCTV, udn, ETtoday
               "weibo: article:create_at", "og:release_date", "apub:time", "ptime", "pubtime", "publishtime",
               "publish_time", "firstpublishedtime", "release_date", "releasedate", "createdate", "create_date",
               "article:published", "og:time", "contentpublishdate", "date.issued")
_AUTHOR_METAS = ("author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author",
                 "cxenseparse:author")
# " | Site", " - Site", " : Site", "｜網站" suffixes on <title> and og:title.
# How outlet and channel names end (新聞網, 經濟日報, 搜狐财经, 新浪房产); a second such tail is cut too
# ("標題 - 經濟日報 - 聯合新聞網").
_OUTLET = r"[\u3400-\u9fff]{1,8}(?:網|网|報|报|新聞|新闻|財經|财经|房產|房产|頻道|频道|時報|时报)"
_TITLE_SEP = re.compile(r"\s+[|\-–—:·»]\s+|\s*[｜|]\s*|\s+_\s+|_(?=[^_]{2,20}$)"
                        # Chinese portals join without spaces: 標題-搜狐财经, 標題--雅虎新闻
                        # when what follows is an outlet name
                        r"|(?<=[\u3400-\u9fff）」》])-{1,2}(?=" + _OUTLET + "$)")
_OUTLET_TAIL = re.compile(_OUTLET)
_BY = re.compile(r"^\s*(?:by|written by|作者|文|記者|撰文)\s*[:：／/]?\s*", re.I)
_SPLIT_AUTHORS = re.compile(r"\s*(?:,|、|;|\band\b|&|與|和)\s*")


@dataclass
class PageMeta:
    """Everything metadata sources say about the page (before the main text is known)."""

    title: str | None = None
    h1: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    site: str | None = None
    canonical_url: str | None = None
    og_url: str | None = None
    article_body: str | None = None
    lang: str | None = None


def clean(s: Any) -> str:
    return _WS.sub(" ", str(s)).strip() if s is not None else ""


def _load_jsonld(raw: str) -> list[Any]:
    raw = raw.strip().removeprefix("<!--").removesuffix("-->").strip().rstrip(";")
    if not raw:
        return []
    try:
        data = json.loads(raw, strict=False)
    except ValueError:
        # Some CMSs leave trailing commas; one cheap repair, then give up on this block.
        try:
            data = json.loads(re.sub(r",\s*([\]}])", r"\1", raw), strict=False)
        except ValueError:
            return []
    return data if isinstance(data, list) else [data]


def _jsonld_objects(root: etree._Element) -> list[dict[str, Any]]:
    """Every JSON-LD object in the page, flattened through lists and ``@graph``."""
    out: list[dict[str, Any]] = []
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower() or not script.text:
            continue
        stack = _load_jsonld(script.text)
        while stack:
            obj = stack.pop(0)
            if isinstance(obj, list):
                stack[:0] = obj
            elif isinstance(obj, dict):
                out.append(obj)
                graph = obj.get("@graph")
                if isinstance(graph, list):
                    stack[:0] = graph
    return out


def _types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type")
    ts = t if isinstance(t, list) else [t]
    return {str(x).lower() for x in ts if x}


def _names(value: Any) -> list[str]:
    """Person names from a JSON-LD author value (str, dict or a list of either)."""
    items = value if isinstance(value, list) else [value]
    names = []
    for it in items:
        name = it.get("name") if isinstance(it, dict) else it
        if isinstance(name, list):
            name = name[0] if name else None
        names.append(clean(name))
    return [n for n in names if n]


def _meta_tags(root: etree._Element) -> dict[str, str]:
    """First value of each ``<meta name|property|itemprop=... content=...>``, keys lowercased."""
    metas: dict[str, str] = {}
    for m in root.iter("meta"):
        key = m.get("property") or m.get("name") or m.get("itemprop") or m.get("http-equiv")
        content = m.get("content")
        if key and content and content.strip():
            metas.setdefault(key.strip().lower(), clean(content))
    return metas


def strip_site_suffix(title: str, site: str | None = None) -> str:
    """``"Headline | Site"`` → ``"Headline"``: drop the parts that name the site, keep the longest part.

    >>> strip_site_suffix("Alibaba to raise $12.9bn : CityAM")
    'Alibaba to raise $12.9bn'
    >>> strip_site_suffix("台積電法說會登場｜聯合新聞網")
    '台積電法說會登場'
    >>> strip_site_suffix("房價止跌了嗎-搜狐财经"), strip_site_suffix("美股收高--雅虎新闻")
    ('房價止跌了嗎', '美股收高')
    >>> strip_site_suffix("房價回穩 - 經濟日報 - 聯合新聞網")
    '房價回穩'
    >>> strip_site_suffix("Rock - Paper - Scissors wins the day - Daily Post", "Daily Post")
    'Rock - Paper - Scissors wins the day'
    """
    title = clean(title)
    if site:
        for m in reversed(list(_TITLE_SEP.finditer(title))):
            head, tail = title[: m.start()], title[m.end():]
            if clean(tail).lower() == site.lower() and head:
                return clean(head)
            if clean(head).lower() == site.lower() and tail:
                return clean(tail)
    parts = [p for p in _TITLE_SEP.split(title) if p.strip()]
    if len(parts) < 2:
        return title
    # The suffix is the short trailing part(s); keep everything before the last separator when the last
    # part is short (a site name), else the longest part.
    last = list(_TITLE_SEP.finditer(title))[-1]
    tail = title[last.end():]
    if len(tail) <= max(25, len(title) // 3):
        head = clean(title[: last.start()])
        if _OUTLET_TAIL.fullmatch(clean(tail)):
            seps = list(_TITLE_SEP.finditer(head))
            if seps and _OUTLET_TAIL.fullmatch(clean(head[seps[-1].end():])) and seps[-1].start() > 0:
                head = clean(head[: seps[-1].start()])
        return head
    return max(parts, key=len).strip()


def _h1s(root: etree._Element) -> list[str]:
    out = []
    for h in root.iter("h1"):
        t = clean(text_of(h))
        if t:
            out.append(t)
    return out


def _similar(h1: str, hint: str) -> bool:
    """True when an <h1> is the headline that a title hint names (a logo <h1> is only a small part of it)."""
    h1, hint = h1.lower(), strip_site_suffix(hint).lower()
    if h1 == hint:
        return True
    short, long_ = sorted((h1, hint), key=len)
    return len(short) >= 8 and short in long_ and len(short) >= 0.6 * len(long_)


# Byline candidates, filtered by libxml2 so big pages cost nothing in Python.
_BYLINE_XPATH = ('.//*[@rel="author" or @itemprop="author" or contains(@class, "author") or '
                 'contains(@class, "byline") or contains(@id, "author") or contains(@id, "byline")]')


def _byline(root: etree._Element) -> list[str]:
    """Authors from a byline element (``rel=author``, ``itemprop=author``, class/id with author/byline)."""
    found = root.xpath(_BYLINE_XPATH)
    for el in found if isinstance(found, list) else []:
        if not isinstance(el, etree._Element) or el.tag in ("meta", "link", "script"):
            continue
        tokens = " ".join((el.get("class") or "", el.get("id") or "", el.get("itemprop") or "",
                           el.get("rel") or "")).lower()
        if not re.search(r"\b(?:author|byline)(?:[-_ ]?name)?\b", tokens):
            continue
        text = _BY.sub("", clean(text_of(el)))
        if 2 <= len(text) <= 60 and not re.search(r"\d{4}|http", text):
            return [n for n in _SPLIT_AUTHORS.split(text) if n]
    return []


# Elements whose class/id says they hold the publication date (read when no metadata gives one).
_DATE_XPATH = ('.//*[contains(@class, "date") or contains(@class, "time") or contains(@class, "publish") '
               'or contains(@id, "date") or contains(@id, "time")][not(self::script or self::meta)]')


def _dated_elements(root: etree._Element) -> list[str]:
    found = root.xpath(_DATE_XPATH)
    out = []
    for el in found if isinstance(found, list) else []:
        if isinstance(el, etree._Element) and not in_furniture(el):
            text = clean(text_of(el))
            if 6 <= len(text) <= 80:
                out.append(text)
        if len(out) >= 10:
            break
    return out


def _headline_like(h1: str, hints: list[str], site: str | None) -> bool:
    """False for a logo or section name in <h1>: short, the site name, or the site part of a title."""
    if len(h1) + 2 * len(_CJK.findall(h1)) < 20:
        return False
    low = h1.lower()
    if site and low == site.lower():
        return False
    return not any(low == part.strip().lower() for x in hints for part in _TITLE_SEP.split(x)[1:])


def read_meta(root: etree._Element) -> PageMeta:
    """Collect metadata from a parsed page (raw tree, before cleaning)."""
    pm = PageMeta()
    html = root if root.tag == "html" else root.find(".//html")
    pm.lang = (html.get("lang") if html is not None else None) or None
    metas = _meta_tags(root)
    objs = _jsonld_objects(root)
    art = next((o for o in objs if _types(o) & _ARTICLE_TYPES), None)
    if art is None:
        art = next((o for o in objs if o.get("datePublished") or o.get("headline")), None)

    # Dates: JSON-LD, a <time> marked as the publication time, meta tags, then any <time>.
    marked: list[str] = []
    times: list[str] = []
    for t in root.iter("time"):
        # <time datetime=...>, or a bare <time>2023-06-28 10:21</time> as Taiwanese sites write it.
        value = clean(t.get("datetime") or text_of(t))
        if value:
            is_pub = t.get("itemprop") == "datePublished" or t.get("pubdate") is not None
            (marked if is_pub else times).append(value)
    candidates = [clean(art.get("datePublished"))] if art is not None else []
    candidates += marked + [metas.get(k, "") for k in _DATE_METAS] + times
    pm.published = next((d for d in map(parse_date, filter(None, candidates)) if d), None)
    if pm.published is None:  # only then read the page: a labelled date, a date-named element, the byline
        labelled, byline, updated = page_dates(root)
        pm.published = labelled or next((d for d in map(parse_date, _dated_elements(root)) if d), None)
        pm.published = pm.published or byline or updated

    # Authors: JSON-LD, meta tags, byline element.
    authors: list[str] = _names(art.get("author")) if art is not None else []
    if not authors:
        for k in _AUTHOR_METAS:
            v = metas.get(k)
            if v and not v.startswith("http"):
                authors = [n for n in _SPLIT_AUTHORS.split(_BY.sub("", v)) if n]
                break
    if not authors:
        authors = _byline(root)
    seen: set[str] = set()
    pm.authors = [a for a in authors if not (a.lower() in seen or seen.add(a.lower()))]  # type: ignore[func-returns-value]

    # Site: og:site_name, JSON-LD publisher, application-name.
    site = metas.get("og:site_name")
    if not site and art is not None and isinstance(art.get("publisher"), dict):
        site = clean(art["publisher"].get("name")) or None
    if not site:
        site = next((clean(o.get("name")) for o in objs if _types(o) & {"organization", "newsmediaorganization"}
                     and o.get("name")), None) or metas.get("application-name")
    pm.site = site or None

    for link in root.iter("link"):
        href = link.get("href")
        if (link.get("rel") or "").lower() == "canonical" and href:
            pm.canonical_url = href.strip()
            break
    pm.og_url = metas.get("og:url")
    if art is not None and isinstance(art.get("articleBody"), str):
        pm.article_body = art["articleBody"]

    # Title: the article's <h1> (the headline as the reader sees it), else og:title / headline / <title>.
    title_el = root.find(".//title")
    doc_title = clean(text_of(title_el)) if title_el is not None else ""
    hints = [h for h in (metas.get("og:title"), clean(art.get("headline")) if art is not None else "",
                         metas.get("twitter:title"), doc_title) if h]
    h1s = _h1s(root)
    h1 = next((h for h in h1s if any(_similar(h, x) for x in hints)), None)
    if h1 is None and len(h1s) == 1 and _headline_like(h1s[0], hints, site):
        # One <h1> that differs from the SEO title: the page's displayed headline, unless it is a logo.
        h1 = h1s[0]
    pm.h1 = h1
    fallback = next((x for x in hints if x), None)
    pm.title = h1 or (strip_site_suffix(fallback, pm.site) if fallback else None)
    return pm
