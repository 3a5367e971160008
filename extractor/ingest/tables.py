"""Data tables in a page: header-aware rows of cell texts, and the test that tells them from layout tables.

Old news sites still lay pages out with ``<table>``; such a table holds paragraphs, nested tables or
whole articles and must be read as ordinary content. A data table has short cells and no nested table.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

_WS = re.compile(r"\s+")
# Cells longer than this read like paragraphs, not data (layout tables put whole articles in one cell).
_MAX_AVG_CELL = 240
_BLOCKS_IN_CELL = ("p", "div", "ul", "ol", "h1", "h2", "h3", "blockquote")
_LAYOUT_IN_CELL = frozenset(_BLOCKS_IN_CELL) - {"p"}


@dataclass(frozen=True)
class RawTable:
    """A table as read from the page: rows of ``(text, is_header)`` and an optional caption."""

    rows: tuple[tuple[tuple[str, bool], ...], ...]
    caption: str | None = None


def text_of(el: etree._Element) -> str:
    """All text inside ``el`` (not its tail), like lxml.html's ``text_content`` on a plain element."""
    return etree.tostring(el, method="text", encoding="unicode", with_tail=False)


def cell_text(el: etree._Element) -> str:
    """The visible text of a cell on one line (``<br>`` and blocks become spaces)."""
    return _WS.sub(" ", "".join(_itertext(el))).strip()


def _itertext(el: etree._Element) -> list[str]:
    out: list[str] = []
    for ev, node in etree.iterwalk(el, events=("start", "end")):
        if ev == "start":
            if node.tag in ("br", "p", "div", "li"):
                out.append(" ")
            if node.text and isinstance(node.tag, str):
                out.append(node.text)
        elif node is not el and node.tail:
            out.append(node.tail)
    return out


def _rows(table: etree._Element) -> list[etree._Element]:
    """The table's own rows (not those of a nested table), in order, across thead/tbody/tfoot."""
    rows = []
    for child in table:
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            rows.extend(c for c in child if c.tag == "tr")
    return rows


def is_data_table(table: etree._Element) -> bool:
    """True for a table of data (short cells, no nested tables or paragraphs), False for layout."""
    if table.find(".//table") is not None:
        return False
    rows = _rows(table)
    if not rows:
        return False
    cells = [c for r in rows for c in r if c.tag in ("td", "th")]
    if not cells:
        return False
    if any(child.tag in _LAYOUT_IN_CELL for c in cells for child in c):  # (one pass over the children)
        # Cells with divs/lists are usually layout; a lone <p> per cell is common in CMS data tables.
        return False
    total = sum(len(cell_text(c)) for c in cells)
    return total / len(cells) <= _MAX_AVG_CELL


def read_table(table: etree._Element) -> RawTable:
    """Rows of ``(cell text, is_header)``; a row is a header when it sits in ``<thead>`` or is all ``<th>``."""
    rows: list[tuple[tuple[str, bool], ...]] = []
    for tr in _rows(table):
        section = tr.getparent()
        in_head = section is not None and section.tag == "thead"
        cells = [c for c in tr if c.tag in ("td", "th")]
        row = tuple((cell_text(c), in_head or c.tag == "th") for c in cells)
        row = tuple(c for c in row if c[0])
        if row:
            rows.append(row)
    cap_el = table.find("caption")
    caption = cell_text(cap_el) if cap_el is not None else None
    return RawTable(tuple(rows), caption or None)
