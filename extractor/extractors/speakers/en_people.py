"""English people an article names without a title ("skipper Wade Bassi", "Fiona Parry issued a plea"),
their gender from a given name or honorific, their later surname mentions outside quotations, and the
salience rule that resolves he/she: the subject of the nearest sentence naming a compatible person, then
the last compatible speaker, then the last person named."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache

from ...document import Span
from .lexicon import _en, _load, lexicon
from .registry import EntityRec, Registry

# a given name, an optional initial, then one or two capitalised words on the same line, an optional generational
# suffix ("C. Eugene Steuerle" is caught from its second word; "Wade Bassi", "Mary Jo White", "Joe Manchin III")
_NAME = re.compile(r"(?<![\w.’'\-])(?P<first>[A-Z][a-z]+)(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][a-z][A-Za-z'’\-]*){1,2}"
                   r"(?:,?[ \t]+(?:Jr\.|Sr\.|III|II|IV)(?!\w))?(?![\w'’\-]|[ \t]+[A-Z][a-z])")

# what follows a person's name in apposition: ", a fisherman", ", who", ", 43,"
_APPOS = re.compile(r",\s+(?:a|an|the|who|whose|his|her|\d{1,3}\b)", re.I)

_HONORIFIC_GENDER = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "lady": "f"}

_NOT_NAME = frozenset("the a an this that these those his her its their our my mr mrs ms dr prof sen rep gov "
                      "january february march april may june july august september october november december "
                      "monday tuesday wednesday thursday friday saturday sunday new north south east west "
                      "northern southern eastern western central united great royal said says told "
                      "if when while after before but and or so as at in on for with by from".split())

_MAX_PEOPLE = 300  # names registered per article: bounded for hostile input


@lru_cache(maxsize=1)
def _first_names() -> dict[str, str]:
    lx = lexicon("en")
    out = {w: "m" for w in lx.get("first_names_male", [])}
    out.update({w: "f" for w in lx.get("first_names_female", [])})
    return out


@lru_cache(maxsize=1)
def _descriptors() -> frozenset[str]:
    return frozenset(lexicon("en").get("person_descriptors", []))


def full_name_with_first(text: str, first: str) -> str | None:
    """The one "First Surname" the article writes for a given name used alone ("her mother, Fiona" ->
    Fiona Parry, named later); None when there is none or several."""
    found = {m.group() for m in re.finditer(rf"(?<![\w\-]){re.escape(first)}\s+[A-Z][a-z][A-Za-z'’\-]+(?![\w\-])", text)}
    en = _en()
    found = {f for f in found if f.split()[-1].lower() not in en["org_words"] | _NOT_NAME}
    return next(iter(found)) if len(found) == 1 else None


@lru_cache(maxsize=1)
def _given_names() -> dict[str, str]:
    """Census given names (extractor/data/given_names_en.json) -> "m" / "f" / "?" (either), the curated
    lexicon's genders winning."""
    data = _load("given_names_en.json")
    out = {w.lower(): "?" for w in data["either"]}
    out.update({w.lower(): "m" for w in data["male"]})
    out.update({w.lower(): "f" for w in data["female"]})
    out.update(_first_names())
    return out


def is_given_name(word: str) -> bool:
    """True when ``word`` is a common English given name ("Charlotte", "Rick")."""
    return word.lower() in _given_names()


def gender_of_name(name: str) -> str | None:
    """"m" / "f" from the given name ("Fiona Parry" -> f), None when the name tells nothing."""
    first = name.split()[0].lower() if name.split() else ""
    return _first_names().get(first)


def census_gender(name: str) -> str | None:
    """"m" / "f" from the census given-name lists for a name already known to be a person's ("Fran Finney"
    -> f); never a test of person-hood (Israel, Georgia are given names there too)."""
    first = name.split()[0].lower() if name.split() else ""
    g = _given_names().get(first)
    return g if g in ("m", "f") else None


_CLOSE_MARK = re.compile(r"[”\"]")


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """(open, close) of every double-quoted stretch within a paragraph, in order (names inside them are
    not mentions). Linear: each search stops at the end of the paragraph of its opening mark."""
    out: list[tuple[int, int]] = []
    i = 0
    for m in re.finditer(r"[“\"]", text):
        if m.start() < i:
            continue
        para_end = text.find("\n", m.end())
        close = _CLOSE_MARK.search(text, m.end(), len(text) if para_end < 0 else para_end)
        if close is None:
            i = len(text) if para_end < 0 else para_end  # an unclosed mark: nothing quoted in the rest of it
            continue
        out.append((m.start(), close.end()))
        i = close.end()
    return out


def _inside(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def sweep_en_people(reg: Registry, text: str) -> None:
    """Register the people ``text`` names (given name known, or a name in apposition or after a
    lower-case description), give every person a gender where the given name tells it, and record
    each later full-name or unambiguous surname mention outside quotations."""
    en = _en()
    skip = en["org_words"] | en["roles"] | _NOT_NAME | en["groups"]
    quoted = quoted_spans(text)
    qstarts = [s for s, _ in quoted]
    added = 0
    honored = {re.sub(r"['’]s?$", "", m.group("sur"))
               for _, m in zip(range(500), _HONORIFIC_SURNAME.finditer(text), strict=False)}  # "Ms. Lee" calls a person
    for m in _names(text, skip):
        if added >= _MAX_PEOPLE:
            break
        name = m.group()
        if _inside(quoted, qstarts, m.start()):
            continue
        first = m.group("first").lower()
        before = text[max(0, m.start() - 25):m.start()]
        prev_word = re.search(r"([a-z][a-z\-]+)[,]?\s+$", before)
        described = prev_word is not None and (prev_word.group(1) in _descriptors() or prev_word.group(1) in en["roles"])
        surname = [w for w in name.split() if not re.fullmatch(r"(?:Jr|Sr|II|III|IV)\.?,?", w)][-1]
        if first not in _first_names() and not _APPOS.match(text, m.end()) and not described \
                and surname not in honored:  # "Ilse Marhofer … Ms. Marhofer": the honorific tells a person
            continue
        if reg.lookup(name, kinds=("org", "group")) is not None:
            continue
        reg.add(name, "person", Span(m.start(), m.end()))
        added += 1
    people = [r for r in reg.recs if r.kind == "person" and re.match(r"[A-Z]", r.name)]
    for rec in people:
        rec.gender = rec.gender or gender_of_name(rec.name) or census_gender(rec.name)
    _honorific_genders(reg, text, people)
    _surname_mentions(reg, text, people, quoted, qstarts)


def _names(text: str, skip: set[str]) -> list[re.Match[str]]:
    """The capitalised runs that may be a person's name, none of whose words is a title, organisation or
    function word; a run opening with such a word is tried again from its next word ("Senator Charles E.
    Schumer" -> "Charles E. Schumer"), so a title never hides the name after it."""
    out: list[re.Match[str]] = []
    pos = 0
    while len(out) < 4 * _MAX_PEOPLE:
        m = _NAME.search(text, pos)
        if m is None:
            break
        words = [w.strip(".,").lower() for w in m.group().split()]
        if any(w in skip for w in words):
            nxt = re.search(r"\s+", text[m.start():m.end()])
            pos = m.start() + (nxt.end() if nxt else len(m.group()))  # from the run's next word
            continue
        out.append(m)
        pos = m.end()
    return out


_HONORIFIC_SURNAME = re.compile(r"\b(?P<hon>Mr|Mrs|Ms|Miss)\.?\s+(?P<sur>[A-Z][\w'’\-]+)")


def _honorific_genders(reg: Registry, text: str, people: list[EntityRec]) -> None:
    """A person the article calls "Ms. Halvorsen" anywhere is a woman, "Mr. Okoro" a man (when the given
    name told nothing): he/she then skips the person of the other sex."""
    by_surname: dict[str, list[EntityRec]] = {}
    for rec in people:
        parts = [w for w in rec.name.split() if not re.fullmatch(r"(?:Jr|Sr|II|III|IV)\.?", w)]
        if len(parts) >= 2:
            by_surname.setdefault(parts[-1], []).append(rec)
    seen: dict[str, set[str]] = {}
    for n, m in enumerate(_HONORIFIC_SURNAME.finditer(text)):
        if n >= 500:
            break
        sur = re.sub(r"['’]s?$", "", m.group("sur"))
        seen.setdefault(sur, set()).add(_HONORIFIC_GENDER[m.group("hon").lower()])
    for sur, genders in seen.items():
        recs = by_surname.get(sur, [])
        if len(recs) == 1 and len(genders) == 1 and recs[0].gender in (None, "?"):
            recs[0].gender = next(iter(genders))


def _surname_mentions(reg: Registry, text: str, people: list[EntityRec], quoted: list[tuple[int, int]],
                      qstarts: list[int]) -> None:
    """Later mentions by surname ("Bassi keeps an eye on …"), unless two people share it."""
    by_surname: dict[str, list[EntityRec]] = {}
    for rec in people:
        parts = rec.name.split()
        if len(parts) >= 2:
            by_surname.setdefault(parts[-1], []).append(rec)
    for surname, recs in by_surname.items():
        if len(recs) != 1 or len(surname) < 3:
            continue  # an ambiguous bare surname is not expanded
        rec = recs[0]
        for n, m in enumerate(re.finditer(rf"(?<![\w\-]){re.escape(surname)}(?![\w\-])", text)):
            if n >= 200:
                break
            if not _inside(quoted, qstarts, m.start()):
                reg.mention(rec, Span(m.start(), m.end()))


# a sentence end: not the full stop of a title or an initial ("Mr. Lee", "Gov. Ann Ford", "John F. Kelly")
_SENT_END = re.compile(r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)(?<!\bGov)(?<!\bSen)(?<!\bRep)(?<!\bGen)"
                       r"(?<!\bProf)(?<!\b[A-Z])[.!?][”\"’)]*\s+(?=[“\"‘(]?[A-Z])|\n+")


def salient_org(reg: Registry, text: str, at: int) -> EntityRec | None:
    """The firm "the company" at ``at`` most likely means: the first firm (not a public body or institution)
    named in the nearest sentence before it (back to the start of the previous paragraph), else the last."""
    def firm(rec: EntityRec) -> bool:
        return rec.kind == "org" and rec.name.split()[-1].lower().strip(".") not in _INSTITUTION

    rec = _salient(reg, text, at, firm)
    if rec is not None:
        return rec
    k = bisect.bisect_left(reg.mentions, (at, -1))
    return next((r for _p, _s, r in reversed(reg.mentions[max(0, k - 400):k]) if firm(r)), None)


# the last word of a public body or institution's name: never what "the company" means
_INSTITUTION = frozenset("council commission committee agency ministry department university institute court "
                         "government police union association federation foundation school hospital party board "
                         "office administration authority army navy league club center centre bureau service "
                         "services reserve senate congress parliament assembly".split())


def salient_any_org(reg: Registry, text: str, at: int) -> EntityRec | None:
    """The organisation "it said" at ``at`` most likely means: the first organisation named in the nearest
    sentence before it, back to the start of the previous paragraph (None beyond that: "it" is too vague)."""
    return _salient(reg, text, at, lambda rec: rec.kind == "org")


def _salient(reg: Registry, text: str, at: int, ok: Callable[[EntityRec], bool],
             same_subject: re.Pattern[str] | None = None) -> EntityRec | None:
    para = text.rfind("\n", 0, at)
    prev = text.rfind("\n", 0, max(0, para - 1)) if para > 0 else -1
    while prev > 0 and not text[prev + 1:para].strip():  # blank lines between paragraphs
        prev = text.rfind("\n", 0, prev)
    lo = max(0, prev + 1, at - 1500)
    k_lo = bisect.bisect_left(reg.mentions, (lo, -1))
    k_hi = bisect.bisect_left(reg.mentions, (at, -1))
    cands = [(pos, rec) for pos, _seq, rec in reg.mentions[k_lo:k_hi] if ok(rec)]
    if cands:
        bounds = [lo] + [m.end() for m in _SENT_END.finditer(text, lo, at)]
        for i in range(len(bounds) - 1, -1, -1):  # the nearest sentence holding a candidate; its first-named one
            b = bounds[i]
            if same_subject is not None and same_subject.match(text, b):
                # "He praised Mr. Kroll's team. “…,” he said": a sentence whose subject is the same pronoun
                # speaks of someone else; its subject is the person named before it
                cands = [(pos, rec) for pos, rec in cands if pos < b]
                continue
            here = [rec for pos, rec in cands if pos >= b]
            if here:
                return here[0]
    return None


# a sentence opening with he / she as its subject (after an optional opening mark or conjunction)
_PRONOUN_SUBJECT = {g: re.compile(rf"\s*[“\"‘(]?\s*(?:(?:But|And|Then|Later|Still)\s+)?{p}\b(?!['’]s)")
                    for g, p in (("m", "(?:He|he)"), ("f", "(?:She|she)"))}


def salient_person(reg: Registry, text: str, at: int, gender: str | None) -> EntityRec | None:
    """The person a he/she at ``at`` most likely means: the first compatible person named in the nearest
    sentence before it (this sentence, then back to the start of the previous paragraph; a subject is
    named first), else the last compatible speaker, else the last person of compatible gender named."""
    rec = _salient(reg, text, at, lambda r: r.kind == "person" and _compatible(r, gender),
                   _PRONOUN_SUBJECT.get(gender or ""))
    if rec is not None:
        return rec
    spoke = reg.last_speaker(at, gender)
    if spoke is not None and _compatible(spoke, gender):
        return spoke
    k = bisect.bisect_left(reg.mentions, (at, -1))
    for _pos, _seq, rec in reversed(reg.mentions[max(0, k - 400):k]):
        if rec.kind == "person" and _compatible(rec, gender):
            return rec
    return None


def _compatible(rec: EntityRec, gender: str | None) -> bool:
    return gender is None or rec.gender in (None, "?", gender)
