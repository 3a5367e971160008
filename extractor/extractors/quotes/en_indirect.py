"""English reported speech: "X said (that) …", "…, X said.", "…, said X, role.", "according to X",
"…, saying …", and coordinated clauses ("X said A, and Y warned that B")."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ...document import Document, Span
from ..speakers.lexicon import lexicon
from ..speakers.parse_en import parse_en
from ..speakers.registry import Registry
from .assemble import _MAX_SENT, _Cand, _title_span
from .cues import _BARE_AHEAD, _PARTICIPLES, _WORD, _en_res, _en_same_subject, _need_that, _verb_words
from .en_frames import _DATELINE, _en_phrase_before, _strip_source

_NEXT_CHAR = re.compile(r"\S")
_PARTICIPLE_WORDS = frozenset(_PARTICIPLES)


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
        if verbs.isdisjoint(_WORD.findall(sent.lower())) and "ccording" not in sent and " put" not in sent \
                and _PARTICIPLE_WORDS.isdisjoint(_WORD.findall(sent.lower())):
            continue  # most sentences report nothing: one cheap scan before the frame patterns
        body_end = len(sent.rstrip().rstrip(".!?\"”’").rstrip())
        cand = _en_indirect_one(reg, sent, s.start, body_end, res)
        n0 = len(out)
        if cand is not None:
            _accept(reg, text, cand, direct, dstarts, res, out)
        out.extend(_after_attribution(sent, s.start, body_end, res, out[n0:], direct))
    return out


_AFTER_PARTICIPLE = re.compile(r",\s*(?:while\s+)?(?P<cue>" + "|".join(_PARTICIPLES) +
                               r")(?:\s+(?:in|on|at|during)\s+[^,;:\"“”]{1,40}?)?(?:\s+that|" + _BARE_AHEAD + r")\s+")


def _after_attribution(sent: str, base: int, body_end: int, res: dict[str, re.Pattern[str]], found: list[_Cand],
                       direct: list[Span]) -> list[_Cand]:
    """'"…," said Ann Vos, noting that B' / 'A, the analyst said, arguing that B': a participle after the
    attribution reports B for the same speaker (no phrase of its own: it takes the speaker before it)."""
    m = _AFTER_PARTICIPLE.search(sent, 0, body_end)
    if m is None or res["verb"].search(sent, 0, m.start()) is None:
        return []
    start, end = base + m.end(), base + body_end
    if end - start < 12 or any(c.span.start < end and start < c.span.end for c in found) \
            or any(d.start <= start < d.end for d in direct):
        return []
    return [_Cand(Span(start, end), "indirect", m.group("cue"), None, start)]


def _accept(reg: Registry, text: str, cand: _Cand, direct: list[Span], dstarts: list[int],
            res: dict[str, re.Pattern[str]], out: list[_Cand]) -> None:
    """Append ``cand`` (split where several sources or verbs share it) unless its words are quoted already."""
    q = cand.span
    k = bisect.bisect_left(dstarts, q.start - 4000)
    quoted = 0
    while k < len(direct) and direct[k].start < q.end:
        d = direct[k]
        quoted += max(0, min(q.end, d.end) - max(q.start, d.start))
        k += 1
    k0 = bisect.bisect_right(dstarts, q.start) - 1
    if k0 >= 0 and direct[k0].start <= q.start < direct[k0].end:
        return  # reported speech inside a quotation belongs to the quotation
    lead = re.match(r"[^\"“”]*", text[q.start:q.end])
    own_subject = lead is not None and len(lead.group().split()) >= 2
    if (quoted * 2 > len(q) and not own_subject) or re.match(r"[\"“”‘]", text[q.start:q.end]):
        return  # the words are a direct quote already ('The plan “…,” she said' keeps its own subject)
    parts = _en_split_coordinated(reg, text, cand, res) if cand.phrase and cand.phrase[0] < q.start else [cand]
    out.extend(parts)
    out.extend(_en_nested(reg, text, parts, res))


_COGNITION = frozenset("thought think thinks believed believe believes felt feel feels hoped hope hopes expected expects "
                       "knew know knows".split())
_PRONOUNS = frozenset(("he", "she", "they", "we", "i"))


def _en_nested(reg: Registry, text: str, parts: list[_Cand], res: dict[str, re.Pattern[str]]) -> list[_Cand]:
    """Reported words that open with a report of their own ("the ministry said Lowe had told the president
    that he was safe"): the inner report is a quote too, with the inner subject as its speaker."""
    out: list[_Cand] = []
    for c in parts:
        q = c.span
        inner = _en_indirect_one(reg, text[q.start:q.end], q.start, len(q), res)
        if inner is None or inner.phrase is None or inner.phrase[0] != q.start or inner.cue == "according to" \
                or inner.span.start <= q.start or inner.span.end > q.end:
            continue
        if inner.cue and inner.cue.lower() in _COGNITION and text[inner.phrase[0]:inner.phrase[1]].strip().lower() in _PRONOUNS:
            continue  # "Reeves said he thought that …": one report, the speaker's own thought
        out.append(inner)
    return out


_EN_DAY = (r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
           r"(?:last|this)\s+(?:week|month|year|night|morning|spring|summer|fall|autumn|winter)|"
           r"earlier|later|recently|previously))?")


# "said (on Tuesday | in a filing) that …"
_EN_THAT = re.compile(_EN_DAY + r"(?:\s+(?:on|in|at|during|this|last|late|earlier|for|since|repeatedly|again|publicly|"
                      r"privately|long|often|also|after|before|following|afterwards|afterward)\b[^,;:\"“”]{0,60}?)?"
                      r"\s+that(?:,\s*|\s+)")


# "told parliament that …", "told reporters on Monday that …"
_EN_TOLD_THAT = re.compile(r"\s+[^,;:\"“”]{1,60}?\s+that\s+")


# a clause without "that": a subject, then an auxiliary or a form of "be" within a few words ("believe the fire
# was set", "confirmed the deal had closed"), which a plain object ("announced the merger") lacks
_BARE_CLAUSE = re.compile(r"(?:the|a|an|it|he|she|they|we|there|this|these|those|his|her|its|their|some|many|most|"
                          r"[A-Z][\w'’\-]*)(?:\s+[\w'’\-]+){0,6}?\s+(?:is|are|was|were|will|would|could|can|had|has|"
                          r"have|may|might|should|must|did|does)\b")


# "told reporters the …", "told local television it …", "told Reuters on Monday he …": the one told, then a
# clause opening with a determiner or pronoun
_EN_TOLD_BARE = re.compile(r"\s+(?:him|her|them|us|me|reporters|journalists|lawmakers|investors|analysts|parliament|"
                           r"(?:(?:local|state|national|public|regional|foreign)\s+)?(?:television|TV|radio|media|press)|"
                           r"(?:the\s+)?[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,3})"
                           r"(?:\s+(?:on|in|at|last|this)\s+[A-Za-z]+)?\s+"
                           r"(?=(?:the|a|an|it|he|she|they|we|his|her|its|their|there|this|these|those)\s)")


# "said Tuesday it would …", "said the suspect fled" (no comma: "said, speaking on …" reports nothing)
_EN_BARE = re.compile(_EN_DAY + r"\s+")


_NOUN_LIKE = frozenset(("report", "reports", "estimate", "estimates", "claim", "claims", "note", "notes",
                        "statement", "forecast", "comment", "comments"))


@lru_cache(maxsize=1)
def _inv_group() -> re.Pattern[str]:
    """", say economists," / ", argue many analysts.": an inverted frame with a lower-case group source."""
    groups = "|".join(sorted((re.escape(g) for g in lexicon("en")["groups"]), key=len, reverse=True))
    return re.compile(r"(?:^|,)\s*(?P<cue>say|says|said|argue|argues|argued|warn|warns|warned|note|notes|noted)\s+"
                      rf"(?P<sp>(?:(?:some|many|most|other|several|the)\s+)?(?:[a-z\-]+\s+)?(?:{groups}))"
                      r"(?=\s*(?:[,.;:!?]|$))")


def _noun_reading(head: str, vs: int) -> bool:
    """True when the word at ``vs`` ("report", "estimate") follows an article and at most one modifier
    that is not a plural subject ("a new report", "the latest estimate"): a noun, not a reporting verb."""
    ps = _en_phrase_before(head, 0, vs)[0]
    before = head[ps:vs].strip()
    return re.fullmatch(r"(?:an?(?:\s+[a-z\-]+)?|(?:the|this|that|its|his|her|their)\s+(?:new|latest|recent|"
                        r"separate|previous|earlier|official|annual|final|internal|draft|preliminary|first|second))",
                        before, re.I) is not None


_TOLD = frozenset(("told", "tells", "tell", "telling"))


_EN_TO = re.compile(r"\s+(?:again\s+|also\s+)?to\s+(?=[a-z])")


@lru_cache(maxsize=1)
def _verbs_to() -> frozenset[str]:
    return frozenset(lexicon("en").get("verbs_to", []))


_EN_PREP = r"(?:in|on|at|to|during|for|with|within|without|from|by|of|about|after|before|as|while|when|since|until|through|quickly|immediately|angrily|swiftly)\b"


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
    framed = _subject_then_quote(reg, head, res)
    if framed is not None:
        return cand(*framed)
    # trailing attribution: the last comma-frame that ends the sentence
    for pat in ("according", "inv", "inv_group", "post"):
        for m in (_inv_group() if pat == "inv_group" else res[pat]).finditer(head):
            nxt = _NEXT_CHAR.search(head, m.end())  # (not a copy of the rest: one per frame is quadratic)
            if nxt and nxt.group() != ",":
                continue  # the frame must end the sentence or sit between commas ("…, X said, as …")
            if m.start() == 0:
                continue
            cue = m.group("cue")
            if pat == "inv" and cue.lower() in _TOLD:
                continue  # ", told Reuters": the one told, never the speaker
            sps = m.start("sp")
            if pat == "according":
                sps += _strip_source(m.group("sp"))
                cue = cue.lower()
            sp_words = sent[sps:m.end("sp")].split()
            if sp_words and (sp_words[0].lower().endswith("ing") or re.search(r"['’]s?$", sp_words[-1])):
                continue  # ", beating analysts' forecast": a participle and a noun, not a source and its verb
            if parse_en(reg, sent, sps, m.end("sp"), sps) is None:
                continue  # ", as orders … continued to …": the words before the verb name no source
            if nxt and _fronted(head[:m.start()]):
                # "Each year, agency officials said, it repaves …": the words before the frame are a fronted
                # phrase, not a clause; what is reported follows the frame
                rest = _NEXT_CLAUSE.match(head, nxt.end())
                if rest is not None and len(head[rest.end():body_end].split()) >= 3 \
                        and not _SUBORD_OPEN.match(head, rest.end()) and not re.match(_EN_PREP, head[rest.end():]):
                    return cand(rest.end(), body_end, sps, m.end("sp"), cue, inv=pat == "inv")
            dl = _DATELINE.match(head)
            cs = dl.end() if dl is not None else 0  # "TOKYO (Reuters) - …, data showed": not the dateline
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
        if m.group().lower() in _NOUN_LIKE and (_noun_reading(head, vs) or re.search(r"\w['’]s?\s+$", head[:vs])):
            continue  # "a new report released …", "Tuesday’s report was …": the noun, not the verb
        if m.group().lower() in ("reported", "report", "reports") and _EN_NONSPEECH_OBJ.match(head, ve):
            continue  # "reported a 17% rise in revenue": a figure, not speech
        ps, pe = _en_phrase_before(head, 0, vs)
        rel = _EN_RELATIVE.fullmatch(head, 0, vs)
        end_at = body_end
        if rel is not None:
            ps, pe = rel.span("ante")  # "… with Acme Media, which accuses …": the name the clause hangs on
        else:
            obj_rel = _EN_OBJECT_RELATIVE.match(head, ps, pe)
            if obj_rel is not None:
                ps = obj_rel.end()  # "Prime, which founder Jo Lee said had …": the subject after "which"
                comma = head.find(", ", ve, body_end)
                end_at = comma if comma > 0 else body_end  # the relative clause ends at its closing comma
        sub = _EN_SUBORD.search(head, ps, pe)
        if sub is not None and _EN_SUBORD_TAIL.fullmatch(head, sub.end(), ps + len(head[ps:pe].rstrip())):
            ps = sub.end()  # "Shares fell after CNBC reported that …": the source is the subject after "after"
        if _EN_AND_BEFORE.search(head, max(0, vs - 12), vs) and len(head[ps:pe].split()) > 3:
            # "Acme posted a loss and said …": the subject is the name that opens the clause
            subj = _EN_SUBJECT_UNTIL_VERB.match(head, ps, pe)
            if subj is not None and parse_en(reg, head, ps, subj.end("sp"), ps) is not None \
                    and re.search(r"[A-Z]", subj.group("sp")) and len(subj.group("sp").split()) <= 8:
                # "White House press secretary Jo Earnest condemned it and said …": the words before the
                # first verb of the clause
                pe = subj.end("sp")
            else:
                lead = _EN_LEAD_NAME.match(head, ps)
                if lead is None or (len(lead.group().split()) < 2 and reg.lookup(lead.group().strip()) is None):
                    continue
                ps, pe = lead.start(), lead.end()
        if not head[ps:pe].strip() or len(head[ps:pe].split()) > 12:
            continue
        if parse_en(reg, sent, ps, pe, ps) is None:
            continue  # "… have complained of X and say that …": not a source before this verb
        if m.group().lower() in _verbs_to():
            to = _EN_TO.match(head, ve)
            if to is not None:  # "He vowed to keep trying": the promise is the infinitive clause
                return cand(to.end() - 3, body_end, ps, pe, m.group())
        rest = _EN_THAT.match(head, ve) if m.group().lower() != "told" else _EN_TOLD_THAT.match(head, ve)
        if rest is None and m.group().lower() == "told":
            rest = _EN_TOLD_BARE.match(head, ve)  # "told local television the search would widen"
            if rest is not None and not _FINITE.search(head, rest.end(), body_end) \
                    and not _PAST.search(head, rest.end(), body_end):
                rest = None
        if rest is None and m.group().lower() != "told":
            rest = _EN_BARE.match(head, ve)
            if rest is not None and re.match(_EN_PREP, head[rest.end():rest.end() + 12], re.I):
                continue  # "said in a statement." / "said of the plan": no reported content follows
        if rest is None or re.match(r"according\s+to\b", head[rest.end():], re.I):
            continue  # "…, he said according to a transcript": a source phrase follows, not content
        if m.group().lower() in _need_that() and not head[ve:rest.end()].rstrip().endswith("that") \
                and not _BARE_CLAUSE.match(head, rest.end()):
            continue  # "Employers added 200,000 jobs": not speech without "added that" or a clause
        if m.group().lower() in _NP_OBJECT_VERBS and not head[ve:rest.end()].rstrip().endswith("that") \
                and not _CLAUSE_VERB.search(" ".join(head[rest.end():body_end].split()[:10])):
            continue  # "asked five people to …", "wrote books on …", "reported login failures": an object, no clause
        rest_end = rest.end() - ve
        return cand(ve + rest_end, end_at, ps, pe, m.group())
    # participial and coordinated frames: "X is frustrated …, saying …", "X … and say that …"
    for pat in ("saying", "and_say"):
        m = res[pat].search(head)
        if m:
            subj = res["subject"].match(head)
            if subj:
                return cand(m.end(), body_end, subj.start("sp"), subj.end("sp"), m.group("cue") or m.groupdict().get("cue2"))
    return None


# reporting verbs that as often take a noun object ("asked five people to", "wrote books", "reported losses"):
# without "that", what follows is reported words only when a clause (a finite verb) opens it
_NP_OBJECT_VERBS = frozenset("asked asks wrote writes reported reports answered answers tells tell recalls "
                             "recalled".split())
_CLAUSE_VERB = re.compile(r"\b(?:is|are|was|were|am|has|have|had|will|would|can|could|may|might|shall|should|must|"
                          r"do|does|did|[a-z]+n['’]t|[a-z]{2,}ed)\b|\w['’](?:s|re|ll|ve|d|m)\b")


# a finite verb or auxiliary: a stretch holding one is a clause
_FINITE = re.compile(r"\b(?:is|are|was|were|am|be|been|has|have|had|will|would|can|could|may|might|shall|should|must|"
                     r"do|does|did|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|won['’]t|don['’]t|doesn['’]t|didn['’]t)\b", re.I)
_SUBORD_OPEN = re.compile(r"\s*(?:if|when|whenever|while|although|though|because|as|since|after|before|once|unless|"
                          r"until)\b", re.I)
# what may open the reported clause after a mid-sentence frame: ", he said, was that …" drops "was that"
_NEXT_CLAUSE = re.compile(r"\s*(?:(?:is|was|are|were)\s+that\s+)?")


def _fronted(before: str) -> bool:
    """True when ``before`` (the words before a mid-sentence frame) is a fronted phrase rather than the
    reported clause: no finite verb ("Within months of the deal", "The difference"), or a subordinate clause
    ("If prices fall too far")."""
    if not before.strip() or re.search(r"[\"“”]", before) or len(before.split()) > 24:
        return False
    if _SUBORD_OPEN.match(before) is not None:
        return True
    return len(before.split()) <= 12 and (_FINITE.search(before) is None
                                                      and _PAST.search(before) is None)


# a past-tense verb: "Sales rose 5%", "The firm posted a loss" make the words before a frame a clause
_PAST = re.compile(r"\b(?:[a-z]{2,}ed|rose|fell|grew|went|came|made|took|saw|gave|got|began|became|left|kept|held|"
                   r"brought|stood|ran|won|lost|paid|sold|told|thought|found|met|hit|cut|set|put|rang|sank|shut)\b")


# 'The plan is “…,” Ruiz said' / '… “…,” said Ruiz': the frame after the last closing mark of the sentence
_AFTER_CLOSE = re.compile(r",?[”\"]\s*,?\s+(?=\S)")
_TAIL_SP_VERB = re.compile(r"(?P<sp>[A-Za-z][\w.'’&\-]*(?:\s+[\w.'’&\-]+){0,5}?)\s+(?P<cue>[a-z]+)(?:\s+[^\"“”]*)?")


def _subject_then_quote(reg: Registry, head: str, res: dict[str, re.Pattern[str]]
                        ) -> tuple[int, int, int, int, str] | None:
    """(content start, end, speaker start, end, cue) for a sentence whose own subject opens it and whose
    predicate is quoted, attributed after the quotation: 'Children raised now “will see it differently,”
    he said' reports "Children raised now “will see it differently"."""
    op = re.search(r"[“\"]", head)
    if op is None or len(head[:op.start()].split()) < 2 or not head[:1].isupper() \
            or res["verb"].search(head, 0, op.start()):
        return None  # a frame before the quotation ("X said …") is found by the leading patterns
    close = _AFTER_CLOSE.search(head, op.end())
    if close is None or re.search(r"[“\"]", head[close.end():]):
        return None  # one quotation only: with two, the clauses between them are reported separately
    tail = _TAIL_SP_VERB.fullmatch(head, close.end())
    if tail is None or not res["verb"].fullmatch(tail.group("cue")) or tail.group("cue") in _TOLD:
        return None
    sps, spe = tail.start("sp"), tail.end("sp")
    if parse_en(reg, head, sps, spe, sps) is None:
        return None
    return 0, close.start(), sps, spe, tail.group("cue")


# a relative clause opening right before the verb: the antecedent is the proper name before ", which"
_EN_RELATIVE = re.compile(r".*?(?P<ante>[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,4}),\s+(?:which|who)\s+(?:also\s+)?",
                          re.S)


# a relative pronoun opening the words before the verb: the subject of the relative clause follows it
_EN_OBJECT_RELATIVE = re.compile(r"\s*(?:which|that|whom)\s+(?=\S)")


# a subordinating word before the reporting clause: "… after CNBC reported that", "… when the agency said"
_EN_SUBORD = re.compile(r"\b(?:after|when|as|since|because|before|while|once|until)\s+(?=\S)")
_EN_SUBORD_TAIL = re.compile(r"(?:the\s+)?[A-Z][\w.&'’\-]*(?:\s+[A-Z][\w.&'’\-]*){0,4}|(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+)?")
_CLOSE_BEFORE = re.compile(r"[\"”’]\s*$")


# "reported a 17% rise", "reported record sales": an object that is a figure, not reported speech
_EN_NONSPEECH_OBJ = re.compile(r"\s+(?:a|an|its|their|his|her|record|net|higher|lower|\S*\d)\b", re.I)


# the subject of a clause: the words before its first lower-case finite verb ("… condemned", "… has")
_EN_SUBJECT_UNTIL_VERB = re.compile(r"\s*(?P<sp>(?:[A-Za-z][\w.&'’\-]*\s+){0,7}?[A-Z][\w.&'’\-]*)\s+"
                                    r"(?:also\s+)?(?:[a-z]+ed|has|had|is|was|met|spoke|went|took|gave|made)\b")


_EN_AND_BEFORE = re.compile(r"\s(?:and|but)(?:\s+also)?\s+$")


_EN_LEAD_NAME = re.compile(r"\s*(?:[Tt]he\s+)?[A-Z][\w&.'’\-]*(?:\s+(?:of\s+|&\s+)?[A-Z&][\w&.'’\-]*){0,5}")


# "…, and several analysts warned that …": a second source taking over the sentence
# (the comma may be missing: "… was fine and the army said it …", "… even as the budget office estimated that …")
_EN_COORD = re.compile(r",?\s+(?:and|but|while|whereas|even\s+as)\s+")


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

