"""Plain-text articles: the text as given (minus crawler debris), with title, site, byline and dateline.

A plain-text news file often starts with a site name and a headline on their own lines
("AI News" / "投資人質疑…"). The headline is the first short line that does not end like a
sentence; a shorter line before it is the site name. A body that is one long line has no title.

Text crawled from news pages carries widget debris: share buttons flattened into the prose
("…罰款。 （美聯社）   分享       facebook") and trailing link menus ("》自營商進出明細 》外資持股增減排行").
Share debris becomes a paragraph break (what precedes it is usually a photo caption, so a first
line that ends at the share widget is never taken for the headline); a run of two or more "》"
menu links at the end of a line is dropped. Nothing else in the text is changed.
"""

from __future__ import annotations

import re

from ..document import Meta
from . import IngestResult
from .dates import date_from_url, find_dateline

_SENT_END = re.compile(r"[。！？.!?」”\"]\s*$")
_SHARE_DEBRIS = re.compile(
    r"[ \t\u00a0\u3000]*(?:分享|Share)(?:[ \t\u00a0\u3000]+(?:facebook|Facebook|FB|LINE|Line|Twitter|X|Email|"
    r"E-mail|複製連結|推特|微博|微信)){1,6}[ \t\u00a0\u3000]*(?=\n|$|[ \t\u00a0\u3000]{2,}|\S)")
_MENU_ITEM = re.compile(r"[^。！？]{2,16}")
_MENU_PAD = re.compile(r"(?:&nbsp;?|[ \t\u00a0\u3000])+$")
# Bylines at the top of a text: "記者王小明／台北報導", "文／林雅婷", "By Jane Roe".
_BYLINE_ZH = re.compile(r"(?:記者|文|撰文|編譯)\s*[／/：:]?\s*([\u4e00-\u9fff]{2,4})(?:[、,，]([\u4e00-\u9fff]{2,4}))?"
                        r"\s*[／/](?:[\u4e00-\u9fff]{2,6})?(?:報導|綜合報導|電)")
_BYLINE_EN = re.compile(r"^\s*By ([A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,3})(?:,? (?:and|&) ([A-Z][\w.'-]+(?: [A-Z][\w.'-]+){1,3}))?\s*$",
                        re.M)


def _title_and_site(lines: list[str]) -> tuple[str | None, str | None]:
    heads = [ln.strip() for ln in lines[:12] if ln.strip()][:3]
    if len(heads) < 2:
        return None, None
    first, second = heads[0], heads[1]
    if len(first) <= 40 and not _SENT_END.search(first):
        if len(second) <= 120 and not _SENT_END.search(second) and len(second) > len(first) and len(heads) > 2:
            return second, first
        return first, None
    return None, None


def clean_debris(text: str) -> str:
    """Remove share-widget and link-menu debris left by crawlers (see the module docstring)."""
    text = _SHARE_DEBRIS.sub("\n", text)
    return "\n".join(_drop_menu_tail(ln).rstrip() for ln in text.split("\n")).strip("\n")


def _drop_menu_tail(line: str) -> str:
    """Cut a trailing run of two or more "》item" links (right-to-left, linear: no regex backtracking)."""
    if "》" not in line:
        return line
    parts = line.split("》")
    k = len(parts)
    while k > 1 and _MENU_ITEM.fullmatch(_MENU_PAD.sub("", parts[k - 1]).strip()):
        k -= 1
    if len(parts) - k < 2:
        return line
    return "》".join(parts[:k])


def _authors(head: str) -> tuple[str, ...]:
    m = _BYLINE_ZH.search(head)
    if m:
        return tuple(n for n in m.groups() if n)
    m = _BYLINE_EN.search(head)
    if m:
        return tuple(n for n in m.groups() if n)
    return ()


def _starts_with_caption(text: str) -> bool:
    """The first line runs into the share widget: a photo caption ("…記者王小明／攝影   分享 facebook")."""
    m = _SHARE_DEBRIS.search(text, 0, 400)
    return bool(m) and "\n" not in text[:m.start()].strip()


def parse_text(text: str, *, url: str | None = None, name: str = "<input>") -> IngestResult:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    caption_first = _starts_with_caption(text)
    text = clean_debris(text)
    lines = text.split("\n")
    title, site = (None, None) if caption_first else _title_and_site(lines)
    dateline = find_dateline(text[:3000])
    meta = Meta(title=title, site=site, url=url, published=(dateline.date if dateline else None) or date_from_url(url),
                dateline=dateline.text if dateline else None, authors=_authors(text[:600]))
    return IngestResult(text=text, meta=meta)
