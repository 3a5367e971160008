"""Chinese direct quotes: a cue before the opening mark (X表示：「…」), after the closing one (「…」X說),
or a quote closing a sentence of reported speech; long stand-alone quotes continue the last speaker."""

from __future__ import annotations

import bisect
import re

from ...document import Document, Span
from ..speakers.described_name_zh import described_name
from ..speakers.lexicon import _HAN
from ..speakers.parse_zh import parse_zh
from ..speakers.registry import Registry
from .assemble import _Cand, _inherit, _resolve_in_order
from .cues import _blocked, _zh_res
from .marks import QuotedRun
from .zh_clauses import _ZH_BOUND, _ZH_SENT_END, _Bounds, _subject_clause, addressee_only
from .zh_indirect import _glued_term, _only_adverbs, _zh_indirect
from .zh_subjects import _sentence_subject


def _zh_candidates(doc: Document, reg: Registry, runs: list[QuotedRun]) -> list[_Cand]:
    text, folded = doc.text, doc.folded or doc.text
    res = _zh_res()
    cands: list[_Cand] = []
    direct_spans: list[Span] = []
    bounds = _Bounds(folded)
    sent_ends = [m.start() for m in _ZH_SENT_END.finditer(text)]
    for run in runs:
        inner = run.inner
        body = text[inner.start:inner.end]
        before = folded[max(0, run.open - 12):run.open]
        m = res["cue_before"].search(before)
        if m is None:
            before = folded[max(0, run.open - 24):run.open]
            m = res["tell_before"].search(before)
        prev = text[run.open - 1] if run.open > 0 else "\n"
        if m is None and prev in "：:" and run.open >= 3:
            # 第三隊長戴長生：「…」 / 記者：「…」: a speaker and a colon, the interview format
            ps = bounds.clause_start(run.open - 1, limit=30)
            sp = parse_zh(reg, text, folded, ps, run.open - 1, run.open - 1) if ps < run.open - 1 else None
            if (sp is None or sp.kind in ("org", "group")) and ps < run.open - 1:
                sp = described_name(text, folded, ps, run.open - 1) or sp  # 某大學研究中心 王小明：「…」
            if sp is not None and sp.kind in ("person", "persons", "role", "surname_role") and sp.span.end == run.open - 1:
                cands.append(_Cand(inner, "direct", None, (ps, run.open - 1), ps))
                direct_spans.append(inner)
                continue
        if m and _glued_term(text, run.open, run.close):
            continue  # 表示「一切選項」都擺在檯面上: a quoted term inside reported words
        if m:
            cue_start = run.open - len(before) + m.start("cue")
            ps = bounds.clause_start(cue_start)
            if (addressee_only(folded, _skip_space(folded, ps), cue_start) or _only_adverbs(folded, ps, cue_start)
                    or ps == cue_start) and ps >= 2 and text[ps - 1] in "，,":
                subj = _subject_clause(reg, text, folded, bounds, ps - 1)
                if subj is not None:  # …川普…通話時，對習近平說，「…」: the subject before, never the one spoken to
                    cands.append(_Cand(inner, "direct", m.group("cue"), subj, cue_start))
                    direct_spans.append(inner)
                    continue
            if _reported_before(doc, reg, bounds, sent_ends, ps) and not _names_person(doc, reg, ps, cue_start):
                # 「X表示，…穩定預期，「…」」: the clause before the quote is reported content, not its speaker
                cands.append(_Cand(inner, "direct", None, None, run.open))
            else:
                cands.append(_Cand(inner, "direct", m.group("cue"), _direct_phrase(reg, text, folded, bounds, ps,
                                                                                   cue_start), cue_start))
            direct_spans.append(inner)
            continue
        after = _zh_after(text, folded, run.close + 1)
        embedded = bool(re.match(f"[{_HAN}A-Za-z0-9）)]", prev))
        speechlike = len(body) >= 10 and (bool(re.search(r"[，,。！？!?；]", body)) or not embedded)
        if after is not None and (speechlike or not embedded):
            ps, pe, cue = after
            cands.append(_Cand(inner, "direct", cue, (ps, pe), ps))
            direct_spans.append(inner)
        elif prev in "，,：:" and len(body) >= 4 and (run.close + 1 >= len(text) or text[run.close + 1] in "。！？!?\n") \
                and _reported_before(doc, reg, bounds, sent_ends, run.open):
            # X指出，…，「…」: a quote with no cue of its own, closing a sentence of reported speech
            cands.append(_Cand(inner, "direct", None, None, run.open))
            direct_spans.append(inner)
        elif not embedded and speechlike and len(body) >= 12:
            # continued speech: a long quote standing as its own clause
            cands.append(_Cand(inner, "direct", None, None, run.open, inherit_next=True))
            direct_spans.append(inner)
    cands.extend(_zh_indirect(doc, reg, direct_spans, runs))
    cands = _resolve_in_order(doc, reg, cands)
    return _inherit(doc, reg, cands, window=400)


def _direct_phrase(reg: Registry, text: str, folded: str, bounds: _Bounds, ps: int, cs: int) -> tuple[int, int]:
    """The speaker words of a direct quote whose cue stands right before it: the words before the cue, or,
    when they name no one (民眾仍興趣缺缺，還說「…」: 還), the subject of the sentence they continue."""
    if ps < cs and parse_zh(reg, text, folded, ps, cs, cs) is not None:
        return ps, cs
    if ps >= 2 and text[ps - 1] in "，,":
        subj = _sentence_subject(reg, text, folded, bounds, ps - 1)
        if subj is not None:
            return subj
    return ps, cs


def _skip_space(folded: str, pos: int) -> int:
    while pos < len(folded) and folded[pos] in " \u3000":
        pos += 1
    return pos


def _reported_before(doc: Document, reg: Registry, bounds: _Bounds, sent_ends: list[int], pos: int) -> bool:
    """True when an earlier clause of the sentence holding ``pos`` is "source + cue" (X指出，…)."""
    text, folded = doc.text, doc.folded or doc.text
    k = bisect.bisect_left(sent_ends, pos) - 1
    ss = max(sent_ends[k] + 1 if k >= 0 else 0, pos - 200)
    first = bounds.clause_start(pos)
    if first <= ss:
        return False  # the clause before ``pos`` opens the sentence
    res = _zh_res()
    for n, m in enumerate(res["cue"].finditer(folded, ss, first)):
        if n >= 6:
            break  # a speaker's cue opens the sentence; a run of cue characters is not prose
        if res["noun_follow"].match(folded, m.end()) or (m.start() > 0 and folded[m.start() - 1] in
                                                         _blocked().get(m.group(), "")):
            continue
        ps = bounds.clause_start(m.start())
        if ps < m.start() and parse_zh(reg, text, folded, ps, m.start(), m.start()) is not None:
            return True
    return False


def _names_person(doc: Document, reg: Registry, start: int, end: int) -> bool:
    sp = parse_zh(reg, doc.text, doc.folded or doc.text, start, end, start)
    return sp is not None and sp.kind in ("person", "persons", "pronoun", "surname_role", "role", "surname")


def _zh_after(text: str, folded: str, pos: int) -> tuple[int, int, str] | None:
    """``」X指出`` / ``，」他說``: the speaker phrase and cue right after a closing mark."""
    j = pos
    if j < len(text) and text[j] in "，,":
        j += 1
    seg_end = j
    while seg_end < len(text) and seg_end - j < 30 and text[seg_end] not in _ZH_BOUND:
        seg_end += 1
    m = None
    for m2 in _zh_res()["cue"].finditer(folded, j, seg_end):
        m = m2
        break
    if m is None or m.start() == j:
        return None
    return j, m.start(), m.group()
