"""The attribution lexicons (``extractor/data/cues_<lang>.json``) and the tables compiled from them."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any

from ...data import load_json

_HAN = "\u3400-\u4dbf\u4e00-\u9fff〇"


@lru_cache(maxsize=2)
def lexicon(lang: str) -> dict[str, Any]:
    """The attribution lexicon for ``"zh"`` or ``"en"``: extractor/data/cues_<lang>.json, plus the
    title lexicon roles_<lang>.json when there is one (its ``roles`` list replaces the cue file's)."""
    data: dict[str, Any] = _load(f"cues_{lang}.json")
    if resources.files("extractor.data").joinpath(f"roles_{lang}.json").is_file():
        data = {**data, "roles": _load(f"roles_{lang}.json")["roles"]}
    return data


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = load_json(name)
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
                  r"|(?:透過|藉由|通過|接受|出席|參加|答詢|受訪|回覆|回應|答覆)[^，。、]{0,16}?(?:時|後|上|中)?"
                  # in a statement: 發布聲明, 發表新聞稿, 在聲明稿中
                  r"|(?:發布|發佈|發表|發出|公布)[^，。、]{0,4}?(?:聲明|新聞稿|公告|文告|報告)(?:稿)?(?:中|時)?"
                  r"|在?(?:聲明|新聞稿|報告|公告)(?:稿)?中"
                  # at a press conference: 今召開記者會, 出席座談會時
                  r"|[今昨]?(?:召開|舉行|舉辦|出席|參加)[^，。、「」]{0,10}?(?:記者會|說明會|座談會|公聽會|論壇|會議|活動|典禮)"
                  r"(?:時|後|上|中)?"
                  r"|[在於][^，。、「」]{1,12})")  # where it was said: 在立法院, 在臉書發文
    return {
        "roles": re.compile(alternation(lx["roles"])),
        "citing": re.compile(alternation(lx["citing"])),
        "telling": re.compile(f"(?:{alternation(lx['telling'])})[^，。、「」]{{1,16}}$"),
        "role_end": re.compile(f"(?:{alternation(lx['roles'])})$"),
        "group_end": re.compile(f"(?:{alternation(lx['groups'])})$"),
        "group_any": re.compile(alternation(lx["groups"])),
        "org_inner": re.compile(alternation(lx["org_inner_words"])),
        "report_end": re.compile(f"(?:{alternation(lx['report_nouns'])})$"),
        "finding_cues": frozenset(lx["finding_cues"]),
        "quantified_group": re.compile(f"(?:{alternation(lx['quantifiers'])})(?:{alternation(lx['groups'])})"),
        "org_end": re.compile(f"(?:{alternation(lx['org_suffixes'])})$"),
        "event_end": re.compile(f"(?:{alternation(lx['event_suffixes'])})$"),
        "lead": re.compile(f"(?:{alternation(lx['lead'])})"),
        "bad_start": re.compile(f"(?!{alternation(lx['bad_start_exceptions'])})(?:{alternation(lx['bad_start'])})"),
        "trail": re.compile(f"(?:{alternation(lx['trail'])}|{trail_time})$"),
        "pronouns": lx["pronouns"],
        "descriptor": re.compile(alternation(lx["org_descriptors"])),
        "anaphors": set(lx["anaphors"]),
        "anaphor_heads": {k: tuple(v) for k, v in lx["anaphor_heads"].items()},
        "anaphor_fallback": set(lx["anaphor_fallback"]),
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
