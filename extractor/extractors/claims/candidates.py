"""Claim candidates: every clause of every body sentence, with the quote it belongs to.

A sentence is cut at ，,；;：:。！？!? outside brackets. A quotation that holds clause breaks is cut
too (its marks act as breaks, so each quoted clause is judged on its own); a short quotation without
breaks (a name, a scare quote) stays inside its clause. A clause that overlaps a quote of the quotes
stage is clipped to the quoted words, so cue and speaker never enter a claim, and carries that quote
(its speaker becomes the claimant). What is left is judged by :mod:`.judge`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ...document import Document, Span
from .clauses import trim
from .lexicon import Lexicon
from .rules_zh import _COMPARE, _COMPARE_WORDS, SOURCE_PHRASE, claimant_span

ZH_BREAKS = frozenset("，,；;：:。！？!?")
EN_BREAKS = frozenset(";:!?")  # plus ". " sentence ends; commas split English only before a new clause
BRACKETS = {"（": "）", "(": ")", "《": "》", "【": "】", "〈": "〉", "[": "]"}
QUOTES = {"「": "」", "『": "』", "“": "”"}
_EN_COMMA_SPLIT = re.compile(r",\s+(?=(?:but|while|whereas|although|though|which|as|and\s+(?:it|they|he|she|the|that|this))\b)")
MIN_CLAUSE = 4  # characters: shorter pieces (是的, 他說) hold no assertion
MAX_QUOTE_SCAN = 400  # a quotation longer than this is not looked for (linear, hostile input stays cheap)


@dataclass(frozen=True)
class Clause:
    span: Span  # the content, trimmed (quote marks and cue excluded when a quote covers it)
    sent: int  # index of the sentence in ``doc.sentences``
    index: int  # position among the sentence's clauses
    count: int  # number of clauses in the sentence
    quote: Any | None  # the quotes-stage item whose words these are
    raw: Span  # the clause before clipping to the quote (for the cue/speaker context)
    holder: Span | None = None  # an inline claimant (東芝也控告|威騰…) the quotes stage did not report
    cue: str | None = None  # the inline cue after ``holder``
    source: Span | None = None  # the source of a source phrase before the clause (根據IDC的報告，…)


def split_sentence(text: str, sent: Span, zh: bool) -> list[Span]:
    """Clause spans of one sentence, untrimmed, in order (only punctuation and brackets are visited)."""
    cuts: list[int] = []
    stack: list[str] = []
    end = sent.start
    breaks = ZH_BREAKS if zh else EN_BREAKS
    skip_to = sent.start
    for m in (_SPECIAL_ZH if zh else _SPECIAL_EN).finditer(text, sent.start, sent.end):
        i = m.start()
        if i < skip_to:
            continue
        ch = text[i]
        if stack and ch == stack[-1]:
            stack.pop()
        elif ch in BRACKETS and len(stack) < 8:
            stack.append(BRACKETS[ch])
        elif ch in QUOTES and not stack:
            j = text.find(QUOTES[ch], i + 1, min(sent.end, i + MAX_QUOTE_SCAN))
            if j > 0 and _BREAK_ANY.search(text, i + 1, j) is None:
                skip_to = j + 1  # a name or scare quote: part of the clause
            else:
                cuts.append(i)  # an opening mark of a quoted statement starts a clause
        elif ch in "」』”" and not stack:
            cuts.append(i + 1)
        elif not stack and ch in breaks and not _thousands(text, i, sent.end):
            cuts.append(i + 1)
    spans, cur = [], sent.start
    end = sent.end
    for c in cuts:
        if c > cur:
            spans.append(Span(cur, c))
            cur = c
    if cur < end:
        spans.append(Span(cur, end))
    if not zh:
        spans = [p for s in spans for p in _split_en(text, s)]
    return spans


_SPECIAL_ZH = re.compile("[" + re.escape("".join(ZH_BREAKS) + "".join(BRACKETS) + "".join(BRACKETS.values())
                                          + "".join(QUOTES) + "」』”") + "]")
_SPECIAL_EN = re.compile("[" + re.escape("".join(EN_BREAKS) + "".join(BRACKETS) + "".join(BRACKETS.values())
                                          + "".join(QUOTES) + "」』”") + "]")
_BREAK_ANY = re.compile("[" + re.escape("".join(ZH_BREAKS | EN_BREAKS)) + "]")


def _split_en(text: str, s: Span) -> list[Span]:
    out, cur = [], s.start
    for m in _EN_COMMA_SPLIT.finditer(text, s.start, s.end):
        out.append(Span(cur, m.start() + 1))
        cur = m.end()
    out.append(Span(cur, s.end))
    return out


def _thousands(text: str, i: int, end: int) -> bool:
    return (text[i] in ",，" and i > 0 and text[i - 1].isdigit() and i + 4 <= end
            and text[i + 1 : i + 4].isdigit() and not text[i + 4 : i + 5].isdigit())


class _QuoteIndex:
    """Quotes of the quotes stage by start, for "which quote holds this clause?" by bisection."""

    def __init__(self, doc: Document):
        self.quotes = sorted(doc.get("quotes"), key=lambda q: (q.span[0], -q.span[1]))
        self.starts = [q.span[0] for q in self.quotes]
        self.longest = max((q.span[1] - q.span[0] for q in self.quotes), default=0)

    def best(self, c: Span) -> Any | None:
        lo = bisect.bisect_left(self.starts, c.start - self.longest)
        hi = bisect.bisect_left(self.starts, c.end)
        best, best_inter = None, 0
        for q in self.quotes[lo:hi]:
            inter = min(c.end, q.span[1]) - max(c.start, q.span[0])
            if inter > best_inter:
                best, best_inter = q, inter
        # the quote must hold a real part of the clause (not a two-character overlap at an edge)
        if best is not None and best_inter * 3 >= min(c.end - c.start, best.span[1] - best.span[0]):
            return best
        return None


_SOURCE_FIRST = frozenset("根依據從")
_NOUN_SUFFIX = frozenset("的師家員者人值")
INLINE_REACH = 20  # characters from the clause start within which an inline cue is looked for (zh)


class _Named:
    """Is a span a holder the article names: a mention of an entity of the quotes stage, a group noun
    (分析師, 外資) or a pronoun? Junk before a cue (蠢話少說|點) is none of these."""

    def __init__(self, doc: Document, lex: Lexicon):
        self.mentions = sorted((s[0], s[1]) for ent in doc.get("entities") for s in getattr(ent, "spans", ()) or ())
        self.starts = [m[0] for m in self.mentions]
        self.longest = max((e - s for s, e in self.mentions), default=0)
        self.lex = lex

    def __call__(self, folded: str, who: Span) -> bool:
        lo = bisect.bisect_left(self.starts, who.start - self.longest)
        for s, e in self.mentions[lo : bisect.bisect_left(self.starts, who.end)]:
            if s < who.end and who.start < e:
                return True
        phrase = folded[who.start : who.end]
        return phrase in self.lex.set("pronouns") or any(phrase.endswith(g) for g in self.lex.get("groups"))


def _inline(doc: Document, t: Span, lex: Lexicon, named: _Named) -> tuple[Span, Span, str] | None:
    """``東芝也控告威騰違法`` -> (content 威騰違法, claimant 東芝, cue 控告): a claimant and a stance or
    reporting word opening a clause that no quote covers (Chinese only)."""
    folded = doc.folded or doc.text
    for rx in (lex.stance, lex.rx.get("neutral")):
        if rx is None:
            continue
        for m in rx.finditer(folded, t.start + 2, min(t.end, t.start + INLINE_REACH)):
            nxt = folded[m.end() : m.end() + 1]
            if t.end - m.end() < MIN_CLAUSE or nxt in _NOUN_SUFFIX:
                continue  # 分析師 / 預期的: the word is (part of) a noun here, not a cue
            if folded[m.start() - 1 : m.start()] in _COMPARE or folded[m.start() - 2 : m.start()] in _COMPARE_WORDS:
                continue  # 超出市場預期 / 優於預期: the expectation is a yardstick, not a holder's stance
            who = claimant_span(folded, t.start, m.start(), lex)
            if who is None or who.end - who.start < 2 or not named(folded, who):
                continue
            body = trim(doc.text, m.end(), t.end)
            if body.end - body.start >= MIN_CLAUSE:
                return body, who, doc.text[m.start() : m.end()]
    return None


def _after_sources(doc: Document, kept: list, lex: Lexicon) -> list:
    """``根據IDC的報告，平板市場已趨飽和``: a clause that is only a source phrase is no claim; the clause
    after it is the source's (when no quote already names a speaker for it)."""
    folded = doc.folded or doc.text
    out: list = []
    source: Span | None = None
    for t, q, raw, holder, cue, _ in kept:
        m = None
        if folded[t.start : t.start + 1] in _SOURCE_FIRST:  # (cheap test first: most clauses are no source)
            m = (SOURCE_PHRASE.fullmatch(folded, raw.start, min(raw.end, len(folded)))
                 or SOURCE_PHRASE.fullmatch(folded, t.start, min(t.end + 1, len(folded))))
        if m is not None and q is None:
            g = 1 if m.group(1) is not None else 2
            source = trim(doc.text, m.start(g), m.end(g))
            continue
        held = source if source is not None and holder is None and (q is None or not q.speaker) else None
        source = None
        out.append((t, q, raw, holder, cue, held))
    return out


def clause_candidates(doc: Document, skip: Sequence[Span] | frozenset[Span] = frozenset(),
                      lex: Lexicon | None = None) -> list[Clause]:
    """Every clause of every sentence not in ``skip`` (headings), in text order."""
    text = doc.text
    quotes = _QuoteIndex(doc)
    named = _Named(doc, lex) if lex is not None and doc.is_zh else None
    out: list[Clause] = []
    for k, sent in enumerate(doc.sentences):
        if sent in skip:
            continue
        parts = split_sentence(text, sent, doc.is_zh)
        kept: list[tuple[Span, Any, Span, Span | None, str | None, Span | None]] = []
        for raw in parts:
            t = trim(text, raw.start, raw.end)
            if t.end - t.start < MIN_CLAUSE:
                continue
            q = quotes.best(t)
            holder = cue = None
            if q is not None:
                lo, hi = max(t.start, q.span[0]), min(t.end, q.span[1])
                t = trim(text, lo, hi)
                if t.end - t.start < MIN_CLAUSE:
                    continue
            if (lex is not None and doc.is_zh and (q is None or (q.kind == "indirect" and t.start > q.span[0]))
                    and named is not None and (found := _inline(doc, t, lex, named)) is not None):
                # (inside reported speech, a clause opening with its own holder and cue is a new source:
                # 空頭認為市場過熱，但多頭仍看好長線需求)
                t, holder, cue = found
                q = None
            kept.append((t, q, raw, holder, cue, None))
        if lex is not None and doc.is_zh:
            kept = _after_sources(doc, kept, lex)
        for i, (t, q, raw, holder, cue, source) in enumerate(kept):
            out.append(Clause(t, k, i, len(kept), q, raw, holder, cue, source))
    return out
