"""Speaker resolution: which person, organisation or group a mention names.

Public API (the claims extractor uses it too):

- ``resolve_speaker(doc, span) -> (name, entity_id)``: the canonical name of the source named by
  ``doc.text[span]`` ("Tusk" -> "Bradley Tusk", "國發會經濟發展處處長吳明蕙" -> "吳明蕙", "他" -> the last
  person, "分析師" -> "分析師") and the id of its entity in ``doc.get("entities")`` (None for groups or
  when nothing is known). ``(None, None)`` when the words name no source.
- ``Registry``: the per-document name registry (persons, organisations, groups) with aliases and spans;
  ``Registry.entities()`` gives the ``model.Entity`` list the quotes stage stores under "entities".
- ``parse_speaker(reg, text, folded, base, lang)``: analyse a speaker phrase into a ``Speaker``.

The canonical name is "the fullest name the article gives": a later surname-only mention resolves to the
earlier full name, a Chinese name glossed in English keeps its gloss (沃克（Kent Walker）), groups keep
their own words (許多經濟學家, people familiar with the talks).
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from ..document import Document, Span
from ..model import Entity

_HAN = "\u3400-\u4dbf\u4e00-\u9fff〇"


@lru_cache(maxsize=2)
def lexicon(lang: str) -> dict[str, Any]:
    """The cue lexicon for ``"zh"`` or ``"en"`` (extractor/data/cues_<lang>.json)."""
    raw = resources.files("extractor.data").joinpath(f"cues_{lang}.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(raw)
    return data


def alternation(words: list[str] | set[str]) -> str:
    """A regex alternation, longest first so 副總裁 wins over 總裁."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _zh() -> dict[str, Any]:
    lx = lexicon("zh")
    trail_time = (r"(?:[0-9一二三四五六七八九十廿卅]{1,3}日|[昨今前明本]?[（(][0-9]{1,2}[）)]日|[0-9]{1,2}月[0-9]{1,2}日"
                  r"|[在於][^，。、]{1,12}(?:上|中|時|後)|[0-9]{1,2}月|[0-9]{4}年"
                  # how the words were delivered: 透過臉書, 接受媒體專訪時, 出席論壇時
                  r"|(?:透過|藉由|通過|接受|出席|參加|答詢|受訪)[^，。、]{0,16}?(?:時|後|上|中)?"
                  r"|[在於][^，。、「」]{1,12})")  # where it was said: 在立法院, 在臉書發文
    return {
        "roles": re.compile(alternation(lx["roles"])),
        "role_end": re.compile(f"(?:{alternation(lx['roles'])})$"),
        "group_end": re.compile(f"(?:{alternation(lx['groups'])})$"),
        "org_end": re.compile(f"(?:{alternation(lx['org_suffixes'])})$"),
        "lead": re.compile(f"(?:{alternation(lx['lead'])})"),
        "bad_start": re.compile(f"(?!{alternation(lx['bad_start_exceptions'])})(?:{alternation(lx['bad_start'])})"),
        "trail": re.compile(f"(?:{alternation(lx['trail'])}|{trail_time})$"),
        "pronouns": lx["pronouns"],
        "descriptor": re.compile(alternation(lx["org_descriptors"])),
        "anaphors": set(lx["anaphors"]),
        "stop": set(lx["stop_chars"]),
        "surnames": set(lx["surnames"]),
        "compound": set(lx["compound_surnames"]),
        "female": set(lx["female_name_chars"]),
    }


@lru_cache(maxsize=1)
def _en() -> dict[str, Any]:
    lx = lexicon("en")
    return {
        "roles": {w.lower() for w in lx["roles"]},
        "groups": {w.lower() for w in lx["groups"]},
        "org_words": {w.lower() for w in lx["org_words"]},
        "lead": {w.lower() for w in lx["lead"]},
        "stop": {w.lower() for w in lx["stop_speakers"]},
        "anaphor_org": {w.lower() for w in lx["anaphors_org"]},
        "anaphor_role": {w.lower() for w in lx["anaphors_person_role"]},
        "pron_person": set(lx["pronouns_person"]),
        "pron_group": set(lx["pronouns_group"]),
    }


# Finite verbs and auxiliaries: a phrase holding one is a clause, not a speaker name.
_EN_VERBS = frozenset("is are was were be been has have had will would could can may might should shall did does do "
                      "not n't wants want seems".split())
# Lower-case words allowed inside a proper name ("Office of Emergency Services", "Bank of America").
_EN_PARTICLES = frozenset("of the and & de la van von der for du da di on in at".split())
# Words that open an adverbial clause; a phrase starting with one is not a speaker.
_EN_NOT_SUBJECT = frozenset("at in on for with after before by from during as if when while although because since "
                            "to into of than despite under over about".split())
_EN_TIME = re.compile(r"\s+(?:on|in|this|last|late|earlier|later|at)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                      r"Saturday|Sunday|week|month|year|a statement|an interview|the statement)\b.*$|"
                      r"\s+(?:also|previously|recently|later|earlier|then|now|repeatedly|once|has|have|had)$")
_EN_HONORIFIC_NAME = re.compile(r"\b(?P<hon>Mr|Mrs|Ms)\.\s+(?P<name>[A-Z][a-z][A-Za-z'’\-]+(?:\s[A-Z][a-z][A-Za-z'’\-]+){1,2})\b")
_EN_ORG_RUN = re.compile(r"\b[A-Z][\w.'’\-]*(?:\s+(?:&\s+|of\s+|and\s+|for\s+)?[A-Z][\w.'’\-]*)+")


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


def _key(s: str) -> str:
    return re.sub(r"[\s.'’·‧•\-]", "", s).casefold()


_CORP_SUFFIX = re.compile(r"\s+(?:Co|Inc|Corp|Ltd|LLC|PLC|plc|Co\.,? Ltd)\.?$")


def _initials(name: str) -> str:
    """Initials of the capitalised words, corporate suffix dropped: Pacific Gas & Electric Co. -> PGE."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][A-Za-z]*", _CORP_SUFFIX.sub("", name)) if w[0].isupper())


_LOOKBACK = 400
_PRONOUN_GENDER = {"她": "f", "she": "f", "他": "m", "he": "m"}


def _gender_of(rec: EntityRec) -> str:
    """"f" or "m": from an honorific when one was seen, else a prior from a Chinese given name."""
    if rec.gender:
        return rec.gender
    given = re.sub(r"[（(].*$", "", rec.name)[1:]
    if re.search(f"[{_HAN}]", given) and any(c in _zh()["female"] for c in given):
        return "f"
    return "m" if re.search(f"[{_HAN}]", given) else "?"


class Registry:
    """The names an article gives, with aliases and every mention span, in text order."""

    def __init__(self) -> None:
        self.recs: list[EntityRec] = []
        self._alias: dict[str, EntityRec] = {}
        self.mentions: list[tuple[int, int, EntityRec]] = []  # (position, sequence, record), kept sorted
        self._seen: set[tuple[int, int, int]] = set()
        self.text = ""  # the article text (set by ``prescan``), for surname -> full name look-ups

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
            self.recs.append(rec)
        elif len(_key(name)) > len(_key(rec.name)) and kind == rec.kind and not (rec.en and not en):
            rec.aliases.add(rec.name)
            rec.name = name
        rec.role = rec.role or role
        rec.org = rec.org or org
        rec.en = rec.en or en
        for alias in self._aliases_of(name, kind) | (self._aliases_of(en, kind) if en else set()):
            rec.aliases.add(alias)
            self._alias.setdefault(_key(alias), rec)
        self._alias[_key(name)] = rec
        if span is not None:
            self.mention(rec, span)
        return rec

    @staticmethod
    def _aliases_of(name: str, kind: str) -> set[str]:
        out = {name}
        base = re.sub(r"[（(][^）)]*[）)]$", "", name).strip()
        out.add(base)
        words = base.split()
        if kind == "person" and len(words) >= 2:
            out.add(words[-1])  # surname-only later mentions: "Tusk"
            if re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[-1]):
                out.add(words[0])  # a romanised Chinese name puts the surname first: Lin Wen-hao -> Lin
        return {a for a in out if a}

    # -- lookup -----------------------------------------------------------------------------
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
        if re.fullmatch(r"[A-Za-z][A-Za-z'’\-]+", surface) and "person" in kinds:
            # A run-together Latin name ("LisaShalett") ends with the surname used later ("Shalett").
            for r in self.recs:
                if r.kind == "person" and len(k) >= 3 and any(_key(a).endswith(k) and _key(a) != k
                                                              for a in r.aliases if re.match(r"[A-Za-z]", a)):
                    return r
        if re.fullmatch(r"[A-Z][A-Z&.]{1,8}", surface) and "org" in kinds:
            letters = re.sub(r"[^A-Z]", "", surface)
            for r in self.recs:
                if r.kind == "org" and len(letters) >= 2 and _initials(r.name) == letters:
                    return r
        return None

    def last(self, before: int, kinds: tuple[str, ...], role: str | None = None,
             surname: str | None = None, name_has: str | None = None, gender: str | None = None
             ) -> EntityRec | None:
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


# ---- Chinese phrase analysis ---------------------------------------------------------------


def _is_zh_name(s: str) -> bool:
    """A bare Chinese personal name (2-4 chars led by a surname) or a Latin name."""
    zh = _zh()
    s = re.sub(r"[（(][A-Za-z][^）)]*[）)]$", "", s)
    if re.fullmatch(r"[A-Z][A-Za-z.'’\-]*(?: ?[A-Z][A-Za-z.'’\-]*){0,3}", s):
        return True
    if not re.fullmatch(f"[{_HAN}]{{2,4}}", s) or any(c in zh["stop"] for c in s[1:]):
        return False
    if s[:2] in zh["compound"]:
        return len(s) in (3, 4)
    return s[0] in zh["surnames"] and len(s) in (2, 3)


def _is_titled_name(s: str) -> bool:
    """After a title any short Han run is a name, transliterations too (沃克（Kent Walker）, 史蒂芬·柯恩)."""
    zh = _zh()
    core = re.sub(r"[（(][A-Za-z][^）)]*[）)]$", "", s)
    if not re.fullmatch(f"[{_HAN}·‧．]{{2,8}}", core) or any(c in zh["stop"] for c in core):
        return False
    return len(core) <= 4 or "·" in core or "‧" in core or core != s


def _trim_zh(text: str, folded: str, start: int, end: int) -> tuple[int, int]:
    """Drop connectives before and adverbs / time words after a speaker phrase (但于學軍也 -> 于學軍)."""
    zh = _zh()
    for _ in range(6):
        while start < end and folded[start] in " 　\t":
            start += 1
        while end > start and folded[end - 1] in " 　\t":
            end -= 1
        m = zh["lead"].match(folded, start, end)
        if m and m.end() < end:
            start = m.end()
            continue
        if folded[start] == "有" and zh["group_end"].search(folded, start + 1, end) and end - start <= 10:
            start += 1  # 有分析師(警告): "there are analysts who" -> the group
            continue
        m = zh["trail"].search(folded, start, end)
        if m and m.start() == start:  # 在野黨團則: the leftmost trail match is the whole phrase; try past it
            m = zh["trail"].search(folded, start + 1, end)
        if m and m.start() > start:
            end = m.start()
            continue
        break
    return start, end


def parse_zh(reg: Registry, text: str, folded: str, start: int, end: int, at: int) -> Speaker | None:
    """Analyse the Chinese phrase ``text[start:end]`` that stands before a cue; None if it names no source."""
    zh = _zh()
    start, end = _trim_zh(text, folded, start, end)
    if end - start < 1 or end - start > 80:
        return None
    phrase, fphrase = text[start:end], folded[start:end]
    whole = Span(start, end)
    if zh["bad_start"].match(fphrase):
        return None  # 根據X報導 / 被稱為 / 對該領域…: a source phrase or a clause, not the speaker
    if fphrase in zh["pronouns"]:
        return Speaker(phrase, "pronoun", whole, text=phrase)
    if fphrase in zh["anaphors"]:
        return Speaker(phrase, "anaphor", whole, text=phrase)
    if "、" in phrase:
        parts: list[Speaker] = []
        pos = start
        for piece in phrase.split("、"):
            sp = parse_zh(reg, text, folded, pos, pos + len(piece), at) if piece else None
            pos += len(piece) + 1
            if sp is None or sp.kind != "person":
                parts = []
                break
            parts.append(sp)
        if parts:
            return Speaker("、".join(p.name for p in parts), "persons", whole, text=phrase)
    # a descriptor before an organisation: 外資摩根士丹利, 信評機構穆迪
    m = zh["descriptor"].match(fphrase)
    if m and 2 <= len(phrase) - m.end() <= 12 and not any(c in zh["stop"] for c in fphrase[m.end():]):
        rest = phrase[m.end():]
        if not zh["group_end"].search(folded[start + m.end():end]):
            kind = "person" if reg.lookup(rest, kinds=("person",)) else "org"
            return Speaker(rest, kind, Span(start + m.end(), end), role=m.group(), text=phrase)
    # role + name: 國發會經濟發展處處長吳明蕙, Tusk Ventures的執行長Bradley Tusk, Google資深副總裁暨法務長沃克（Kent Walker）
    roles = list(zh["roles"].finditer(fphrase))
    for m in reversed(roles):
        rest = phrase[m.end():].strip()
        if rest and (_is_zh_name(rest) or _is_titled_name(rest)):
            nstart = start + len(phrase) - len(phrase[m.end():].lstrip())
            org = re.sub(r"(?:資深|首席|前任|現任|代理|[的之暨兼、])+$", "", phrase[: roles[0].start()]).strip() or None
            if org and len(org) > 20:
                org = None
            first = roles[0].group()
            if org and first[0] in "部局署院處會府" and not org.endswith(first[0]):
                org += first[0]  # 經濟部長 = 經濟部 + 部長: the title shares the organisation's last character
            return Speaker(rest, "person", Span(nstart, nstart + len(rest)), role=m.group(), org=org, text=phrase)
    if roles and roles[-1].end() == len(fphrase):
        # surname + title (吳處長) -> that person; a bare title (發言人) -> the last person holding it
        head = phrase[: roles[-1].start()]
        if 1 <= len(head) <= 2 and (head in zh["surnames"] or head in zh["compound"]):
            return Speaker(phrase, "surname_role", whole, role=roles[-1].group(), org=head, text=phrase)
        if not head or re.fullmatch("(?:該|這名|這位|該名|該位)", head):
            return Speaker(phrase, "role", whole, role=roles[-1].group(), text=phrase)
        # an unnamed official of a named body: 商務部有關負責人, 市府相關主管 (the phrase is the source)
        body = re.sub(r"(?:有關|相關)$", "", fphrase[: roles[-1].start()])
        if body != fphrase[: roles[-1].start()] and len(phrase) <= 14 and 2 <= len(body) <= 8 \
                and not any(c in zh["stop"] for c in body):
            return Speaker(phrase, "group", whole, role=roles[-1].group(), org=phrase[: len(body)], text=phrase)
    if zh["group_end"].search(fphrase) and len(phrase) <= 12 and not any(c in "的是" for c in phrase):
        return Speaker(phrase, "group", whole, text=phrase)
    rec = reg.lookup(phrase)
    if rec is not None:
        return Speaker(phrase, rec.kind, whole, ent=rec, text=phrase)
    if fphrase in zh["surnames"] or fphrase in zh["compound"]:
        # a surname alone (陳表示) after the full name was given: the last person of that surname
        rec = reg.last(at, ("person",), surname=phrase)
        if rec is not None:
            return Speaker(rec.name, "person", whole, ent=rec, text=phrase)
        # not known yet (named earlier without a title, resolved in text order later): decided by resolve
        return Speaker(phrase, "surname", whole, text=phrase)
    # a clause led by a pronoun or a known name: 他出現在CNBC上(指出), 歐盟引述數字(稱)
    for p in zh["pronouns"]:
        if fphrase.startswith(p):
            return Speaker(phrase[: len(p)], "pronoun", Span(start, start + len(p)), text=phrase)
    for n in range(min(len(phrase), 20), 1, -1):
        rec = reg.lookup(phrase[:n])
        if rec is not None and rec.kind != "group" and (n == len(phrase) or not _glued(phrase, n)):
            return Speaker(phrase[:n], rec.kind, Span(start, start + n), ent=rec, text=phrase)
    if any(c in zh["stop"] for c in fphrase):
        return None
    if _is_zh_name(phrase) and re.search(f"[{_HAN}]", phrase) and len(phrase) >= 3:
        return Speaker(phrase, "person", whole, text=phrase)
    if re.fullmatch(r"[A-Za-z][A-Za-z0-9.&'’\- ]{0,40}", phrase):
        kind = "person" if len(phrase.split()) in (2, 3) and not _en_orgish(phrase) else "org"
        return Speaker(phrase, kind, whole, text=phrase)
    if zh["org_end"].search(fphrase) and len(phrase) <= 15:
        return Speaker(phrase, "org", whole, text=phrase)
    if 2 <= len(phrase) <= 6 and re.fullmatch(f"[{_HAN}A-Za-z0-9《》〈〉&]+", phrase):
        return Speaker(phrase, "org", whole, text=phrase)
    return None


def _glued(phrase: str, n: int) -> bool:
    """True when a Latin prefix match runs on into more Latin letters ("Tusk" inside "Tuskegee")."""
    return phrase[n - 1].isascii() and phrase[n - 1].isalpha() and phrase[n].isascii() and phrase[n].isalpha()


def _full_name_before(reg: Registry, word: str, before: int) -> str | None:
    """The full personal name that ``word`` (a bare surname) shortens, from the text before ``before``.

    A Chinese/Korean/Vietnamese-order name puts the surname first ("Zhao Minghui" -> Zhao);
    other names put it last ("Priya Nandakumar" -> Nandakumar). The last such name before wins.
    """
    text = reg.text[max(0, before - 6000):before]
    if not text or not re.fullmatch(r"[A-Z][a-z'’\-]+", word):
        return None
    w = re.escape(word)
    pats = [rf"(?<![\w-])[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?\s+{w}(?![\w'’-])"]
    if word.lower() in _east_asian_surnames():
        pats.insert(0, rf"(?<![\w-]){w}\s+[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?![\w'’&-])")
    best: tuple[int, str] | None = None
    en = _en()
    skip = en["roles"] | en["lead"] | en["groups"] | en["org_words"] | _EN_NOT_SUBJECT | _EN_NAME_SKIP
    for pat in pats:
        for m in re.finditer(pat, text):
            first, last = m.group().split()[0].lower(), m.group().split()[-1].lower()
            if first in skip or last in skip or m.group().lower().split()[0] in en["stop"]:
                continue
            if best is None or m.start() > best[0]:
                best = (m.start(), m.group())
    return best[1] if best else None


_EN_NAME_SKIP = frozenset("the a an this that these those his her its their our my mr mrs ms dr prof sen rep gov "
                          "january february march april may june july august september october november december "
                          "monday tuesday wednesday thursday friday saturday sunday new north south east west "
                          "said says told".split())


@lru_cache(maxsize=1)
def _east_asian_surnames() -> frozenset[str]:
    return frozenset(w.lower() for w in lexicon("en").get("surnames_east_asian", []))


def _en_orgish(phrase: str) -> bool:
    words = [w.strip(".,").lower() for w in phrase.split()]
    org_words = _en()["org_words"]
    return any(w in org_words for w in words) or "&" in phrase


# ---- English phrase analysis ---------------------------------------------------------------


def _trim_en(text: str, start: int, end: int) -> tuple[int, int]:
    en = _en()
    for _ in range(4):
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and text[end - 1] in " ,;:—–-":
            end -= 1
        m = _EN_TIME.search(text, start, end)
        if m and m.start() > start:
            end = m.start()
            continue
        first = re.match(r"[A-Za-z]+", text[start:end])
        if first and first.group().lower() in en["lead"] and first.end() < end - start:
            start += first.end()
            continue
        break
    return start, end


def parse_en(reg: Registry, text: str, start: int, end: int, at: int) -> Speaker | None:
    """Analyse the English phrase ``text[start:end]`` next to a reporting verb; None if it names no source."""
    en = _en()
    start, end = _trim_en(text, start, end)
    if end <= start:
        return None
    phrase = text[start:end]
    low = phrase.lower()
    whole = Span(start, end)
    words = phrase.split()
    if len(words) > 12 or any(w.lower().strip(",") in _EN_VERBS for w in words):
        return None
    hon = re.match(r"(?:Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Prof|Lt|Col|Sgt)\.\s+(?=[A-Z])", phrase)
    if hon and len(words) >= 2:
        # "Dr. Ann Lee": the name without the honorific, which becomes the role
        sp = parse_en(reg, text, start + hon.end(), end, at)
        if sp is not None and sp.kind == "person":
            sp.role = sp.role or hon.group().strip()
            sp.gender = {"Mr.": "m", "Mrs.": "f", "Ms.": "f"}.get(hon.group().strip())
        return sp
    if words[0].lower() in _EN_NOT_SUBJECT or words[-1].lower() in _EN_PARTICLES:
        return None  # "At the (reported pricing)", "If the": a clause opener, not a source
    lw = [w.lower().strip(",") for w in words]
    if low in en["pron_person"]:
        return Speaker(phrase, "pronoun", whole, text=phrase)
    if low in en["pron_group"]:
        return Speaker(phrase, "pronoun_group", whole, text=phrase)
    if low in en["stop"] or low.split()[0] in ("it", "this", "which", "who", "that", "there"):
        return None
    if low in en["anaphor_role"]:
        return Speaker(phrase, "role", whole, role=low.split(" ", 1)[1], text=phrase)
    if low in en["anaphor_org"]:
        return Speaker(phrase, "anaphor", whole, text=phrase, head=words[-1].lower())
    if lw[0] == "the" and len(words) <= 4 and all(w.islower() for w in words[1:]) and lw[-1] in en["org_words"]:
        # "the utilities commission": a definite description of an organisation named earlier
        return Speaker(phrase, "anaphor_head", whole, text=phrase, head=lw[-1])
    # role + name: "InfoNation President Dan McDowell", "company CEO Andy Vesey", "US President Donald Trump"
    role_at = None
    for i in range(len(words)):
        for n in (3, 2, 1):
            if i + n <= len(words) and " ".join(lw[i:i + n]) in en["roles"]:
                role_at = (i, i + n)
                break
    if role_at and role_at[1] < len(words):
        name_words = words[role_at[1]:]
        if all(w[:1].isupper() for w in name_words) and len(name_words) <= 4 and not _en_orgish(" ".join(name_words)):
            name = " ".join(name_words)
            nstart = start + phrase.index(name, len(" ".join(words[: role_at[1]])))
            org = " ".join(words[: role_at[0]]).strip() or None
            if org and org.lower() in ("the", "a", "an"):
                org = None
            if org:
                org = re.sub(r"^(?:the|The)\s+", "", org)
                org = re.sub(r"['’]s?$", "", org)
            return Speaker(name, "person", Span(nstart, nstart + len(name)), role=" ".join(words[role_at[0]:role_at[1]]),
                           org=org, text=phrase)
    if len(words) == 1 and lw[0] in en["groups"] and not reg.lookup(phrase):
        return Speaker(phrase, "group", whole, text=phrase)  # "Analysts said": capitalised, still a group
    lower = [i for i, w in enumerate(words) if not w[:1].isupper() and w != "&" and lw[i] not in _EN_PARTICLES]
    if lower and lower[-1] < 4 and lower[-1] + 1 < len(words) and words[lower[-1] + 1][:1].isupper() \
            and lw[lower[-1]] not in en["groups"] and lw[0] not in ("the", "a", "an") \
            and all(w[:1].isupper() or w == "&" or w.lower() in _EN_PARTICLES for w in words[lower[-1] + 1:]):
        # "Department store chain Harwood & Co", "furniture retailer Oakfield": the name after its description
        tail = " ".join(words[lower[-1] + 1:])
        if len(tail.split()) >= 2 or _en_orgish(tail) or reg.lookup(tail):
            return parse_en(reg, text, end - len(tail), end, at) if text[end - len(tail):end] == tail else None
    rec0 = reg.lookup(phrase) if len(words) == 1 else None
    if len(words) == 1 and words[0][:1].isupper() and (rec0 is None or rec0.kind == "person") \
            and lw[0] not in en["org_words"]:
        full = _full_name_before(reg, words[0], start)
        if full is not None:  # "Zhao Minghui … Zhao said", "Priya Nandakumar … (later) Nandakumar said"
            rec = reg.lookup(full, kinds=("person",))
            return Speaker(rec.name if rec else full, "person", whole, ent=rec, text=phrase)
    proper = all(w[:1].isupper() or w.lower() in _EN_PARTICLES or w[:1].isdigit() for w in words)
    if proper and len(words) > 1 and lw[0] == "the" and words[1][:1].isupper():
        words = words[1:]  # "the Cycling Trade Association": the name without its article
    if proper and words[0][:1].isupper():
        s = end - len(" ".join(words)) if len(words) < len(phrase.split()) else start
        name = text[s:end]
        person, sep, org_part = name.partition(" of ")
        if sep and 2 <= len(person.split()) <= 3 and not _en_orgish(person) and org_part[:1].isupper():
            # "Ann Ford of Kell Bank": a person and the organisation they speak for
            rec = reg.lookup(person, kinds=("person",))
            return Speaker(rec.name if rec else person, "person", Span(s, s + len(person)), org=org_part,
                           ent=rec, text=phrase)
        rec = reg.lookup(name)
        if rec is not None:
            return Speaker(name, rec.kind, Span(s, end), ent=rec, text=phrase)
        if _en_orgish(name) or len(words) == 1 or len(words) > 4:
            return Speaker(name, "org", Span(s, end), text=phrase)
        return Speaker(name, "person", Span(s, end), text=phrase)
    if any(w.strip(",.").lower() in en["groups"] for w in words) or lw[-1] in en["roles"]:
        return Speaker(phrase, "group", whole, text=phrase)
    # the frames that call this put the phrase in subject position, so a short plain noun phrase
    # ("farmers and truckers", "local dealers") is a collective source; adverbs and clause words are not
    if len(words) <= 5 and re.fullmatch(r"[A-Za-z][A-Za-z'’\- ]*", phrase) and not lw[-1].endswith("ly") \
            and lw[-1] not in en["stop"] and lw[0] not in ("it", "this", "that", "there", "which", "what"):
        return Speaker(phrase, "group", whole, text=phrase)
    return None


# ---- resolution ----------------------------------------------------------------------------


def resolve(reg: Registry, sp: Speaker, at: int, lang: str) -> Speaker:
    """Attach the registry record to a parsed speaker (pronouns, anaphors, surnames) and record the mention."""
    kinds_person = ("person",)
    if sp.kind == "pronoun":
        gender = _PRONOUN_GENDER.get(sp.text.strip().lower()) or _PRONOUN_GENDER.get(sp.name.lower())
        # the last person of compatible gender (known from a title or a name prior), else the last person
        rec = reg.last(at, kinds_person, gender=gender) if gender else None
        rec = rec or reg.last(at, kinds_person)
        if rec is not None:
            reg.mention(rec, sp.span)
        return Speaker(rec.name if rec else sp.name, "person", sp.span, role=rec.role if rec else None,
                       org=rec.org if rec else None, ent=rec, text=sp.text)
    if sp.kind == "pronoun_group":
        rec = reg.last(at, ("group", "org"))
        return Speaker(rec.name if rec else sp.name, rec.kind if rec else "group", sp.span, ent=rec, text=sp.text)
    if sp.kind in ("anaphor", "anaphor_head"):
        rec = reg.last(at, ("org",), name_has=sp.head) if sp.head else None
        if rec is None and sp.kind == "anaphor":
            rec = reg.last(at, ("org",))
        if rec is None:
            return Speaker(sp.name, "group", sp.span, text=sp.text)
        reg.add(rec.name, "org", sp.span)
        return Speaker(rec.name, "org", sp.span, ent=rec, text=sp.text)
    if sp.kind in ("role", "surname_role"):
        surname = sp.org if sp.kind == "surname_role" else None
        rec = reg.last(at, kinds_person, role=sp.role, surname=surname) or (
            reg.last(at, kinds_person, surname=surname) if surname else None)
        if rec is not None:
            reg.add(rec.name, "person", sp.span)
            return Speaker(rec.name, "person", sp.span, role=rec.role, org=rec.org, ent=rec, text=sp.text)
        return Speaker(sp.name, "group", sp.span, role=sp.role, text=sp.text)
    if sp.kind == "surname":
        rec = reg.last(at, kinds_person, surname=sp.name)
        if rec is None:
            return Speaker(sp.name, "surname", sp.span, text=sp.text)  # the caller drops it
        reg.add(rec.name, "person", sp.span)
        return Speaker(rec.name, "person", sp.span, role=rec.role, org=rec.org, ent=rec, text=sp.text)
    if sp.kind == "persons":
        return sp
    if sp.kind == "group":
        rec = reg.add(sp.name, "group", sp.span)
        return Speaker(sp.name, "group", sp.span, ent=rec, text=sp.text)
    rec = sp.ent or reg.lookup(sp.name, kinds=(sp.kind,)) or reg.lookup(sp.name)
    if rec is None:
        rec = reg.add(sp.name, sp.kind, sp.span, role=sp.role, org=sp.org)
    else:
        reg.add(rec.name, rec.kind, sp.span, role=sp.role, org=sp.org)
    rec.gender = rec.gender or sp.gender
    return Speaker(rec.name, rec.kind, sp.span, role=rec.role or sp.role, org=rec.org or sp.org, ent=rec, text=sp.text)


@lru_cache(maxsize=1)
def _zh_role_name() -> re.Pattern[str]:
    """A title, then a Latin name or 2-3 Han chars (+ an optional English gloss)."""
    return re.compile(
        f"(?:{alternation(lexicon('zh')['roles'])})"
        rf"(?P<name>[A-Z][A-Za-z.'’\-]+(?: [A-Z][A-Za-z.'’\-]+){{0,2}}|[{_HAN}]{{2,3}})"
        r"(?P<gloss>[（(][A-Z][A-Za-z.'’\- ]{1,40}[）)])?")


def prescan(doc: Document) -> Registry:
    """A registry seeded with the names the article introduces with a title or an English gloss.

    Seeding before attribution lets a pronoun or surname that comes first in a quote's own sentence
    ("Tusk Ventures的執行長Bradley Tusk，他…指出") resolve to the full name given earlier.
    """
    reg = Registry()
    text, folded = doc.text, doc.folded or doc.text
    reg.text = text
    for g in doc.get("name_glosses"):
        zh, en = getattr(g, "zh", None), getattr(g, "en", None)
        zspan, gspan = getattr(g, "zh_span", None), getattr(g, "span", None)
        if zh and en and zspan is not None:
            end = gspan.end if gspan is not None else zspan.end
            reg.add(text[zspan.start:end], "person", Span(zspan.start, end), en=en)
    if doc.is_zh:
        for m in _zh_role_name().finditer(folded):
            name: str | None = text[m.start("name"):m.end("name")]
            if not re.match("[A-Za-z]", name or ""):
                name = _cut_zh_name(text, folded, m.start("name"), m.end("name"))
            if not name:
                continue
            end = m.start("name") + len(name)
            if m.group("gloss") and end == m.end("name"):
                end = m.end("gloss")
            sp = parse_zh(reg, text, folded, _clause_start(folded, m.start()), end, m.start())
            if sp is not None and sp.kind == "person":
                reg.add(text[sp.span.start:sp.span.end], "person", sp.span, role=sp.role, org=sp.org,
                        en=(m.group("gloss") or "")[1:-1] or None)
    else:
        found: list[tuple[int, str, Span, str | None]] = []
        genders: dict[tuple[int, int], str] = {}
        for start, end, role in _en_titled_names(text):
            found.append((start, "person", Span(start, end), role))
        for m in _EN_HONORIFIC_NAME.finditer(text):
            found.append((m.start("name"), "person", Span(m.start("name"), m.end("name")), None))
            genders[(m.start("name"), m.end("name"))] = "f" if m.group("hon") in ("Mrs", "Ms") else "m"
        # organisations: a capitalised run whose last word is an organisation noun (… Commission, … Co.)
        org_words = _en()["org_words"]
        for m in _EN_ORG_RUN.finditer(text):
            words = m.group().split()
            while words and words[0].lower() in _EN_RUN_LEADERS:
                words = words[1:]  # "Some White House (advisers)": sentence-initial words are not the name
            if len(words) >= 2 and words[-1].lower().rstrip(",") in org_words:
                org_name = " ".join(words)
                s0 = m.end() - len(org_name)
                found.append((s0, "org", Span(s0, m.end()), None))
                continue
            # "Bank of Canada", "Chamber of Commerce": an organisation noun heading an "of"/"for" name
            for i in range(len(words) - 2):
                if words[i].lower() in org_words and words[i + 1] in ("of", "for") and words[i + 2][:1].isupper():
                    head = words[:i + 3]
                    if m.group().split()[:len(words)] != words:  # leaders were dropped: find the name's start
                        s0 = m.start() + m.group().index(" ".join(head))
                    else:
                        s0 = m.start()
                    org_name = " ".join(head)
                    if text[s0:s0 + len(org_name)] == org_name:
                        found.append((s0, "org", Span(s0, s0 + len(org_name)), None))
                    break
        for _, kind, span, title in sorted(found, key=lambda f: (f[0], f[1], f[2])):
            rec = reg.add(text[span.start:span.end], kind, span, role=title)
            rec.gender = rec.gender or genders.get((span.start, span.end))
        # acronyms of those organisations (PG&E, CPUC) are mentions of them
        for m in re.finditer(r"\b[A-Z][A-Z&]{1,6}\b", text):
            org_rec = reg.lookup(m.group(), kinds=("org",))
            if org_rec is not None:
                reg.add(org_rec.name, "org", Span(m.start(), m.end()))
                org_rec.aliases.add(m.group())
    return reg


def _clause_start(folded: str, pos: int, limit: int = 30) -> int:
    i, lo = pos, max(0, pos - limit)
    while i > lo and folded[i - 1] not in "，,。！？!?；;：:「」『』“”\"\n":
        i -= 1
    return i


_EN_RUN_LEADERS = frozenset("the a an some many most all several both other few in at on for but and as if when "
                            "while after before by from with".split())
# Words of a name stand on one line: a paragraph break ends the run ("Ken Doctor\nBut" is not one name).
_EN_CAP_RUN = re.compile(r"\b[A-Z][\w'’\-]*(?:[ \t\u00a0][A-Z][\w'’\-]*){1,6}")
_EN_NAME_WORD = re.compile(r"[A-Z][a-z][A-Za-z'’\-]+")


def _en_titled_names(text: str) -> list[tuple[int, int, str]]:
    """(start, end, title) of 2-3 word names right after a title: "US President Donald Trump",
    "chief executive Lin Wen-hao". Scans capitalised runs, then looks the title up word by word
    (one pass of a simple regex, much faster than one alternation of every title)."""
    roles = _en()["roles"]
    out = []
    for m in _EN_CAP_RUN.finditer(text):
        words = m.group().split()
        low = [w.lower() for w in words]
        cut, role = -1, ""
        i = 0
        while i < len(words):
            step = 1
            for n in (3, 2, 1):  # longest title first: "Trade Representative", not "Representative"
                if i + n <= len(words) and " ".join(low[i:i + n]) in roles:
                    cut, role, step = i + n, " ".join(words[i:i + n]), n
                    break
            i += step
        if cut < 0:
            # a lower-case title before the run: "chief executive Lin Wen-hao"
            before = text[max(0, m.start() - 40):m.start()].split()
            for n in (3, 2, 1):
                if len(before) >= n and " ".join(before[-n:]).lower() in roles:
                    cut, role = 0, " ".join(before[-n:])
                    break
        name_words = words[cut:] if cut >= 0 else []
        if not 2 <= len(name_words) <= 3 or not all(_EN_NAME_WORD.fullmatch(w) for w in name_words):
            continue
        name = " ".join(name_words)
        if _en_orgish(name):
            continue
        k = m.group().rfind(name)
        if k < 0:  # white space other than one blank between the words: no span to give
            continue
        start = m.start() + k
        out.append((start, start + len(name), role))
    return out


def _cut_zh_name(text: str, folded: str, start: int, end: int) -> str | None:
    """The name part of 2-3 Han chars after a title: keep 3 chars only when the 3rd is not a cue/adverb start."""
    zh = _zh()
    cand = text[start:end]
    for n in (3, 2):
        name = cand[:n]
        if len(name) < n:
            continue
        after = folded[start + n:start + n + 2]
        if _is_zh_name(name) and (not after or not re.match(f"[{_HAN}]", after[0])
                                  or zh["trail"].match(after) or _starts_cue(after) or after[0] in "等也則亦及和與"):
            return name
    return None


@lru_cache(maxsize=1)
def _cue_re() -> re.Pattern[str]:
    return re.compile(alternation(lexicon("zh")["cues"]))


def _starts_cue(s: str) -> bool:
    return bool(_cue_re().match(s))


def resolve_speaker(doc: Document, span: Span | tuple[int, int]) -> tuple[str | None, str | None]:
    """The canonical (name, entity_id) of the source named by ``doc.text[span]``.

    Uses the entities the quotes stage stored (``doc.get("entities")``) when present, so the ids agree
    with the quotes'; otherwise runs quote attribution first to learn the article's names. Pronouns resolve to the last
    person mentioned before the span; surnames and acronyms to the fuller name; groups keep their words.
    """
    span = Span(*span)
    if not doc.get("entities"):
        from .quotes import extract_quotes  # lazy: quotes imports this module

        doc = doc.annotate("entities", extract_quotes(doc)[1])
    reg = registry_from_entities(doc)
    text, folded = doc.text, doc.folded or doc.text
    sp = (parse_zh(reg, text, folded, span.start, span.end, span.start) if doc.is_zh
          else parse_en(reg, text, span.start, span.end, span.start))
    if sp is None:
        return None, None
    sp = resolve(reg, sp, span.start, "zh" if doc.is_zh else "en")
    if sp.kind == "surname":
        return None, None  # a surname alone with no full name before it
    return sp.name, (sp.ent.id if sp.ent is not None else None)


def registry_from_entities(doc: Document) -> Registry:
    """Rebuild a registry from stored ``Entity`` annotations (ids preserved)."""
    reg = Registry()
    for e in doc.get("entities"):
        rec = EntityRec(name=e.name, kind=e.kind, aliases=set(e.aliases) | {e.name},
                        spans=[Span(*s) for s in e.spans], role=e.role, org=e.org, en=e.en, id=e.id)
        reg.recs.append(rec)
        for a in rec.aliases:
            reg._alias.setdefault(_key(a), rec)
        spans, rec.spans = rec.spans, []
        for s in spans:
            reg.mention(rec, s)
    return reg
