"""Who a mention names: speaker-phrase parsing, the per-article name registry and resolution.

One job per module; nothing here imports the quotes package (quotes imports this one):

- ``lexicon``: the attribution lexicons (data/cues_<lang>.json, data/roles_zh.json …) compiled once.
- ``registry``: ``Registry`` of persons, organisations and groups with aliases and mention spans;
  ``Speaker``; ``registry_from_entities`` rebuilds one from stored entities.
- ``parse_zh`` / ``parse_en``: analyse the phrase before (or after) a cue into organisation, role and name.
- ``zh_words``: jieba words and tags of a phrase (is it a name or a clause? where do the adverbials start?).
- ``names_zh``: Chinese personal names, bare or after a title (transliterations included).
- ``sources_zh``: source phrases (據「X」報導, 根據X報告) -> the outlet or the report's owner.
- ``prescan``: seed the registry with the names an article introduces with a title or a gloss.
- ``resolve``: pronouns, anaphors, surnames and role nouns -> the record they point back to;
  ``resolve_speaker(doc, span)``, the public entry point the claims extractor uses.
"""

from .lexicon import alternation, lexicon
from .parse_en import parse_en
from .parse_zh import parse_zh
from .prescan import prescan
from .registry import EntityRec, Registry, Speaker, registry_from_entities
from .resolve import resolve, resolve_speaker

__all__ = ["EntityRec", "Registry", "Speaker", "alternation", "lexicon", "parse_en", "parse_zh", "prescan",
           "registry_from_entities", "resolve", "resolve_speaker"]
