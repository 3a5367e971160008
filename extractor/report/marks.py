"""Article text with nested ``<mark>`` highlights, rendered from character spans.

Items may nest (a metric inside a claim inside a quote) or cross (a claim that starts inside a quote and
ends after it). HTML elements must nest properly, so the text is cut at every span boundary and a stack of
open marks is kept: when an inner mark outlives the one that must close, it is closed and reopened as a
continuation (``class="... cont"``). Each item therefore has exactly one head ``<mark>`` (without
``cont``), which is what "one highlight per item" counts. Work is O(boundaries x nesting depth).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from html import escape
from typing import NamedTuple

# Outer before inner when two items have the same span: claims and quotes are wider notions.
KIND_RANK = {"quote": 0, "claim": 1, "metric": 2, "term": 3}


class Highlight(NamedTuple):
    start: int
    end: int
    key: str  # the item's key in the page data, e.g. "m3"
    kind: str  # metric | quote | claim | term
    title: str = ""  # short summary shown as the native tooltip


def _open_tag(h: Highlight, head: bool) -> str:
    if head:
        title = f' title="{escape(h.title)}"' if h.title else ""
        return f'<mark class="hl k-{h.kind}" data-k="{escape(h.key)}" id="i-{escape(h.key)}"{title}>'
    return f'<mark class="hl k-{h.kind} cont" data-k="{escape(h.key)}">'


def render_marked(text: str, highlights: Sequence[Highlight]) -> str:
    """Escape ``text`` and wrap every highlight's span in a ``<mark>``; spans must be valid.

    >>> render_marked("a<b>c", [Highlight(0, 3, "m0", "metric"), Highlight(1, 2, "t0", "term")])
    '<mark class="hl k-metric" data-k="m0" id="i-m0">a<mark class="hl k-term" data-k="t0" id="i-t0">&lt;</mark>b</mark>&gt;c'
    """
    n = len(text)
    starts: dict[int, list[int]] = defaultdict(list)
    ends: dict[int, set[int]] = defaultdict(set)
    for i, h in enumerate(highlights):
        if not 0 <= h.start < h.end <= n:
            raise ValueError(f"highlight {h.key} has an invalid span ({h.start}, {h.end}) for text of length {n}")
        starts[h.start].append(i)
        ends[h.end].add(i)

    def order(i: int) -> tuple[int, int, int]:
        h = highlights[i]
        return (-h.end, KIND_RANK.get(h.kind, 9), i)

    bounds = sorted({0, n, *starts, *ends})
    out: list[str] = []
    stack: list[int] = []
    headed: set[int] = set()
    for j, p in enumerate(bounds):
        reopen: list[int] = []
        ending = ends.get(p)
        if ending:
            low = next((d for d, i in enumerate(stack) if i in ending), None)
            if low is not None:
                out.append("</mark>" * (len(stack) - low))
                reopen = [i for i in stack[low:] if i not in ending]
                del stack[low:]
        for i in sorted(reopen + starts.get(p, []), key=order):
            out.append(_open_tag(highlights[i], i not in headed))
            headed.add(i)
            stack.append(i)
        if j + 1 < len(bounds):
            # A raw CR would be folded into LF by the HTML parser and shift every later offset.
            out.append(escape(text[p : bounds[j + 1]]).replace("\r", "&#13;"))
    out.append("</mark>" * len(stack))
    return "".join(out)
