"""Metadata a JSON Lines record carries itself (crawls: title, published/date, url, site, authors,
category). A record's own fields win over what ingest guessed from the page or the text."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from ..document import Meta
from .dates import parse_date

# Record keys read, in order of preference for each Meta field.
RECORD_FIELDS = {
    "title": ("title", "headline"),
    "published": ("published", "date", "datePublished", "published_at"),
    "url": ("url",),
    "site": ("site", "site_name", "source"),
    "authors": ("authors", "author", "byline"),
    "category": ("category", "section"),
}


def _text(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return " ".join(value.split())
    return None


def record_meta(meta: Meta, record: Mapping[str, Any]) -> Meta:
    """``meta`` with every usable field of ``record`` put over it.

    >>> record_meta(Meta(title="guessed"), {"title": " 標題 ", "date": "2017/06/28", "author": "王大明、李小華"}).title
    '標題'
    >>> record_meta(Meta(), {"date": "2017/06/28"}).published
    '2017-06-28'
    >>> record_meta(Meta(), {"authors": ["A. B", ""]}).authors
    ('A. B',)
    """
    changes: dict[str, Any] = {}
    for name, keys in RECORD_FIELDS.items():
        value = next((record[k] for k in keys if record.get(k) not in (None, "", [])), None)
        if value is None:
            continue
        if name == "authors":
            items = value if isinstance(value, list | tuple) else _split_authors(value)
            authors = tuple(a for a in (_text(v) for v in items) if a)
            if authors:
                changes[name] = authors
        elif name == "published":
            raw = _text(value)
            date = parse_date(raw) if raw else None
            if date:
                changes[name] = date
        else:
            text = _text(value)
            if text:
                changes[name] = text
    return replace(meta, **changes) if changes else meta


def _split_authors(value: Any) -> list[Any]:
    if not isinstance(value, str):
        return []
    for sep in ("、", "，", ",", ";", "；", " and "):
        value = value.replace(sep, "\n")
    return value.split("\n")
