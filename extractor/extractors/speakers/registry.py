"""The per-article name registry (persons, organisations, groups with aliases and mention spans) and
the ``Speaker`` a parsed phrase yields."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ...document import Document, Span
from ...model import Entity
from .lexicon import _HAN, _zh


@dataclass
class EntityRec:
    """A mutable registry record; frozen into ``model.Entity`` by ``Registry.entities``."""

    name: str
    kind: str  # person | org | group
    aliases: set[str] = field(default_factory=set)
    spans: list[Span] = field(default_factory=list)
    role: str | None = None
    org: str | None = None
    en: str | None = None
    id: str | None = None
    gender: str | None = None  # "f" / "m" once a pronoun or honorific has told us

    def first(self) -> int:
        return min((s.start for s in self.spans), default=1 << 60)


@dataclass
class Speaker:
    """A parsed speaker phrase: the source name and what the phrase said about it."""

    name: str
    kind: str  # person | persons | org | group | pronoun | anaphor | role
    span: Span  # the words naming the source at this mention (name part when a role precedes it)
    role: str | None = None
    org: str | None = None
    ent: EntityRec | None = None
    text: str = ""  # the whole phrase as written
    head: str | None = None  # head noun of an anaphor ("commission" in "the utilities commission")
    gender: str | None = None  # from an honorific (Mr./Ms.)


_KEY_DROP = re.compile(r"[\s.'’·‧•\-]")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]+")
_ACRONYM = re.compile(r"[A-Z][A-Z&.]{1,8}")


@lru_cache(maxsize=4096)
def _key(s: str) -> str:  # memoized: a registry asks the same few names tens of times per article
    return _KEY_DROP.sub("", s).casefold()


_CORP_SUFFIX = re.compile(r"\s+(?:Co|Inc|Corp|Ltd|LLC|PLC|plc|Co\.,? Ltd)\.?$")


def _initials(name: str) -> str:
    """Initials of the capitalised words, corporate suffix dropped: Pacific Gas & Electric Co. -> PGE."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][A-Za-z]*", _CORP_SUFFIX.sub("", name)) if w[0].isupper())


_LOOKBACK = 400


_PRONOUN_GENDER = {"她": "f", "she": "f", "他": "m", "he": "m"}


# first words of organisation names that are not a short name by themselves
_ORG_FIRST_NOT_ALIAS = frozenset("the national american united new first general federal royal international "
                                 "central state european asian global world bank office department ministry "
                                 "council committee commission institute university association".split())


def _gender_of(rec: EntityRec) -> str:
    """"f" or "m": from an honorific when one was seen, else a prior from a Chinese given name."""
    if rec.gender:
        return rec.gender
    name = re.sub(r"[（(].*$", "", rec.name)
    given = name[1:]
    if re.search(f"[{_HAN}]", given) and any(c in _zh()["female"] for c in given):
        return "f"
    if name[:1] not in _zh()["surnames"] and name[:2] not in _zh()["compound"]:
        return "?"  # a transliterated name (海理, 蕭特) tells nothing of gender
    return "m" if re.search(f"[{_HAN}]", given) else "?"


class Registry:
    """The names an article gives, with aliases and every mention span, in text order."""

    def __init__(self) -> None:
        self.recs: list[EntityRec] = []
        self._alias: dict[str, EntityRec] = {}
        self._short_org: set[str] = set()  # aliases that are only an organisation's first word (Arcadia)
        self.mentions: list[tuple[int, int, EntityRec]] = []  # (position, sequence, record), kept sorted
        self._seen: set[tuple[int, int, int]] = set()
        self.text = ""  # the article text (set by ``prescan``), for surname -> full name look-ups
        self.spoke: list[tuple[int, EntityRec]] = []  # (position, person) of each named attribution, in order
        # Latin person aliases by their key's last three letters, and each record's place in ``recs``: the
        # run-together-name look-up reads only the records that can match (linear on long input)
        self._latin_tail: dict[str, dict[int, EntityRec]] = {}
        self._order: dict[int, int] = {}

    def mention(self, rec: EntityRec, span: Span) -> None:
        """Record that ``rec`` is mentioned at ``span`` (once per span)."""
        key = (id(rec), span.start, span.end)
        if key in self._seen:
            return
        self._seen.add(key)
        rec.spans.append(span)
        # mentions arrive mostly in text order, so this insert is nearly always an append
        bisect.insort(self.mentions, (span.start, len(self._seen), rec))

    # -- building ---------------------------------------------------------------------------
    def add(self, name: str, kind: str, span: Span | None, role: str | None = None, org: str | None = None,
            en: str | None = None) -> EntityRec:
        """Register a mention; an existing record with a matching alias is extended (fuller name wins)."""
        rec = self.lookup(name, kinds=(kind,)) or (self.lookup(en, kinds=(kind,)) if en else None)
        if rec is None:
            rec = EntityRec(name=name, kind=kind)
            self._order[id(rec)] = len(self.recs)
            self.recs.append(rec)
        elif len(_key(name)) > len(_key(rec.name)) and kind == rec.kind and not (rec.en and not en):
            rec.aliases.add(rec.name)
            rec.name = name
        rec.role = rec.role or role
        rec.org = rec.org or org
        rec.en = rec.en or en
        for alias in self._aliases_of(name, kind) | (self._aliases_of(en, kind) if en else set()):
            rec.aliases.add(alias)
            k = _key(alias)
            held = self._alias.get(k)
            if held is None or (kind == "person" and held.kind == "org" and k in self._short_org):
                # a person's surname wins over an organisation's short first word: "said Yearout" after
                # Kevin Yearout and Yearout Mechanical Inc. is the person
                self._alias[k] = rec
                self._short_org.discard(k)
                if kind == "org" and k != _key(name) and k == _key(alias.split()[0]) and " " not in alias:
                    self._short_org.add(k)
        self._alias[_key(name)] = rec
        if kind == "person":
            for a in rec.aliases | {rec.name}:
                ka = _key(a)
                if len(ka) >= 3 and re.match(r"[A-Za-z]", a):
                    self._latin_tail.setdefault(ka[-3:], {})[id(rec)] = rec
        if span is not None:
            self.mention(rec, span)
        return rec

    def add_alias(self, rec: EntityRec, alias: str) -> None:
        """Let ``alias`` name ``rec`` (an abbreviation the article defines: 國際合作發展基金會（國合會）)."""
        rec.aliases.add(alias)
        self._alias.setdefault(_key(alias), rec)

    @staticmethod
    def _aliases_of(name: str, kind: str) -> set[str]:
        out = {name}
        base = re.sub(r"[（(][^）)]*[）)]$", "", name).strip()
        out.add(base)
        words = base.split()
        if kind == "person" and len(words) >= 3 and re.fullmatch(r"(?:Jr|Sr|II|III|IV)\.?", words[-1]):
            words = words[:-1]  # "Joe Manchin III" is later "Manchin", never "III"
            out.add(" ".join(words))
        if kind == "person" and len(words) >= 2:
            out.add(words[-1])  # surname-only later mentions: "Tusk"
            if re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[-1]):
                out.add(words[0])  # a romanised Chinese name puts the surname first: Lin Wen-hao -> Lin
        if kind == "org" and len(words) >= 3 and re.fullmatch(r"[A-Z][a-z]{3,}", words[0]) \
                and words[0].lower() not in _ORG_FIRST_NOT_ALIAS and words[1][:1].isupper():
            out.add(words[0])  # "Arcadia Micro Devices" is later just "Arcadia"
        return {a for a in out if a}

    # -- lookup -----------------------------------------------------------------------------
    def is_short_org_alias(self, surface: str) -> bool:
        """``surface`` names an organisation only as its first word ("Yearout" of Yearout Mechanical Inc.):
        a person with that surname named earlier ("Kevin Yearout") is the likelier speaker."""
        return _key(surface) in self._short_org

    def lookup(self, surface: str | None, kinds: tuple[str, ...] = ("person", "org", "group")) -> EntityRec | None:
        """The record a surface form names: exact alias, a Latin surname, or an acronym of an org."""
        if not surface:
            return None
        k = _key(surface)
        if not k:
            return None
        rec = self._alias.get(k)
        if rec is not None and rec.kind in kinds:
            return rec
        if "person" in kinds and _LATIN_WORD.fullmatch(surface):
            # A run-together Latin name ("LisaShalett") ends with the surname used later ("Shalett").
            cands = sorted(self._latin_tail.get(k[-3:], {}).values(), key=lambda r: self._order.get(id(r), 0))
            for r in cands:
                if r.kind == "person" and len(k) >= 3 and any(_key(a).endswith(k) and _key(a) != k
                                                              for a in r.aliases if re.match(r"[A-Za-z]", a)):
                    return r
        if "org" in kinds and _ACRONYM.fullmatch(surface):
            letters = re.sub(r"[^A-Z]", "", surface)
            for r in self.recs:
                if r.kind == "org" and len(letters) >= 2 and _initials(r.name) == letters:
                    return r
        return None

    def last(self, before: int, kinds: tuple[str, ...], role: str | None = None,
             surname: str | None = None, name_has: str | None = None, gender: str | None = None,
             name_ends: tuple[str, ...] = ()) -> EntityRec | None:
        """The record mentioned last before ``before`` (pronoun / anaphor / role-noun resolution)."""
        k = bisect.bisect_left(self.mentions, (before, -1))
        # walk back from the latest mention; antecedents further than a few hundred mentions are noise
        for _pos, _seq, rec in reversed(self.mentions[max(0, k - _LOOKBACK):k]):
            if rec.kind not in kinds:
                continue
            if role and not (rec.role and role.casefold() in rec.role.casefold()):
                continue
            if surname and not rec.name.startswith(surname):
                continue
            if name_has and name_has.casefold() not in rec.name.casefold():
                continue
            if gender and _gender_of(rec) != gender:
                continue
            if name_ends and not re.sub(r"[（(].*$", "", rec.name).endswith(name_ends):
                continue
            return rec
        return None

    def last_speaker(self, before: int, gender: str | None = None) -> EntityRec | None:
        """The person who spoke last before ``before`` (a named attribution), of compatible gender."""
        for pos, rec in reversed(self.spoke):
            if pos >= before:
                continue
            if gender and _gender_of(rec) not in (gender, "?"):
                continue
            return rec
        return None

    def entities(self) -> list[Entity]:
        """Frozen ``Entity`` items, ids e1, e2 ... in order of first mention (deterministic)."""
        out = []
        recs = sorted((r for r in self.recs if r.spans), key=lambda r: (r.first(), r.name))
        for i, rec in enumerate(recs, 1):
            rec.id = f"e{i}"
            aliases = sorted(a for a in rec.aliases if a != rec.name)
            spans = sorted({(s.start, s.end) for s in rec.spans})
            out.append(Entity(id=rec.id, name=rec.name, kind=rec.kind, aliases=aliases, spans=spans,  # type: ignore[arg-type]
                              role=rec.role, org=rec.org, en=rec.en))
        return out


def registry_from_entities(doc: Document) -> Registry:
    """Rebuild a registry from stored ``Entity`` annotations (ids preserved)."""
    reg = Registry()
    for e in doc.get("entities"):
        rec = EntityRec(name=e.name, kind=e.kind, aliases=set(e.aliases) | {e.name},
                        spans=[Span(*s) for s in e.spans], role=e.role, org=e.org, en=e.en, id=e.id)
        reg._order[id(rec)] = len(reg.recs)
        reg.recs.append(rec)
        for a in rec.aliases:
            reg._alias.setdefault(_key(a), rec)
            if rec.kind == "person" and len(_key(a)) >= 3 and re.match(r"[A-Za-z]", a):
                reg._latin_tail.setdefault(_key(a)[-3:], {})[id(rec)] = rec
        spans, rec.spans = rec.spans, []
        for s in spans:
            reg.mention(rec, s)
    return reg
