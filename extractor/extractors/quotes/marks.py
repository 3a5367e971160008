"""Quotation-mark pairing: ``find_quoted`` finds top-level quoted runs (「」『』“”"" and British ‘’) in one
linear pass; nesting stays inside, and a paragraph that opens a quote without closing it continues into the
next one that opens again."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...document import Span
from .cues import _verb_words


@dataclass(frozen=True)
class QuotedRun:
    """A quoted run: ``open``/``close`` are the mark positions, ``inner`` the words between them."""

    open: int
    close: int

    @property
    def inner(self) -> Span:
        return Span(self.open + 1, self.close)


# opener -> closers it accepts; “…" and "…” both occur in crawled English text
_PAIRS = {"「": "」", "『": "』", "“": "”\"", "\"": "\"”", "‘": "’"}


_MARKS = re.compile("[「」『』“”‘’\"\n]")


_MAX_DEPTH = 4


_NEXT_WORD = re.compile(r" ([a-z]+)")


def _possessive(text: str, i: int) -> bool:
    """``s’ word``: a plural possessive, unless the next word is a reporting verb (’ said)."""
    if i == 0 or text[i - 1] != "s":
        return False
    m = _NEXT_WORD.match(text, i + 1)
    return m is not None and m.group(1) not in _verb_words()


def find_quoted(text: str) -> list[QuotedRun]:
    """Top-level quoted runs in one linear pass; nested quotes stay inside the outer run.

    A paragraph that opens a quote and ends without closing it continues when the next paragraph opens
    with the same mark (newspaper convention); otherwise the unclosed quote is dropped, and the complete
    quotes found inside it count on their own, so a stray mark never swallows the rest of the article.
    Curly single quotes (British style) open only after a non-letter and close only before one, so the
    apostrophes in don’t and investors’ stay apostrophes.
    """
    runs: list[QuotedRun] = []
    stack: list[tuple[str, int]] = []
    inner: list[QuotedRun] = []  # complete runs one level inside the open outer quote
    cont = False
    n = len(text)
    for m in _MARKS.finditer(text):
        ch, i = m.group(), m.start()
        if ch == "\n":
            if stack:
                nxt = i + 1
                while nxt < n and text[nxt] in "\n \u3000":
                    nxt += 1
                if len(stack) == 1 and nxt < n and text[nxt] == stack[0][0]:
                    cont = True  # the next paragraph re-opens the same quote
                else:
                    stack.clear()
                    runs.extend(inner)
                    inner.clear()
            continue
        if cont:
            cont = False
            continue
        if ch == "’" and (i + 1 < n and text[i + 1].isalpha() or _possessive(text, i)):
            continue  # an apostrophe inside a word (don’t) or after a plural (investors’ view)
        if ch in "”\"" and len(stack) > 1 and stack[-1][0] == "‘" and ch in _PAIRS[stack[-2][0]]:
            stack.pop()  # “… ‘Big cities, come to me,” Lee said: a nested single quote left open ends with its outer one
        if stack and ch in _PAIRS[stack[-1][0]]:
            opener, at = stack.pop()
            if not stack:
                runs.append(QuotedRun(at, i))
                inner.clear()
            elif len(stack) == 1:
                inner.append(QuotedRun(at, i))
            continue
        if ch in _PAIRS and len(stack) < _MAX_DEPTH:
            if ch == "‘" and i > 0 and text[i - 1].isalnum():
                continue
            if ch == "\"" and any(o == "\"" for o, _ in stack):
                stack.clear()  # an unmatched ASCII mark: resynchronise
                runs.extend(inner)
                inner.clear()
            stack.append((ch, i))
    runs.extend(inner)  # an outer quote left open at the end of the text
    return sorted(runs, key=lambda r: r.open)
