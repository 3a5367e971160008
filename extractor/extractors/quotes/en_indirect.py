"""English reported speech: "X said (that) …", "…, X said.", "…, said X, role.", "according to X",
"…, saying …", and coordinated clauses ("X said A, and Y warned that B")."""

from __future__ import annotations

import bisect
import re

from ...document import Document, Span
from ..speakers.parse_en import parse_en
from ..speakers.registry import Registry
from .assemble import _MAX_SENT, _Cand, _title_span
from .cues import _WORD, _en_res, _en_same_subject, _need_that, _verb_words
from .en_frames import _en_phrase_before, _strip_source

_NEXT_CHAR = re.compile(r"\S")


def _en_indirect(doc: Document, reg: Registry, direct: list[Span]) -> list[_Cand]:
    text = doc.text
    res = _en_res()
    out: list[_Cand] = []
    direct = sorted(direct)
    dstarts = [d.start for d in direct]
    verbs = _verb_words()
    title = _title_span(doc)
    for s in doc.sentences:
        if title is not None and title.start <= s.start < title.end:
            continue  # a headline is not reported speech
        if len(s) > _MAX_SENT or len(s) < 20:
            continue
        sent = text[s.start:s.end]
        if verbs.isdisjoint(_WORD.findall(sent.lower())) and "ccording" not in sent and " put" not in sent:
            continue  # most sentences report nothing: one cheap scan before the frame patterns
        body_end = len(sent.rstrip().rstrip(".!?\"”’").rstrip())
        cand = _en_indirect_one(reg, sent, s.start, body_end, res)
        if cand is None:
            continue
        q = cand.span
        k = bisect.bisect_left(dstarts, q.start - 4000)
        quoted = 0
        while k < len(direct) and direct[k].start < q.end:
            d = direct[k]
            quoted += max(0, min(q.end, d.end) - max(q.start, d.start))
            k += 1
        if quoted * 2 > len(q) or re.match(r"[\"“”]", text[q.start:q.end]):
            continue  # the words are a direct quote already
        out.extend(_en_split_coordinated(reg, text, cand, res) if cand.phrase and cand.phrase[0] < q.start else [cand])
    return out


_EN_DAY = (r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
           r"last\s+week|this\s+week|last\s+month|this\s+month|earlier|later|recently|previously))?")


# "said (on Tuesday | in a filing) that …"
_EN_THAT = re.compile(_EN_DAY + r"(?:\s+(?:on|in|at|during|this|last|late|earlier|for|since|repeatedly|again|publicly|"
                      r"privately|long|often|also)\b[^,;:\"“”]{0,60}?)?\s+that\s+")


# "told parliament that …", "told reporters on Monday that …"
_EN_TOLD_THAT = re.compile(r"\s+[^,;:\"“”]{1,60}?\s+that\s+")


# "said Tuesday it would …", "said the suspect fled" (no comma: "said, speaking on …" reports nothing)
_EN_BARE = re.compile(_EN_DAY + r"\s+")


_EN_PREP = r"(?:in|on|at|to|during|for|with|from|by|of|about|after|before|as|while|when)\b"


def _en_indirect_one(reg: Registry, sent: str, base: int, body_end: int, res: dict[str, re.Pattern[str]]
                     ) -> _Cand | None:
    def cand(cs: int, ce: int, ps: int, pe: int, cue: str, inv: bool = False) -> _Cand | None:
        while ce > cs and sent[ce - 1] in " ,;:—–":
            ce -= 1
        if ce - cs < 12:
            return None
        return _Cand(Span(base + cs, base + ce), "indirect", cue, (base + ps, base + pe), base + ps)

    head = sent[:body_end]
    m = res["according_lead"].match(head)
    if m:
        sp = _strip_source(m.group("sp"))
        return cand(m.end(), body_end, m.start("sp") + sp, m.end("sp"), "according to")
    # trailing attribution: the last comma-frame that ends the sentence
    for pat in ("according", "inv", "post"):
        for m in res[pat].finditer(head):
            nxt = _NEXT_CHAR.search(head, m.end())  # (not a copy of the rest: one per frame is quadratic)
            if nxt and nxt.group() != ",":
                continue  # the frame must end the sentence or sit between commas ("…, X said, as …")
            if m.start() == 0:
                continue
            cue = m.group("cue")
            sps = m.start("sp")
            if pat == "according":
                sps += _strip_source(m.group("sp"))
                cue = cue.lower()
            sp_words = sent[sps:m.end("sp")].split()
            if sp_words and (sp_words[0].lower().endswith("ing") or re.search(r"['’]s?$", sp_words[-1])):
                continue  # ", beating analysts' forecast": a participle and a noun, not a source and its verb
            if parse_en(reg, sent, sps, m.end("sp"), sps) is None:
                continue  # ", as orders … continued to …": the words before the verb name no source
            cs = 0
            but = head.rfind(", but ", 0, m.start())
            if but >= 0:
                cs = but + 6  # "A is true, but B, X reported": the report is B
            return cand(cs, m.start(), sps, m.end("sp"), cue, inv=pat == "inv")
    m = res["as_puts"].match(head)
    if m and parse_en(reg, sent, m.start("sp"), m.end("sp"), m.start("sp")) is not None:
        return cand(m.end(), body_end, m.start("sp"), m.end("sp"), m.group("cue"))
    # leading attribution: "X said (that) …" with X from the clause start
    for m in res["verb"].finditer(head):
        vs, ve = m.start(), m.end()
        if _CLOSE_BEFORE.search(head, max(0, vs - 4), vs):
            continue  # '"…," said X, role': the inverted attribution of a direct quote, not content after it
        if m.group().lower() in ("reported", "report", "reports") and _EN_NONSPEECH_OBJ.match(head, ve):
            continue  # "reported a 17% rise in revenue": a figure, not speech
        ps, pe = _en_phrase_before(head, 0, vs)
        sub = _EN_SUBORD.search(head, ps, pe)
        if sub is not None and _EN_SUBORD_TAIL.fullmatch(head, sub.end(), ps + len(head[ps:pe].rstrip())):
            ps = sub.end()  # "Shares fell after CNBC reported that …": the source is the subject after "after"
        if _EN_AND_BEFORE.search(head, max(0, vs - 12), vs) and len(head[ps:pe].split()) > 3:
            # "Acme posted a loss and said …": the subject is the name that opens the clause
            lead = _EN_LEAD_NAME.match(head, ps)
            if lead is None or (len(lead.group().split()) < 2 and reg.lookup(lead.group().strip()) is None):
                continue
            ps, pe = lead.start(), lead.end()
        if not head[ps:pe].strip() or len(head[ps:pe].split()) > 12:
            continue
        if parse_en(reg, sent, ps, pe, ps) is None:
            continue  # "… have complained of X and say that …": not a source before this verb
        rest = _EN_THAT.match(head, ve) if m.group().lower() != "told" else _EN_TOLD_THAT.match(head, ve)
        if rest is None and m.group().lower() != "told":
            rest = _EN_BARE.match(head, ve)
            if rest is not None and re.match(_EN_PREP, head[rest.end():rest.end() + 12], re.I):
                continue  # "said in a statement." / "said of the plan": no reported content follows
        if rest is None:
            continue
        if m.group().lower() in _need_that() and not head[ve:rest.end()].rstrip().endswith("that"):
            continue  # "Employers added 200,000 jobs": not speech without "added that"
        rest_end = rest.end() - ve
        return cand(ve + rest_end, body_end, ps, pe, m.group())
    # participial and coordinated frames: "X is frustrated …, saying …", "X … and say that …"
    for pat in ("saying", "and_say"):
        m = res[pat].search(head)
        if m:
            subj = res["subject"].match(head)
            if subj:
                return cand(m.end(), body_end, subj.start("sp"), subj.end("sp"), m.group("cue"))
    return None


# a subordinating word before the reporting clause: "… after CNBC reported that", "… when the agency said"
_EN_SUBORD = re.compile(r"\b(?:after|when|as|since|because|before|while|once|until)\s+(?=\S)")
_EN_SUBORD_TAIL = re.compile(r"(?:the\s+)?[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,4}|(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+)?")
_CLOSE_BEFORE = re.compile(r"[\"”’]\s*$")


# "reported a 17% rise", "reported record sales": an object that is a figure, not reported speech
_EN_NONSPEECH_OBJ = re.compile(r"\s+(?:a|an|its|their|his|her|record|net|higher|lower|\S*\d)\b", re.I)


_EN_AND_BEFORE = re.compile(r"\s(?:and|but)(?:\s+also)?\s+$")


_EN_LEAD_NAME = re.compile(r"\s*(?:[Tt]he\s+)?[A-Z][\w&.'’\-]*(?:\s+(?:of\s+|&\s+)?[A-Z&][\w&.'’\-]*){0,5}")


# "…, and several analysts warned that …": a second source taking over the sentence
_EN_COORD = re.compile(r",\s+(?:and|but|while|whereas)\s+")


_MAX_COORD = 4  # coordinated clauses tried per sentence: "A, and B, and C…" in hostile input stays linear


def _en_split_coordinated(reg: Registry, text: str, cand: _Cand, res: dict[str, re.Pattern[str]]) -> list[_Cand]:
    """Split "X said A, and Y warned that B" into A (X) and B (Y); ``cand`` is the indirect for A…B."""
    out: list[_Cand] = []
    tries = 0
    q = cand.span
    for m in _EN_COORD.finditer(text, q.start, q.end):
        tries += 1
        if tries > _MAX_COORD:
            break
        sub = m.end()
        second = _en_indirect_one(reg, text[sub:q.end], sub, q.end - sub, res)
        if second is None or second.phrase is None or second.phrase[0] != sub or second.cue == "according to":
            continue  # the words after "and" must open with their own source and reporting verb
        if m.start() - q.start < 12:
            continue
        out.append(_Cand(Span(q.start, m.start()), cand.kind, cand.cue, cand.phrase, cand.at))
        cand, q = second, second.span
    # "X said A and predicted B" / "X said A but warned that B": one subject, two reporting verbs
    for m in _en_same_subject().finditer(text, q.start, q.end):
        if m.start() - q.start < 12 or q.end - m.end() < 12:
            continue
        if m.group("cue").lower() in _need_that() and not m.group().rstrip().endswith("that"):
            continue
        out.append(_Cand(Span(q.start, m.start()), cand.kind, cand.cue, cand.phrase, cand.at))
        cand = _Cand(Span(m.end(), q.end), cand.kind, m.group("cue"), cand.phrase, cand.at)
        break
    return [*out, cand]

