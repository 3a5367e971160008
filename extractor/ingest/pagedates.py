"""Publication dates printed on the page, for pages whose metadata gives none (Chinese portals mostly).

Two readings of the raw tree (before boilerplate removal), tried in this order:

1. a *labelled* date: 发布时间：, 發布日期：, 發稿時間, 出版日期, Published:, Posted on … anywhere in the
   page text outside links (``发布日期：2019-03-06`` at the foot of an old portal page); a publication
   label wins over an update label (更新時間, Updated);
2. the *byline* date: the first full date with a time of day (``2019-09-26 12:11``,
   ``2019年06月15日08:18``, ``2005年05月07日 10:32``) in a short text outside links — the line under
   the headline that portals print, before any teaser list.

Page furniture is never read: text inside links (teaser lists, archive calendars), ``<footer>``,
``<nav>``, ``<aside>``, scripts, and anything in a block whose class or id names a copyright, footer,
calendar, ranking or hot list. A year alone (© 1997-2019) is not a date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from .dates import parse_date

_Y = r"((?:19|20)\d{2})"
_DATE = (r"(?:" + _Y + r"\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|" + _Y + r"[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))")
_TIME = r"\s*(?:[T ]?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)"
_FULL = re.compile(_DATE + r"(?P<time>" + _TIME + r")?")
_PUB_LABEL = re.compile(
    r"(?:发布时间|發布時間|发布日期|發布日期|發佈日期|發佈時間|发表时间|發表時間|发表日期|發表日期|發稿時間|发稿时间|"
    r"出版日期|出版时间|出版時間|刊登日期|上线时间|published(?: on)?|posted(?: on)?|first published|date)\s*[:：]?\s*$",
    re.I)
_UPD_LABEL = re.compile(r"(?:更新時間|更新时间|更新日期|最后更新|最後更新|updated(?: on)?|last updated|修改时间)\s*[:：]?\s*$",
                        re.I)
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "footer", "nav", "aside", "a", "select",
                        "option", "textarea", "head", "title"})
# Class/id tokens of blocks listing other stories or site furniture (matched per token: "hot-news",
# "hotlist", "ph_list" no; "photo" is not "hot").
_FURNITURE = re.compile(r"(?:^|[\s_-])(?:copyright|footer|calendar|rili|rank\w*|hot\w*|paihang|related\w*|"
                        r"recommend\w*|tuijian|comments?|pinglun|sidebar|widget|archive\w*|teaser|tease)(?=$|[\s_-])",
                        re.I)
_BYLINE_MAX = 80  # a byline line is short; a date inside a paragraph is an event date
_SCAN_TEXTS = 4000  # text nodes looked at (the byline is near the top; bounded cost on huge pages)


def _texts(root: etree._Element) -> Iterator[str]:
    """Text nodes of the page in document order, outside links and page furniture."""
    body = root.find("body") if root.tag == "html" else root
    if body is None:
        body = root
    walker = etree.iterwalk(body, events=("start", "end"))
    for ev, el in walker:
        tag = el.tag if isinstance(el.tag, str) else ""
        if ev == "start":
            if tag in _SKIP_TAGS or not tag or _FURNITURE.search(f"{el.get('class', '')} {el.get('id', '')}"):
                walker.skip_subtree()
                if el.tail and el.tail.strip():
                    yield el.tail
                continue
            if el.text and el.text.strip():
                yield el.text
        elif el.tail and el.tail.strip() and el is not body:
            yield el.tail


def in_furniture(el: etree._Element, depth: int = 12) -> bool:
    """True when ``el`` sits in a link, footer, nav, aside or a block named for a list of other
    stories (hot, rank, related, calendar, copyright...): its date is not the article's."""
    node: etree._Element | None = el
    for _ in range(depth):
        if node is None:
            return False
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag in _SKIP_TAGS or _FURNITURE.search(f"{node.get('class', '')} {node.get('id', '')}"):
            return True
        node = node.getparent()
    return False


def page_dates(root: etree._Element) -> tuple[str | None, str | None, str | None]:
    """(labelled publication date, byline date, labelled update date) the page prints, each or None."""
    labelled: str | None = None
    updated: str | None = None
    byline: str | None = None
    prev = ""
    for n, raw in enumerate(_texts(root)):
        if n >= _SCAN_TEXTS:
            break
        text = " ".join(raw.split())
        for m in _FULL.finditer(text):
            head = (prev + " " + text[:m.start()])[-16:]
            value = parse_date(m.group(0).replace("：", ":"))
            if not value:
                continue
            if _PUB_LABEL.search(head):
                labelled = labelled or value
            elif _UPD_LABEL.search(head):
                updated = updated or value
            elif byline is None and m.group("time") and len(text) <= _BYLINE_MAX:
                byline = value
        if labelled:
            break
        prev = text
    return labelled, byline, updated
