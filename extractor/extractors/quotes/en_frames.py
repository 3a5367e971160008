"""English sentence bounds and the speaker phrase before a reporting verb, shared by the direct and
indirect finders."""

from __future__ import annotations

import bisect
import re

from ...document import Document
from ..speakers.en_people import is_given_name
from .cues import _en_res


def _en_sentence(doc: Document, starts: list[int], start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence(s) holding ``[start, end)``, from ``doc.sentences`` (quote-crossing merged)."""
    sents = doc.sentences
    k = max(0, bisect.bisect_right(starts, start) - 1)
    ss, se = start, end
    while k < len(sents) and sents[k].start <= end:
        if sents[k].end > start:
            ss, se = min(ss, sents[k].start), max(se, sents[k].end)
        k += 1
    return ss, se


_PROPER = re.compile(r"\s*[A-Z][\w.'’\-]*(?:\s+(?:(?:van|von|de|da|der|le|la|el|al|bin|ibn)\s+)?[A-Z][\w.'’\-]*){0,3}\s*$")


# a place named right before a set-aside ("in Dunedin, New Zealand,"): the aside is the rest of the place
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near)\s+[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)?$")


# adverbs that may stand between a set-aside and its verb: "…, once said", "…, has repeatedly warned"
_TRAIL_ADVERBS = re.compile(r"(?:\s+(?:also|once|later|then|previously|recently|repeatedly|often|has|have|had|"
                            r"\w+ly)){1,3}\s*$")


# a name opening the clause, then only asides: an age, "of Place", a place, "who …", "a/an/the …"
_LEAD_NAME_ASIDES = re.compile(r"\s*(?P<name>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){1,3})"
                               r"(?:,\s*(?:\d{1,3}|of\s+[A-Z][^,;:\"“”]*|[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2}|"
                               r"(?:who|whose|a|an|the)\s+[^,;:\"“”]*))+,")


def _en_phrase_before(text: str, ss: int, verb: int) -> tuple[int, int]:
    """The words before a reporting verb back to the clause start ("Scissors, who …, said" -> Scissors)."""
    ss = max(ss, verb - 300)  # a speaker phrase is short; bounded for run-on input
    seg = text[ss:verb].rstrip()
    adv = _TRAIL_ADVERBS.search(seg)
    if adv is not None and adv.start() > 0 and seg[:adv.start()].rstrip().endswith(","):
        seg = seg[:adv.start()].rstrip()  # "Jo Lee, a former chair, once said": the adverb is not the speaker
    if seg.endswith(("”", '"')) or not seg:
        return verb, verb  # '“…,” said X': the words before the verb are the quotation, not its speaker
    parts = [m.start() for m in re.finditer(r"[,;:—–]|[\"“”]", seg)]
    lead = _LEAD_NAME_ASIDES.fullmatch(seg) if parts and parts[-1] == len(seg) - 1 else None
    if lead is not None and len(parts) >= 3:
        # "Ann Ruiz, 40, of Tulsa, Oklahoma, who …, said": the name opening the clause, then its asides
        return ss + lead.start("name"), ss + lead.end("name")
    if parts and parts[-1] == len(seg) - 1 and len(parts) >= 2:
        # "the county manager, Rita Gomez, said": the name in the aside;
        # "Scissors, who consults …, said" / "Caldwell, Edmunds' director, said": the head before the aside
        if _PROPER.match(seg, parts[-2] + 1, parts[-1]):
            aside = seg[parts[-2] + 1:parts[-1]].split()
            if not (_PLACE_BEFORE.search(seg, 0, parts[-2]) and not is_given_name(aside[0].strip(".,"))):
                return ss + parts[-2] + 1, ss + parts[-1]
            # "Ann Lee of the University of Otago in Dunedin, New Zealand, said": the aside ends a place name
            head_start = parts[-3] + 1 if len(parts) >= 3 else 0
            return ss + head_start, ss + parts[-2]
        head_start = parts[-3] + 1 if len(parts) >= 3 else 0
        return ss + head_start, ss + parts[-2]
    start = ss + (parts[-1] + 1 if parts else 0)
    dateline = _DATELINE.search(text, start, verb)
    if dateline is not None:
        start = dateline.end()  # "SHANGHAI (Reuters) - Volta Motors said": the dateline is not the speaker
    return _clause_subject(text, start, verb), verb


# a word opening a new clause inside the words before a reporting verb
_CLAUSE_OPENER = re.compile(r"\s(?:and|but|when|while|as|because|after|before|since|although|though|so|where|whereas|"
                            r"until|once|then)\s+(?=\S)")
# a finite verb: the words before a clause opener are a clause of their own only when they hold one
_HEAD_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|did|does|[a-z]{2,}ed|shipped|made|"
                          r"took|gave|won|lost|sold|bought|went|came|saw|began|rose|fell|grew|left|met|ran|said)\b")


# a subject opens with a name, a determiner or a pronoun ("and Jo Lee", "and the council", "and she")
_SUBJECT_OPEN = re.compile(r"[A-Z]|(?:the|a|an|his|her|its|their|our|he|she|they|we|some|many|most|several|other|"
                           r"local|state|federal|city|company|government)$")


def _clause_subject(text: str, start: int, verb: int) -> int:
    """Where the subject of the reporting verb opens: after the last clause opener when the words before
    it form a clause of their own ("That was when Acme shipped its first phone and Jo Lee said" -> Jo Lee);
    a name holding "and" ("Procter and Gamble said") has no verb before its "and" and stays whole."""
    best = start
    for m in _CLAUSE_OPENER.finditer(text, start, verb):
        tail = text[m.end():verb].split()
        if 1 <= len(tail) <= 6 and _SUBJECT_OPEN.match(tail[0]) and _HEAD_FINITE.search(text, start, m.start()):
            best = m.end()
    return best


# a wire dateline before the first sentence: "SHANGHAI (Reuters) - ", "NEW YORK (AP) — ", "TOKYO, Nov 19 (Reuters) - "
_DATELINE = re.compile(r"^[A-Z][A-Z .,'\-]{1,40}(?:,?\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*\([A-Za-z .&]{2,30}\)\s*[-—–]\s*",
                       re.M)


def _bisect_end(found: list[re.Match[str]], pos: int) -> int:
    """Index of the last match ending at or before ``pos`` (binary search on match ends)."""
    lo, hi = 0, len(found)
    while lo < hi:
        mid = (lo + hi) // 2
        if found[mid].end() <= pos:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1


def _strip_source(sp: str) -> int:
    """Offset past "the TexAuto Facts report from" in a source phrase (the source is what follows)."""
    m = _en_res()["src_prefix"].match(sp)
    return m.end() if m else 0
