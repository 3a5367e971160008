"""English direct quotes: the attribution before (X said, "…"), after ("…," X said / said X, role) or
earlier in the sentence; short unattributed runs are scare quotes."""

from __future__ import annotations

import bisect
import re

from ...document import Document, Span
from ..speakers.registry import Registry
from .assemble import _MAX_SENT, _Cand, _inherit, _resolve_in_order
from .cues import _determiners, _en_res
from .en_frames import _bisect_end, _en_phrase_before, _en_sentence
from .en_indirect import _en_indirect
from .marks import QuotedRun


def _en_candidates(doc: Document, reg: Registry, runs: list[QuotedRun]) -> list[_Cand]:
    text = doc.text
    res = _en_res()
    cands: list[_Cand] = []
    direct: list[Span] = []
    dets = _determiners()
    open_at = [r.open for r in runs]
    starts = [s.start for s in doc.sentences]
    verb_cache: dict[int, list[re.Match[str]]] = {}
    for run in runs:
        inner = run.inner
        body = text[inner.start:inner.end]
        ss, se = _en_sentence(doc, starts, run.open, run.close)
        before = text[max(ss, run.open - 160):run.open]
        words = body.split()
        short = len(words) < 4 and not re.search(r"[.!?,]$", body.strip())
        prev_word = re.search(r"([A-Za-z\-]+)\W*$", text[max(ss, run.open - 30):run.open])
        if short and (prev_word is None or prev_word.group(1).lower() in dets):
            continue  # a "skinny" deal, the "green shoe" option: scare quotes
        cand = None
        if res["adding"].search(before) and re.search(r"[,]\s*(?:adding|added)", before):
            cand = _Cand(inner, "direct", None, None, run.open, inherit_next=False)
            cand.cue = re.search(r"(adding|added|continuing|continued)", before).group(1)  # type: ignore[union-attr]
        else:
            m = res["before"].search(before)
            ma = res["according_before"].search(before)
            if ma and not short:
                base = run.open - len(before)
                cand = _Cand(inner, "direct", "according to", (base + ma.start("sp"), base + ma.end("sp")),
                             base + ma.start("sp"))
            elif m and not short:
                vs = len(text[:run.open]) - len(before) + m.start("cue")
                cand = _Cand(inner, "direct", m.group("cue"), _en_phrase_before(text, ss, vs), vs)
        if cand is None:
            after = _en_after(text, run.close + 1, se, open_at)
            if after is None and se <= run.close + 2 and _ATTR_NEXT.match(text, run.close + 1):
                # '"…a lot?" Forte said.': the sentence splitter ended the sentence inside the marks
                after = _en_after(text, run.close + 1, _en_sentence(doc, starts, run.close + 2, run.close + 3)[1],
                                  open_at)
            if after is not None:
                ps, pe, cue, inv = after
                cand = _Cand(inner, "direct", cue, (ps, pe), ps)
        if cand is None:
            # "The president said the agreement \"…\"": the last reporting frame earlier in the sentence
            v = _last_verb_before(text, ss, run.open, verb_cache)
            if v is not None and text[v[0]:v[1]].strip():
                cand = _Cand(inner, "direct", v[2], (v[0], v[1]), v[0])
        if cand is None and short:
            v = _last_verb_before(text, ss, run.open, verb_cache)
            if v is not None:
                cand = _Cand(inner, "direct", v[2], (v[0], v[1]), v[0])
            else:
                cand = _Cand(inner, "direct", None, None, run.open, inherit_next=True)
                cand.phrase = None
        if cand is None:
            if len(words) < 4 and not (len(words) >= 2 and re.search(r"[.!?]$", body.strip())):
                continue  # too short to be speech on its own, unless a whole sentence ("This is home.")
            if not re.search(r"[.!?,;:]$", body.strip()) and text[ss:run.open].strip():
                continue  # a title or slogan inside a sentence ("the book "Why Nations Fail" sold"), not speech
            cand = _Cand(inner, "direct", None, None, run.open, inherit_next=True)
        cands.append(cand)
        direct.append(inner)
    cands.extend(_en_indirect(doc, reg, direct))
    cands = _resolve_in_order(doc, reg, cands)
    # short quotes survive only with a speaker of their own sentence
    return [c for c in _inherit(doc, reg, cands, window=600)
            if not (c.kind == "direct" and len(text[c.span.start:c.span.end].split()) < 4 and c.speaker is None)]


# right after a closing mark: a short attribution ("Forte said", "said Ann Lee", "says president Lee")
_ATTR_NEXT = re.compile(r"[ \t]+(?:[A-Z][\w.'’\-]*(?:[ \t]+[A-Z][\w.'’\-]*){0,4}[ \t]+[a-z]+|[a-z]+[ \t]+[A-Za-z])")


def _en_after(text: str, pos: int, se: int, open_at: list[int]) -> tuple[int, int, str, bool] | None:
    """Attribution after a closing mark: ``," X said`` / ``," said X, role`` / ``" … in October, said X``."""
    limit = min(se, pos + 200)
    k = bisect.bisect_left(open_at, pos)
    if k < len(open_at) and open_at[k] < limit:
        limit = open_at[k]
    seg = text[pos:limit]
    res = _en_res()
    ma = res["appos"].match(seg)
    if ma:
        return pos + ma.start("sp"), pos + ma.end("sp"), ma.group("cue"), False
    m = res["inv"].search(seg)
    m2 = res["post"].search(seg)
    if m and (m2 is None or m.start() <= m2.start()):
        return pos + m.start("sp"), pos + m.end("sp"), m.group("cue"), True
    if m2:
        return pos + m2.start("sp"), pos + m2.end("sp"), m2.group("cue"), False
    # "… for families, the county manager, Rita Gomez, said": a verb right after a comma-set aside
    for mv in res["verb"].finditer(seg):
        if seg[:mv.start()].rstrip().endswith(","):
            ps, pe = _en_phrase_before(text, pos, pos + mv.start())
            return ps, pe, mv.group(), False
        break
    return None


def _last_verb_before(text: str, ss: int, pos: int, cache: dict[int, list[re.Match[str]]]
                      ) -> tuple[int, int, str] | None:
    """The last "X said … that" frame earlier in the sentence starting at ``ss`` (within 300 chars)."""
    if ss not in cache:  # one scan per sentence, however many quotes it holds
        cache[ss] = list(_en_res()["verb"].finditer(text, ss, min(len(text), ss + _MAX_SENT)))
    found = cache[ss]
    k = _bisect_end(found, pos)
    if k < 0 or found[k].start() < pos - 300:
        return None
    last = found[k]
    ps, pe = _en_phrase_before(text, ss, last.start())
    return ps, pe, last.group()
