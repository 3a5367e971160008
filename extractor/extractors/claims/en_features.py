"""English clause features for the claim judge, beside the shared ones of :mod:`.features`.

What marks an English assertion a reader could dispute, read from the word shapes rather than word lists:
the tense and mood (a modal or ``will`` vs plain past-tense narration), comparative and superlative forms
(``-er than``, ``most``, ``-est``), ``-ly`` adverbs, present-tense copulas (``is``/``are`` + a description),
first person, names and figures density (a list of names and numbers reports an event), and how the
clause is introduced: the reporting verb before it (its class: belief/forecast vs neutral
``said``/``told``), ``that``, ``according to``; timetabled and done events (``is set to``, ``is due to be
held``, ``signed``, ``announced``) and dated words (``on Tuesday``, ``next week``). All features are
binary; all regexes are linear.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ...data import load_json
from ...document import Document
from .candidates import Clause
from .lexicon import Lexicon
from .rules_en import _FIRST_PLAN, _PLAN, _PUNDITS

_WORD = re.compile(r"[A-Za-z][A-Za-z’'\-]*|\d[\d,.]*")
_MODAL = frozenset("will would could should may might must can cannot can't won't wouldn't couldn't shouldn't".split())
_COPULA = frozenset("is are isn't aren't isn’t aren’t remains remain seems seem appears appear".split())
_PAST_AUX = frozenset("was were had did".split())
_FIRST = frozenset("i we our us my me i'm we're we've i’m we’re we’ve".split())
_NEGATION = frozenset("not no never nothing neither nor n't isn't aren't don't doesn't didn't won't can't "
                      "isn’t aren’t don’t doesn’t didn’t won’t can’t".split())
_DEGREE = frozenset("very too so more most less least much far quite rather fairly highly extremely really".split())
_CONTRAST = frozenset("but however although though yet while whereas despite still".split())
_CAUSE = frozenset("because since thanks due so therefore thus as leading causing".split())
# how often a thing holds: a generalization ("typically charge", "rarely outperform") is an assessment
_FREQUENCY = frozenset("typically usually rarely often seldom always generally commonly normally tend tends tended "
                       "invariably frequently".split())
_BE = frozenset("is are was were isn't aren't wasn't weren't isn’t aren’t wasn’t weren’t remains remained seems "
                "seemed looks looked proved proves become becomes became".split())
_TIME = frozenset("monday tuesday wednesday thursday friday saturday sunday yesterday today tonight "
                  "january february march april june july august september october november december".split())
# a scheduled or planned event, reported as a fact: "is set to announce", "is due to be held", "plans to"
_SCHEDULE = re.compile(r"\b(?:(?:is|are|was|were)\s+(?:set|due|scheduled|slated|expected|poised)\s+to|(?:is|are|was|were)\s+to\s+be|"
                       r"plans?\s+to|planned\s+to|will\s+(?:hold|host|meet|visit|attend|travel|announce|sign|take\s+place)|"
                       r"(?:will|to)\s+be\s+held|takes?\s+place)\b", re.IGNORECASE)
# a done deed: "announced", "agreed to", "signed", "unveiled" (an event, not a view)
_DEED = re.compile(r"\b(?:announced|agreed\s+to|signed|unveiled|launched|appointed|approved|held|met\s+with|"
                   r"visited|arrived|released|published)\b", re.IGNORECASE)
_WHEN = re.compile(r"\b(?:(?:on|next|last|this|later\s+on|by)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
                   r"next\s+(?:week|month|year)|later\s+(?:on\s+)?(?:today|this\s+week|this\s+month|this\s+year)|"
                   r"tomorrow|tonight|yesterday|earlier\s+(?:this|on)|on\s+\d{1,2}\s+[A-Z]|on\s+[A-Z][a-z]+\s+\d{1,2}\b)",
                   re.IGNORECASE)
_INTRO = re.compile(r"(?:\b(?P<verb>[a-z]+)(?:\s+that)?|\baccording to\s[^,]{1,60})$")
REACH = 60  # characters before a clause read for the verb that introduces it


@lru_cache(maxsize=1)
def sentiment() -> tuple[frozenset[str], frozenset[str]]:
    """(positive, negative) evaluative words of ``data/claims_en_sentiment.json`` (from the VADER lexicon)."""
    raw = load_json("claims_en_sentiment.json")
    return frozenset(raw["positive"]), frozenset(raw["negative"])


@lru_cache(maxsize=1)
def evaluative_words() -> frozenset[str]:
    """The ``evaluative`` and ``comparative`` classes of ``data/claims_features_en.json`` (right, risky, better …)."""
    raw = load_json("claims_features_en.json")
    return frozenset(w.lower() for key in ("evaluative", "comparative") for w in raw[key])


def _shape(words: Sequence[str]) -> set[str]:
    low = [w.lower() for w in words]
    bag = set(low)
    pos, neg = sentiment()
    judging = evaluative_words()
    out = {name for name, vocab in _VOCABS if not bag.isdisjoint(vocab)}
    n_eval = len(bag & pos) + len(bag & neg)
    if not bag.isdisjoint(pos):
        out.add("en:pos")
    if not bag.isdisjoint(neg):
        out.add("en:neg_word")
    if n_eval >= 2:
        out.add("en:eval2")
    for i, w in enumerate(low[:-1]):  # "was right", "is too risky", "proved a costly mistake": be + judgement
        if w in _BE and any(x in pos or x in neg or x in _DEGREE or x in judging for x in low[i + 1 : i + 4]):
            out.add("en:be_judged")
            break
    digits = caps = 0
    for i, w in enumerate(words):
        shape = _word_shape(w)
        if shape:
            out.add(shape)
        if w[:1].isdigit():
            digits += 1
        elif i and w[:1].isupper():
            caps += 1
    n = len(words)
    if "than" in bag:
        out.add("en:compare")
    if n:
        if caps * 3 >= n:
            out.add("en:names")
        if digits * 5 >= n:
            out.add("en:figures")
        if digits == 0:
            out.add("en:no_figure")
    return out


@lru_cache(maxsize=65536)
def _word_shape(w: str) -> str:
    """The feature a word's ending gives: past participle, negation, superlative, adverb (or "")."""
    lw = w.lower()
    if lw.endswith("ed") and len(lw) > 4:
        return "en:past"
    if lw.endswith(("n't", "n’t")):
        return "en:neg"
    if lw.endswith("est") and len(lw) > 5:
        return "en:compare"
    if lw.endswith("ly") and len(lw) > 4:
        return "en:adverb"
    return ""


_VOCABS = (("en:modal", _MODAL), ("en:copula", _COPULA), ("en:past", _PAST_AUX), ("en:first", _FIRST),
           ("en:neg", _NEGATION), ("en:degree", _DEGREE), ("en:contrast", _CONTRAST), ("en:cause", _CAUSE),
           ("en:time", _TIME), ("en:frequency", _FREQUENCY))


def en_clause_features(doc: Document, clauses: Sequence[Clause], k: int, lex: Lexicon) -> dict[str, float]:
    """English features of ``clauses[k]`` (binary)."""
    c = clauses[k]
    text = doc.text
    words = _WORD.findall(text, c.span.start, c.span.end)
    f = dict.fromkeys(sorted(_shape(words)), 1.0)  # sorted: the same sum order in every process
    sent = doc.sentences[c.sent]
    before = text[max(sent.start, c.span.start - REACH) : c.span.start].lower().rstrip(" ,:“\"")
    m = _INTRO.search(before)
    if m is not None:
        verb = m.group("verb")
        if verb is None:
            f["en:according"] = 1.0
        elif lex.has("neutral", verb):
            f["en:intro_neutral"] = 1.0
        elif lex.has("stance", verb):
            f["en:intro_stance"] = 1.0
    if _PLAN.search(text, c.span.start, c.span.end):
        f["en:plan"] = 1.0  # "will invest / would hire": a reported plan, a fact once announced
    if _FIRST_PLAN.search(text, c.span.start, c.span.end):
        f["en:first_plan"] = 1.0
    if _SCHEDULE.search(text, c.span.start, c.span.end):
        f["en:schedule"] = 1.0  # "is set to announce", "is due to be held": a timetable, not a view
    if _DEED.search(text, c.span.start, c.span.end):
        f["en:deed"] = 1.0
    if _WHEN.search(text, c.span.start, c.span.end):
        f["en:when"] = 1.0  # "on Tuesday", "next week", "later today": dated events
    q = c.quote
    if q is not None:
        if q.speaker and _PUNDITS.search(q.speaker):
            f["en:pundit"] = 1.0  # analysts, economists: their reading of events is their trade
        cue = (q.cue or "").lower()
        kind = "stance" if lex.has("stance", cue) and not lex.has("neutral", cue) else "neutral" if cue else "none"
        f[f"en:{q.kind}_{kind}"] = 1.0
        if "en:first" in f:
            f["en:q_first"] = 1.0
        if "en:modal" in f or "en:copula" in f:
            f[f"en:{q.kind}_view"] = 1.0
    else:
        if "en:copula" in f and "en:past" not in f:
            f["en:own_present"] = 1.0
        if "en:past" in f and "en:modal" not in f and "en:copula" not in f:
            f["en:own_narration"] = 1.0
    if text[c.span.end : c.span.end + 2].strip()[:1] == "?" or text[c.span.end - 1 : c.span.end] == "?":
        f["en:question"] = 1.0
    return f
