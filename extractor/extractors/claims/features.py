"""Features of a clause for the claim judge: what the clause says and who says it.

Each clause becomes a sparse ``{name: value}`` dict: word classes of ``claims_features_*.json``
(modality, future, cause, condition, evaluation, comparison, negation, events, dates, reporting),
the claim lexicon of ``claims_*.json`` (hedges, assessment markers), who speaks (a quote and its
kind and cue, or the article's own voice) crossed with the word classes, figures and digits, length,
position in the sentence, a question mark, and whether the stance rules of :mod:`.rules_zh` /
:mod:`.rules_en` took the clause. The weights for them are learned (:mod:`.judge`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ...data import load_json
from ...document import Document, Span
from ...normalize.script import fold_to_traditional
from .candidates import Clause
from .lexicon import Lexicon, _alternation, lexicon
from .units import Figures

CLAIM_LISTS = ("hedges", "markers", "weak_markers", "own_markers", "stance", "neutral")
CROSSED = ("future", "modal", "recommend", "warning", "evaluative", "comparative", "causal", "event",
           "time", "figure_words", "hedges", "markers", "own_markers")
_DATE = re.compile(r"\d{1,4}\s*[年月日號时時]|\b(?:19|20)\d\d\b|(?:January|February|March|April|June|July|August|"
                   r"September|October|November|December)\b")
_DIGIT = re.compile(r"\d")
_QUESTION = frozenset("？?")
_FIRST_PERSON = re.compile(r"我們|我|咱們|\b(?:we|I|our)\b")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ASCII_ALIASES = frozenset("\u0131\u017f\u212a\u0130")  # ı ſ K İ: IGNORECASE relates them to i, s, k


class WordClasses:
    """Every word class (features file) and claim list (claims lexicon) in one longest-first alternation,
    so that a clause is scanned once: ``scan`` returns the classes found in it and those it opens with."""

    def __init__(self, lang: str, classes: dict[str, tuple[str, ...]]):
        self.lang = lang
        self.en = lang == "en"
        self.of: dict[str, tuple[str, ...]] = {}
        for key, ws in classes.items():
            for w in ws:
                w = w.lower() if self.en else w
                self.of[w] = (*self.of.get(w, ()), key)
        self.rx = _alternation(tuple(self.of), english=self.en)
        self.report = _alternation(classes.get("report", ()), english=self.en)
        # English: the same alternation matched case-sensitively on the lowercased text is several times
        # faster than IGNORECASE and finds the same matches wherever lowercasing touches ASCII letters only
        # (see ``_lowered``); it needs every non-ASCII character of the words to be caseless (£, €).
        caseless = all(ch.isascii() or ch.lower() == ch == ch.upper() for w in self.of for ch in w)
        self.plain = re.compile(self.rx.pattern) if self.en and caseless else None
        self._last: tuple[str | None, str | None] = (None, None)  # (text, its lowercase or None)

    def _lowered(self, folded: str) -> str | None:
        """``folded.lower()`` when matching it case-sensitively equals IGNORECASE matching of ``folded``:
        no non-ASCII character changes case or is a case alias of an ASCII letter (ı, ſ, K); else None.
        Memoized for the last text (scan is called once per clause of one document)."""
        last = self._last
        if last[0] is folded:
            return last[1]
        low: str | None = folded.lower()
        if not folded.isascii() and any(ch.lower() != ch or ch in _ASCII_ALIASES for ch in set(_NON_ASCII.findall(folded))):
            low = None
        self._last = (folded, low)
        return low

    def scan(self, folded: str, start: int, end: int) -> tuple[frozenset[str], frozenset[str]]:
        found: set[str] = set()
        opening: tuple[str, ...] = ()
        rx, lower = self.rx, self.en
        if self.plain is not None and (low := self._lowered(folded)) is not None:
            rx, lower, folded = self.plain, False, low
        for m in rx.finditer(folded, start, end):
            keys = self.of.get(m.group(0).lower() if lower else m.group(0), ())
            found.update(keys)
            if m.start() == start:
                opening = keys
        return frozenset(found), frozenset(opening)

    def ends_report(self, folded: str, start: int, end: int) -> bool:
        return any(m.end() == end for m in self.report.finditer(folded, max(start, end - 12), end))


@lru_cache(maxsize=4096)
def folded_cue(cue: str) -> str:
    """``fold_to_traditional`` of a quote's cue, memoized: a few cues (說, 表示, said) recur in every article
    and each conversion is a call into OpenCC."""
    return fold_to_traditional(cue)


@lru_cache(maxsize=2)
def word_classes(lang: str) -> WordClasses:
    name = "claims_features_en.json" if lang == "en" else "claims_features_zh.json"
    raw = load_json(name)
    classes = {k: tuple(v) for k, v in raw.items() if isinstance(v, list) and v}
    lex = lexicon(lang)
    classes.update({"c:" + k: lex.get(k) for k in CLAIM_LISTS if lex.get(k)})
    return WordClasses(lang, classes)


_EDGES = {True: (6, 12, 25, 40), False: (20, 45, 90, 160)}  # clause length buckets, Chinese / English


def _bucket_names(edges: tuple[int, ...]) -> tuple[str, ...]:
    return tuple(f"len{sum(n >= e for e in edges)}" for n in range(edges[-1]))


# the bucket name of every length below the last edge, read by index (three per clause and pair)
_BUCKETS = {zh: _bucket_names(edges) for zh, edges in _EDGES.items()}


def _length_bucket(n: int, zh: bool) -> str:
    table = _BUCKETS[zh]
    if n < len(table):
        return table[n] if n >= 0 else "len0"
    return f"len{len(_EDGES[zh])}"


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


@lru_cache(maxsize=4096)
def _word_names(who: str, found: frozenset[str], opening: frozenset[str]) -> tuple[str, ...]:
    """Feature names of the word classes of a clause (memoized: few distinct sets recur)."""
    out = []
    for key in sorted(found):
        out.append(key if key.startswith("c:") else "w:" + key)
        bare = key[2:] if key.startswith("c:") else key
        if bare in CROSSED:
            out.append(f"{who}:{bare}")
    out.extend("s:" + key for key in sorted(opening) if not key.startswith("c:"))
    out.append(f"{who}:n{min(len(found), 4)}")
    return tuple(out)


@lru_cache(maxsize=4096)
def _neighbour_names(tag: str, found: frozenset[str]) -> tuple[str, ...]:
    out = []
    for key in sorted(found):
        bare = key[2:] if key.startswith("c:") else key
        if bare in NEIGHBOUR:
            out.append(f"{tag}:{bare}")
    return tuple(out)


def cue_ends(doc: Document, clauses: Sequence[Clause], words: WordClasses, lex: Lexicon) -> list[bool]:
    """For each clause: does it end with a reporting or stance word (X表示 / he said)?"""
    folded = doc.folded or doc.text
    return [words.ends_report(folded, c.raw.start, c.raw.end)
            or lex.contains("stance", folded, max(c.span.start, c.span.end - 3), c.span.end) for c in clauses]


def clause_features(doc: Document, clauses: Sequence[Clause], k: int, scans: Sequence[tuple[frozenset[str], frozenset[str]]],
                    ends: Sequence[bool], lex: Lexicon, figures: Figures, rules: RuleSpans) -> dict[str, float]:
    """The features of ``clauses[k]``; ``scans[j]`` is ``WordClasses.scan`` of clause ``j``, ``ends[j]``
    whether it ends with a cue (:func:`cue_ends`)."""
    c = clauses[k]
    text = doc.text
    s, e = c.span
    who = "q" if c.quote is not None else "o"
    f: dict[str, float] = dict.fromkeys(_word_names(who, *scans[k]), 1.0)
    f["bias"] = 1.0
    q = c.quote
    if q is not None:
        f["quote"] = 1.0
        f["q:" + q.kind] = 1.0
        if q.speaker:
            f["q:speaker"] = 1.0
        if s <= q.span[0] + 1:
            f["q:opens"] = 1.0  # the first words of what is reported
        cue = folded_cue((q.cue or "").lower())  # 说 and 說 are the same cue (the lexicon is Traditional)
        if cue and lex.has("stance", cue):
            f["q:cue_stance"] = 1.0
        elif cue:
            f["q:cue_other"] = 1.0
    elif c.holder is not None:
        f["inline"] = 1.0
    elif c.source is not None:  # 根據IDC的報告，…: the source's statement, not the article's own voice
        f["source"] = 1.0
    else:
        f["own"] = 1.0
    if rules.spans:
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
    if text[e - 1 : e] in _QUESTION or any(ch in _QUESTION for ch in text[e : e + 2]):
        f["question"] = 1.0
    if _FIRST_PERSON.search(text, s, e):
        f[who + ":first_person"] = 1.0
    if ends[k]:
        f["ends_cue"] = 1.0
    if k > 0 and clauses[k - 1].sent == c.sent and ends[k - 1]:
        f["after_cue"] = 1.0
    for tag, j in (("p", k - 1), ("n", k + 1)):  # what the neighbouring clauses of the sentence say
        if 0 <= j < len(clauses) and clauses[j].sent == c.sent:
            for name in _neighbour_names(tag, scans[j][0]):
                f[name] = 1.0
        else:
            f[tag + ":none"] = 1.0
    return f


NEIGHBOUR = ("future", "modal", "evaluative", "causal", "condition", "event", "figure_words", "hedges", "markers",
             "report")


def join_features(doc: Document, a: Clause, b: Clause, pa: float, pb: float,
                  opens: tuple[frozenset[str], frozenset[str]]) -> dict[str, float]:
    """Features for "clause ``b`` completes the claim of clause ``a``" (adjacent clauses of one sentence);
    ``opens`` holds the word classes each of them opens with (``WordClasses.scan``)."""
    f: dict[str, float] = {"bias": 1.0, "pa": pa, "pb": pb}
    for tag, keys in (("a_s:", opens[0]), ("b_s:", opens[1])):
        for key in keys:
            if key in JOIN_OPENERS:
                f[tag + key] = 1.0
    if (a.quote is None) != (b.quote is None) or (a.quote is not None and a.quote is not b.quote):
        f["other_source"] = 1.0
    if _HARD_GAP.search(doc.text, a.span.end, b.span.start):
        f["hard_gap"] = 1.0
    f["a_" + _length_bucket(a.span.end - a.span.start, doc.is_zh)] = 1.0
    f["b_" + _length_bucket(b.span.end - b.span.start, doc.is_zh)] = 1.0
    return f


_HARD_GAP = re.compile("[；;。！？!?]")
JOIN_OPENERS = ("connective_open", "condition", "causal", "future", "modal", "negation")
