"""Width, whitespace and punctuation normalization that keeps an offset map to the source.

What changes, and why:
- full-width ASCII letters, digits and ``％＄＠＃＆`` become half-width (one char for one, so spans
  keep their length); CJK punctuation (，。「」（）) stays, it is part of the article's voice;
- zero-width characters, BOMs and soft hyphens are dropped; ``\\r\\n`` becomes ``\\n``;
- runs of spaces/tabs/no-break spaces become one space, lines are trimmed, and more than one blank
  line becomes one blank line (a paragraph break);
- crawler leftovers like a literal ``&nbsp`` become a space;
- lone surrogates (``"\\ud800"`` in a JSON record) become U+FFFD, so the output can always be written as UTF-8.

``normalize_text`` is idempotent: normalizing twice gives the same text (a property test holds it).
"""

from __future__ import annotations

import re

from ..document import OffsetMap

_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)}  # ０-９
_WIDTH.update({cp: cp - 0xFEE0 for cp in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_WIDTH.update({cp: cp - 0xFEE0 for cp in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_WIDTH.update({ord("．"): ord("."), ord("＋"): ord("+"), ord("－"): ord("-"), ord("／"): ord("/"), ord("％"): ord("%"),
               ord("＄"): ord("$"), ord("＠"): ord("@"), ord("＃"): ord("#"), ord("＆"): ord("&")})
_WIDTH.update({ord("\u3000"): ord(" "), ord("\xa0"): ord(" "), ord("\t"): ord(" "), ord("\u2009"): ord(" "),
               ord("\u202f"): ord(" "), ord("\u2002"): ord(" "), ord("\u2003"): ord(" "), ord("\x0b"): ord(" "),
               ord("\x0c"): ord(" "), ord("\u2028"): ord("\n"), ord("\u2029"): ord("\n"), ord("\x85"): ord("\n")})

# Lone surrogates (from JSON "\ud800" escapes or broken decoders) cannot be written as UTF-8: replace them.
_WIDTH.update({cp: 0xFFFD for cp in range(0xD800, 0xE000)})

# Everything that is removed or squeezed, in one alternation so a single pass handles it.
_SQUEEZE = re.compile(
    r"(?P<drop>[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f])"
    r"|(?P<nbsp>&nbsp;?)"
    r"|(?P<cr>\r\n?)"
    r"|(?P<spaces>  +)"
    r"|(?P<lead>(?<=\n) +| +(?=\n))"
    r"|(?P<blank>\n{3,})"
)


def _squeeze_once(text: str, points: list[int]) -> tuple[str, list[int]]:
    out: list[str] = []
    newpts: list[int] = []
    last = 0
    for m in _SQUEEZE.finditer(text):
        s, e = m.span()
        out.append(text[last:s])
        newpts.extend(points[last:s])
        kind = m.lastgroup
        if kind == "nbsp":
            out.append(" ")
            newpts.append(points[s])
        elif kind == "cr":
            out.append("\n")
            newpts.append(points[s])
        elif kind == "spaces":
            out.append(" ")
            newpts.append(points[s])
        elif kind == "blank":
            out.append("\n\n")
            newpts.extend((points[s], points[s + 1]))
        last = e
    out.append(text[last:])
    newpts.extend(points[last:])
    return "".join(out), newpts


def normalize_text(source: str) -> tuple[str, OffsetMap]:
    """Normalize ``source``; return the text and a map from its indices to ``source`` indices.

    >>> t, m = normalize_text("  營收　成長１２％\\r\\n\\n\\n\\nNext  line ")
    >>> t
    '營收 成長12%\\n\\nNext line'
    >>> m.to_source(__import__("extractor").Span(5, 8))
    Span(start=7, end=10)
    """
    text = source.translate(_WIDTH)
    points = list(range(len(text) + 1))
    # Squeezing can create new runs (a dropped char between two spaces), so repeat to a fixed point.
    for _ in range(4):
        new, newpts = _squeeze_once(text, points[:-1])
        if new == text:
            break
        text, points = new, newpts + [points[-1]]
    # Trim the whole text.
    lstripped = len(text) - len(text.lstrip())
    rstripped = len(text.rstrip())
    if lstripped or rstripped != len(text):
        end_src = points[rstripped - 1] + 1 if rstripped > lstripped else points[lstripped]
        points = points[lstripped:rstripped] + [end_src]
        text = text[lstripped:rstripped]
    return text, OffsetMap(points)
