"""Sentence and paragraph splitting for Chinese and English, quote-aware.

Chinese sentences end at 。！？ (and their ASCII forms after CJK); closing quotes and brackets right
after the end mark stay with the sentence, so ``。」`` never starts a new one. English sentences end
at . ! ? followed by space and an upper-case letter, a digit or an opening quote, except after
common abbreviations and initials (Mr., U.S., Inc., J.). A newline always ends a sentence.
"""

from __future__ import annotations

import re

from ..document import Span

_CLOSERS = "」』”’\"'）)］]】》〉"
_ABBREV = frozenset(
    "mr mrs ms dr prof sr jr st inc ltd co corp gov sen rep gen col lt sgt no vs etc jan feb mar apr jun jul aug "
    "sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m fig al ave dept est approx".split()
)
# A Chinese terminator, with any closers after it; or an English terminator followed by space.
_ZH_END = re.compile(rf"[。！？!?]+[{re.escape(_CLOSERS)}]*|…{{2}}[{re.escape(_CLOSERS)}]*")
_EN_END = re.compile(rf"[.!?]+[{re.escape(_CLOSERS)}]*(?=\s+[\"“‘'(\[]?[A-Z0-9\u4e00-\u9fff])")
_PARA = re.compile(r"\n+")
# A "sentence" longer than this (a run of commas, a table flattened into one line, junk) is cut at the
# last comma or space before the cap, so no per-sentence rule downstream ever sees more than this.
MAX_SENTENCE = 4000  # (above quotes._MAX_SENT: a capped piece still reads as no prose there)
_SOFT_BREAK = re.compile(r"[，,；;、 ][^，,；;、 ]*$")


def split_paragraphs(text: str) -> tuple[Span, ...]:
    """Spans of the non-empty lines of ``text`` (ingest puts one paragraph per line)."""
    spans = []
    start = 0
    for m in _PARA.finditer(text):
        if m.start() > start:
            spans.append(Span(start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append(Span(start, len(text)))
    return tuple(spans)


def _is_abbrev(line: str, dot: int) -> bool:
    """True when the '.' at ``dot`` ends an abbreviation or an initial, not a sentence."""
    j = dot
    while j > 0 and (line[j - 1].isalpha() or line[j - 1] == "."):
        j -= 1
    word = line[j:dot].lower()
    return word in _ABBREV or (len(word) == 1 and word.isalpha())


def _split_line(line: str, offset: int, out: list[Span]) -> None:
    ends: set[int] = set()
    for m in _ZH_END.finditer(line):
        ch = line[m.start()]
        if ch in "!?" and not (m.start() > 0 and "\u3000" <= line[m.start() - 1] <= "\u9fff"):
            continue  # ASCII ! ? end an English sentence only before space (handled below)
        ends.add(m.end())
    for m in _EN_END.finditer(line):
        if line[m.start()] == "." and _is_abbrev(line, m.start()):
            continue
        ends.add(m.end())
    start = 0
    for end in sorted(ends):
        if end <= start:
            continue
        seg = line[start:end]
        lead = len(seg) - len(seg.lstrip())
        if seg.strip():
            _add(line, start + lead, end, offset, out)
        start = end
    seg = line[start:]
    if seg.strip():
        lead = len(seg) - len(seg.lstrip())
        _add(line, start + lead, len(seg.rstrip()) + start, offset, out)


def _add(line: str, start: int, end: int, offset: int, out: list[Span]) -> None:
    """Append ``line[start:end]`` as a sentence, in pieces of at most MAX_SENTENCE characters."""
    while end - start > MAX_SENTENCE:
        m = _SOFT_BREAK.search(line, start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = m.start() + 1 if m else start + MAX_SENTENCE
        piece = line[start:cut].rstrip()
        if piece:
            out.append(Span(offset + start, offset + start + len(piece)))
        while cut < end and line[cut].isspace():
            cut += 1
        start = cut
    if end > start:
        out.append(Span(offset + start, offset + end))


def split_sentences(text: str, paragraphs: tuple[Span, ...] | None = None) -> tuple[Span, ...]:
    """Sentence spans of ``text``; every span is stripped and lies inside one paragraph.

    >>> t = '他說：「好。」然後離開。Mr. Smith said so. It rose 2.5%.'
    >>> [t[s.start:s.end] for s in split_sentences(t)]
    ['他說：「好。」', '然後離開。', 'Mr. Smith said so.', 'It rose 2.5%.']
    """
    out: list[Span] = []
    for p in paragraphs if paragraphs is not None else split_paragraphs(text):
        _split_line(text[p.start : p.end], p.start, out)
    return tuple(out)
