"""Features of a clause for the claim judge: what the clause says and who says it.

Each clause becomes a sparse ``{name: value}`` dict: word classes of ``claims_features_*.json``
(modality, future, cause, condition, evaluation, comparison, negation, events, dates, reporting),
the claim lexicon of ``claims_*.json`` (hedges, assessment markers), who speaks (a quote and its
kind and cue, or the article's own voice) crossed with the word classes, figures and digits, length,
position in the sentence, a question mark, and whether the stance rules of :mod:`.rules_zh` /
:mod:`.rules_en` took the clause. The weights for them are learned (:mod:`.judge`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ...document import Document, Span
from .candidates import Clause
from .lexicon import Lexicon, _alternation
from .units import Figures

CLASSES = ("future", "modal", "recommend", "warning", "evaluative", "comparative", "causal", "condition",
           "negation", "certainty", "event", "time", "report", "figure_words", "opinion_subjects",
           "connective_open")
CLAIM_LISTS = ("hedges", "markers", "weak_markers", "own_markers", "stance", "neutral")
CROSSED = ("future", "modal", "recommend", "warning", "evaluative", "comparative", "causal", "event",
           "time", "figure_words", "hedges", "markers", "own_markers")
_DATE = re.compile(r"\d{1,4}\s*[年月日號时時]|\b(?:19|20)\d\d\b|(?:January|February|March|April|June|July|August|"
                   r"September|October|November|December)\b")
_DIGIT = re.compile(r"\d")
_QUESTION = frozenset("？?")


@dataclass(frozen=True)
class WordClasses:
    lang: str
    rx: dict[str, re.Pattern[str]]

    def contains(self, key: str, text: str, start: int, end: int) -> bool:
        rx = self.rx.get(key)
        return rx is not None and rx.search(text, start, end) is not None

    def starts(self, key: str, text: str, start: int, end: int) -> bool:
        rx = self.rx.get(key)
        return rx is not None and rx.match(text, start, end) is not None

    def ends(self, key: str, text: str, start: int, end: int) -> bool:
        rx = self.rx.get(key)
        if rx is None:
            return False
        return any(m.end() == end for m in rx.finditer(text, max(start, end - 12), end))


@lru_cache(maxsize=2)
def word_classes(lang: str) -> WordClasses:
    name = "claims_features_en.json" if lang == "en" else "claims_features_zh.json"
    raw = json.loads(resources.files("extractor.data").joinpath(name).read_text("utf-8"))
    en = lang == "en"
    return WordClasses(lang, {k: _alternation(tuple(v), english=en) for k, v in raw.items() if isinstance(v, list) and v})


def _length_bucket(n: int, zh: bool) -> str:
    edges = (6, 12, 25, 40) if zh else (20, 45, 90, 160)
    for i, e in enumerate(edges):
        if n < e:
            return f"len{i}"
    return f"len{len(edges)}"


class RuleSpans:
    """Spans the stance rules proposed (with or without a holder), indexed for overlap tests."""

    def __init__(self, spans: Sequence[tuple[Span, bool]]):
        self.spans = sorted(spans)

    def covers(self, c: Span) -> tuple[bool, bool]:
        """(a rule unit covers half of ``c``, that unit has a holder)."""
        best, holder = 0, False
        for s, h in self.spans:  # few per article: a scan is cheaper than an index
            if s.start >= c.end:
                break
            inter = min(s.end, c.end) - max(s.start, c.start)
            if inter > best:
                best, holder = inter, h
        return best * 2 >= c.end - c.start, holder


def clause_features(doc: Document, clauses: Sequence[Clause], k: int, words: WordClasses, lex: Lexicon,
                    figures: Figures, rules: RuleSpans) -> dict[str, float]:
    """The features of ``clauses[k]``."""
    c = clauses[k]
    text, folded = doc.text, doc.folded or doc.text
    s, e = c.span
    f: dict[str, float] = {"bias": 1.0}
    who = "q" if c.quote is not None else "o"
    hits = []
    for key in CLASSES:
        if words.contains(key, folded, s, e):
            hits.append(key)
            f["w:" + key] = 1.0
        if words.starts(key, folded, s, e):
            f["s:" + key] = 1.0
    for key in CLAIM_LISTS:
        if lex.contains(key, folded, s, e):
            hits.append(key)
            f["c:" + key] = 1.0
    for key in hits:
        if key in CROSSED:
            f[f"{who}:{key}"] = 1.0
    n_words = len(hits)
    f[f"{who}:n{min(n_words, 4)}"] = 1.0
    q = c.quote
    if q is not None:
        f["quote"] = 1.0
        f["q:" + q.kind] = 1.0
        if q.speaker:
            f["q:speaker"] = 1.0
        cue = (q.cue or "").lower()
        if cue and lex.has("stance", cue):
            f["q:cue_stance"] = 1.0
        elif cue:
            f["q:cue_other"] = 1.0
    elif c.holder is not None:
        f["inline"] = 1.0
    else:
        f["own"] = 1.0
    took, holder = rules.covers(c.span)
    if took:
        f["rule"] = 1.0
        f["rule:" + ("held" if holder else "own")] = 1.0
    if figures.inside(c.span):
        f["figure"] = 1.0
    digits = len(_DIGIT.findall(text, s, e))
    if digits and digits * 6 >= e - s:
        f["digits"] = 1.0
    if _DATE.search(text, s, e):
        f["date"] = 1.0
    f[_length_bucket(e - s, doc.is_zh)] = 1.0
    if c.count == 1:
        f["pos:solo"] = 1.0
    elif c.index == 0:
        f["pos:first"] = 1.0
    elif c.index == c.count - 1:
        f["pos:last"] = 1.0
    if c.sent == 0:
        f["lead"] = 1.0
    after = text[e : e + 2]
    if any(ch in _QUESTION for ch in after) or text[e - 1 : e] in _QUESTION:
        f["question"] = 1.0
    if words.ends("report", folded, c.raw.start, c.raw.end) or lex.contains("stance", folded, max(s, e - 3), e):
        f["ends_cue"] = 1.0
    if k > 0 and clauses[k - 1].sent == c.sent:
        p = clauses[k - 1]
        if words.ends("report", folded, p.raw.start, p.raw.end) or lex.contains("stance", folded, max(p.span.start, p.span.end - 3), p.span.end):
            f["after_cue"] = 1.0
    for tag, j in (("p", k - 1), ("n", k + 1)):  # what the neighbouring clauses of the sentence say
        if 0 <= j < len(clauses) and clauses[j].sent == c.sent:
            o = clauses[j]
            for key in NEIGHBOUR:
                if words.contains(key, folded, o.span.start, o.span.end) or lex.contains(key, folded, o.span.start, o.span.end):
                    f[f"{tag}:{key}"] = 1.0
        else:
            f[tag + ":none"] = 1.0
    if NGRAMS:
        _ngrams(f, folded, s, e, doc.is_zh)
    return f


NEIGHBOUR = ("future", "modal", "evaluative", "causal", "condition", "event", "figure_words", "hedges", "markers",
             "report")


NGRAMS = True
_EN_WORD = re.compile(r"[a-z']+")


def _ngrams(f: dict[str, float], folded: str, s: int, e: int, zh: bool) -> None:
    """Character bigrams (Chinese) or lower-case words (English) of the clause."""
    if zh:
        t = folded[s:e]
        for i in range(len(t) - 1):
            g = t[i : i + 2]
            if g.isalnum() and not g.isascii():
                f["g:" + g] = 1.0
    else:
        for w in _EN_WORD.findall(folded[s:e].lower()):
            f["g:" + w] = 1.0


def join_features(doc: Document, a: Clause, b: Clause, pa: float, pb: float, words: WordClasses) -> dict[str, float]:
    """Features for "clause ``b`` completes the claim of clause ``a``" (adjacent clauses of one sentence)."""
    folded = doc.folded or doc.text
    f: dict[str, float] = {"bias": 1.0, "pa": pa, "pb": pb}
    for key in ("connective_open", "condition", "causal", "future", "modal", "negation"):
        if words.starts(key, folded, b.span.start, b.span.end):
            f["b_s:" + key] = 1.0
        if words.starts(key, folded, a.span.start, a.span.end):
            f["a_s:" + key] = 1.0
    if (a.quote is None) != (b.quote is None) or (a.quote is not None and a.quote is not b.quote):
        f["other_source"] = 1.0
    gap = doc.text[a.span.end : b.span.start]
    if any(ch in "；;。！？!?" for ch in gap):
        f["hard_gap"] = 1.0
    f["a_" + _length_bucket(a.span.end - a.span.start, doc.is_zh)] = 1.0
    f["b_" + _length_bucket(b.span.end - b.span.start, doc.is_zh)] = 1.0
    return f
