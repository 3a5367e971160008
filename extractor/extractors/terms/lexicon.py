"""The data the gloss boundary reads: transliteration characters and the terms lexicon (extractor/data/)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ...data import load_json
from ...normalize.script import to_taiwan

_WHOLE = ("not", "no", "less")


@dataclass(frozen=True)
class TermsLexicon:
    """Descriptors in front of a name, generic heads after it, places, prefixes (see terms_lexicon.json)."""

    descriptors: dict[str, tuple[str, ...]]
    roles: dict[str, tuple[str, ...]]
    role_suffixes: frozenset[str]
    place_suffixes: frozenset[str]
    heads: dict[str, tuple[str, ...]]
    concept_heads: dict[str, tuple[str, ...]]
    places: dict[str, tuple[str, ...]]
    scopes: dict[str, tuple[str, ...]]
    prefixes: dict[str, tuple[str, ...]]
    thing_words: frozenset[str]
    region_units: dict[str, tuple[str, ...]]
    units: frozenset[str]
    figure_suffixes: frozenset[str]

    def descriptor(self, word: str, gloss: str) -> bool:
        """A descriptor the gloss does not translate (公司治理(corporate governance) keeps its 公司)."""
        stems = self.descriptors.get(to_taiwan(word))
        return stems is not None and not mentions(gloss, stems)

    def role(self, word: str, gloss: str) -> bool:
        """A role or kind of institution (發言人, 公司, 智庫) the gloss does not translate."""
        stems = self.roles.get(to_taiwan(word))
        return stems is not None and not mentions(gloss, stems)

    def place(self, word: str, gloss: str) -> bool:
        """A place name the gloss does not name."""
        forms = self.places.get(to_taiwan(word))
        return forms is not None and not mentions(gloss, forms)

    def scope(self, word: str, gloss: str) -> bool:
        """全球 and the like in front of a term whose gloss does not say global."""
        forms = self.scopes.get(to_taiwan(word))
        return forms is not None and not mentions(gloss, forms)

    def head(self, word: str, gloss: str) -> bool:
        """A generic head noun (公司, 集團) the gloss does not translate."""
        forms = self.heads.get(to_taiwan(word))
        return forms is not None and not mentions(gloss, forms)

    def prefix(self, char: str, gloss: str) -> bool:
        """A one-character prefix (不公平, 後真相) that the gloss's English accounts for (Unfair, post-truth)."""
        for w in re.findall(r"[a-z]+", gloss.lower()):
            for s in self.prefixes.get(char, ()):
                if w == s or (s == "less" and w.endswith(s)) or (s not in _WHOLE and w.startswith(s) and len(w) > len(s) + 3):
                    return True
        return False


def mentions(gloss: str, forms: tuple[str, ...]) -> bool:
    """Whether a form starts a word of the gloss (camelCase split: SiliconValleyBank names silicon valley);
    forms of three letters or less must be whole words (us is not in business)."""
    low = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", gloss).lower()
    for f in forms:
        if f and re.search(rf"(?<![a-z]){re.escape(f)}" + (r"(?![a-z])" if len(f) <= 3 else ""), low):
            return True
    return False


def _keyed(entries: dict[str, list[str]]) -> dict[str, tuple[str, ...]]:
    """Keys as to_taiwan spells them, since lookups fold the text's words the same way (游擊手 / 遊擊手)."""
    out = {k: tuple(v) for k, v in entries.items()}
    out.update({to_taiwan(k): tuple(v) for k, v in entries.items()})
    return out


@lru_cache(maxsize=1)
def terms_lexicon() -> TermsLexicon:
    raw = load_json("terms_lexicon.json")
    return TermsLexicon(
        descriptors=_keyed(raw["descriptors"]),
        roles=_keyed(raw["roles"]),
        role_suffixes=frozenset(raw["role_suffixes"]),
        place_suffixes=frozenset(raw["place_suffixes"]),
        heads=_keyed(raw["heads"]),
        concept_heads=_keyed(raw["concept_heads"]),
        places=_keyed(raw["places"]),
        scopes=_keyed(raw["scopes"]),
        prefixes={k: tuple(v) for k, v in raw["prefixes"].items()},
        thing_words=frozenset(raw["thing_words"]),
        region_units={k: tuple(v) for k, v in raw["region_units"].items()},
        units=frozenset(raw["units"]),
        figure_suffixes=frozenset(raw["figure_suffixes"]),
    )


@lru_cache(maxsize=1)
def translit_chars() -> frozenset[str]:
    """Characters used to transliterate foreign names (沃克, 庫克, 馬斯克), in both scripts."""
    from ...normalize.script import to_simplified

    raw = resources.files("extractor.data").joinpath("transliteration_chars.txt").read_text("utf-8")
    chars = "".join(ln for ln in raw.splitlines() if not ln.startswith("#")).strip()
    return frozenset(chars) | frozenset(to_simplified(chars))  # Simplified text spells them 兰, 诺, 尔
