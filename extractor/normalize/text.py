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
from bisect import bisect_right

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


class _Runs:
    """A map from the characters of a text being built to indices of another text, as runs: run ``k``
    starts at new index ``starts[k]`` and maps to ``sources[k]`` onwards (one entry per edit, not per
    character: see :class:`~extractor.document.OffsetMap`)."""

    __slots__ = ("starts", "sources", "length")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.sources: list[int] = []
        self.length = 0

    def add(self, source: int, n: int) -> None:
        """The next ``n`` characters map to ``source``, ``source + 1``, ..."""
        if n <= 0:
            return
        if not self.starts or self.sources[-1] + (self.length - self.starts[-1]) != source:
            self.starts.append(self.length)
            self.sources.append(source)
        self.length += n

    def then(self, outer: _Runs) -> _Runs:
        """This map followed by ``outer`` (which maps this map's targets onwards)."""
        out = _Runs()
        bounds = (self.starts[1:] + [self.length])[: len(self.starts)]
        for start, source, stop in zip(self.starts, self.sources, bounds, strict=True):
            pos, left = source, stop - start
            k = bisect_right(outer.starts, pos) - 1
            while left > 0:
                nxt = outer.starts[k + 1] if k + 1 < len(outer.starts) else pos + left
                take = min(left, nxt - pos)
                out.add(outer.sources[k] + (pos - outer.starts[k]), take)
                pos += take
                left -= take
                k += 1
        return out

    def at(self, i: int) -> int:
        k = bisect_right(self.starts, i) - 1
        return self.sources[k] + (i - self.starts[k])


def _squeeze_once(text: str) -> tuple[str, _Runs]:
    out: list[str] = []
    runs = _Runs()
    last = 0
    for m in _SQUEEZE.finditer(text):
        s, e = m.span()
        out.append(text[last:s])
        runs.add(last, s - last)
        kind = m.lastgroup
        if kind == "nbsp" or kind == "spaces":
            out.append(" ")
            runs.add(s, 1)
        elif kind == "cr":
            out.append("\n")
            runs.add(s, 1)
        elif kind == "blank":
            out.append("\n\n")
            runs.add(s, 2)
        last = e
    out.append(text[last:])
    runs.add(last, len(text) - last)
    return "".join(out), runs


def normalize_text(source: str) -> tuple[str, OffsetMap]:
    """Normalize ``source``; return the text and a map from its indices to ``source`` indices.

    >>> t, m = normalize_text("  營收　成長１２％\\r\\n\\n\\n\\nNext  line ")
    >>> t
    '營收 成長12%\\n\\nNext line'
    >>> m.to_source(__import__("extractor").Span(5, 8))
    Span(start=7, end=10)
    """
    text = source.translate(_WIDTH)  # one character for one: the identity map
    runs = _Runs()
    runs.add(0, len(text))
    end = len(source)
    # Squeezing can create new runs (a dropped char between two spaces), so repeat to a fixed point.
    for _ in range(4):
        new, step = _squeeze_once(text)
        if new == text:
            break
        text, runs = new, step.then(runs)
    # Trim the whole text.
    lstripped = len(text) - len(text.lstrip())
    rstripped = len(text.rstrip())
    if lstripped or rstripped != len(text):
        if rstripped > lstripped:
            end = runs.at(rstripped - 1) + 1
        elif lstripped < len(text):
            end = runs.at(lstripped)
        trimmed = _Runs()
        bounds = (runs.starts[1:] + [runs.length])[: len(runs.starts)]
        for start, src, stop in zip(runs.starts, runs.sources, bounds, strict=True):
            lo, hi = max(start, lstripped), min(stop, rstripped)
            trimmed.add(src + (lo - start), hi - lo)
        runs = trimmed
        text = text[lstripped:rstripped]
    return text, OffsetMap.from_runs(runs.starts, runs.sources, len(text), end)
