"""A learned choice of the person a Chinese 他 / 她 before a cue stands for.

The rule (``resolve``) takes the person who spoke last, gender permitting, then the person named last. On real
news that fails where a new person is introduced and then speaks (兄弟總教練史耐德…，他說 after 洪一中 spoke),
where the subject of the sentence is not the last speaker (謝淑亞…參加立委張麗善…的記者會…，她說), and where the
last name is a reporter's credit (記者黃士航/攝影). Here every person mentioned in the last ``_REACH``
characters (at most ``_MAX`` of them, and the last speaker) is scored by a logistic model (weights
``extractor/data/speakers_antecedent_zh.json``, trained by ``benchmarks/train_speakers_zh_antecedent.py`` on
the gold speakers of ``extractor/data/train/udn``); the best one is the antecedent.

Features of a candidate: its rank by recency of mention and among the speakers, gender agreement with the
pronoun, sentences and paragraphs between its last mention and the pronoun, how often it was mentioned,
whether that mention opens a clause, sits inside quotation marks or in a credit line,
and whether it is the first person the article names. Inference is a sum of looked-up weights.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Span
from ..learned import bucket as _bucket
from ..learned import optional_weights
from .lexicon import _zh, alternation, lexicon
from .names_zh import _is_zh_name, _name_after_title
from .registry import EntityRec, Registry, _gender_of
from .zh_words import common_word, words

MODEL_FILE = "speakers_antecedent_zh.json"
_REACH = 1500  # characters back from the pronoun where an antecedent is looked for
_MAX = 6  # persons, most recent first
_SENT_END = re.compile(r"[。！？!?]")
_OBLIQUE = re.compile(r"[由被與和跟向對給讓把替從及]")
_CREDIT_BEFORE = re.compile(r"(?:記者|攝影|圖|文|撰文|編譯|譯)[／/：:]?\s*$")
_CREDIT_AFTER = re.compile(r"\s*(?:[／/]|攝影|報導|綜合報導|攝)")


@lru_cache(maxsize=1)
def _model() -> dict[str, float]:
    """The committed weights; no file: no weights (the rule decides)."""
    return optional_weights(MODEL_FILE)


def candidates(reg: Registry, at: int) -> list[tuple[EntityRec, int, int]]:
    """(person, start and end of its last mention before ``at``), most recent first."""
    text = reg.text
    k = bisect.bisect_left(reg.mentions, (at, -1))
    out: list[tuple[EntityRec, int, int]] = []
    seen: set[int] = set()
    for pos, _seq, rec in reversed(reg.mentions[max(0, k - 400):k]):
        if at - pos > _REACH or len(out) >= _MAX:
            break
        if rec.kind != "person" or id(rec) in seen:
            continue
        seen.add(id(rec))
        end = next((s.end for s in rec.spans if s.start == pos), pos + len(rec.name))
        out.append((rec, pos, min(end, len(text))))
    return out


def features(reg: Registry, at: int, gender: str | None, rec: EntityRec, pos: int, end: int, rank: int,
             speakers: list[int], first: EntityRec | None) -> list[str]:
    """Features of ``rec`` (last mentioned at ``pos:end``, ``rank``-th most recent person) as the antecedent of
    a pronoun of ``gender`` at ``at``; ``speakers``: ids of the persons who spoke, most recent first."""
    text = reg.text
    g = _gender_of(rec)
    agree = "unk" if not gender or g == "?" else ("same" if g == gender else "diff")
    between = text[end:at]
    sents = len(_SENT_END.findall(between))
    f = [f"rk:{rank}", f"g:{agree}", f"s:{min(sents, 3)}", f"pa:{min(between.count(chr(10)), 2)}",
         f"d:{_bucket(at - end, (10, 30, 80, 200, 500))}",
         f"n:{_bucket(sum(1 for s in rec.spans if s.start < at), (1, 2, 4))}"]
    sr = speakers.index(id(rec)) if id(rec) in speakers else -1
    f.append(f"sr:{sr if 0 <= sr <= 2 else ('far' if sr > 2 else 'no')}")
    f.append(f"rk_sr:{min(rank, 2)}:{sr if 0 <= sr <= 1 else 'x'}")
    cs = max(text.rfind(p, max(0, pos - 40), pos) for p in "，。；：！？\n」") + 1
    if pos - cs <= 12:
        f.append("opens" if pos == cs else "opens_titled")  # 王大明表示 / 海豚隊總教練李建成已經…
    if _OBLIQUE.search(text, cs, pos):
        f.append("oblique")  # 由前局長陳國輝規劃, 與議員陳文雄: named after a preposition, not the subject
    if _CREDIT_BEFORE.search(text, max(0, pos - 4), pos) and _CREDIT_AFTER.match(text, end, min(len(text), end + 6)):
        f.append("credit")
    line = text.rfind("\n", 0, pos) + 1
    if text.count("「", line, pos) > text.count("」", line, pos):
        f.append("quoted")
    if first is rec:
        f.append("first")
    return f


def choose(reg: Registry, at: int, gender: str | None) -> EntityRec | None:
    """The person a pronoun of ``gender`` at ``at`` most likely stands for, or None (no model, no person)."""
    weights = _model()
    if not weights or not reg.text or at > len(reg.text):
        return None  # a registry rebuilt without its article (claims): the rule decides
    best: tuple[float, EntityRec] | None = None
    for rec, feats in scored(reg, at, gender):
        z = sum(weights.get(k, 0.0) for k in feats)
        if best is None or z > best[0]:
            best = (z, rec)
    return best[1] if best else None


def scored(reg: Registry, at: int, gender: str | None) -> list[tuple[EntityRec, list[str]]]:
    """Every candidate of a pronoun at ``at`` with its features."""
    speakers: list[int] = []
    for pos, rec in reversed(reg.spoke):
        if pos < at and id(rec) not in speakers:
            speakers.append(id(rec))
    persons = [r for r in reg.recs if r.kind == "person" and r.spans]
    first = min(persons, key=lambda r: r.first()) if persons else None
    # a person of the other sex (by an honorific or a given-name prior) is never the antecedent
    return [(rec, features(reg, at, gender, rec, pos, end, rank, speakers, first))
            for rank, (rec, pos, end) in enumerate(candidates(reg, at))
            if not gender or _gender_of(rec) in (gender, "?")]


@lru_cache(maxsize=1)
def _honorific() -> re.Pattern[str]:
    """A surname and an honorific (羅太太, 陳先生): a person the article names no further."""
    zh = _zh()
    return re.compile(f"[{''.join(sorted(zh['surnames']))}](?:{alternation(lexicon('zh')['name_honorifics'])})")


def titled_person_before(reg: Registry, at: int, gender: str | None) -> EntityRec | None:
    """The last person named after a title (副會長許心欣, 妻子劉霞) or by surname and honorific (羅太太) in the
    paragraph before ``at`` that the registry does not hold: registered and returned; None when there is none
    (or only one of the other gender by a given-name prior)."""
    text = reg.text
    if not text or at > len(text):
        return None
    lo = max(text.rfind("\n", 0, at) + 1, at - 400)
    found: list[tuple[int, int, str | None]] = [(m.start(), m.end(), _HONORIFIC_GENDER.get(text[m.start() + 1:m.end()]))
                                                for m in _honorific().finditer(text, lo, at)]
    for m in _zh()["roles"].finditer(text, lo, at):
        ns = m.end()
        while ns < at and text[ns] in " \u3000":
            ns += 1
        name = _name_after_title(text, text, ns, min(at, ns + 8))
        if name is not None and _is_zh_name(name) and not common_word(name):
            found.append((ns, ns + len(name), None))
    for s, e, g in sorted(found, reverse=True):
        rec = EntityRec(name=text[s:e], kind="person", gender=g)
        if gender and _gender_of(rec) not in (gender, "?"):
            continue
        rec = reg.add(text[s:e], "person", Span(s, e))
        rec.gender = rec.gender or g
        return rec
    return None


_HONORIFIC_GENDER = {"太太": "f", "小姐": "f", "女士": "f", "阿姨": "f", "先生": "m", "阿伯": "m"}


_CLAUSE_OPEN = re.compile(r"[，,。；;：:！？!?\n「」『』]")
_SUBJECT_NEXT = ("v", "d", "t", "p", "c", "r", "m")
_BODY_END = frozenset("局部會院署處所廠市縣省國司行社黨團隊校館台站店")  # 林務局: a body, not a person
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,3}")


def named_subject_before(reg: Registry, at: int, gender: str | None) -> EntityRec | None:
    """The last bare Chinese name standing as a clause's subject in the two paragraphs before ``at`` that the
    registry does not hold (旅美球星王建民此次擔任…，他說 / 黃冠棠今年獲…，他說): a surname and a given name
    on jieba's word boundaries, its own word or single characters jieba could not join, followed by a verb,
    adverb, time word, preposition, conjunction, pronoun or number word (its predicate or a time phrase). Registered and returned; None when there is none (or
    only one of the other sex by a given-name prior)."""
    text = reg.text
    if not text or at > len(text):
        return None
    para = text.rfind("\n", 0, at)
    lo = max(text.rfind("\n", 0, para) + 1 if para > 0 else 0, at - 400)
    found: list[tuple[int, int]] = []
    cs = lo
    for m in [*_CLAUSE_OPEN.finditer(text, lo, at), None]:
        ce = m.start() if m is not None else at
        if ce - cs >= 3:
            found += _subject_names(text, cs, ce)
        cs = ce + 1
    for s, e in reversed(found):
        rec = EntityRec(name=text[s:e], kind="person")
        if gender and _gender_of(rec) not in (gender, "?"):
            continue
        return reg.add(text[s:e], "person", Span(s, e))
    return None


def _subject_names(text: str, cs: int, ce: int) -> list[tuple[int, int]]:
    """(start, end) of the names of ``text[cs:ce]`` followed by their predicate (see ``named_subject_before``)."""
    ws = words(text[cs:ce])
    starts, pos = [], cs
    for w, _t in ws:
        starts.append(pos)
        pos += len(w)
    out: list[tuple[int, int]] = []
    for i in range(len(ws)):
        for n in (3, 2):
            # the name's characters: one word, or single characters jieba could not join
            k, got = i, 0
            while k < len(ws) and got < n and (len(ws[k][0]) == 1 or k == i and len(ws[k][0]) == n):
                got += len(ws[k][0])
                k += 1
            if got != n or k >= len(ws):
                continue
            name = text[starts[i]:starts[i] + n]
            nxt_w, nxt_t = ws[k]
            if i > 0 and ws[i - 1][1].startswith(("v", "p")) or name[1] in "男女姓":
                continue  # 鎖定張男後…: the object of a verb or a preposition, or a surname and a sex, no name
            if _HAN_NAME.fullmatch(name) and _is_zh_name(name) and not common_word(name) \
                    and name[-1] not in _BODY_END and (nxt_w[0].isascii() and nxt_w[0].isalnum()
                                                      or len(nxt_w) >= 2 and nxt_t.startswith(_SUBJECT_NEXT)
                                                      or nxt_t.startswith(("v", "t", "d"))):
                out.append((starts[i], starts[i] + n))
                break
    return out
