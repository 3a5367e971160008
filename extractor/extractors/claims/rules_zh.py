"""Chinese claim candidates: who holds what, found from stance words, source phrases and own voice.

Per sentence, three shapes are recognised (lexicons in ``data/claims_zh.json``, matched on ``folded``):

* ``X認為，…`` / ``X警告…`` / ``「…」X指出``: a claimant noun phrase right before a stance word; the
  content runs to the next semicolon, the next attribution or the sentence end;
* ``根據X的報告，…`` / ``從X的觀點來看，…``: a source phrase;
* the article's own voice: sentences without attribution whose clauses carry an assessment marker,
  and ``…顯示，…`` / ``…凸顯…：…`` statements whose subject is not a person.

Content is cut into claim-sized units by :mod:`.claim_units`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

from ...document import Document, Span
from .clauses import HARD_BREAKS, OPENERS, bracket_depth, is_quote, quote_inner, split_clauses, trim
from .lexicon import Lexicon
from .units import Figures, describe, first_statement, select_units

# Characters that end the claimant noun phrase when scanning back from a stance word.
_REGION_STOP = frozenset("，,；;：:。！？!?」』”「『“\n")
# 昨（27）日 / 13日 / 今天 after a name is when, not who (a bare 明 may end a name: 林志明).
_DATE_TAIL = re.compile(r"(?:[昨今前明]天?)?[（(]?\d{1,2}[）)]?日$|[昨今前明][天日]$|\d{1,2}月\d{1,2}日$")
MAX_CLAIMANT = 30
# A claimant phrase is read from at most this many characters before its stance word: a longer region
# cannot strip down to a MAX_CLAIMANT phrase, and only its tail can hold a group noun (…某些分析師).
# Bounding it keeps a sentence of many cues (表示表示…) linear.
_CLAIMANT_WINDOW = 4 * MAX_CLAIMANT
_REGION_STOP_RX = re.compile("[" + re.escape("".join(sorted(_REGION_STOP))) + "]")
_COMPARE = frozenset("於乎合及比如較")  # 優於預期 / 不如預期 / 符合預期: the stance word is a noun here
ONE_ARGUMENT = 4  # reported speech of at most this many clauses is one argument
_COMPARE_WORDS = frozenset(("超出", "超乎", "高於", "低於", "優於", "不如", "不及", "符合", "勝過", "遜於"))
_FORECAST_CUES = frozenset(("預估", "預期", "預測", "估計", "估算", "推估", "預計", "預料", "看好", "認為", "相信", "警告",
                            "擔心", "坦言", "憂心", "示警"))
SHORT_CONTENT = 70  # a quoted sentence up to this long is one claim; longer ones are cut into units


@dataclass(frozen=True)
class Candidate:
    span: Span
    claimant: str | None
    claimant_span: Span | None
    cue: str | None


@dataclass(frozen=True)
class _Att:
    region_start: int  # where the claimant phrase begins (the previous attribution's content stops here)
    claimant: Span | None
    cue: str | None
    cue_end: int
    strong: bool
    inline: bool  # content follows the cue directly: the claim text keeps claimant and cue
    trailing: bool  # 「…」X指出: the content is the quotation before the claimant
    own: bool = False  # …顯示，…: the article's own voice
    source: int = -1  # start of a 根據X的報告， phrase


def sentences_with_paragraphs(doc: Document) -> Iterator[tuple[Span, Span]]:
    """Each sentence with the paragraph holding it (both lists are in text order: one merge pass)."""
    paras = doc.paragraphs
    j = 0
    for sent in doc.sentences:
        while j < len(paras) and paras[j].end <= sent.start:
            j += 1
        yield sent, (paras[j] if j < len(paras) and paras[j].start <= sent.start else sent)


class _Depth:
    """Bracket/quote nesting depth at any position of a sentence (0 = outside), by bisection."""

    def __init__(self, text: str, sent: Span):
        self.text, self.sent = text, sent
        self.pos: list[int] | None = None
        self.depth: list[int] = []

    def __getitem__(self, i: int) -> int:
        if self.pos is None:  # computed on first use: most sentences hold no cue at all
            self.pos, self.depth = bracket_depth(self.text, self.sent.start, self.sent.end)
        return self.depth[bisect.bisect_right(self.pos, i) - 1]


class _RegionStart:
    """Where the claimant region of a cue at ``i`` begins: right after the last region stop before ``i``
    (the sentence start if none), by bisection over stops found once per sentence."""

    def __init__(self, folded: str, sent: Span):
        self.folded, self.sent = folded, sent
        self.stops: list[int] | None = None

    def __call__(self, i: int) -> int:
        if self.stops is None:
            found = _REGION_STOP_RX.finditer(self.folded, self.sent.start, self.sent.end)
            self.stops = [self.sent.start] + [m.end() for m in found]
        return self.stops[bisect.bisect_right(self.stops, i) - 1]


_EDGES: dict[tuple[str, str, int], frozenset[str]] = {}


def _edge(lex: Lexicon, key: str, i: int) -> frozenset[str]:
    """First (``i=0``) or last (``i=-1``) characters of the words of list ``key``: a cheap pre-test."""
    k = (lex.lang, key, i)
    if k not in _EDGES:
        _EDGES[k] = frozenset(w[i] for w in lex.get(key) if w)
    return _EDGES[k]


def _strip(folded: str, start: int, end: int, lex: Lexicon) -> Span:
    """Trim connectives before and adverbs/dates after a claimant phrase."""
    lead_first, tail_last = _edge(lex, "claimant_strip_lead", 0), _edge(lex, "claimant_strip_tail", -1)
    changed = True
    while changed and start < end:
        changed = False
        s = trim(folded, start, end, strip_quotes=False)
        start, end = s.start, s.end
        for w in lex.longest_first("claimant_strip_lead") if folded[start : start + 1] in lead_first else ():
            if folded.startswith(w, start, end) and end - start > len(w):
                start += len(w)
                changed = True
                break
        for w in lex.longest_first("claimant_strip_tail") if folded[end - 1 : end] in tail_last else ():
            if folded.endswith(w, start, end) and end - start > len(w):
                end -= len(w)
                changed = True
                break
        m = _DATE_TAIL.search(folded, max(start, end - 12), end)  # (a date tail is at most 7 characters)
        if m and m.start() > start:
            end = m.start()
            changed = True
    return Span(start, end)


def _group_suffix(folded: str, start: int, end: int, lex: Lexicon) -> Span | None:
    """``…某些分析師`` -> the span of ``某些分析師``: a group noun ending the phrase, with its quantifier."""
    if end <= start or folded[end - 1] not in _edge(lex, "groups", -1):
        return None
    for g in lex.longest_first("groups"):
        if folded.endswith(g, start, end):
            s = end - len(g)
            for q in lex.longest_first("group_quantifiers"):
                if folded.startswith(q, s - len(q), s) and s - len(q) >= start:
                    s -= len(q)
                    break
            return Span(s, end)
    return None


def claimant_span(folded: str, start: int, end: int, lex: Lexicon) -> Span | None:
    """The claimant noun phrase inside ``folded[start:end]`` (text right before a stance word)."""
    s = _strip(folded, start, end, lex)
    phrase = folded[s.start : s.end]
    ok = ((1 < len(phrase) or phrase in lex.get("pronouns")) and len(phrase) <= MAX_CLAIMANT and not phrase.endswith("的")
          and not any(w in phrase for w in lex.get("claimant_reject"))
          and not phrase.isdigit())
    if ok:
        return s
    g = _group_suffix(folded, s.start, s.end, lex)
    if g is not None and (folded[g.start - 1 : g.start] in _COMPARE or folded[g.start - 2 : g.start] in _COMPARE_WORDS):
        return None  # 超出市場預期 / 優於市場預期: the market's expectation is a yardstick, not a holder
    return g


def _attributions(doc: Document, sent: Span, depth: _Depth, lex: Lexicon) -> list[_Att]:
    text, folded = doc.text, doc.folded or doc.text
    needs_punct = lex.set("needs_punct")
    neutral = lex.set("neutral")
    out: list[_Att] = []
    region_start = _RegionStart(folded, sent)
    for m in lex.stance.finditer(folded, sent.start, sent.end):
        cue, cs, ce = m.group(0), m.start(), m.end()  # the lexicon form (Traditional) drives the rules
        if depth[cs] or (out and cs < out[-1].cue_end):
            continue
        nxt = folded[ce : ce + 1]
        if folded[cs - 1 : cs] in _COMPARE or nxt == "的" or (cue in needs_punct and nxt not in "，,：:「" and not (cue == "形容" and nxt in "為成")):
            continue  # 預期的 / 分析師 / 被稱為: the word is not used as a stance verb here
        r = region_start(cs)
        who = claimant_span(folded, max(r, cs - _CLAIMANT_WINDOW), cs, lex)
        if who is None:
            continue
        # 「…」X指出(，…): the quotation right before the claimant is X's too.
        trailing = r > sent.start and text[r - 1] in "」』”"
        inline = nxt not in "，,：:「" and not trailing
        out.append(_Att(r, who, cue, ce, cue not in neutral, inline, trailing))
    return out


SOURCE_PHRASE = re.compile(r"(?:根據|依據|據)([^，,；;：:。「」]{1,30}?)(?:等(?:公司|機構|單位))?的?"
                     r"(?:最新)?(?:報告|分析|報導|研究|調查|統計|資料|數據|估計|預估)[，,：:]"
                     r"|從([^，,；;：:。「」]{1,30}?)的(?:觀點|角度)(?:來看|看來)[，,]")


def _sources(doc: Document, sent: Span, lex: Lexicon) -> list[_Att]:
    folded = doc.folded or doc.text
    out = []
    for m in SOURCE_PHRASE.finditer(folded, sent.start, sent.end):
        g = 1 if m.group(1) is not None else 2
        who = _strip(folded, m.start(g), m.end(g), lex)
        if who.end > who.start:
            # 根據X的分析，…: the source phrase stays in the claim text, like an inline stance.
            out.append(_Att(m.start(), who, None, m.end(), True, True, False, source=m.start()))
    return out


def _own_voice_cues(doc: Document, sent: Span, depth: _Depth, lex: Lexicon) -> list[_Att]:
    """``這個差距顯示，…`` / ``評論凸顯更廣泛的焦慮：…``: the article draws the conclusion itself."""
    folded = doc.folded or doc.text
    out = []
    region_start = _RegionStart(folded, sent)
    for m in lex.rx["own_voice_cues"].finditer(folded, sent.start, sent.end):
        cue, i = m.group(0), m.start()
        if depth[i]:
            continue
        j = i + len(cue)
        while j < sent.end and j - i < 24 and folded[j] not in "，,：:；;。":
            j += 1
        if j < sent.end and folded[j] in "，,：:":
            out.append(_Att(region_start(i), None, None, j + 1, True, False, False, own=True))
    return out


def _content_end(text: str, start: int, stop: int, sent: Span, depth: _Depth) -> int:
    for i in range(start, stop):
        if text[i] in HARD_BREAKS and not depth[i]:
            return i
    return stop


def _units(doc: Document, region: Span, lex: Lexicon, metrics: Figures, *, own: bool,
           first_free: bool, lead_figure: bool = True) -> list[Span]:
    text, folded = doc.text, doc.folded or doc.text
    clauses = split_clauses(text, region.start, region.end)
    if not clauses:
        return []
    units = select_units(describe(text, folded, clauses, lex, metrics), own=own, first_free=first_free,
                         lead_figure=lead_figure)
    if not own:  # an unattributed quotation is someone's words, not the article's voice
        units.extend(_quote_units(doc, region, lex, metrics, stance=first_free))
    return sorted(set(units))


def zh_candidates(doc: Document, lex: Lexicon, metrics: Figures, skip: AbstractSet[Span]) -> list[Candidate]:
    text, folded = doc.text, doc.folded or doc.text
    out: list[Candidate] = []
    carry: tuple[str, Span] | None = None  # the speaker whose statement may go on in the next sentence
    para: Span | None = None
    depth_in = 0  # quotation marks still open from earlier sentences of the paragraph
    for sent, p in sentences_with_paragraphs(doc):
        if sent in skip:
            continue
        if p != para:
            para, carry, depth_in = p, None, 0
        inside_quote = depth_in > 0
        depth_in = max(0, depth_in + _quote_balance(text, sent))
        depth = _Depth(text, sent)
        atts = sorted(_attributions(doc, sent, depth, lex) + _sources(doc, sent, lex)
                      + _own_voice_cues(doc, sent, depth, lex), key=lambda a: a.region_start)
        # Reported speech goes on after a semicolon (X認為，A；B) and into the next sentence when
        # that one is the next point of an enumeration (第二，…) or the rest of an open quotation.
        enumerates = lex.starts("enumeration", folded, sent.start, sent.end)
        # (A plain next sentence stays the article's own voice: on the dev set, crediting it to the
        # previous speaker cost more than it gained.)
        heir = carry if inside_quote or enumerates else None
        covered: list[Span] = []
        last: tuple[str, Span] | None = None
        for i, att in enumerate(atts):
            stop = atts[i + 1].region_start if i + 1 < len(atts) else sent.end
            claimant = text[att.claimant.start : att.claimant.end] if att.claimant and not att.own else None
            found, region = _attributed_units(doc, att, sent, stop, depth, lex, metrics)
            covered.append(region)
            holder = att.claimant if claimant else None
            cue = text[att.cue_end - len(att.cue) : att.cue_end] if att.cue else None  # as written (简体 too)
            out.extend(Candidate(u, claimant, holder, cue) for u in found)
            if claimant and att.claimant and not att.inline:
                # X認為，A，B: B is X's too; after an inline 多頭認為A，B the writer speaks again.
                last = (claimant, att.claimant)
        for part in _uncovered(sent, covered):
            if part.end - part.start < 6:
                continue
            who = last if last and part.start > covered[0].start else heir
            # A continuing speaker's clauses count with the reported-speech markers; the article's own
            # voice needs the stricter own-voice markers.
            # Cheap prefilter: a part without any marker word (or quotation) cannot yield a unit.
            key = "own_markers" if who is None else "markers"
            if (not lex.contains(key, folded, part.start, part.end) and not (who and _has_quote(text, part))
                    and not lex.contains("inference_openers", folded, part.start, part.end)):
                continue
            units = _units(doc, part, lex, metrics, own=who is None, first_free=False)
            out.extend(Candidate(u, who[0] if who else None, who[1] if who else None, None) for u in units)
        carry = last or (heir if (inside_quote or enumerates) else None)
    return out


def _has_quote(text: str, span: Span) -> bool:
    return any(q in text[span.start : span.end] for q in "「『“")


def _quote_balance(text: str, sent: Span) -> int:
    seg = text[sent.start : sent.end]
    return seg.count("「") + seg.count("“") - seg.count("」") - seg.count("”")


def _attributed_units(doc: Document, att: _Att, sent: Span, stop: int, depth: _Depth, lex: Lexicon,
                      metrics: Figures) -> tuple[list[Span], Span]:
    """Claim units of one attribution, and the region of the sentence it covers."""
    text = doc.text
    if att.cue == "形容" and att.claimant:
        # X形容為「…」 modifies a noun inside a larger clause: the whole sentence is the claim.
        body = trim(text, sent.start, sent.end, strip_quotes=False)
        return [body], sent
    if att.trailing:
        q = _previous_quote(text, sent.start, att.region_start)
        found = _quote_units(doc, q, lex, metrics, stance=att.strong) if q else []
        region = Span(att.cue_end, _content_end(text, att.cue_end, stop, sent, depth))
        if region.end - region.start > 1:  # 「…」X坦言，…: the words after the cue are X's as well
            found += _units(doc, region, lex, metrics, own=False, first_free=att.strong)
        return found, Span(q.start if q else att.region_start, region.end)
    if att.source >= 0:
        # 根據X的分析，…: the source phrase opens the claim; what follows is the source's statement.
        region = Span(att.source, _content_end(text, att.cue_end, stop, sent, depth))
        units = [u for u in _units(doc, region, lex, metrics, own=False, first_free=True) if u.end > att.cue_end]
        return units, Span(att.region_start, region.end)  # (the phrase alone, 根據X報導， before X指出, is no claim)
    if att.inline and att.claimant:
        # 多頭認為基礎設施總是先於應用層出現，…: the stance governs its first statement only.
        region = Span(att.claimant.start, _content_end(text, att.cue_end, stop, sent, depth))
        m = lex.rx["restatement"].search(doc.folded or text, att.cue_end, region.end)
        if m:  # X指出他所稱的「循環支出」——也就是…: the restatement is what X holds
            begin = m.end()
            while (again := lex.rx["restatement"].match(doc.folded or text, begin, region.end)) is not None:
                begin = again.end()  # ——也就是
            units = _units(doc, Span(begin, region.end), lex, metrics, own=False, first_free=True)[:1]
            return units, Span(att.region_start, units[0].end if units else region.end)
        clauses = split_clauses(text, region.start, region.end)
        unit = first_statement(describe(text, doc.folded or text, clauses, lex, metrics))
        return ([unit] if unit else []), Span(att.region_start, unit.end if unit else att.cue_end)
    region = Span(att.cue_end, _content_end(text, att.cue_end, stop, sent, depth))
    # A stance verb (認為, 警告) makes whatever follows a claim; a reporting verb (表示, 說明) only
    # the clauses that assess.
    # A figure right after the verb is what the speaker predicts (預估，成長3%) but only what they report
    # after 強調 / 指出 (公司共有18座廠): a reported count is a fact.
    lead = not att.own and (att.cue or "") in _FORECAST_CUES
    units = _units(doc, region, lex, metrics, own=False, first_free=att.strong, lead_figure=lead)
    if not att.own:
        units = _one_argument(doc, region, units, metrics, lex, forecast=lead)
    return units, Span(att.region_start, region.end)


def _one_argument(doc: Document, region: Span, units: list[Span], metrics: Figures, lex: Lexicon, *,
                  forecast: bool) -> list[Span]:
    """Reported figures and the assessments around them are one argument: a forecast's figures and what
    follows them (X預估，出口成長逾3成，金額上看5,000億元，創新高), or a figure and its reason
    (X指出，成長率下修至2%，主因…): from the first clause to the last assessing one, when every clause in
    between is a figure or part of a unit."""
    if not units:
        return units
    text = doc.text
    clauses = split_clauses(text, region.start, region.end)
    if not 2 <= len(clauses) <= ONE_ARGUMENT or any(is_quote(text, c) for c in clauses):
        return units
    end = max(u.end for u in units)
    inside = [c for c in clauses if c.end <= end]
    if not any(metrics.inside(c) and not _in_units(c, units) for c in inside):
        return units  # nothing was left out between the units: keep them as found
    reason = any(lex.starts("reason_openers", doc.folded or text, u.start, u.end) for u in units)
    if (forecast or reason) and all(metrics.inside(c) or _in_units(c, units) for c in inside):
        return [Span(clauses[0].start, end)]
    return units


def _in_units(c: Span, units: Sequence[Span]) -> bool:
    return any(u.start <= c.start and c.end <= u.end for u in units)


def _uncovered(sent: Span, covered: Sequence[Span]) -> list[Span]:
    out, cur = [], sent.start
    for c in sorted(covered):
        if c.start > cur:
            out.append(Span(cur, c.start))
        cur = max(cur, c.end)
    if cur < sent.end:
        out.append(Span(cur, sent.end))
    return out


def _quote_units(doc: Document, region: Span, lex: Lexicon, metrics: Figures, *,
                 stance: bool = False) -> list[Span]:
    """Sentences inside the quotations of ``region`` that assess (a short one whole, else its units);
    under a stance verb (強調：「…」) the quoted sentences are the claim, marked or not."""
    text, folded = doc.text, doc.folded or doc.text
    units: list[Span] = []
    for c in split_clauses(text, region.start, region.end):
        if not is_quote(text, c):
            continue
        for inner in quote_inner(text, c):
            sub = describe(text, folded, split_clauses(text, inner.start, inner.end), lex, metrics)
            found = select_units(sub, own=False, first_free=stance, need=1)
            if found and inner.end - inner.start <= SHORT_CONTENT:
                found = [inner]  # a short quoted sentence is one statement
            units.extend(found)
    return units


def _previous_quote(text: str, lo: int, end: int) -> Span | None:
    """The quotation closing right before ``end`` (for 「…」X指出)."""
    close = text[end - 1]
    opener = {v: k for k, v in OPENERS.items()}.get(close)
    if opener is None:
        return None
    i = text.rfind(opener, lo, end - 1)
    return Span(i, end) if i >= 0 else None
