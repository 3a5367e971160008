"""The bilingual glossary: canonical term entries that later stages and the database use.

``extractor/data/glossary.json`` holds the curated entries (zh-Hant, zh-Hans, en, abbreviation,
variants). Terms mined from articles merge into a :class:`Glossary` with :meth:`Glossary.merge`, and
``extractor glossary`` prints the merged result. Lookup is script-blind: Simplified, Traditional and
the variants listed for an entry (人工智能 / 人工智慧) all find it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..data import load_json
from .script import to_simplified, to_taiwan


@dataclass(frozen=True)
class Entry:
    zh: str
    en: str | None = None
    abbr: str | None = None
    zh_hans: str | None = None
    variants: tuple[str, ...] = ()
    kind: str = "term"


@dataclass
class Glossary:
    entries: list[Entry] = field(default_factory=list)
    _index: dict[str, Entry] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for e in list(self.entries):
            self._add_keys(e)

    @staticmethod
    def key(form: str) -> str:
        """Script-blind, case-blind lookup key."""
        return _key(form)

    def _add_keys(self, e: Entry) -> None:
        for form in (e.zh, e.zh_hans, e.en, e.abbr, *e.variants):
            if form:
                self._index.setdefault(self.key(form), e)

    def lookup(self, form: str) -> Entry | None:
        """The entry for any of its forms, in either script, or None."""
        # Keys fold script with OpenCC t2s; vocabulary differences (人工智能 / 人工智慧) are listed as
        # variants in the data file, which is cheaper and safer than OpenCC's phrase table (s2twp: 80 ms
        # to build, and it rewrites 循环 as 迴圈).
        return self._index.get(_key(form))

    def canonical_zh(self, form: str) -> str:
        """Canonical Traditional (Taiwan) form: the glossary's if known (人工智能 -> 人工智慧), else OpenCC s2tw."""
        e = self.lookup(form)
        return e.zh if e else to_taiwan(form)

    def merge(self, zh: str, en: str | None = None, abbr: str | None = None) -> Entry:
        """Add a mined term; an existing entry gains the missing English or abbreviation."""
        zh = to_taiwan(zh)
        old = self._index.get(self.key(zh))
        if old is not None:
            if (en and not old.en) or (abbr and not old.abbr):
                new = Entry(old.zh, old.en or en, old.abbr or abbr, old.zh_hans, old.variants, old.kind)
                self.entries[self.entries.index(old)] = new
                for k, v in list(self._index.items()):
                    if v is old:
                        self._index[k] = new
                self._add_keys(new)
                return new
            return old
        new = Entry(zh, en, abbr, to_simplified(zh))
        self.entries.append(new)
        self._add_keys(new)
        return new

    def to_json(self) -> list[dict[str, object]]:
        return [
            {"zh": e.zh, "zh_hans": e.zh_hans or to_simplified(e.zh), "en": e.en, "abbr": e.abbr,
             "variants": list(e.variants), "kind": e.kind}
            for e in sorted(self.entries, key=lambda e: e.zh)
        ]


@lru_cache(maxsize=65536)
def _key(form: str) -> str:
    # Cached: the terms stage looks up the same few hundred forms on every page (OpenCC costs ~5 us a call).
    return to_simplified(form).casefold().replace(" ", "")


@lru_cache(maxsize=1)
def _load_data() -> tuple[Entry, ...]:
    raw = load_json("glossary.json")
    return tuple(
        Entry(r["zh"], r.get("en"), r.get("abbr"), r.get("zh_hans"), tuple(r.get("variants", ())), r.get("kind", "term"))
        for r in raw
    )


@lru_cache(maxsize=1)
def _base() -> Glossary:
    return Glossary(list(_load_data()))


def load_glossary() -> Glossary:
    """A fresh Glossary with the shipped entries (mutable: mined terms merge into it)."""
    base = _base()
    g = Glossary.__new__(Glossary)
    g.entries = list(base.entries)
    g._index = dict(base._index)
    return g


def shared_glossary() -> Glossary:
    """The shipped glossary, built once per process; read it, never merge into it."""
    return _base()
