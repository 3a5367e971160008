"""The subject of a Chinese sentence, for a cue that has none of its own (X要求…，並宣稱…)."""

from __future__ import annotations

import re

from ..speakers.parse_zh import parse_zh
from ..speakers.registry import Registry, Speaker
from ..speakers.zh_words import words
from .cues import _org_end, _zh_res
from .zh_clauses import _ZH_BOUND, _Bounds

# a sentence opening with these alone (並, 但也, 此外他): no subject of its own
_SENT_CONN = re.compile(r"(?:但|而|不過|此外|另外|同時|並|也|還|更|另|且|亦|再|則)+")
_SENT_STOP = "。！？!?\n"


def _sentence_subject(reg: Registry, text: str, folded: str, bounds: _Bounds, comma: int) -> tuple[int, int] | None:
    """The subject opening the sentence that holds the clause ending at ``comma`` (重機團體要求…，並宣稱…;
    柯文哲今天出席…，鼓勵…，表示…): a speaker phrase before the first clause's own cue, a name the article
    knows or a titled name. None when the sentence has none or starts more than four clauses back."""
    pos = comma
    for _ in range(4):
        cs = bounds.clause_start(pos, limit=60)
        if cs >= pos:
            return None
        if cs == 0 or text[cs - 1] in _SENT_STOP or text[cs - 1] in "；;":
            return _clause_subject(reg, text, folded, cs)  # (…；李某出庭時否認犯罪，也說…)
        if text[cs - 1] not in "，," or _opens_with_person(reg, text, cs):
            return None  # …，吳某本月初在臉書宣布…，更指控…: a new subject midway, whose words these may be
        pos = cs - 1
    return None


# a denial a few characters before a cue: 未直接回應, 沒有正面回應, 不願多說明
_DENIED = re.compile(r"(?:未|沒有|沒|不願|不肯|拒絕|不予)(?:直接|正面|多|再|公開|具體|明確)?$")


def _opens_with_person(reg: Registry, text: str, cs: int) -> bool:
    for n in (4, 3, 2):
        rec = reg.lookup(text[cs:cs + n], kinds=("person",))
        if rec is not None:
            return True
    return False


def _clause_subject(reg: Registry, text: str, folded: str, cs: int) -> tuple[int, int] | None:
    fe = _clause_start_fwd(text, cs, limit=60)
    m = _zh_res()["cue"].search(folded, cs + 1, fe)
    if m is not None and m.start() - cs <= 16:
        d = _DENIED.search(folded, cs, m.start())
        pe = d.start() if d is not None else m.start()  # 林某未直接回應: the subject ends before the denial
        sp = parse_zh(reg, text, folded, cs, pe, pe)
        if sp is not None and sp.kind in ("person", "persons", "group", "pronoun", "org") \
                and (sp.kind != "org" or _named_org(reg, sp)):
            return cs, pe
    cuts = _word_ends(folded[cs:fe])
    for n in range(min(fe - cs, 16), 1, -1):
        rec = reg.lookup(text[cs:cs + n])
        if rec is not None and rec.kind in ("person", "org") and n in cuts:
            return cs, cs + n
    for n in range(min(fe - cs, 12), 2, -1):
        if n not in cuts or folded[cs + n - 1] in "與和及跟":
            continue
        sp = parse_zh(reg, text, folded, cs, cs + n, cs + n)
        if sp is not None and sp.kind == "person" and sp.role and sp.span.end == cs + n \
                and not _has_verb(folded[sp.span.start:sp.span.end]):
            return cs, cs + n  # 市長柯大文今天出席…: a titled name opening the clause (not 警員見老翁)
    for n in sorted((c for c in cuts if 2 <= c <= 10), reverse=True):
        if folded[cs + n - 1] in "與和及跟":
            continue
        sp = parse_zh(reg, text, folded, cs, cs + n, cs + n)
        if sp is not None and sp.kind in ("group", "persons") and sp.span.end == cs + n:
            return cs, cs + n  # (但)老伯似乎聽不進去，表示…: a group or people opening the sentence
    return None


def _has_verb(phrase: str) -> bool:
    """True when the phrase opens with a verb (見老翁: 見 is "sees", not a surname)."""
    ws = words(phrase)
    return bool(ws) and ws[0][1].startswith("v")


def _word_ends(clause: str) -> set[int]:
    """Offsets in ``clause`` where a word ends (a name must not end inside 杜蘭特 or 滿頭大汗)."""
    ends, pos = set(), 0
    for w, _ in words(clause):
        pos += len(w)
        ends.add(pos)
    return ends


def _named_org(reg: Registry, sp: Speaker) -> bool:
    """An organisation the article names or whose name has an organisation ending (not 時薪則… / 申請則…)."""
    return reg.lookup(sp.name) is not None or bool(_org_end().search(sp.name))


def _clause_start_fwd(text: str, pos: int, limit: int = 30) -> int:
    """End of the clause starting at ``pos`` (next boundary mark, at most ``limit`` ahead)."""
    i, hi = pos, min(len(text), pos + limit)
    while i < hi and text[i] not in _ZH_BOUND:
        i += 1
    return i
