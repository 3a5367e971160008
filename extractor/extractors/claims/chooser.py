"""Claimant chooser: a learned choice among the holders a claim could have.

The resolution chain (quote speaker, inline holder, reporter of the sentence, subject, carry-over)
proposes one claimant per claim, and each step decides alone. Here every claim gets a short list of
options instead: the chain's pick, the article's own voice (no claimant), the speaker of the quote
that covers the claim, the speaker of the last attributed quote before it (and of the article's
most quoted speaker), the noun phrase before the last cue word of its sentence or at its own start
(吳欽緯說，… / 有些飼主覺得…), the last person, organisation and group the article named before
it, a group noun earlier in its sentence and the claimant of the claim before. Options naming the same
holder merge (their sources add up). Each option is described by its sources, the kind of holder,
its distance to the claim, whether a reporting word stands between them, whether the claim sits in
quotation marks or speaks in the first person; a logistic model (``chooser`` in
``claims_model.json``, learned from the gold claimants of the training articles by
``benchmarks/train_claims.py``) scores every option and the most likely one holds the claim (ties:
the earlier option, the chain's pick first). A holder named by a source phrase (根據X的報告，…) is kept
as the chain found it. Inference is a few dictionary look-ups per option.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat

from ...document import Document, Span
from .carry import Carry
from .lexicon import Lexicon
from .rules_zh import Candidate, claimant_span

BACK = 300  # characters before a claim within which a named mention is an option
_NEAR = (1, 12, 40, 100, 200)
_FIRST_PERSON = re.compile(r"我們|我|咱們")
_QUOTE_OPEN = "「『“\""
_STOP = re.compile("[，,；;：:。！？!?」』”「『“\n]")
INNER = 14  # characters from a claim's start within which its own holder and cue may stand (有些飼主覺得…)


@lru_cache(maxsize=8192)
def key(name: str | None) -> str:
    """A holder's name folded for comparison (width, case, punctuation and spaces dropped)."""
    if not name:
        return ""
    s = unicodedata.normalize("NFKC", name).casefold()
    return "".join(ch for ch in s if not (ch.isspace() or unicodedata.category(ch)[0] in "PSZ"))


@dataclass
class Option:
    name: str | None
    span: Span | None
    cue: str | None
    sources: list[str] = field(default_factory=list)
    feats: dict[str, float] = field(default_factory=dict)

    def candidate(self, span: Span) -> Candidate:
        return Candidate(span, self.name, self.span, self.cue)


class Choices:
    """The context of one document for listing and describing the options of its claims."""

    def __init__(self, doc: Document, lex: Lexicon):
        self.doc, self.lex = doc, lex
        self.folded = doc.folded or doc.text
        self.quotes = sorted((q for q in doc.get("quotes") if getattr(q, "speaker", None)), key=lambda q: q.span[0])
        self.qstarts = [q.span[0] for q in self.quotes]
        self.longest = max((q.span[1] - q.span[0] for q in self.quotes), default=0)
        mentions = sorted((s[1], s[0], ent.kind) for ent in doc.get("entities")
                          for s in getattr(ent, "spans", ()) or ())
        self.mentions = mentions
        self.mends = [m[0] for m in mentions]
        self.kind_at = {(s, e): k for e, s, k in mentions}
        self.carry = Carry(doc, lex)
        self.starts, self.para = self.carry.starts, self.carry.para  # (sentence starts and paragraph numbers)
        self.pronouns = frozenset(lex.get("pronouns"))
        self.cues = [rx for rx in (lex.stance, lex.rx.get("neutral")) if rx is not None]
        self.groups = lex.rx.get("groups")
        self.intro = lex.rx.get("source_intro")
        self.by_end = sorted(self.quotes, key=lambda q: q.span[1])
        self.qends = [q.span[1] for q in self.by_end]
        counts: dict[str, int] = {}
        for q in self.quotes:
            counts[key(q.speaker)] = counts.get(key(q.speaker), 0) + 1
        most = max(counts.values(), default=0)
        self.spoke = counts
        covered = sum(1 for s in doc.sentences if self._covering(s) is not None)
        share = covered / max(1, len(doc.sentences))
        self.density = 0 if share == 0 else 1 if share < 0.2 else 2 if share < 0.45 else 3
        self.top = next((q for q in self.quotes if most >= 2 and counts[key(q.speaker)] == most), None)

    def _cue_holder(self, lo: int, hi: int) -> tuple[Span | None, str | None]:
        """The noun phrase before the last reporting or stance word in ``[lo, hi)`` and that word."""
        if hi - lo < 2:
            return None, None
        folded = self.folded
        last = None
        for rx in self.cues:
            for m in rx.finditer(folded, lo, hi):
                if m.start() > lo and (last is None or m.start() > last.start()):
                    last = m
        if last is None:
            return None, None
        start = last.start()
        r = max(lo, start - 30)
        stop = _STOP.search(folded[r:start][::-1])
        if stop is not None:
            r = start - stop.start()
        who = claimant_span(folded, r, start, self.lex)
        return (who, self.doc.text[last.start() : last.end()]) if who is not None and who.end > who.start else (None, None)

    def _sent(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def _covering(self, span: Span):
        lo = bisect.bisect_left(self.qstarts, span.start - self.longest)
        for q in self.quotes[lo : bisect.bisect_left(self.qstarts, span.end)]:
            inter = min(span.end, q.span[1]) - max(span.start, q.span[0])
            if inter * 2 >= span.end - span.start:
                return q
        return None

    def options(self, c: Candidate, prev: Candidate | None) -> list[Option]:
        """The options of the claim ``c`` (the chain's pick first, then the own voice), with features."""
        doc, span = self.doc, c.span
        opts: list[Option] = []
        keys: list[str] = []

        def add(name: str | None, at: Span | None, cue: str | None, src: str) -> None:
            k = key(name)
            if name is not None and (not k or name.lower() in self.pronouns):
                return
            for o, ok in zip(opts, keys, strict=True):
                if (not k and not ok) or (k and ok and (k in ok or ok in k)):
                    if src not in o.sources:
                        o.sources.append(src)
                    return
            opts.append(Option(name, at, cue, [src]))
            keys.append(k)

        add(c.claimant, c.claimant_span, c.cue, "chain")
        add(None, None, None, "null")
        q = self._covering(span)
        if q is not None:
            ss = getattr(q, "speaker_span", None)
            add(q.speaker, Span(*ss) if ss else None, getattr(q, "cue", None), "quote")
        got = self.carry.source(span)
        if got is not None:
            ss = getattr(got[0], "speaker_span", None)
            add(got[0].speaker, Span(*ss) if ss else None, None, "carry")
        i = bisect.bisect_right(self.mends, span.start)
        seen_kinds: set[str] = set()
        for e, s, kind in reversed(self.mentions[max(0, i - 12) : i]):
            if e < span.start - BACK:
                break
            if kind not in seen_kinds:  # the last person, the last organisation, the last group
                seen_kinds.add(kind)
                add(doc.text[s:e], Span(s, e), None, "last_" + kind)
        ks = self._sent(span.start)
        sent = doc.sentences[ks] if doc.sentences else span
        if self.groups is not None and span.start > sent.start:
            last = None
            for m in self.groups.finditer(self.folded, sent.start, span.start):
                last = m
            if last is not None:
                g0 = last.start()
                while g0 > sent.start and g0 > last.start() - 4 and self.folded[g0 - 1] not in "，,；;：:。「」":
                    g0 -= 1
                add(doc.text[g0 : last.end()], Span(g0, last.end()), None, "group")
        if prev is not None and prev.claimant:
            add(prev.claimant, prev.claimant_span, prev.cue, "prev")
        for src, lo, hi in (("cue_np", sent.start, span.start), ("inner", span.start, min(span.end, span.start + INNER))):
            who, cue = self._cue_holder(lo, hi)
            if who is not None:  # (a cue right before the claim, 吳欽緯說，…, is the strongest form)
                adj = src == "cue_np" and not self.folded[who.end : span.start].strip("，,：: 「『“") [len(cue or ""):]
                add(doc.text[who.start : who.end], who, cue, src + ("_adj" if adj else ""))
        j = bisect.bisect_right(self.qends, span.start) - 1
        if j >= 0:
            q = self.by_end[j]
            ss = getattr(q, "speaker_span", None)
            add(q.speaker, Span(*ss) if ss else None, None, "last_quote")
        if self.top is not None:
            add(self.top.speaker, Span(*self.top.speaker_span) if getattr(self.top, "speaker_span", None) else None,
                None, "top")
        self._describe(opts, c, ks, sent)
        return opts

    def _describe(self, opts: list[Option], c: Candidate, ks: int, sent: Span) -> None:
        span, folded = c.span, self.folded
        inq = self._covering(span) is not None or any(folded[j] in _QUOTE_OPEN for j in range(max(sent.start, span.start - 1), span.start))
        fp = _FIRST_PERSON.search(folded, span.start, span.end) is not None
        cue_before = any(rx.search(folded, sent.start, span.start) for rx in self.cues) if span.start > sent.start else False
        ctx = []
        if inq:
            ctx.append("inq")
        if fp:
            ctx.append("fp")
        if cue_before:
            ctx.append("cue_sent")
        if span.start <= sent.start + 1:
            ctx.append("sent_start")
        if ks == 0 or self.para[ks - 1] != self.para[ks]:
            ctx.append("para_first")
        ctx.append("qd" + str(self.density))
        j = bisect.bisect_right(self.qends, span.start) - 1
        if j >= 0:
            kq = self._sent(self.qends[j] - 1)
            ctx.append("q_sent" if kq == ks else "q_para" if self.para[kq] == self.para[ks]
                       else "q_prev_para" if self.para[ks] - self.para[kq] == 1 else "q_far")
        else:
            ctx.append("q_none")
        chain_null = c.claimant is None
        for o in opts:
            f = o.feats
            f["bias"] = 1.0
            if o.name is None:
                f["null"] = 1.0
                for x in ctx:
                    f["null&" + x] = 1.0
                if chain_null:
                    f["null&chain"] = 1.0
                continue
            for src in o.sources:
                f["src:" + src] = 1.0
                for x in ctx:
                    f[src + "&" + x] = 1.0
            f[f"nsrc{min(len(o.sources), 3)}"] = 1.0
            n = self.spoke.get(key(o.name), 0)
            f["spoke" + str(0 if not n else 1 if n == 1 else 2 if n * 4 < len(self.quotes) else 3)] = 1.0
            if o.span is None:
                f["nospan"] = 1.0
                continue
            if self.intro is not None and any(m.end() == o.span.start for m in
                                              self.intro.finditer(folded, max(0, o.span.start - 3), o.span.start)):
                f["intro"] = 1.0  # 根據顧問公司的報告，…: a source phrase names the holder
            kind = self.kind_at.get((o.span.start, o.span.end))
            f["kind:" + (kind or "other")] = 1.0
            if o.span.start >= span.start:
                f["after"] = 1.0
                continue
            gap = span.start - o.span.end
            f["gap" + str(sum(gap >= g for g in _NEAR))] = 1.0
            ko = self._sent(o.span.start)
            if ko == ks:
                f["same_sent"] = 1.0
            elif self.para[ko] == self.para[ks]:
                f["same_para"] = 1.0
            lo, hi = o.span.end, min(span.start, o.span.end + 60)
            if hi > lo and any(rx.search(folded, lo, hi) for rx in self.cues):
                f["cue_after"] = 1.0
            where = "same_sent" if ko == ks else "same_para" if self.para[ko] == self.para[ks] else "far"
            for src in o.sources:
                f[src + "&" + where] = 1.0
                f[src + "&kind:" + (kind or "other")] = 1.0


def score(weights: Mapping[str, float], feats: Mapping[str, float]) -> float:
    """The option's score: every feature is binary (1.0), so a sum of looked-up weights."""
    return sum(map(weights.get, feats, repeat(0.0)))


def choose(doc: Document, cands: Sequence[Candidate], lex: Lexicon, weights: Mapping[str, float] | None) -> list[Candidate]:
    """``cands`` with each claimant replaced by the option the model scores highest."""
    if not weights or not cands:
        return list(cands)
    choices = Choices(doc, lex)
    out, prev = [], None
    for c in cands:
        opts = choices.options(c, prev)
        prev = c
        if opts[0].name is not None and "intro" in opts[0].feats:  # 根據X的報告，…: the source phrase names it
            out.append(c)
            continue
        best, best_s = opts[0], score(weights, opts[0].feats)
        for o in opts[1:]:
            s = score(weights, o.feats)
            if s > best_s:
                best, best_s = o, s
        out.append(best.candidate(c.span))
    return out
