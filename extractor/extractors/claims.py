"""Claims: statements someone holds (assessments, warnings, predictions, causal arguments), with claimant,
stance cue, hedge and the metrics/quotes that support them.

``extract_claims(doc)`` runs after the metrics and quotes stages. Candidates come from
:mod:`.claims_zh` or :mod:`.claims_en`; this module then drops overlapping duplicates and restatements,
resolves claimants (pronouns to the last named holder, a bare surname to the full name given earlier,
an unattributed claim inside an attributed quote to its speaker, every mention to its canonical name
and entity through ``speakers.resolve_speaker``), records the hedge and links evidence.

Evidence ids: the final ids (m1, q1, …) are given in ``assemble`` after sorting, after this stage. A
claim therefore refers to an item by its span: ``"m:120-131"`` / ``"q:40-88"`` (kind letter and the
item's span in ``doc.text``), which is unique and stable; ``assemble`` may rewrite them to final ids.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from typing import Any

from ..document import Document, Span
from ..model import Claim, Evidence
from .claim_units import Figures
from .claims_en import en_candidates
from .claims_zh import Candidate, sentences_with_paragraphs, zh_candidates
from .hedges import Lexicon, find_hedge, lexicon
from .surface import as_written

_TERMINAL = frozenset("。！？!?.」』”\"")
_NOT_FIRST_NAMES = frozenset(
    "the but and in on at for if when while as so yet also meanwhile however then now this that those these its "
    "their his her our with from by after before since under over to of a an said says".split())
_NON_WORD = re.compile(r"[\W_]+")
OVERLAP_DUP = 0.5  # two candidates sharing half of the shorter one state the same claim
MIN_REPEAT_BIGRAMS = 8  # shorter statements are too generic to call repeats
REPEAT_SHARE = 0.75  # share of the shorter statement's bigrams found in the other: a restatement


def extract_claims(doc: Document) -> list[Claim]:
    """Claims of ``doc`` in text order (empty list when there are none)."""
    if not doc.text.strip() or not doc.sentences:
        return []
    lex = lexicon("zh" if doc.is_zh else "en")
    metrics = Figures([Span(*m.span) for m in doc.get("metrics")])
    skip = _headings(doc)
    find = zh_candidates if doc.is_zh else en_candidates
    cands = _dedupe(sorted(find(doc, lex, metrics, skip), key=lambda c: (c.span.start, -c.span.end)))
    speakers = _Speakers(doc)
    cands = _drop_repeats(doc, _from_quotes(doc, _resolve(doc, cands, lex, speakers)))
    folded = doc.folded or doc.text
    evidence = _EvidenceIndex(doc)
    names = _Names(doc, speakers)
    claims = []
    for c in cands:
        if c.span.end <= c.span.start:
            continue
        claimant, entity_id = names.canonical(c)
        claims.append(Claim(
            text=doc.text[c.span.start : c.span.end],
            span=(c.span.start, c.span.end),
            claimant=claimant,
            claimant_span=(c.claimant_span.start, c.claimant_span.end) if c.claimant_span else None,
            cue=as_written(doc, c.cue, min(c.span.start, c.claimant_span.start if c.claimant_span else c.span.start),
                           max(c.span.end, c.claimant_span.end if c.claimant_span else c.span.end)),
            hedge=find_hedge(folded, c.span.start, c.span.end, lex, doc.text),
            evidence=evidence.near(c.span),
            entity_id=entity_id,
        ))
    return claims


def _headings(doc: Document) -> set[Span]:
    """Sentences of title and heading lines: short paragraphs without an end mark hold no claims."""
    heads = set()
    title = (doc.meta.title or "").strip()
    for i, p in enumerate(doc.paragraphs):
        line = doc.text[p.start : p.end].strip()
        if line and (line == title or (line[-1] not in _TERMINAL and (len(line) < 30 or (i == 0 and len(line) < 80)))):
            heads.add(p)
    return {s for s, p in sentences_with_paragraphs(doc) if p in heads}


def _dedupe(cands: Sequence[Candidate]) -> list[Candidate]:
    """Drop a candidate mostly covered by one already kept (attributed ones win over own voice).

    ``cands`` are sorted by start, so only kept candidates still open at this start can overlap.
    """
    kept: list[Candidate] = []
    active: list[int] = []  # indices into kept whose span reaches past the current start
    for c in cands:
        active = [j for j in active if kept[j].span.end > c.span.start]
        clash = None
        for j in active:
            k = kept[j]
            inter = min(c.span.end, k.span.end) - max(c.span.start, k.span.start)
            shorter = min(c.span.end - c.span.start, k.span.end - k.span.start) or 1
            if inter / shorter >= OVERLAP_DUP:
                clash = j
                break
        if clash is None:
            kept.append(c)
            active.append(len(kept) - 1)
        elif kept[clash].claimant is None and c.claimant is not None:
            kept[clash] = c
    return kept


def _drop_repeats(doc: Document, cands: Sequence[Candidate]) -> list[Candidate]:
    """A claim restated later by the same holder (a photo caption, a closing summary) is listed once.

    Near-identical means most character bigrams of the shorter statement recur in the longer one.
    Statements are compared only within the same holder's bucket, so long articles stay linear-ish.
    """
    seen: list[tuple[str | None, int]] = []  # (holder, number of bigrams) of each kept statement
    by_gram: dict[str, list[int]] = {}  # bigram -> kept statements holding it: shared counts without pairwise scans
    out = []
    for c in cands:
        t = _NON_WORD.sub("", doc.text[c.span.start : c.span.end])
        grams = {t[i : i + 2] for i in range(len(t) - 1)}
        repeat = False
        if len(grams) >= MIN_REPEAT_BIGRAMS:
            shared = Counter(k for g in grams for k in by_gram.get(g, ()))
            repeat = any(n >= REPEAT_SHARE * min(len(grams), seen[k][1]) and _same_holder(seen[k][0], c.claimant)
                         for k, n in shared.items())
        if not repeat:
            for g in grams:
                by_gram.setdefault(g, []).append(len(seen))
            seen.append((c.claimant, len(grams)))
            out.append(c)
    return out


def _same_holder(a: str | None, b: str | None) -> bool:
    """銀監會主席于學軍 and 大陸銀監會主席于學軍 hold the same claims."""
    if a is None or b is None:
        return a is b
    return a in b or b in a


def _resolve(doc: Document, cands: Sequence[Candidate], lex: Lexicon, speakers: _Speakers) -> list[Candidate]:
    """Pronouns -> the last named claimant; a bare Latin surname -> the full name given earlier."""
    pronouns = set(lex.get("pronouns"))
    groups = tuple(g.lower() for g in lex.get("groups"))
    full: dict[str, str] = {}  # surname -> full name, looked up once per document
    last: tuple[str, Span | None] | None = None
    out = []
    for c in cands:
        name, span = c.claimant, c.claimant_span
        if name and name.lower() in pronouns:
            found = _pronoun_holder(speakers, span, pronouns)
            if found is not None:
                name = found  # the span stays the pronoun's: canonical naming resolves it alike
            elif last is None:
                name = None
            else:
                name, span = last
        elif name:
            if name not in full:
                full[name] = _full_name(doc.text, name, c.claimant_span)
            name = full[name]
            if not name.lower().endswith(groups):  # a group (分析師, analysts) is no antecedent for 他/she
                last = (name, span)
        out.append(Candidate(c.span, name, span, c.cue))
    return out


def _pronoun_holder(speakers: _Speakers, span: Span | None, pronouns: set[str]) -> str | None:
    """他 / she -> the person the quotes stage's speaker resolution names (the last fitting mention)."""
    if span is None or not speakers.active:
        return None
    name, _ = speakers(span)
    return name if name and name.lower() not in pronouns else None


class _Speakers:
    """``speakers.resolve_speaker`` for one article, with the entity registry built once (not once per
    claim: rebuilding it per call made long articles quadratic) and each span resolved once.

    Same steps as ``resolve_speaker``; the one difference is that mentions a resolution records (a
    pronoun or surname resolved to a person) stay in the shared registry for the later claims, which
    is what the quotes stage itself does while attributing in text order.
    """

    def __init__(self, doc: Document):
        self.doc = doc
        self.active = bool(doc.get("entities"))
        self.memo: dict[Span, tuple[str | None, str | None]] = {}
        self.reg: Any = None

    def __call__(self, span: Span) -> tuple[str | None, str | None]:
        if span not in self.memo:
            self.memo[span] = self._resolve(span)
        return self.memo[span]

    def _resolve(self, span: Span) -> tuple[str | None, str | None]:
        from . import speakers as sp_mod

        if self.reg is None:
            self.reg = sp_mod.registry_from_entities(self.doc)
        reg, doc = self.reg, self.doc
        text, folded = doc.text, doc.folded or doc.text
        sp = (sp_mod.parse_zh(reg, text, folded, span.start, span.end, span.start) if doc.is_zh
              else sp_mod.parse_en(reg, text, span.start, span.end, span.start))
        if sp is None:
            return None, None
        sp = sp_mod.resolve(reg, sp, span.start, "zh" if doc.is_zh else "en")
        if sp.kind == "surname":
            return None, None
        return sp.name, (sp.ent.id if sp.ent is not None else None)


def _from_quotes(doc: Document, cands: Sequence[Candidate]) -> list[Candidate]:
    """A claim found without a holder but lying inside a quote the quotes stage attributed is the speaker's.

    The quotes stage resolves speakers more widely (lists of names, titles, earlier mentions) than the
    stance patterns here; only own-voice candidates take its speaker.
    """
    quotes = [q for q in doc.get("quotes") if getattr(q, "speaker", None)]
    order = sorted(range(len(quotes)), key=lambda k: quotes[k].span[0])  # indexed by start: linear, not n x q
    starts = [quotes[k].span[0] for k in order]
    longest = max((q.span[1] - q.span[0] for q in quotes), default=0)
    out = []
    for c in cands:
        if c.claimant is None and c.cue is None:
            window = order[bisect.bisect_left(starts, c.span.start - longest) : bisect.bisect_left(starts, c.span.end)]
            for q in (quotes[k] for k in sorted(window)):  # the first quote in the stage's order wins, as before
                inter = min(c.span.end, q.span[1]) - max(c.span.start, q.span[0])
                if inter * 2 >= c.span.end - c.span.start:
                    ss = getattr(q, "speaker_span", None)
                    c = Candidate(c.span, q.speaker, Span(*ss) if ss else None, getattr(q, "cue", None))
                    break
        out.append(c)
    return out


def _full_name(text: str, name: str, at: Span | None) -> str:
    """``Shalett`` -> ``LisaShalett`` / ``Scissors`` -> ``Derek Scissors`` when the article named them before."""
    if not re.fullmatch(r"[A-Z][a-zA-Z'’-]{1,30}", name):
        return name
    end = at.start if at else len(text)
    for m in re.finditer(rf"(?<![A-Za-z])([A-Z][a-z]{{1,20}})[ ·・]?{re.escape(name)}(?![A-Za-z])", text[:end]):
        if m.group(1).lower() not in _NOT_FIRST_NAMES:  # "But Beijing" is not a name
            return m.group(0)
    return name


class _Names:
    """Canonical claimant names through the quotes stage's speaker resolution (``speakers.resolve_speaker``),
    so that claims and quotes name a source alike; used only when that stage left entities to resolve
    against (otherwise it would re-run quote extraction for every claim)."""

    def __init__(self, doc: Document, speakers: _Speakers):
        self.doc = doc
        self.speakers = speakers
        self.active = speakers.active
        self.by_id = {e.id: e for e in doc.get("entities")} if self.active else {}
        self.mentions: list[tuple[int, int, Any]] | None = None

    def canonical(self, c: Candidate) -> tuple[str | None, str | None]:
        if c.claimant is None or c.claimant_span is None or not self.active:
            return c.claimant, None
        name, entity_id = self.speakers(c.claimant_span)
        ent = self.by_id.get(entity_id) if entity_id else None
        if ent is None:  # not resolved to an entity: an entity mentioned inside the claimant phrase?
            ent = _entity_for(self, c)
        if ent is not None:
            return _canonical(ent, c.claimant), ent.id
        if name is None or len(name) < len(c.claimant):
            return c.claimant, None  # a group keeps the fuller words found here
        return name, None


def _canonical(ent: Any, claimant: str | None) -> str | None:
    """The entity's canonical name for a person (吳明蕙 for 國發會處長吳明蕙, Bradley Tusk for Tusk); for
    groups and organisations only when it is not shorter than the phrase found here."""
    if claimant is None:
        return None
    name = getattr(ent, "name", None)
    if not name:
        return claimant
    return name if getattr(ent, "kind", None) == "person" or len(name) >= len(claimant) else claimant


def _entity_for(self: _Names, c: Candidate) -> Any:
    """The quotes stage's entity named at the claimant span, if that stage found one.

    ``CPUC President Marybel Batjer`` mentions two entities; the head of a Chinese or English title
    phrase comes last, so the mention ending last wins. Mentions are indexed by start once per article.
    """
    if c.claimant_span is None or c.claimant is None:
        return None
    if self.mentions is None:
        self.mentions = sorted(((s[0], s[1], ent) for ent in self.doc.get("entities")
                                for s in getattr(ent, "spans", ()) or ()), key=lambda m: m[0])
        self.starts = [m[0] for m in self.mentions]
        self.longest = max((m[1] - m[0] for m in self.mentions), default=0)
    lo = bisect.bisect_left(self.starts, c.claimant_span.start - self.longest)
    hi = bisect.bisect_left(self.starts, c.claimant_span.end)
    best, best_end = None, -1
    for _s0, s1, ent in self.mentions[lo:hi]:  # in start order; ties keep the first entity, as before
        if c.claimant_span.start < s1 and s1 > best_end:
            best, best_end = ent, s1
    return best


class _EvidenceIndex:
    """Metrics and quotes of one article indexed by start, so each claim's evidence is a bisect, not a scan."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.starts = [s.start for s in doc.sentences]
        self.metrics = sorted(tuple(m.span) for m in doc.get("metrics"))
        self.m_starts = [s for s, _ in self.metrics]
        self.quotes = sorted(tuple(q.span) for q in doc.get("quotes"))
        self.q_starts = [s for s, _ in self.quotes]
        self.q_longest = max((e - s for s, e in self.quotes), default=0)

    def near(self, span: Span) -> list[Evidence]:
        """Metrics and quotes in the sentences the claim spans (its passage), or overlapping the claim."""
        sentences = self.doc.sentences
        i = max(0, bisect.bisect_right(self.starts, span.start) - 1)
        lo, hi = span.start, span.end
        while i < len(sentences) and sentences[i].start < span.end:
            if span.start < sentences[i].end:
                lo, hi = min(lo, sentences[i].start), max(hi, sentences[i].end)
            i += 1
        out = []
        for s, e in self.metrics[bisect.bisect_left(self.m_starts, lo) : bisect.bisect_right(self.m_starts, hi)]:
            if e <= hi:
                out.append(Evidence(kind="metric", id=f"m:{s}-{e}", span=(s, e)))
        first = bisect.bisect_left(self.q_starts, min(lo, span.start - self.q_longest))
        for s, e in self.quotes[first : bisect.bisect_right(self.q_starts, max(hi, span.end))]:
            if (lo <= s and e <= hi) or (s < span.end and span.start < e):  # a quote the claim sits in counts
                out.append(Evidence(kind="quote", id=f"q:{s}-{e}", span=(s, e)))
        return sorted(out, key=lambda ev: (ev.span, ev.kind))
