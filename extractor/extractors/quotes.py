"""Direct and indirect quotes with resolved speakers, in Chinese and English.

``extract_quotes(doc) -> (quotes, entities)``; the stage stores them under "quotes" and "entities".

How it works, in order:
1. ``find_quoted`` pairs quotation marks in one linear pass (「」『』“”"" and British ‘’; nesting kept
   inside; a paragraph that opens a quote without closing it continues into the next one that opens again).
2. Each quoted run is classified: attributed speech (a cue and a speaker next to it, before, after or in
   the same sentence), continued speech (a long quote standing as its own sentence, said by the last
   speaker nearby), or a scare quote / partial quote (short, glued into the sentence, no cue) -> dropped.
3. Indirect speech: a cue word (lexicon in data/cues_<lang>.json) with a speaker phrase before it and
   content after it to the end of the sentence (zh), or the English frames "X said (that) …",
   "…, X said.", "…, said X, role.", "according to X", "…, saying …".
4. Speakers go through ``speakers.resolve`` in text order, so pronouns and surnames resolve to the
   person named last / in full earlier; every person and organisation becomes an ``Entity``.

Every regex is bounded (no nested unbounded repeats; look-backs capped at a few hundred characters), and
per-item work uses bisect over precomputed positions, so hostile input stays linear.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from ..document import Document, Span
from ..model import Entity, Quote
from .speakers import Registry, Speaker, alternation, lexicon, parse_en, parse_zh, prescan, resolve
from .surface import as_written

_HAN = "\u3400-\u4dbf\u4e00-\u9fff〇"
_NEXT_CHAR = re.compile(r"\S")
_MAX_SENT = 3000  # sentences longer than this are not prose; skip indirect matching (hostile input)


@dataclass(frozen=True)
class QuotedRun:
    """A quoted run: ``open``/``close`` are the mark positions, ``inner`` the words between them."""

    open: int
    close: int

    @property
    def inner(self) -> Span:
        return Span(self.open + 1, self.close)


# opener -> closers it accepts; “…" and "…” both occur in crawled English text
_PAIRS = {"「": "」", "『": "』", "“": "”\"", "\"": "\"”", "‘": "’"}
_MARKS = re.compile("[「」『』“”‘’\"\n]")
_MAX_DEPTH = 4


_NEXT_WORD = re.compile(r" ([a-z]+)")


def _possessive(text: str, i: int) -> bool:
    """``s’ word``: a plural possessive, unless the next word is a reporting verb (’ said)."""
    if i == 0 or text[i - 1] != "s":
        return False
    m = _NEXT_WORD.match(text, i + 1)
    return m is not None and m.group(1) not in _verb_words()


def find_quoted(text: str) -> list[QuotedRun]:
    """Top-level quoted runs in one linear pass; nested quotes stay inside the outer run.

    A paragraph that opens a quote and ends without closing it continues when the next paragraph opens
    with the same mark (newspaper convention); otherwise the unclosed quote is dropped, and the complete
    quotes found inside it count on their own, so a stray mark never swallows the rest of the article.
    Curly single quotes (British style) open only after a non-letter and close only before one, so the
    apostrophes in don’t and investors’ stay apostrophes.
    """
    runs: list[QuotedRun] = []
    stack: list[tuple[str, int]] = []
    inner: list[QuotedRun] = []  # complete runs one level inside the open outer quote
    cont = False
    n = len(text)
    for m in _MARKS.finditer(text):
        ch, i = m.group(), m.start()
        if ch == "\n":
            if stack:
                nxt = i + 1
                while nxt < n and text[nxt] in "\n \u3000":
                    nxt += 1
                if len(stack) == 1 and nxt < n and text[nxt] == stack[0][0]:
                    cont = True  # the next paragraph re-opens the same quote
                else:
                    stack.clear()
                    runs.extend(inner)
                    inner.clear()
            continue
        if cont:
            cont = False
            continue
        if ch == "’" and (i + 1 < n and text[i + 1].isalpha() or _possessive(text, i)):
            continue  # an apostrophe inside a word (don’t) or after a plural (investors’ view)
        if stack and ch in _PAIRS[stack[-1][0]]:
            opener, at = stack.pop()
            if not stack:
                runs.append(QuotedRun(at, i))
                inner.clear()
            elif len(stack) == 1:
                inner.append(QuotedRun(at, i))
            continue
        if ch in _PAIRS and len(stack) < _MAX_DEPTH:
            if ch == "‘" and i > 0 and text[i - 1].isalnum():
                continue
            if ch == "\"" and any(o == "\"" for o, _ in stack):
                stack.clear()  # an unmatched ASCII mark: resynchronise
                runs.extend(inner)
                inner.clear()
            stack.append((ch, i))
    runs.extend(inner)  # an outer quote left open at the end of the text
    return sorted(runs, key=lambda r: r.open)


@dataclass
class _Cand:
    """A quote candidate before speaker resolution (``phrase`` is the raw speaker range)."""

    span: Span
    kind: str
    cue: str | None
    phrase: tuple[int, int] | None  # speaker words to parse; None = inherit
    at: int  # where the attribution sits (resolution order)
    speaker: Speaker | None = None
    inherit_next: bool = False


# ---- shared -------------------------------------------------------------------------------


def extract_quotes(doc: Document) -> tuple[list[Quote], list[Entity]]:
    """All quotes of ``doc`` with speakers, and the person/organisation/group entities they name."""
    reg = prescan(doc)
    runs = find_quoted(doc.text)
    cands = _zh_candidates(doc, reg, runs) if doc.is_zh else _en_candidates(doc, reg, runs)
    entities = reg.entities()
    quotes: list[Quote] = []
    seen: set[tuple[int, int]] = set()
    for c in sorted(cands, key=lambda c: (c.span.start, c.span.end)):
        text = doc.text[c.span.start:c.span.end]
        if (c.span.start, c.span.end) in seen or not text.strip():
            continue
        seen.add((c.span.start, c.span.end))
        sp = c.speaker
        ent = sp.ent if sp is not None else None
        quotes.append(Quote(
            text=text, span=(c.span.start, c.span.end), kind=c.kind,  # type: ignore[arg-type]
            speaker=sp.name if sp else None,
            cue=as_written(doc, c.cue, *_around(c.span, sp.span if sp else None)),
            speaker_span=(sp.span.start, sp.span.end) if sp else None,
            speaker_text=doc.text[sp.span.start:sp.span.end] if sp else None,
            speaker_role=sp.role if sp else None, speaker_org=sp.org if sp else None,
            entity_id=ent.id if ent is not None else None, id=f"q{len(quotes) + 1}"))
    return quotes, entities


def _around(span: Span, other: Span | None) -> tuple[int, int]:
    """The stretch holding a quote and its speaker mention, where the cue stands."""
    if other is None:
        return span.start, span.end
    return min(span.start, other.start), max(span.end, other.end)


def _resolve_in_order(doc: Document, reg: Registry, cands: list[_Cand]) -> list[_Cand]:
    """Parse and resolve speakers in text order; candidates with no speaker inherit or are dropped."""
    text, folded = doc.text, doc.folded or doc.text
    out: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (c.at, c.span.start)):
        if c.phrase is None:
            out.append(c)
            continue
        s, e = c.phrase
        sp = parse_zh(reg, text, folded, s, e, c.at) if doc.is_zh else parse_en(reg, text, s, e, c.at)
        if sp is None:
            if c.kind == "direct":
                c.phrase = None  # the words next to it name no source: maybe continued speech
                out.append(c)
            continue
        c.speaker = resolve(reg, sp, s, "zh" if doc.is_zh else "en")
        if c.speaker.kind == "surname":  # a surname alone that names nobody before it
            c.speaker = None
            if c.kind == "direct":
                c.phrase = None
                out.append(c)
            continue
        out.append(c)
    return out


def _named_between(reg: Registry, text: str, lo: int, hi: int) -> Speaker | None:
    """The person whose name (any alias of 2+ chars) occurs last in ``text[lo:hi]``."""
    best: tuple[int, Speaker] | None = None
    for rec in reg.recs:
        if rec.kind != "person":
            continue
        for alias in sorted(rec.aliases | {rec.name}, key=lambda a: (-len(a), a)):  # longest first: stable
            if len(alias) < 2:
                continue
            i = text.rfind(alias, lo, hi)
            if i >= 0 and (best is None or i > best[0]):
                best = (i, Speaker(rec.name, "person", Span(i, i + len(alias)), role=rec.role, org=rec.org, ent=rec,
                                   text=alias))
    return best[1] if best else None


def _inherit(doc: Document, reg: Registry, cands: list[_Cand], window: int) -> list[_Cand]:
    """Quotes with no attribution of their own take the speaker of a neighbour in the same passage.

    A quote followed in the same sentence by an attributed one takes its speaker ("“a” and … “b,” X said");
    otherwise a long stand-alone quote continues the last speaker within ``window`` characters.
    """
    ordered = sorted(cands, key=lambda c: c.span.start)
    for i, c in enumerate(ordered):
        if c.speaker is not None or not c.inherit_next:
            continue
        for nxt in ordered[i + 1:i + 3]:
            gap = doc.text[c.span.end:nxt.span.start]
            if nxt.kind == "direct" and nxt.speaker is not None and not _sentence_break(gap, doc.is_zh):
                c.speaker, c.cue = nxt.speaker, nxt.cue
                break
    last: _Cand | None = None
    for c in ordered:
        if c.speaker is None and last is not None and c.kind == "indirect" and c.phrase is None:
            if "\n" not in doc.text[last.span.end:c.span.start]:
                c.speaker = last.speaker  # …，」並強調…: the speaker of the clause before goes on
        elif c.speaker is None and last is not None and c.kind == "direct" and c.phrase is None \
                and 0 <= c.span.start - last.span.end <= window and _same_or_next_para(doc, last, c):
            # a person named after the last attribution ("《財經網》報導，于學軍…") is the likelier voice
            c.speaker = _named_between(reg, doc.text, last.at + 1, c.span.start) or last.speaker
            if c.cue is None and _in_same_sentence(doc, last, c):
                c.cue = last.cue
        if c.speaker is not None:
            last = c
    return [c for c in ordered if c.speaker is not None]


def _sentence_break(gap: str, zh: bool) -> bool:
    if "\n" in gap:
        return True
    return bool(re.search(r"[。！？]", gap) if zh else re.search(r"[.!?][\"”’]?\s+[A-Z“\"]", gap))


def _same_or_next_para(doc: Document, a: _Cand, b: _Cand) -> bool:
    return doc.text.count("\n", a.span.end, b.span.start) <= 2


def _in_same_sentence(doc: Document, a: _Cand, b: _Cand) -> bool:
    return not _sentence_break(doc.text[a.span.end + 1:b.span.start - 1], doc.is_zh)


# ---- Chinese ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _zh_res() -> dict[str, re.Pattern[str]]:
    lx = lexicon("zh")
    cues = alternation(lx["cues"])
    return {
        "cue": re.compile(cues),
        # cue right before the opening mark: 表示：「 / 說，「 / 指出「
        "cue_before": re.compile(rf"(?P<cue>{cues})\s*[：:，,]?\s*$"),
        "noun_follow": re.compile(alternation(lx["cue_noun_followers"])),
    }


@lru_cache(maxsize=1)
def _blocked() -> dict[str, str]:
    blocked: dict[str, str] = lexicon("zh")["cue_blocked_after"]
    return blocked


@lru_cache(maxsize=1)
def _need_comma() -> frozenset[str]:
    return frozenset(lexicon("zh").get("cues_need_comma", []))


_ZH_BOUND = "，,。！？!?；;：:「」『』“”\"\n"
_ZH_END = re.compile(r"[。！？!?；;\n]")


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _glued_open(text: str, close: int) -> bool:
    """True when the quote closed at ``close`` was opened right after a Han/alnum char (an embedded term)."""
    i = max(text.rfind("「", 0, close), text.rfind("『", 0, close))
    return i > 0 and _is_word(text[i - 1])


class _Bounds:
    """Positions of clause boundary marks in a text, for O(log n) "where does this clause start"."""

    _RE = re.compile("[" + re.escape(_ZH_BOUND) + "]")

    def __init__(self, text: str) -> None:
        # a quote mark glued to Han text on its outer side (出席「財經年會」時) is inside the clause
        n = len(text)
        self.pos = [i for i in (m.start() for m in self._RE.finditer(text))
                    if not (text[i] in "「『" and i > 0 and _is_word(text[i - 1]))
                    and not (text[i] in "」』" and i + 1 < n and _is_word(text[i + 1]) and _glued_open(text, i))]

    def too_far(self, pos: int, limit: int = 80) -> bool:
        """True when the clause holding ``pos`` started more than ``limit`` characters before it."""
        k = bisect.bisect_left(self.pos, pos) - 1
        return pos - (self.pos[k] + 1 if k >= 0 else 0) > limit

    def clause_start(self, pos: int, limit: int = 80) -> int:
        """Start of the clause ending at ``pos``; ``pos`` itself when no boundary lies within ``limit``.

        A speaker phrase sits at the start of its clause, so a cue deep inside a run-on clause (or in
        hostile input) has none.
        """
        k = bisect.bisect_left(self.pos, pos) - 1
        start = self.pos[k] + 1 if k >= 0 else 0
        if pos - start > limit:
            return pos
        return start


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
        prev = text[run.open - 1] if run.open > 0 else "\n"
        if m:
            cue_start = run.open - len(before) + m.start("cue")
            ps = bounds.clause_start(cue_start)
            if _reported_before(doc, reg, bounds, sent_ends, ps) and not _names_person(doc, reg, ps, cue_start):
                # 「X表示，…穩定預期，「…」」: the clause before the quote is reported content, not its speaker
                cands.append(_Cand(inner, "direct", None, None, run.open))
            else:
                cands.append(_Cand(inner, "direct", m.group("cue"), (ps, cue_start), cue_start))
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


_ZH_SENT_END = re.compile(r"[。！？!?\n]")


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


def _zh_indirect(doc: Document, reg: Registry, direct: list[Span], runs: list[QuotedRun]) -> list[_Cand]:
    text, folded = doc.text, doc.folded or doc.text
    res = _zh_res()
    inside_starts = [r.inner.start for r in runs]  # runs are sorted and disjoint
    open_at = [r.open for r in runs]
    out: list[_Cand] = []
    covered_until = -1
    direct_starts = sorted(d.start for d in direct)
    bounds = _Bounds(folded)
    title_span = _title_span(doc)

    def in_title(pos: int) -> bool:  # a headline is not reported speech
        return title_span is not None and title_span.start <= pos < title_span.end
    pos = 0
    while True:
        m = res["cue"].search(folded, pos)
        if m is None:
            break
        cs, ce = m.start(), m.end()
        pos = ce
        if cs < covered_until:
            pos = covered_until
            continue
        if bounds.too_far(cs):
            # no clause start within reach: skip ahead to where a clause can begin again
            k = bisect.bisect_left(bounds.pos, cs)
            pos = max(ce, bounds.pos[k] + 1) if k < len(bounds.pos) else len(folded)
            continue
        k = bisect.bisect_right(inside_starts, cs) - 1
        if k >= 0 and runs[k].inner.start <= cs < runs[k].inner.end:
            continue
        if res["noun_follow"].match(folded, ce):
            continue  # 分析師, 說明會: the cue is part of a noun
        if cs > 0 and folded[cs - 1] in _blocked().get(m.group(), ""):
            continue  # 舉例來說, 據說, 所稱, 的分析: an idiom or a noun, not a reporting verb
        j = ce
        while j < len(text) and text[j] in " \u3000":
            j += 1
        if j < len(text) and text[j] in "：:，,":
            j += 1
        elif m.group() in _need_comma():
            continue  # 新廠預計明年量產: without a comma the cue is an ordinary verb
        k = bisect.bisect_left(open_at, j)
        if k < len(runs) and open_at[k] == j and runs[k].close - j <= 12 and runs[k].close + 1 < len(text) \
                and text[runs[k].close + 1] in "，,":
            j = runs[k].close + 2  # X坦言「變數仍大」，…: a short quoted verdict, then the reported words
        if j >= len(text) or text[j] in "「『“\"。！？!?；\n":
            continue
        ps = bounds.clause_start(cs)
        phrase: tuple[int, int] | None = (ps, cs)
        if ps < cs and _ZH_CONN.fullmatch(folded, ps, cs) and ps > 0 and (
                text[ps - 1] in "」』”\"" or text[ps - 1] in "，；,;" and out and out[-1].span.end >= ps - 3):
            phrase = None  # …，」並強調… / …；並預期…: the same speaker goes on (resolved by _inherit)
        elif ps == cs or parse_zh(reg, text, folded, ps, cs, cs) is None:
            continue  # no source before the cue (根據X報導，…): the cues inside stay available
        if in_title(j) or _inner_attribution(reg, text, folded, j, min(len(text), j + 80)):
            continue  # 《財經網》報導，于學軍…分析，…: the named person's own attribution is the quote
        end = _zh_content_end(reg, text, folded, j, direct_starts)
        end = _zh_rival_end(reg, text, folded, j, end)
        while end > j and text[end - 1] in "，,、：:　 ":
            end -= 1
        if end - j < 4:
            continue
        if _CAPTION.match(text, end + 1):
            continue  # a photo caption repeating what the article already reported
        out.append(_Cand(Span(j, end), "indirect", m.group(), phrase, cs))
        covered_until = end
    return out


# a photo credit right after a sentence marks it as a caption: （網路照片）, （圖／記者攝）, (Photo: AP)
_CAPTION = re.compile(r"\s*[（(][^）)\n]{0,15}(?:照片|圖|攝|[Pp]hoto)[^）)\n]{0,15}[）)]")
# "，但空頭則…": a contrasted party takes over the sentence
_RIVAL = re.compile(r"[，,](?:但|而|不過|然而)?(?P<y>[^，,。；\n]{1,8}?)(?:則|卻)")


def _title_span(doc: Document) -> Span | None:
    """The paragraph that repeats the page title (a headline), if one of the first three does."""
    title = (doc.meta.title or "").strip()
    return next((p for p in doc.paragraphs[:3] if title and doc.text[p.start:p.end].strip() == title), None)


def _zh_rival_end(reg: Registry, text: str, folded: str, start: int, end: int) -> int:
    """Cut indirect content where a clause hands the floor to another party (多頭認為…，但空頭則…)."""
    for m in _RIVAL.finditer(folded, start, end):
        ys, ye = m.span("y")
        sp = parse_zh(reg, text, folded, ys, ye, ys)
        if sp is not None and (sp.kind in ("group", "person", "persons") or sp.kind == "org" and _named_org(reg, sp)):
            return m.start()
    return end


def _named_org(reg: Registry, sp: Speaker) -> bool:
    """An organisation the article names or whose name has an organisation ending (not 時薪則… / 申請則…)."""
    return reg.lookup(sp.name) is not None or bool(_org_end().search(sp.name))


@lru_cache(maxsize=1)
def _org_end() -> re.Pattern[str]:
    return re.compile(f"(?:{alternation(lexicon('zh')['org_suffixes'])})$")


def _inner_attribution(reg: Registry, text: str, folded: str, start: int, end: int) -> bool:
    """True when the content's first clause is itself "person + cue" (a source reporting someone's words)."""
    first = start
    while first < end and text[first] not in "，,。；":
        first += 1
    for m in _zh_res()["cue"].finditer(folded, start, first):
        sp = parse_zh(reg, text, folded, start, m.start(), m.start())
        return sp is not None and sp.kind == "person"
    return False


def _zh_content_end(reg: Registry, text: str, folded: str, start: int, direct_starts: list[int]) -> int:
    """Indirect content runs to the sentence end (。！？, line end) or to an attributed direct quote.

    A ；ends it only when the next clause is a new attribution (…；她解釋，…; …；並預期…); otherwise the
    semicolon just joins the speaker's own clauses (成熟市場…；下一波…；至於…, …；大戶的支出估計…).
    A ，ends it before a second speech act of the same speaker (…，並強調… / …，也指出…).
    """
    stop = min(len(text), start + _MAX_SENT)
    pos = start
    end = stop
    res = _zh_res()
    while True:
        m = _ZH_END_COMMA.search(text, pos, stop)
        if m is None:
            break
        if text[m.start()] in "，,":
            ce = _conn_end(folded, m.end())
            c = res["cue"].match(folded, ce) if ce > m.end() else None
            if c is None or res["noun_follow"].match(folded, c.end()):
                pos = m.end()
                continue
        elif text[m.start()] in "；;":
            nxt = _clause_start_fwd(text, m.end())
            c = res["cue"].search(folded, m.end(), nxt)
            if c is None or not (_ZH_CONN.fullmatch(folded, m.end(), c.start()) or c.start() > m.end()
                                 and parse_zh(reg, text, folded, m.end(), c.start(), c.start()) is not None):
                pos = m.end()
                continue
        end = m.start()
        break
    k = bisect.bisect_right(direct_starts, start + 1)
    if k < len(direct_starts) and direct_starts[k] - 1 < end:
        return direct_starts[k] - 1
    return end


_ZH_END_COMMA = re.compile(r"[。！？!?；;\n，,]")
# connectives before a second cue of the same speaker: …，並強調 / …；並預期 / …，也說
_ZH_CONN = re.compile(r"(?:並且|同時|另外|並|也|還|更|另|且|亦|再|則)+")


def _conn_end(folded: str, pos: int) -> int:
    m = _ZH_CONN.match(folded, pos, pos + 6)
    return m.end() if m else pos


def _clause_start_fwd(text: str, pos: int, limit: int = 30) -> int:
    """End of the clause starting at ``pos`` (next boundary mark, at most ``limit`` ahead)."""
    i, hi = pos, min(len(text), pos + limit)
    while i < hi and text[i] not in _ZH_BOUND:
        i += 1
    return i


# ---- English ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _en_res() -> dict[str, re.Pattern[str]]:
    lx = lexicon("en")
    verbs = alternation(lx["verbs"])
    filler = (r"(?:\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday))?"
              r"(?:\s+(?:on|in|at|during|this|last|late|earlier|later|in a|to|of|about|after|before|following|"
              r"outside)\b[^,.;:\"“”]{0,60}?)?")
    # name characters: a dot only inside a word (Edmunds.com) or after an honorific (Dr. Ann Lee, Sen. Warren)
    nm = r"(?:(?:Dr|Mr|Mrs|Ms|Sen|Rep|Gov|Gen|Prof|Lt|Col|Sgt|Jr|St)\.|[^,.;:\"“”]|\.(?=\w))"
    not_hon = "".join(f"(?<!{h})" for h in "Dr Mr Mrs Ms Sen Rep Gov Gen Prof Lt Col Sgt".split())
    # the person told: "he told reporters", "Smith told The Associated Press"
    obj = (r"(?:(?<=told)\s+(?:reporters|journalists|him|her|them|us|me|(?:the\s+)?[A-Za-z][\w.&'’\-]*"
           r"(?:\s+[A-Z][\w.&'’\-]*){0,3}))?")
    return {
        "verb": re.compile(rf"\b(?:{verbs})\b", re.I),
        # "X said(, | that | on Tuesday that)" right before an opening mark or content
        "before": re.compile(rf"(?P<cue>\b(?:{verbs}))\b{obj}{filler}(?:\s*[,:]|\s+that)?\s*$"),
        "according_before": re.compile(r"\b[Aa]ccording to\s+(?P<sp>[^,;\"“”]{1,80}),\s*$"),
        "adding": re.compile(r"\b(?:adding|added|continuing|continued)\s*[,:]?\s*$"),
        # ", said Jessica Caldwell, …" / ", InfoNation President Dan McDowell said"
        "inv": re.compile(rf"(?:^|,)\s*(?P<cue>{verbs})\s+(?P<sp>(?=[A-Z]|(?:an?|the|one|two|three)\s){nm}{{1,61}}?){not_hon}(?=\s*(?:[,.;:!?]|$))"),
        # ", Jessica Caldwell, Edmunds' executive director, said": the name before the appositive
        "appos": re.compile(rf"^\s*,?\s*(?P<sp>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){{0,3}}),\s*[^,;\"“”]{{1,100}},"
                            rf"\s*(?P<cue>{verbs})\b"),
        "post": re.compile(rf"(?:^|,)\s*(?P<sp>{nm}{{1,100}}?)\s+(?P<cue>{verbs})\b{obj}{filler}\s*(?=[,.;:!?]|$)"),
        "according": re.compile(r"(?:^|,\s*)(?P<cue>according to|as reported by)\s+(?P<sp>" + nm + r"{1,100}?)"
                                r"(?=\s*(?:,|\.?$|\.\s))", re.I),
        "according_lead": re.compile(r"^(?P<cue>According to)\s+(?P<sp>[^,;:\"“”]{1,100}?),\s*", re.I),
        "saying": re.compile(r",\s*(?P<cue>saying)(?:\s+that)?\s+"),
        "and_say": re.compile(r"\band\s+(?P<cue>say|says|said)(?:\s+that)?\s+"),
        "subject": re.compile(r"^(?P<sp>(?:The\s+|the\s+)?[A-Za-z][\w'’&.\-]*(?:\s+[\w'’&.\-]+){0,4}?)\s+"
                              r"(?:also\s+|have\s+|has\s+|had\s+)*(?:is|are|was|were|has|have|had|\w+ed)\b"),
        "src_prefix": re.compile(r"^(?:the|a|an)\s+.*?\b(?:report|data|survey|study|analysis|figures|estimates|"
                                 r"statement|filing)\s+(?:from|by|of)\s+", re.I),
    }


_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _verb_words() -> frozenset[str]:
    """First words of the reporting verbs, for a cheap "could this sentence report speech?" test."""
    return frozenset(v.split()[0] for v in lexicon("en")["verbs"])



def _determiners() -> frozenset[str]:
    return frozenset(lexicon("en")["determiners"])


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


_PROPER = re.compile(r"\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}\s*$")


def _en_phrase_before(text: str, ss: int, verb: int) -> tuple[int, int]:
    """The words before a reporting verb back to the clause start ("Scissors, who …, said" -> Scissors)."""
    ss = max(ss, verb - 300)  # a speaker phrase is short; bounded for run-on input
    seg = text[ss:verb].rstrip()
    parts = [m.start() for m in re.finditer(r"[,;:—–]|[\"“”]", seg)]
    if parts and parts[-1] == len(seg) - 1 and len(parts) >= 2:
        # "the county manager, Rita Gomez, said": the name in the aside;
        # "Scissors, who consults …, said" / "Caldwell, Edmunds' director, said": the head before the aside
        if _PROPER.match(seg, parts[-2] + 1, parts[-1]):
            return ss + parts[-2] + 1, ss + parts[-1]
        head_start = parts[-3] + 1 if len(parts) >= 3 else 0
        return ss + head_start, ss + parts[-2]
    start = ss + (parts[-1] + 1 if parts else 0)
    return start, verb


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
        if verbs.isdisjoint(_WORD.findall(sent.lower())) and "ccording" not in sent:
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
_EN_THAT = re.compile(_EN_DAY + r"(?:\s+(?:on|in|at|during|this|last|late|earlier)\b[^,;:\"“”]{0,60}?)?\s+that\s+")
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
    # leading attribution: "X said (that) …" with X from the clause start
    for m in res["verb"].finditer(head):
        vs, ve = m.start(), m.end()
        if _CLOSE_BEFORE.search(head, max(0, vs - 4), vs):
            continue  # '"…," said X, role': the inverted attribution of a direct quote, not content after it
        if m.group().lower() in ("reported", "report", "reports") and _EN_NONSPEECH_OBJ.match(head, ve):
            continue  # "reported a 17% rise in revenue": a figure, not speech
        ps, pe = _en_phrase_before(head, 0, vs)
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


_CLOSE_BEFORE = re.compile(r"[\"”’]\s*$")
# "reported a 17% rise", "reported record sales": an object that is a figure, not reported speech
_EN_NONSPEECH_OBJ = re.compile(r"\s+(?:a|an|its|their|his|her|record|net|higher|lower|\S*\d)\b", re.I)
_EN_AND_BEFORE = re.compile(r"\s(?:and|but)(?:\s+also)?\s+$")
_EN_LEAD_NAME = re.compile(r"\s*(?:[Tt]he\s+)?[A-Z][\w&.'’\-]*(?:\s+(?:of\s+|&\s+)?[A-Z&][\w&.'’\-]*){0,5}")
# "…, and several analysts warned that …": a second source taking over the sentence
_EN_COORD = re.compile(r",\s+(?:and|but|while|whereas)\s+")


@lru_cache(maxsize=1)
def _need_that() -> frozenset[str]:
    return frozenset(lexicon("en").get("verbs_need_that", []))


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


@lru_cache(maxsize=1)
def _en_same_subject() -> re.Pattern[str]:
    verbs = alternation([v for v in lexicon("en")["verbs"] if v.endswith("ed") or v in ("said", "told", "forecast")])
    return re.compile(rf",?\s+(?:and|but)\s+(?:also\s+)?(?P<cue>{verbs})(?:\s+that)?\s+(?=[a-z]|[A-Z][a-z]*\s+[a-z])")


def _strip_source(sp: str) -> int:
    """Offset past "the TexAuto Facts report from" in a source phrase (the source is what follows)."""
    m = _en_res()["src_prefix"].match(sp)
    return m.end() if m else 0
