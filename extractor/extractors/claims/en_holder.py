"""Inline holders of English clauses: ``Edmunds expects …``, ``Industry experts fear …``, ``He believes …``.

A stance verb right after the subject of a clause makes the clause its subject's position, whether or
not the quotes stage reported it. :func:`inline_holders` gives such an own-voice clause a holder (the
subject) and a cue (the verb), so that the judge scores it as held (feature ``inline``) and the claim's
claimant is the subject; a pronoun is resolved later like any claimant. The subject is a short noun phrase
that opens the clause: a capitalised name, a pronoun, or words ending in a group noun (``trade experts``).
The verbs are the stance list of ``data/claims_en.json`` without its neutral reporting verbs (the quotes
stage reads those).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from ...data import load_json
from ...document import Span
from .candidates import Clause
from .lexicon import Lexicon

MAX_SUBJECT_WORDS = 6
_PRONOUNS = frozenset("he she they".split())  # (I / we in the article's own words are its own voice)
_NOT_SUBJECT = frozenset("is are was were be been has have had will would can could may might must should do does "
                         "did not no that which who if when while because as than although though since unless "
                         "once after before i we".split())
_LEAD = frozenset("but and so yet also still however meanwhile".split())


def _verbs(lex: Lexicon) -> re.Pattern[str]:
    return _verbs_of(lex.get("stance"), lex.get("neutral"))


@lru_cache(maxsize=2)
def _verbs_of(stance: tuple[str, ...], neutral_words: tuple[str, ...]) -> re.Pattern[str]:
    neutral = set(neutral_words) | {"say", "says", "said", "told", "added"}
    words = sorted((w for w in stance if w not in neutral), key=lambda w: (-len(w), w))
    return re.compile(r"\s(?:(?:also|still|now|largely|widely|generally)\s)?(" + "|".join(map(re.escape, words))
                      + r")\b")


def inline_holders(text: str, clauses: Sequence[Clause], lex: Lexicon) -> list[Clause]:
    verbs = _verbs(lex)
    groups = lex.set("groups")
    out = []
    for c in clauses:
        if c.quote is not None or c.holder is not None or c.source is not None:
            out.append(c)
            continue
        m = verbs.search(text, c.span.start, min(c.span.end, c.span.start + 80))
        who = _subject(text, c.span.start, m.start(), groups) if m else None
        out.append(replace(c, holder=who, cue=m.group(1)) if who is not None and m.end() < c.span.end - 8 else c)
    return out


@lru_cache(maxsize=1)
def _agents() -> frozenset[str]:
    """Nouns naming someone who can hold a view (``data/claims_en_holders.json``)."""
    return frozenset(load_json("claims_en_holders.json")["agents"])


def _subject(text: str, start: int, end: int, groups: frozenset[str]) -> Span | None:
    words = text[start:end].split()
    if words and words[0].lower() in _LEAD:
        start = text.index(words[0], start) + len(words[0])
        words = words[1:]
    if not words or len(words) > MAX_SUBJECT_WORDS or any(w.lower() in _NOT_SUBJECT or w.lower().endswith(("n't", "n’t"))
                                                          for w in words):
        return None
    if any(ch in ",;:“”\"()" for ch in text[start:end]):
        return None
    last = words[-1].lower().strip("’'")
    if not (words[0][:1].isupper() or last in _PRONOUNS) and last not in groups:
        return None
    if len(words) == 1 and last not in _PRONOUNS and last not in groups and not words[0][:1].isupper():
        return None
    if len(words) > 1 and last not in groups and last not in _agents() and not any(w[:1].isupper() for w in words[1:]):
        return None  # "The main feature suggests", "More prudent measures estimate": a thing, not a holder
    s = start + len(text[start:end]) - len(text[start:end].lstrip())
    return Span(s, end)
