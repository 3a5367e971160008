"""English quotations laid out as blocks rather than marked: a list introduced by "X also said:" (each item
reported speech of X), and unmarked block quotations (a first-person passage inside a third-person article,
right after the person it quotes was named)."""

from __future__ import annotations

import bisect
import re

from ...document import Document, Span
from ..speakers.en_people import quoted_spans, salient_person
from ..speakers.registry import Registry, Speaker
from .assemble import _Cand
from .cues import _en_res
from .en_frames import _en_phrase_before

_FIRST_PERSON = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|my|me|mine|we|we['’](?:re|ve|d|ll)|our|ours|us)\b")
_MARKS = re.compile(r"[“”\"]")
_BULLET = re.compile(r"\s*[•\-–*·]\s+")
_MAX_ITEMS = 12
_MAX_BLOCK = 12  # paragraphs in one block quotation


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of the non-blank lines of ``text`` (a paragraph per line in extracted articles)."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def _en_blocks(doc: Document, reg: Registry) -> list[_Cand]:
    text = doc.text
    paras = _paragraphs(text)
    listed = _listed(text, paras)
    blocks = _block_quotes(reg, text, paras)
    taken = {c.span.start for c in [*listed, *blocks]}
    return [*listed, *blocks, *(c for c in _introduced(text, paras) if c.span.start not in taken)]


# a reporting verb (or "is reporting", "writes") in the sentence that ends a paragraph with a colon or ellipsis
_INTRO_END = re.compile(r"(?::|…|\.\.\.)\s*$")
_INTRO_EXTRA = re.compile(r"\b(?:reporting|writing|put it|puts it)\b")
_AUX_TAIL = re.compile(r"\s+(?:is|are|was|were|has|have|had)(?:\s+been)?(?:\s+\w+ly)?\s*$")
_CLAUSE_IN = re.compile(r"\b(?:that|is|are|was|were|has|have|had|will|would|could|can|may|might|should)\b")
_PROSE_END = re.compile(r"[.!?…]['’”\"]?\s*$")


def _introduced(text: str, paras: list[tuple[int, int]]) -> list[_Cand]:
    """'The Gazette is reporting on the trial:' / 'He adds:' / '…, and he believes the link is no coincidence…'
    then a paragraph of prose with no quotation marks: that paragraph quotes the subject of the introducing
    sentence (a block quotation the page's markup set apart, its marks lost in extraction)."""
    out: list[_Cand] = []
    verb_re = _en_res()["verb"]
    for i in range(len(paras) - 1):
        ps, pe = paras[i]
        line = text[ps:pe].rstrip()
        if not _INTRO_END.search(line):
            continue
        ends = [line.rfind(p, 0, len(line) - 1) for p in (". ", "? ", "! ")]
        sent = max(e + 2 for e in ends) if max(ends) >= 0 else 0
        verbs = [m for m in verb_re.finditer(line, sent) if not re.search(r"\bbeen\s+$", line[sent:m.start()])] \
            or [m for m in _INTRO_EXTRA.finditer(line, sent)]  # "have been found to": a passive reports nothing
        if not verbs:
            continue
        mv = verbs[0]
        rest = line[mv.end():]
        if re.match(r"\s+(?:a|an|the|this|these|some|many|its|his|her|their)\s", rest) and not _CLAUSE_IN.search(rest):
            continue  # "tells a different story:": a verb with its object, not an introduction of words
        if line.count("“", sent) + line.count('"', sent) % 2 and line.rstrip().endswith(("”", '"')):
            continue
        qs, qe = paras[i + 1]
        body = text[qs:qe].rstrip()
        if _MARKS.match(body.lstrip()) or _BULLET.match(body) or len(body.split()) < 8 \
                or not _PROSE_END.search(body) or body.endswith(":"):
            continue  # a marked quotation (found elsewhere), a list item, a heading or another introduction
        sp = _en_phrase_before(text, ps + sent, ps + mv.start())
        aux = _AUX_TAIL.search(text, sp[0], sp[1])
        if aux is not None:
            sp = (sp[0], aux.start())  # "The Gazette is (reporting)": the subject without its auxiliary
        if not text[sp[0]:sp[1]].strip():
            continue
        out.append(_Cand(Span(qs, qs + len(body)), "direct", mv.group(), sp, sp[0]))
    return out


def _listed(text: str, paras: list[tuple[int, int]]) -> list[_Cand]:
    """'President Lee also said:' then short items without closing punctuation: one indirect quote each."""
    out: list[_Cand] = []
    verb_re = _en_res()["verb"]
    for i, (ps, pe) in enumerate(paras):
        line = text[ps:pe].rstrip()
        if not line.endswith(":") or _MARKS.search(line):
            continue
        mv = None
        for m in verb_re.finditer(line):
            mv = m
        if mv is None or line[mv.end():].strip() != ":":
            continue  # the reporting verb must end the line: "… also said:"
        sent = max(line.rfind(". ", 0, mv.start()) + 2, 0)
        sp = _en_phrase_before(text, ps + sent, ps + mv.start())
        if not text[sp[0]:sp[1]].strip():
            continue
        for qs, qe in paras[i + 1:i + 1 + _MAX_ITEMS]:
            item = text[qs:qe].rstrip()
            bullet = _BULLET.match(item)
            if not bullet and (re.search(r"[.!?:;]['’”\"]?$", item) or len(item.split()) > 40):
                break  # a sentence of the article again, not a list item
            start = qs + (bullet.end() if bullet else 0)
            out.append(_Cand(Span(start, qs + len(item)), "indirect", mv.group(), sp, sp[0]))
    return out


def _block_quotes(reg: Registry, text: str, paras: list[tuple[int, int]]) -> list[_Cand]:
    """First-person paragraphs with no marks in an article whose narrative is third person: the words of
    the person the paragraph before names and reports (paragraphs between two such, naming nobody, go with
    them)."""
    if len(paras) < 3:
        return []
    quoted = quoted_spans(text)
    outside = _outside_marks(text, quoted)
    if any(_FIRST_PERSON.search(outside[s:e]) for s, e in paras[:2]):
        return []  # a first-person article (column, review): its "I" is the author's
    first = [bool(not _MARKS.search(text[s:e]) and _FIRST_PERSON.search(text[s:e]) and not text[s:e].rstrip()
                  .endswith(":")) for s, e in paras]
    out: list[_Cand] = []
    i = 2
    while i < len(paras):
        if not first[i]:
            i += 1
            continue
        rec = salient_person(reg, text, paras[i][0], None)
        if rec is None or not _named_in(text, paras[i - 1], rec) or not _en_res()["verb"].search(text, *paras[i - 1]):
            i += 1
            continue
        if _names_anyone(reg, *paras[i]):
            i += 1  # "Lee said we …": a paragraph naming someone is narrative, not a quotation
            continue
        j, last = i, i
        while j < len(paras) and j - i < _MAX_BLOCK:
            s, e = paras[j]
            if _MARKS.search(text[s:e]) or _names_anyone(reg, s, e):
                break
            if first[j]:
                last = j
            j += 1
        speaker = Speaker(rec.name, "person", Span(*paras[i - 1]), role=rec.role, org=rec.org, ent=rec,
                          text=rec.name)
        for s, e in paras[i:last + 1]:
            out.append(_Cand(Span(s, e), "direct", None, None, s, speaker=speaker))
        i = last + 1
    return out


def _outside_marks(text: str, quoted: list[tuple[int, int]]) -> str:
    """``text`` with every quoted stretch blanked (same length, so offsets hold)."""
    parts, prev = [], 0
    for s, e in quoted:
        parts.append(text[prev:s])
        parts.append(" " * (e - s))
        prev = e
    parts.append(text[prev:])
    return "".join(parts)


def _named_in(text: str, para: tuple[int, int], rec: object) -> bool:
    names = {getattr(rec, "name", "")} | set(getattr(rec, "aliases", set()))
    seg = text[para[0]:para[1]]
    return any(n and len(n) >= 3 and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", seg) for n in names)


def _names_anyone(reg: Registry, start: int, end: int) -> bool:
    """True when a person is mentioned in ``[start, end)`` (a third-person paragraph of the narrative)."""
    k = bisect.bisect_left(reg.mentions, (start, -1))
    return any(pos < end and rec.kind == "person" for pos, _seq, rec in reg.mentions[k:k + 8])
