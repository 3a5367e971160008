"""English direct quotes: the attribution before (X said, "…"), after ("…," X said / said X, role) or
earlier in the sentence; short unattributed runs are scare quotes."""

from __future__ import annotations

import bisect
import re

from ...document import Document, Span
from ..speakers.en_names import clean_person_name, completed_name, fuller_name
from ..speakers.registry import Registry
from .assemble import _MAX_SENT, _Cand, _inherit, _resolve_in_order
from .cues import _determiners, _en_res
from .en_blocks import _en_blocks
from .en_frames import _bisect_end, _en_phrase_before, _en_sentence
from .en_indirect import _en_indirect
from .en_subjects import subject_before
from .marks import QuotedRun


def _en_candidates(doc: Document, reg: Registry, runs: list[QuotedRun]) -> list[_Cand]:
    text = doc.text
    runs = _split_paragraphs(text, runs)
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
        if _named_thing(body, text[max(ss, run.open - 30):run.open]):
            continue  # Mugabe's "Blue House", the marketplace "Evolution.", a work "The Kiss Was Beautiful."
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
        if cand is None:
            # 'Senator Lee called the bill “a disgrace.”': a naming verb frames the quotation that follows it
            nm = _NAMING.search(text, max(ss, run.open - 160), run.open)
            if nm is not None:
                ps, pe = _en_phrase_before(text, ss, nm.start("cue"))
                if text[ps:pe].strip():
                    cand = _Cand(inner, "direct", nm.group("cue"), (ps, pe), ps)
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
            subject = subject_before(doc, reg, starts, ss, run.open)
            if subject is not None:  # 'Lee summed it up: “…”': the person who introduces it
                cand.phrase, cand.at, cand.inherit_next = subject, subject[0], False
        cands.append(cand)
        direct.append(inner)
    cands.extend(_en_indirect(doc, reg, direct))
    cands.extend(_en_blocks(doc, reg))
    cands = _resolve_in_order(doc, reg, cands)
    # short quotes survive only with a speaker of their own sentence
    out = [c for c in _inherit(doc, reg, cands, window=600)
           if not (c.kind == "direct" and len(text[c.span.start:c.span.end].split()) < 4 and c.speaker is None)
           and not (c.speaker is not None and c.speaker.name.lower() == "it")]  # an "it" that names nobody
    _fullest_names(text, out)
    return out


def _fullest_names(text: str, cands: list[_Cand]) -> None:
    """Each person speaker under the one fullest form of the name the article writes ("Lladanosa" ->
    "Cristina Gil Lladanosa"); speakers shared by several quotes change once."""
    done: dict[str, str] = {}
    seen: set[int] = set()
    for c in cands:
        sp = c.speaker
        if sp is not None and sp.kind in ("org", "group") and id(sp) not in seen and _ACRONYM.fullmatch(sp.name):
            seen.add(id(sp))
            sp.name = done.setdefault(sp.name, _expanded_acronym(text, sp.name) or sp.name)
            continue
        if sp is None or sp.kind != "person" or id(sp) in seen:
            continue
        seen.add(id(sp))
        if text[sp.span.start:sp.span.end] == sp.name:
            sp.name = completed_name(text, sp.name, sp.span.end)  # "said C. Eugene | Steuerle"
        if sp.name not in done:
            clean = clean_person_name(text, sp.name)
            done[sp.name] = fuller_name(text, clean) or clean
        sp.name = done[sp.name]


_ACRONYM = re.compile(r"[A-Z]{2,7}")
_ACRONYM_SKIP = frozenset("of for the and on in to at & u.s.".split())


def _expanded_acronym(text: str, acr: str) -> str | None:
    """The name an acronym stands for when the article writes it in full ("People for the Ethical Treatment
    of Animals" for PETA): a run of capitalised words, small words between, whose initials spell it."""
    for m in re.finditer(r"[A-Z][\w.&'’\-]*(?:\s+(?:(?:of|for|the|and|on|in|to|at|&)\s+)*[A-Z][\w.&'’\-]*)+", text):
        words = m.group().split()
        for i in range(len(words)):
            tail = [w for w in words[i:] if w.lower() not in _ACRONYM_SKIP]
            if "".join(w[0] for w in tail) == acr and words[i].lower() not in _ACRONYM_SKIP:
                return " ".join(words[i:])
    return None


_SMALL_WORDS = frozenset("a an the of and or in on at to for with from by as is was".split())


def _named_thing(body: str, lead: str) -> bool:
    """True when a short quoted run inside a sentence is a name or a title, not speech: every word
    capitalised (small words aside) and no clause punctuation but a final full stop or comma, or a run of up to three
    words right after a possessive or "to/for/from/on"."""
    core = body.strip().rstrip(".,")
    words = core.split()
    if not words or len(words) > 6 or not lead.strip() or re.search(r"[,;:!?]", core):
        return False
    if all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words) and words[0][:1].isupper() \
            and not re.fullmatch(r"(?:I|I['’]\w+|No|Yes|OK|Okay)", words[0]):
        return True
    return len(words) <= 3 and not body.strip().endswith(".") \
        and re.search(r"(?:['’]s?|\b(?:to|for|from|on))\s*[“\"‘]?\s*$", lead) is not None


# a naming verb, its object (no clause punctuation, no other quotation) and the opening mark
_NAMING = re.compile(r"\b(?P<cue>called|calls|dubbed|dubs|termed|terms|labeled|labelled|branded|described)\s+"
                     r"[^,.;:\"“”]{1,80}?\s*[“\"]?$")


# '," said farmer Ann Lee' / '," said chief inspector Jo Marsh from the Avon police': an inverted verb, a
# lower-case description and the name (an organisation after from/of/at may follow)
_INV_DESCRIBED = re.compile(r"\s*,?\s*(?P<cue>[a-z]+)\s+(?P<sp>(?:[a-z][\w\-]*\s+){1,3}[A-Z][\w.'’\-]*"
                            r"(?:\s+[A-Z][\w.'’\-]*){0,3})(?=\s*(?:[,.;:!?]|$)|\s+(?:from|of|at|with)\s+(?:the\s+)?[A-Z])")


_PARA_REOPEN = re.compile(r"\s*\n\s*[“\"]")


def _split_paragraphs(text: str, runs: list[QuotedRun]) -> list[QuotedRun]:
    """A quotation carried over paragraphs (the paragraph ends unclosed, the next opens again) is one
    quote per paragraph: each continued paragraph is a quote of its own, with no cue. A run attributed
    after its closing mark ('…,” said X') stays whole, so that the attribution reaches its first part."""
    out: list[QuotedRun] = []
    verb = _en_res()["verb"]
    for run in runs:
        if "\n" not in text[run.open:run.close]:
            out.append(run)
            continue
        limit = min(len(text), run.close + 200)
        line_end = text.find("\n", run.close, limit)
        if verb.search(text, run.close, limit if line_end < 0 else line_end):
            out.append(run)  # attributed after its last paragraph: the attribution covers the whole run
            continue
        start = run.open
        for m in _PARA_REOPEN.finditer(text, run.open + 1, run.close):
            end = m.start()
            while end > start + 1 and text[end - 1] in " \t":
                end -= 1
            out.append(QuotedRun(start, end))
            start = m.end() - 1
        out.append(QuotedRun(start, run.close) if start != run.open else run)
    return out


_NOUN_BEFORE = re.compile(r"\b(?:his|her|its|their|our|my|your|the|a|an|of|with|for|to|in|on|by|from|about|this|"
                          r"these|those|many|some|several|new)$")


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
    mr = _INV_REPORTS.match(seg)
    if mr is not None:  # '"…," reports Ann Lee.': "reports" is no reporting verb elsewhere (media reports said)
        end = pos + mr.end("sp") - (1 if re.search(r"\w{2}\.$", mr.group("sp")) else 0)  # not the full stop
        return pos + mr.start("sp"), end, mr.group("cue"), True
    ma = res["appos"].match(seg)
    if ma:
        return pos + ma.start("sp"), pos + ma.end("sp"), ma.group("cue"), False
    m = res["inv"].search(seg)
    if m is not None and m.group("cue").lower() in ("told", "tells", "tell"):
        m = None  # '"…," told Reuters': the one told is not the speaker
    if m is not None and _DAY.fullmatch(m.group("sp").strip()):
        m = None  # '…, Ahmed el Khannouss, said Monday,': the day, not a speaker
    mi = _INV_DESCRIBED.match(seg)
    if mi is not None and re.match(r"\s+(?:from|of|at|with)\s", seg[mi.end("sp"):]) \
            and len(re.findall(r"\b[A-Z]", mi.group("sp"))) < 2:
        mi = None  # "said an analyst at Bank | of America": one capitalised word is no person's name
    if m is not None and mi is not None and mi.start("sp") == m.start("sp") and m.end("sp") > mi.end("sp") \
            and re.match(r"\s+(?:from|of|at|with)\s", seg[mi.end("sp"):]) and not seg[mi.end("sp"):m.end("sp")].istitle():
        m = None  # '," said engineer Omar Price of the Kettle Valley water board': the person, not the whole phrase
    if m is None and mi is not None and res["verb"].fullmatch(mi.group("cue")) \
            and mi.group("cue").lower() not in ("told", "tells", "tell"):
        end = pos + mi.end("sp") - (1 if re.search(r"[a-z]{2}\.$", mi.group("sp")) else 0)  # not the full stop
        return pos + mi.start("sp"), end, mi.group("cue"), True  # '," said farmer Ann Lee'

    m2 = res["post"].search(seg)
    if m2 is not None and _NOUN_BEFORE.search(m2.group("sp")):
        m2 = None  # '” and questioning a number of his claims': "claims" after "his" is a noun, not a verb
    if m and (m2 is None or m.start() <= m2.start()):
        ap = _DESCRIBED_NAME.match(seg, m.end("sp")) if _DESCRIPTION.match(m.group("sp")) else None
        if ap is not None:  # '," said the father's lawyer, Ann Gallant.': the name the description sets aside
            return pos + ap.start("n"), pos + ap.end("n"), m.group("cue"), True
        return pos + m.start("sp"), pos + m.end("sp"), m.group("cue"), True
    if m2:
        return pos + m2.start("sp"), pos + m2.end("sp"), m2.group("cue"), False
    # "… for families, the county manager, Rita Gomez, said": a verb right after a comma-set aside
    for mv in res["verb"].finditer(seg):
        if seg[:mv.start()].rstrip().endswith(","):
            ps, pe = _en_phrase_before(text, pos, pos + mv.start())
            return ps, pe, mv.group(), False
        break
    # '"…," Ms. Ode said as she left' / '"…," the spokesman told reporters aboard the plane': the speaker and
    # verb right after the mark, whatever circumstance follows them
    mv = res["verb"].search(seg, 0, 90)
    if mv is not None and (seg.lstrip().startswith(",") or re.search(r"[,!?]\W?$", text[max(0, pos - 3):pos])):
        ml = _LOOSE_SP.fullmatch(seg, 0, mv.start())
        if ml is not None:
            return pos + ml.start("sp"), pos + ml.end("sp"), mv.group(), False
    return None


_DAY = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|tonight)")
# a description of a person opening with a determiner, all lower case but for names inside it
_DESCRIPTION = re.compile(r"(?:the|a|an|his|her|their|its)\s+[^,;:]*[a-z]$")
# the name set aside after it: ", Ann Gallant." / ", William J. Bratton, as he …" (particles inside)
_DESCRIBED_NAME = re.compile(r",\s*(?P<n>[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|van|von|de|da|der|le|la|el|al|bin)){1,4})"
                             r"(?=\s*(?:[,.;!?]|$))")


# '," reports Ann Lee.': the inverted "reports" right after a closing mark, then a capitalised name
_INV_REPORTS = re.compile(r"\s*,?\s*(?P<cue>reports)\s+(?P<sp>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3})"
                          r"(?=\s*(?:[,.;:!?]|$))")


# a speaker phrase of at most six words with no clause punctuation, right after the closing mark
_LOOSE_SP = re.compile(r"\s*,?\s*(?P<sp>[A-Za-z][\w.'’&\-]*(?:\s+[\w.'’&\-]+){0,5}?)\s+")


def _last_verb_before(text: str, ss: int, pos: int, cache: dict[int, list[re.Match[str]]]
                      ) -> tuple[int, int, str] | None:
    """The last "X said … that" frame earlier in the sentence starting at ``ss`` (within 300 chars)."""
    if ss not in cache:  # one scan per sentence, however many quotes it holds
        cache[ss] = [m for m in _en_res()["verb"].finditer(text, ss, min(len(text), ss + _MAX_SENT))
                     if not _NOUN_BEFORE.search(text, max(ss, m.start() - 12), m.start() - 1)]  # "with remarks"
    found = cache[ss]
    k = _bisect_end(found, pos)
    if k < 0 or found[k].start() < pos - 300:
        return None
    last = found[k]
    ps, pe = _en_phrase_before(text, ss, last.start())
    while k > 0 and found[k - 1].start() >= ps and not text[ps:found[k - 1].start()].strip() \
            and found[k - 1].start() >= pos - 300:
        # "Addis, her secretary, said the minister believed … “…”": the words before "believed" open with
        # the outer reporting verb; the quote is the outer speaker's report
        k -= 1
        last = found[k]
        ps, pe = _en_phrase_before(text, ss, last.start())
    return ps, pe, last.group()
