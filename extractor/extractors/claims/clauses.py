"""Split a stretch of Chinese text into clauses, keeping quotations and brackets whole.

Claims in Chinese news are usually one or a few clauses between commas and semicolons, so claims
work on clause spans. A quotation 「…」 inside a sentence is one clause of its own (its inner
sentences are split separately by :func:`quote_inner`), and a comma inside brackets never splits.
The scan is a single linear pass, so hostile input cannot make it slow.
"""

from __future__ import annotations

import re

from ...document import Span

CLAUSE_BREAKS = frozenset("，,；;：:。！？!?")
HARD_BREAKS = frozenset("；;。！？!?")
OPENERS = {"「": "」", "『": "』", "“": "”", "（": "）", "(": ")", "《": "》", "【": "】"}
QUOTE_OPEN = frozenset("「『“")
_CLOSERS = frozenset(OPENERS.values())
_QUOTE_CLOSE = frozenset("」』”")
_BRACKETS = re.compile("[" + re.escape("".join(OPENERS) + "".join(OPENERS.values())) + "]")
_SPECIAL = re.compile("[" + re.escape("".join(OPENERS) + "".join(OPENERS.values()) + "".join(CLAUSE_BREAKS)) + "]")
_QUOTE_OPEN_OF = {"」": "「", "』": "『", "”": "“"}
_TRIM = " \u3000\t\n，,；;：:。！？!?、—-─…·•"


def trim(text: str, start: int, end: int, *, strip_quotes: bool = True) -> Span:
    """Shrink ``[start, end)`` past surrounding spaces, punctuation and (optionally) one quote pair."""
    while True:
        before = (start, end)
        while start < end and text[start] in _TRIM:
            start += 1
        while end > start and text[end - 1] in _TRIM:
            end -= 1
        if strip_quotes and end - start >= 2 and text[start] == '"' and text[end - 1] == '"':
            start, end = start + 1, end - 1
        elif strip_quotes and end > start and text[start] == '"' and '"' not in text[start + 1 : end]:
            start += 1  # an ASCII quotation the sentence splitter cut
        elif strip_quotes and end > start and text[end - 1] == '"' and '"' not in text[start : end - 1]:
            end -= 1
        elif strip_quotes and end - start >= 2 and text[start] in QUOTE_OPEN:
            if text[end - 1] == OPENERS[text[start]]:
                start, end = start + 1, end - 1
            elif OPENERS[text[start]] not in text[start:end]:
                start += 1  # a quotation the sentence splitter cut: 「我們不同意…。 | …上訴。」
        if strip_quotes and end > start and text[end - 1] in _QUOTE_CLOSE:
            opener = _QUOTE_OPEN_OF[text[end - 1]]
            if opener not in text[start:end]:
                end -= 1
        if (start, end) == before:
            return Span(start, end)


def split_clauses(text: str, start: int, end: int) -> list[Span]:
    """Clause spans of ``text[start:end]`` (trimmed, non-empty), splitting only outside brackets."""
    out: list[Span] = []
    stack: list[str] = []
    cur = start
    skip_to = start
    for m in _SPECIAL.finditer(text, start, end):  # only punctuation and brackets matter
        i = m.start()
        if i < skip_to:
            continue
        ch = text[i]
        if stack and ch == stack[-1]:
            stack.pop()
        elif ch in OPENERS and not stack and ch in QUOTE_OPEN and (j := _quote_end(text, i, start, end)) > 0:
            # A quotation holding a sentence is a clause of its own, whatever stands around it
            # (X說，「…」 / 「…」X指出); short scare quotes (「循環支出」) stay inside their clause.
            out.append(Span(cur, i))
            out.append(Span(i, j))
            cur = skip_to = j
        elif ch in OPENERS and len(stack) < 8:
            stack.append(OPENERS[ch])
        elif ch in _CLOSERS and stack:
            # A mismatched closer: drop the innermost opener so that one stray bracket cannot
            # glue the rest of the text into one clause.
            stack.pop()
        elif not stack and ch in CLAUSE_BREAKS and not _in_number(text, i, end):
            out.append(Span(cur, i))
            cur = i + 1
    out.append(Span(cur, end))
    trimmed = [trim(text, s.start, s.end, strip_quotes=False) for s in out]
    return [s for s in trimmed if s.end > s.start]


def _in_number(text: str, i: int, end: int) -> bool:
    """A thousands separator (5,900 / 4，400): a comma between a digit and exactly three digits."""
    return (text[i] in ",，" and i > 0 and text[i - 1].isdigit() and i + 4 <= end
            and text[i + 1 : i + 4].isdigit() and not text[i + 4 : i + 5].isdigit())


def bracket_depth(text: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """Depth changes of ``text[start:end]``: positions and the nesting depth from each on (for bisect)."""
    closers = _CLOSERS
    stack: list[str] = []
    pos, depth = [start], [0]
    for m in _BRACKETS.finditer(text, start, end):
        ch = m.group(0)
        if stack and ch == stack[-1]:
            stack.pop()
        elif ch in OPENERS and len(stack) < 8:
            stack.append(OPENERS[ch])
        elif ch in closers and stack:
            stack.pop()
        else:
            continue
        pos.append(m.start() + 1)  # the bracket itself still has the depth before it
        depth.append(len(stack))
    return pos, depth


def _quote_end(text: str, i: int, start: int, end: int) -> int:
    """End (exclusive) of the quotation opening at ``i`` when it holds a sentence, else -1."""
    close = OPENERS[text[i]]
    j = text.find(close, i + 1, end)
    if j < 0:
        return -1
    inner = text[i + 1 : j]
    if any(c in CLAUSE_BREAKS for c in inner):
        return j + 1
    # A long quotation set off by punctuation on both sides is a statement; one inside a clause
    # (存在「循環支出(circular spending)」的風險) is a scare quote or a name.
    before = text[i - 1] if i > start else "，"
    after = text[j + 1] if j + 1 < end else "，"
    delimited = (before in CLAUSE_BREAKS or before.isspace()) and (after in CLAUSE_BREAKS or after.isspace())
    return j + 1 if len(inner) >= 12 and delimited else -1


def is_quote(text: str, span: Span) -> bool:
    """True when the clause is a quotation: it opens with a quote mark that closes only at its end.

    「人工智慧泡沫」的討論很可能… opens with a quoted name but is not a quotation.
    """
    if span.end - span.start < 2 or text[span.start] not in QUOTE_OPEN:
        return False
    close = text.find(OPENERS[text[span.start]], span.start + 1, span.end)
    if close < 0:
        return True
    rest = trim(text, close + 1, span.end, strip_quotes=False)
    return rest.end <= rest.start


def quote_inner(text: str, span: Span) -> list[Span]:
    """The sentences inside a quotation clause, each trimmed (quote marks removed)."""
    inner = trim(text, span.start, span.end)
    out: list[Span] = []
    cur = inner.start
    for i in range(inner.start, inner.end):
        if text[i] in "。！？!?；;":
            out.append(trim(text, cur, i + 1))
            cur = i + 1
    out.append(trim(text, cur, inner.end))
    return [s for s in out if s.end > s.start]
