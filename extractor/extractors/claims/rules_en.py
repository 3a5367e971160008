"""English claim candidates: reported assessments (X warned that …, …, X said) and own-voice assessments.

Sentence by sentence (lexicon in ``data/claims_en.json``):

* ``…, X said.`` / ``…, said X, a role.`` / ``…, people familiar with the talks say.``: trailing attribution;
* ``X said (in a letter) that …`` / ``Industry experts expect …``: leading attribution; when the content
  follows a non-reporting stance verb directly, the claim keeps its subject (``Industry experts expect …``);
* ``According to X, …`` and ``…, saying that …`` (the claimant is the sentence subject);
* own voice: unattributed sentences with a strong assessment marker (is seen as, should, symbolic …);
  of a sentence split by dashes, the part that carries the marker.

All regexes use bounded repeats over character classes, so they stay linear on hostile input.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from ...document import Document, Span
from .clauses import trim
from .lexicon import Lexicon, marker_strength
from .rules_zh import Candidate, sentences_with_paragraphs
from .units import Figures

_CUES = (r"said|says|say|warned|warns|added|noted|argued|argues|told reporters|wrote|stated|cautioned|believes|"
         r"explained|reported")
_TRAIL_WHO_CUE = re.compile(
    rf"[,”\"]\s*(?P<who>[^,;:“”\"]{{2,80}}?)(?:,\s*[^,;:“”\"]{{2,90}}?,)?\s+(?P<cue>{_CUES})"
    r"(?:\s+(?:on|in|at|during|this|last|earlier|late|recently|today|yesterday|on\s\w+day)\b[^,;“”\"]{0,60})?"
    r"(?:,\s*adding,?\s*(?P<add>[“\"][^“”\"]{2,400}[”\"]?))?\s*[.!?]?\s*$", re.IGNORECASE)
_TRAIL_CUE_WHO = re.compile(
    rf"[,”\"]\s*(?P<cue>{_CUES})\s+(?P<who>[^,;.“”\"]{{2,60}})(?:,\s*[^;“”\"]{{0,160}})?\s*[.!?]?\s*$", re.IGNORECASE)
_ACCORDING = re.compile(r"\b[Aa]ccording to (?:analysis by |an analysis by |a report by |data from )?"
                        r"(?P<who>[^,;“”\"]{2,60}?)(?: and other \w+)?,\s*")
_SAYING = re.compile(r",\s+saying\s+(?:that\s+)?", re.IGNORECASE)
_THAT_AFTER = re.compile(r"\s+(?:(?:in|on|at|during|after|before|this|last|earlier|late|to)\b[^“”\",;]{0,100}?\s)?"
                         r"that\s+|\s*[,:]\s*(?=[“\"])|\s+(?=[“\"])")
_VERBISH = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|did|do|does|to|be|been|not|if|"
                      r"when|than|because)\b|^(?:at|in|on|for|with|by|as|after|before|during|from|of|to|if|when|"
                      r"while|since|although|though|despite)\b", re.IGNORECASE)
_SUBJECT_END = re.compile(r"\s(?:is|are|was|were|has|have|had|also|will|would|could|can|must|should|"
                          r"said|says|say|[a-z]+ed)\b")
_RELATIVE = re.compile(r",\s*(?:who|which)\b[^,]{0,120},?\s*$|,\s*(?:a|an|the)\s[^,]{0,120},?\s*$")
_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|our|original|updated|new|latest|recent|initial|"
                          r"was|were|is|are|be|been|being)\s+$", re.IGNORECASE)
_LEAD_CLAUSE = re.compile(r"(?:to|if|when|while|once|as|after|before)\s[^,;“”\"]{0,150},\s*", re.IGNORECASE)
_WHO_RELATIVE = re.compile(r"(?P<who>(?:[A-Za-z’'&-]+\s){0,3}[A-Za-z’'&-]+)\s+who\s+"
                           r"(?P<cue>accused|accuse|warned|warn|argued|argue|fear|feared|believe|believed|say|said)\b")
_DASH = re.compile(r"\s[–—-]{1,2}\s")
_ENDS = ".!?\"”’'"
MAX_WORDS = 10
CLAIMANT_REACH = 300  # characters before a stance verb searched for its claimant (MAX_WORDS words and a clause)
MAX_ROLE_WORDS = 3
_NOT_HOLDERS = frozenset("it this that there these those which who what we i you one and but or so yet also then".split())
LONG_STATEMENT = 25  # words; longer reported statements are narrowed to their assessing clauses
_INNER_HOLDER = re.compile(r"(?P<who>[A-Z][\w.’'&-]{1,30}(?: [A-Z][\w.’'&-]{1,30}){0,3})\s+(?:has |have |had )?"
                           r"(?P<verb>decided|believes?|thinks?|argues?|recogni[sz]es?|concluded|insists?|fears?)"
                           r"\s+that\s+")
_TOLD_THAT = re.compile(r"\s+[^,;“”\"]{1,60}?\sthat\s+")
_NAME = re.compile(r"[A-Z][\w.’'-]{0,30}(?: [A-Z][\w.’'-]{0,30}){0,3}")
_VERB_LED = re.compile(r"[a-z]+(?:ed|ing)\b(?:\s+(?:it|they|that|this)\b)?\s*$|[a-z]+(?:ed|ing)\s+[a-z]+\s*$")
_PLAN = re.compile(r"\b(?:would|will)\s+(?:\w+\s+)?(?:invest|spend|build|open|hire|buy|acquire|launch|cut|raise|"
                   r"add|expand|close|sell|pay|issue|start|begin|slow|reduce|increase|consider|monitor)\b",
                   re.IGNORECASE)
_FIGURE_NEXT = re.compile(r"\s+(?:about\s+|nearly\s+|some\s+|more than\s+)?[$€£¥]?\d")
_SIGN = re.compile(r",\s+(?P<sign>(?:a|another|the latest|fresh|further)\s+(?:sign|signal|indication)s?\s+that)\s")
_LEAD_NAME = re.compile(r"(?:The\s+)?[A-Z][\w.’'&-]{0,30}(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w.’'&-]{0,30}){0,4}"
                        r"(?=\s+[a-z])")
_OWN_STANCE = re.compile(r"(?:he|she|they|we|it)\s+(?:still\s+|now\s+)?(?P<verb>expects?|expected|predicts?|predicted|"
                         r"forecasts?|believes?|believed|thinks?|thought|fears?|feared|worries|worried|doubts?|"
                         r"doubted|sees|saw|anticipates?|anticipated)\b")
_PUNDITS = re.compile(r"\b(?:[Aa]nalysts?|[Ee]conomists?|[Ee]xperts?|[Ss]trategists?|[Oo]bservers|[Cc]ritics|"
                      r"[Aa]gents)\b")
_CONSENSUS = frozenset(("forecast", "expected", "estimated", "projected", "predicted", "anticipated"))
_EVALUATES = re.compile(r"\b(?:is|are|was|were|remains?|seems?|looks?|feels?)\s+[a-z]+\b|[’']s\s+[a-z]+ing\b")
_FIRST_PLAN = re.compile(r"\b(?:we|I)\s+(?:will|won[’']t|would|are going to|plan|intend)\b|\bwe[’']ll\b", re.IGNORECASE)
_CLAUSE_CUT = re.compile(r",(?=\s+(?:which|causing|but|while|although|though)\b)|;|\s(?=but\s)")


def _np(text: str, lex: Lexicon) -> str | None:
    """A plausible claimant noun phrase (short, verb-free, a name, a group or a pronoun), else None."""
    words = text.split()
    if not words or len(words) > MAX_WORDS or _VERBISH.search(text):
        return None
    low = text.lower()
    if low in _NOT_HOLDERS:
        return None  # "It said", "There are": no one to credit
    if not any(ch.isalpha() for ch in text) or (len(words) > 1 and any(w in _NOT_HOLDERS - {"and", "or"}
                                                                      for w in words)):
        return None  # "54" (an age), "signaled it" (a verb and its object)
    head = words[-1]
    if head.islower() and head.endswith(("ing", "ed")) and not any(g in low for g in lex.get("groups")):
        return None  # "deepening worries": a participle, not a holder
    if low in lex.get("pronouns") or any(ch.isupper() for ch in text) or any(g in low for g in lex.get("groups")):
        return text
    # "the minister", "a spokesperson": a short common-noun phrase names a role.
    return text if len(words) <= MAX_ROLE_WORDS else None


def _clean_who(text: str, start: int, end: int, lex: Lexicon) -> Span:
    """Trim a claimant: surrounding punctuation, a leading 'The', a trailing relative clause, a connective."""
    s = trim(text, start, end)
    seg = text[s.start : s.end]
    dash = next(reversed(list(_DASH.finditer(seg))), None)
    if dash is not None:  # "WASHINGTON (AP) — U.S. employers": the dateline is no part of the holder
        s = trim(text, s.start + dash.end(), s.end)
        seg = text[s.start : s.end]
    m = _RELATIVE.search(seg)
    if m:
        s = trim(text, s.start, s.start + m.start())
        seg = text[s.start : s.end]
    if "," in seg:  # "In a letter calling for the meeting, CPUC President Marybel Batjer"
        s = _apposition_head(text, s, seg)
        seg = text[s.start : s.end]
    for lead in ("The ", "the ", *(w.capitalize() + " " for w in lex.get("claimant_strip_lead")),
                 *(w + " " for w in lex.get("claimant_strip_lead"))):
        if seg.startswith(lead) and len(seg) > len(lead) + 1:
            s = Span(s.start + len(lead), s.end)
            seg = seg[len(lead):]
    changed = True
    while changed:
        changed = False
        for tail in (" also", " now", " still", " have", " has", " had", " all", " both"):
            if seg.endswith(tail) and len(seg) > len(tail) + 1:
                s = Span(s.start, s.end - len(tail))
                seg = seg[: -len(tail)]
                changed = True
    return s


def _apposition_head(text: str, s: Span, seg: str) -> Span:
    """The holder among comma-separated pieces: the last piece, unless it is an age (``Whitfield, 54``) or
    a lowercase role (``Dana Reyes, chief economist at X``) following a capitalised name: then the name."""
    bounds, cur = [], 0
    for m in re.finditer(",", seg):
        bounds.append((cur, m.start()))
        cur = m.end()
    bounds.append((cur, len(seg)))
    k = len(bounds) - 1
    while k > 0 and not any(ch.isalpha() for ch in seg[bounds[k][0] : bounds[k][1]]):
        k -= 1  # an age apposition
    piece = seg[bounds[k][0] : bounds[k][1]].strip()
    if k > 0 and piece[:1].islower():
        prev = seg[bounds[k - 1][0] : bounds[k - 1][1]].strip()
        if _NAME.fullmatch(prev):
            k -= 1
    return trim(text, s.start + bounds[k][0], s.start + bounds[k][1])


def _lead_subject(text: str, sent: Span) -> Span | None:
    """The capitalised noun phrase opening a sentence (after any dateline): ``The Federal Reserve held …``."""
    start = sent.start
    for d in _DASH.finditer(text, sent.start, min(sent.end, sent.start + 80)):
        start = d.end()
    m = _LEAD_NAME.match(text, start, sent.end)
    if m is None or (" " not in m.group(0) and not re.match(r"\s+[a-z]+ed\b", text[m.end() : m.end() + 20])):
        return None  # "Oil prices fell": a lone capitalised first word is just the sentence start
    return Span(m.start(), m.end())


def _subject(text: str, sent: Span, lex: Lexicon) -> Span | None:
    m = _SUBJECT_END.search(text, sent.start, sent.end)
    if m is None:
        return None
    s = _clean_who(text, sent.start, m.start(), lex)
    return s if _np(text[s.start : s.end], lex) else None


def _outside_quotes(text: str, para_start: int, pos: int) -> bool:
    """True when ``pos`` is outside quotation marks, counted from the paragraph start.

    Parity of all quote marks, because pages mix styles (“…," ) and a quotation may run over
    several sentences of the paragraph.
    """
    return _quote_marks(text, para_start, pos) % 2 == 0


def _quote_marks(text: str, start: int, end: int) -> int:
    return text.count("“", start, end) + text.count("”", start, end) + text.count('"', start, end)


class _Quotes:
    """:func:`_outside_quotes` for the positions of one paragraph, counted incrementally: the count at
    the sentence start is carried from sentence to sentence, and positions inside a sentence mostly come
    in order (one going back recounts from the sentence start), so a long paragraph stays linear."""

    def __init__(self, text: str):
        self.text = text
        self.para = self.base = self.pos = -1
        self.base_n = self.n = 0

    def sentence(self, para_start: int, sent_start: int) -> _Quotes:
        if para_start != self.para or sent_start < self.base:
            self.para, self.base, self.base_n = para_start, para_start, 0
        self.base_n += _quote_marks(self.text, self.base, sent_start)
        self.base = self.pos = sent_start
        self.n = self.base_n
        return self

    def outside(self, pos: int) -> bool:
        if pos < self.base:
            return _outside_quotes(self.text, self.para, pos)
        if pos < self.pos:
            self.pos, self.n = self.base, self.base_n
        self.n += _quote_marks(self.text, self.pos, pos)
        self.pos = pos
        return self.n % 2 == 0


def _focus(text: str, body: Span, lex: Lexicon) -> Span:
    """In a long reported statement, the clauses that assess: "…winds gusting to 55 mph, which might
    fling branches into power lines" -> "which might fling …". Short statements stay whole."""
    if len(text[body.start : body.end].split()) < LONG_STATEMENT:
        return body
    cuts = [body.start] + [m.start() + 1 for m in _CLAUSE_CUT.finditer(text, body.start, body.end)] + [body.end]
    parts = [trim(text, a, b) for a, b in zip(cuts, cuts[1:], strict=False)]
    strong = [p for p in parts if marker_strength(text, p.start, p.end, lex) == 2]
    if len(parts) < 2 or not strong:
        return body
    return Span(strong[0].start, strong[-1].end)


def _assesses(text: str, span: Span, cue: str, lex: Lexicon) -> bool:
    """Reported content is a claim when the verb is a stance (warned, expects) or the content assesses."""
    if cue not in lex.get("neutral"):
        return True
    strength = marker_strength(text, span.start, span.end, lex)
    # "it would invest $3 billion" / "it plans to hire": a plan reported with a bare modal is a fact.
    return strength > 1 or (strength == 1 and not _PLAN.search(text, span.start, span.end))


def _quoted_view(text: str, span: Span) -> bool:
    """A direct quotation describing how things are ("The market is cooling, not cracking") is its speaker's
    view; a quoted plan or promise ("we will…") and a quoted count are not."""
    seg = text[span.start : span.end]
    return bool(_EVALUATES.search(seg)) and not _PLAN.search(seg) and not _FIRST_PLAN.search(seg)


def _attributed(text: str, sent: Span, lex: Lexicon, quotes: _Quotes) -> tuple[list[Candidate] | None, Candidate | None]:
    """(claims, holder) of a sentence: claims [] when attributed but no assessment, None when unattributed."""
    seg = text[sent.start : sent.end]
    for rx in (_TRAIL_WHO_CUE, _TRAIL_CUE_WHO):
        m = rx.search(seg)
        if m and quotes.outside(sent.start + m.start("who")):
            who = _clean_who(text, sent.start + m.start("who"), sent.start + m.end("who"), lex)
            if _np(text[who.start : who.end], lex):
                body = trim(text, sent.start, sent.start + m.start() + 1)
                cue = m.group("cue").lower()
                holder = Candidate(body, text[who.start : who.end], who, cue)
                bodies = [_focus(text, body, lex)]
                if m.groupdict().get("add"):  # '…," X said, adding, "…"': a second statement
                    bodies.append(trim(text, sent.start + m.start("add"), sent.start + m.end("add")))
                quoted = text[trim(text, sent.start, sent.end, strip_quotes=False).start] in "“\""
                return [Candidate(b, holder.claimant, who, cue) for b in bodies
                        if (_assesses(text, b, cue, lex) or (quoted and _quoted_view(text, b)))
                        and b.end - b.start >= 12], holder
    m = _ACCORDING.search(seg)
    if m:
        who = _clean_who(text, sent.start + m.start("who"), sent.start + m.end("who"), lex)
        if m.start() <= 4:  # "According to X, …" opens the sentence: the rest is X's
            body = trim(text, sent.start + m.end(), sent.end)
        else:  # "…, according to X." closes it: what comes before is X's
            body = trim(text, sent.start, sent.start + m.start())
        ok = body.end - body.start >= 12 and marker_strength(text, body.start, body.end, lex) > 0
        holder = Candidate(body, text[who.start : who.end], who, "according to")
        return ([holder] if ok else []), holder
    m = _SAYING.search(seg)
    if m:
        subject = _subject(text, sent, lex)
        body = trim(text, sent.start + m.end(), sent.end)
        if subject and body.end > body.start:
            holder = Candidate(body, text[subject.start : subject.end], subject, "saying")
            return [holder], holder
    best: tuple[int, Candidate] | None = None
    for m in lex.stance.finditer(text, sent.start, sent.end):
        if not quotes.outside(m.start()):
            continue
        cue = m.group(0).lower()
        if _NOUN_BEFORE.search(text, max(sent.start, m.start() - 12), m.start()):
            continue  # "an original estimate", "was expected": not a stance verb here
        after = _THAT_AFTER.match(text, m.end(), sent.end)
        if cue in _CONSENSUS and text[max(sent.start, m.start() - 4) : m.start()].lower() == "had ":
            continue  # "Economists had forecast a gain of 170,000": the consensus the figure is measured by
        if cue in ("agreed", "agree") and after is None:
            continue  # "agreed in July to invest": a deal, not a stance
        if cue in ("added", "add", "adds") and _FIGURE_NEXT.match(text, m.end(), sent.end):
            continue  # "employers added 143,000 jobs": a count, not a remark
        if cue == "told":  # "X told Reuters that …": only with its that-clause is it reported speech
            after = _TOLD_THAT.match(text, m.end(), sent.end)
            if after is None:
                continue
        # (A claimant is a short noun phrase: read it from a bounded stretch before the verb, so that a
        # sentence of many verbs stays linear.)
        who = _clean_who(text, max(sent.start, m.start() - CLAIMANT_REACH), m.start(), lex)
        if not _np(text[who.start : who.end], lex):
            # "Businesses and residents also have complained … and say that …": the sentence subject.
            subject = _subject(text, sent, lex) if after and m.start() - sent.start < 160 else None
            if subject is None:
                verb = _VERB_LED.match(text, who.start, who.end)
                if verb and cue not in lex.get("neutral") and not after:
                    # "…, but signaled it still expects …" / ", deepening worries about …": a verb phrase
                    # of the sentence subject (or of the article) holds the stance.
                    body = trim(text, who.start, sent.end)
                    subject = _lead_subject(text, sent) if m.start() - sent.start < 300 else None
                    if body.end - body.start >= 12 and (best is None or best[0] > 1):
                        claimant = text[subject.start : subject.end] if subject else None
                        best = (1, Candidate(body, claimant, subject, cue))
                continue
            who = subject
        if after:
            body = trim(text, after.end(), sent.end)
        elif cue in lex.get("neutral"):
            body = trim(text, m.end(), sent.end)
        else:
            body = trim(text, who.start, sent.end)  # "Industry experts expect rates to remain low"
        lead = _LEAD_CLAUSE.match(text, body.start, body.end)
        if lead:  # "said that to achieve X, he would …": the purpose clause is not the claim
            body = Span(lead.end(), body.end)
        if body.end - body.start < 12:
            continue
        inner = _INNER_HOLDER.match(text, body.start, body.end) if cue in lex.get("neutral") else None
        if inner and _np(inner.group("who"), lex):
            # "Two people said Trump has decided that …": the claim is Trump's, reported by them.
            who = Span(inner.start("who"), inner.end("who"))
            body = Span(inner.end(), body.end)
            cue = inner.group("verb")  # a stance verb: what follows is held, marked or not
        elif cue in lex.get("neutral") and (own := _OWN_STANCE.match(text, body.start, body.end)):
            cue = own.group("verb").lower()  # "Becker said he expected growth to slow": his own forecast
        elif cue in lex.get("neutral") and _PUNDITS.search(text, who.start, who.end):
            cue = "assessed"  # "Analysts said that the move was aimed at …": an analyst's reading is a view
        rank = 0 if after else 1  # "X complained … and say that …": the verb with a that-clause wins
        if best is None or rank < best[0]:
            best = (rank, Candidate(body, text[who.start : who.end], who, cue))
    if best is not None:
        c = best[1]
        if not _assesses(text, c.span, c.cue or "", lex):
            return [], c
        return [Candidate(_focus(text, c.span, lex), c.claimant, c.claimant_span, c.cue)], c
    m = _WHO_RELATIVE.search(seg)
    if m:  # "… outraged local officials and customers who accused the utility of overkill"
        who = _clean_who(text, sent.start + m.start("who"), sent.start + m.end("who"), lex)
        body = trim(text, sent.start + m.start("cue"), sent.end)
        holder = Candidate(body, text[who.start : who.end], who, m.group("cue").lower())
        return [holder], holder
    return None, None


def _own_voice(text: str, sent: Span, lex: Lexicon) -> list[Candidate]:
    if marker_strength(text, sent.start, sent.end, lex) < 2:
        return []
    parts, cur = [], sent.start
    for m in _DASH.finditer(text, sent.start, sent.end):
        parts.append(Span(cur, m.start()))
        cur = m.end()
    parts.append(Span(cur, sent.end))
    sign = _SIGN.search(text, sent.start, sent.end)
    if sign and marker_strength(text, sign.start("sign"), sent.end, lex) == 2:
        # "…, a sign that demand is fading": the article's reading of the fact before it
        span = trim(text, sign.start("sign"), sent.end)
        return [Candidate(span, None, None, None)] if span.end - span.start >= 12 else []
    marked = [p for p in parts if marker_strength(text, p.start, p.end, lex) == 2]
    if len(parts) > 1 and marked:
        span = trim(text, marked[0].start, marked[-1].end)
    else:
        span = trim(text, sent.start, sent.end)
    return [Candidate(span, None, None, None)] if span.end - span.start >= 12 else []


def en_candidates(doc: Document, lex: Lexicon, metrics: Figures, skip: AbstractSet[Span]) -> list[Candidate]:
    text = doc.text
    pairs = [(s, p) for s, p in sentences_with_paragraphs(doc) if s not in skip]
    sents = [s for s, _ in pairs]
    found: list[list[Candidate] | None] = []
    holders: list[Candidate | None] = []
    quotes = _Quotes(text)
    for sent, para in pairs:
        s = trim(text, sent.start, sent.end, strip_quotes=False)
        # Headlines, captions and link lists carry no end mark; claims are written as sentences.
        if s.end <= s.start or text[s.end - 1] not in _ENDS:
            found.append([])
            holders.append(None)
            continue
        got, holder = _attributed(text, sent, lex, quotes.sentence(para.start, sent.start))
        found.append(got)
        holders.append(holder)
    out: list[Candidate] = []
    for i, sent in enumerate(sents):
        got = found[i]
        if got is None and text[sent.start] in "“\"":
            # A quoted sentence on its own continues a quotation attributed just after or before it
            # in the same paragraph ("…China. Bigger than …", said Derek Scissors).
            holder = _neighbour_holder(doc, sents, holders, i)
            if holder is not None:
                body = trim(text, sent.start, sent.end)
                out.append(Candidate(body, holder.claimant, holder.claimant_span, None))
            continue
        if got is None:
            s = trim(text, sent.start, sent.end, strip_quotes=False)
            if text[s.end - 1] in _ENDS and len(text[s.start : s.end].split()) >= 6:
                out.extend(_own_voice(text, sent, lex))
            continue
        out.extend(got)
    return out


def _neighbour_holder(doc: Document, sents: Sequence[Span], holders: Sequence[Candidate | None],
                      i: int) -> Candidate | None:
    para = doc.paragraph_at(sents[i].start)
    for j in (i + 1, i - 1):
        if 0 <= j < len(sents) and doc.paragraph_at(sents[j].start) == para and holders[j] is not None:
            return holders[j]
    return None
