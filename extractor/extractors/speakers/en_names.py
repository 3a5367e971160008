"""English person names in their fullest form: a speaker given by surname or a shortened name ("Lladanosa",
"de Miranda", "Mr. Schumer") takes the one fuller form the article writes for it ("Cristina Gil Lladanosa",
"Luis de Miranda", "Charles E. Schumer"). The words before a name are read back one by one while they are
name words (capitalised words, initials, particles), never a title, an honorific, a sentence opener or a
possessive; two different fuller forms ("Hori Parata", "Ana Parata") leave the short one as it is."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from .en_people import is_given_name
from .lexicon import _en, lexicon
from .registry import EntityRec, Registry

# one word of a personal name: a capitalised word (accents, hyphens and apostrophes inside), or an initial
_NAME_WORD = re.compile(r"(?:[A-Z]\.|[A-ZÀ-Þ][^\W\d_]*(?:(?:-[A-ZÀ-Þ]|['’][A-Za-zÀ-ÿ])[^\W\d_]*)*)$")
# lower-case particles inside a name: "Luis de Miranda", "Erik van Sebille"
_PARTICLES = frozenset("de del della der den van von du da di la le bin ibn al".split())
# capitalised words that open sentences or clauses, or go with a name without being part of it
_NOT_NAME = frozenset("the a an this that these those his her its their our my i we you he she they it "
                      "mr mrs ms miss dr prof sen rep gov gen lt col sgt capt sir lady lord enter meet "
                      "january february march april may june july august september october november december "
                      "monday tuesday wednesday thursday friday saturday sunday "
                      "but and or so as at in on for with by from if when while after before then still also yet "
                      "now later even only instead meanwhile however indeed separately today yesterday here there "
                      "asked said says told according democrat democrats republican republicans democratic "
                      "gop conservative liberal former late acting interim".split())
# the place of a sentence's first word: the text start, a line start, or after a full stop
_SENT_OPEN = re.compile(r"(?:^|\n[ \t]*|[.!?][\"”’)]*[ \t]+)$")
_MAX_EXTRA = 3  # name words a fuller form may add before the short one
_MAX_SCAN = 200  # occurrences of the short form read per article: bounded for hostile input


@lru_cache(maxsize=1)
def _title_words() -> frozenset[str]:
    en = _en()
    words: set[str] = set()
    for r in en["roles"]:
        words.update(r.replace(".", "").split())
    descriptors = {w.lower() for w in lexicon("en").get("person_descriptors", [])}
    return frozenset(words | en["org_words"] | en["groups"] | en["lead"] | descriptors)


def _name_word(w: str) -> bool:
    low = w.lower().rstrip(".")
    return bool(_NAME_WORD.match(w)) and low not in _NOT_NAME and low not in _title_words() \
        and not re.search(r"['’]s?$", w)


def fuller_name(text: str, name: str) -> str | None:
    """The one fuller form of the person ``name`` that ``text`` writes (more name words before it), or
    None when there is none or two that disagree."""
    words = name.split()
    if not words or len(words) > 3 or not re.match(r"[A-Za-zÀ-ÿ]", name):
        return None
    found: set[str] = set()
    pat = re.compile(rf"(?<![\w\-'’]){re.escape(name)}(?![\w\-])")
    for n, m in enumerate(pat.finditer(text)):
        if n >= _MAX_SCAN:
            break
        if _title_case_line(text, m.start()):
            continue  # a headline capitalises every word: "Lee Slams Ann Ford" names nobody "Lee Slams Ann"
        before: list[str] = []
        pos = m.start()
        while len(before) < _MAX_EXTRA + 2:
            gap = re.search(r"(\S+)[ \t\u00a0]$", text[max(0, pos - 40):pos])
            if gap is None:
                break
            w = gap.group(1)
            first = (before or words)[0]
            if first[:1].isupper() and is_given_name(first) and not (is_given_name(w) or re.fullmatch(r"[A-Z]\.", w)):
                break  # the given name opens the name: "Investor Advocate | Rick Fleming"
            if (_name_word(w) and not _common_word(text, w)) or (w in _PARTICLES and before):
                before.insert(0, w)
                pos -= len(gap.group())
            else:
                break
        if before and not is_given_name(before[0]) and _SENT_OPEN.search(text, max(0, pos - 4), pos):
            before.pop(0)  # "Critic Ivo Brandt …" opening a sentence: a capitalised noun, not a name
        while before and before[0] in _PARTICLES:
            before.pop(0)  # a name opens with a capitalised word
        before = _from_given(before)
        if not before or len(before) > _MAX_EXTRA:
            continue
        found.add(" ".join(before + words))
    if not found:
        return None
    longest = max(found, key=lambda f: (len(f.split()), f))
    if all(longest.endswith(f) for f in found):
        return longest
    return None


def _from_given(words: list[str]) -> list[str]:
    """``words`` from the first given name on (an initial before it stays): "Veteran Wall Streeter Charlotte"
    -> "Charlotte", "C. Eugene" stays."""
    given = next((i for i, w in enumerate(words) if is_given_name(w)), None)
    if not given:
        return words
    return words[given - 1 if re.fullmatch(r"[A-Z]\.", words[given - 1]) else given:]


def clean_person_name(text: str, name: str) -> str:
    """A person speaker's name without the description written before it: "Morningstar's Karin Anderson" ->
    Karin Anderson, "Investor Advocate Rick Fleming" -> Rick Fleming (the name opens with its given name,
    and the article writes "investor" in lower case somewhere: a common word, not a name; "Te Kaurinui Robert
    Parata" stays whole)."""
    words = name.split()
    poss = max((i for i, w in enumerate(words[:-1]) if re.search(r"['’]s?$", w)), default=-1)
    words = words[poss + 1:]
    if len(words) >= 3:
        kept = _from_given(words[:-1]) + words[-1:]
        dropped = words[:len(words) - len(kept)]
        if dropped and any(_common_word(text, w) for w in dropped):
            words = kept
    while len(words) > 2 and not re.fullmatch(r"[A-Z]\.", words[0]) and _common_word(text, words[0]):
        words = words[1:]  # "Farmer Odell Brannigan": a capitalised description opening the sentence
    return " ".join(words) if words else name


def completed_name(text: str, name: str, end: int) -> str:
    """``name`` with the surname written right after it when the phrase stopped at a given name or an
    initial ("C. Eugene" + " Steuerle"); otherwise ``name`` unchanged."""
    words = name.split()
    if not words or len(words) > 2 or not (is_given_name(words[-1]) or re.fullmatch(r"[A-Z]\.", words[-1])):
        return name
    m = re.match(r"[ \t]+([A-Z][a-z][\w'’\-]+)(?=[\s,.;:!?]|$)", text[end:end + 40])
    if m is None or not _name_word(m.group(1)) or _common_word(text, m.group(1)):
        return name
    return f"{name} {m.group(1)}"


def _common_word(text: str, word: str) -> bool:
    low = word.lower().rstrip(".")
    return low in _title_words() or re.search(rf"(?<![\w.]){re.escape(low)}(?!\w)", text) is not None


def _title_case_line(text: str, pos: int) -> bool:
    """True when the line holding ``pos`` capitalises most of its longer words (a headline)."""
    lo = text.rfind("\n", 0, pos) + 1
    hi = text.find("\n", pos)
    words = [w for w in text[lo:hi if hi >= 0 else len(text)].split() if len(w) > 3]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) > 0.7 * len(words)


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, str]:
    return {k.lower(): v for k, v in lexicon("en").get("role_abbreviations", {}).items()}


def full_role(role: str | None) -> str | None:
    """A title written in full: "Gov." -> governor, "Lt. Gov." -> lieutenant governor (others unchanged)."""
    if not role:
        return role
    return _abbreviations().get(role.strip().lower(), role)


_DESCRIBED_REACH = 3000  # characters before the description searched for the person it was said of
_NEAR = 60  # a description and the name it describes stand this close ("Ann Lee, a Democrat from Ohio")


def described_person(reg: Registry, text: str, head: str, at: int) -> EntityRec | None:
    """The person an earlier sentence described with ``head`` ("the Republican" -> "Joan Pike, Republican of
    Ohio"; "the billionaire" -> "the billionaire Max Ude"): the person named nearest to the last earlier
    use of that word in the same sentence, outside quotations."""
    if len(head) < 3:
        return None
    pat = re.compile(rf"(?<![\w\-]){re.escape(head)}(?![\w\-])", re.I)
    found = [m.start() for m in pat.finditer(text, max(0, at - _DESCRIBED_REACH), at)]
    for i in reversed(found[-10:]):
        lo, hi = max(0, i - _NEAR), min(len(text), i + len(head) + _NEAR)
        sent_lo = max(text.rfind(". ", lo, i), text.rfind("\n", lo, i))
        sent_hi = min(x for x in (text.find(". ", i, hi), text.find("\n", i, hi), hi) if x >= 0)
        lo = sent_lo + 1 if sent_lo >= 0 else lo
        k = bisect.bisect_left(reg.mentions, (lo, -1))
        best: tuple[int, EntityRec] | None = None
        for pos, _seq, rec in reg.mentions[k:k + 20]:
            if pos >= sent_hi:
                break
            if rec.kind == "person" and (best is None or abs(pos - i) < best[0]):
                best = (abs(pos - i), rec)
        if best is not None:
            return best[1]
    return None
