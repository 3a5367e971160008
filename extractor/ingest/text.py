"""Plain-text articles: the text as given, with a title and dateline found by layout.

A plain-text news file often starts with a site name and a headline on their own lines
("AI News" / "投資人質疑…"). The headline is the first short line that does not end like a
sentence; a shorter line before it is the site name. A body that is one long line has no title.
"""

from __future__ import annotations

import re

from ..document import Meta
from . import IngestResult
from .dates import find_dateline

_SENT_END = re.compile(r"[。！？.!?」”\"]\s*$")


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


def parse_text(text: str, *, url: str | None = None, name: str = "<input>") -> IngestResult:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    title, site = _title_and_site(lines)
    dateline = find_dateline(text[:3000])
    meta = Meta(title=title, site=site, url=url, published=dateline.date if dateline else None,
                dateline=dateline.text if dateline else None)
    return IngestResult(text=text, meta=meta)
