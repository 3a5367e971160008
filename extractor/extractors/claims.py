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
from collections.abc import Sequence
from typing import Any

from ..document import Document, Span
from ..model import Claim, Evidence
from .claim_units import Figures
from .claims_en import en_candidates
from .claims_zh import Candidate, sentences_with_paragraphs, zh_candidates
from .hedges import Lexicon, find_hedge, lexicon

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
    cands = _drop_repeats(doc, _from_quotes(doc, _resolve(doc, cands, lex)))
    folded = doc.folded or doc.text
    starts = [s.start for s in doc.sentences]
    names = _Names(doc)
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
            cue=c.cue,
            hedge=find_hedge(folded, c.span.start, c.span.end, lex, doc.text),
            evidence=_evidence(doc, c.span, starts),
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
    buckets: dict[str | None, list[set[str]]] = {}
    out = []
    for c in cands:
        t = _NON_WORD.sub("", doc.text[c.span.start : c.span.end])
        grams = {t[i : i + 2] for i in range(len(t) - 1)}
        repeat = len(grams) >= MIN_REPEAT_BIGRAMS and any(
            len(grams & g) >= REPEAT_SHARE * min(len(grams), len(g))
            for holder, seen in buckets.items() if _same_holder(holder, c.claimant) for g in seen)
        if not repeat:
            buckets.setdefault(c.claimant, []).append(grams)
            out.append(c)
    return out


def _same_holder(a: str | None, b: str | None) -> bool:
    """銀監會主席于學軍 and 大陸銀監會主席于學軍 hold the same claims."""
    if a is None or b is None:
        return a is b
    return a in b or b in a


def _resolve(doc: Document, cands: Sequence[Candidate], lex: Lexicon) -> list[Candidate]:
    """Pronouns -> the last named claimant; a bare Latin surname -> the full name given earlier."""
    pronouns = set(lex.get("pronouns"))
    groups = tuple(g.lower() for g in lex.get("groups"))
    full: dict[str, str] = {}  # surname -> full name, looked up once per document
    last: tuple[str, Span | None] | None = None
    out = []
    for c in cands:
        name, span = c.claimant, c.claimant_span
        if name and name.lower() in pronouns:
            found = _pronoun_holder(doc, span, pronouns)
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


def _pronoun_holder(doc: Document, span: Span | None, pronouns: set[str]) -> str | None:
    """他 / she -> the person the quotes stage's speaker resolution names (the last fitting mention)."""
    if span is None or not doc.get("entities"):
        return None
    from .speakers import resolve_speaker  # the quotes engineer's public resolver

    name, _ = resolve_speaker(doc, span)
    return name if name and name.lower() not in pronouns else None


def _from_quotes(doc: Document, cands: Sequence[Candidate]) -> list[Candidate]:
    """A claim found without a holder but lying inside a quote the quotes stage attributed is the speaker's.

    The quotes stage resolves speakers more widely (lists of names, titles, earlier mentions) than the
    stance patterns here; only own-voice candidates take its speaker.
    """
    quotes = [q for q in doc.get("quotes") if getattr(q, "speaker", None)]
    out = []
    for c in cands:
        if c.claimant is None and c.cue is None:
            for q in quotes:
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

    def __init__(self, doc: Document):
        self.doc = doc
        self.active = bool(doc.get("entities"))
        self.memo: dict[Span, tuple[str | None, str | None]] = {}

    def canonical(self, c: Candidate) -> tuple[str | None, str | None]:
        if c.claimant is None or c.claimant_span is None or not self.active:
            return c.claimant, None
        if c.claimant_span not in self.memo:
            from .speakers import resolve_speaker  # the quotes engineer's public resolver

            self.memo[c.claimant_span] = resolve_speaker(self.doc, c.claimant_span)
        name, entity_id = self.memo[c.claimant_span]
        ent = next((e for e in self.doc.get("entities") if e.id == entity_id), None) if entity_id else None
        if ent is None:  # not resolved to an entity: an entity mentioned inside the claimant phrase?
            ent = _entity_for(self.doc, c)
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


def _entity_for(doc: Document, c: Candidate) -> Any:
    """The quotes stage's entity named at the claimant span, if that stage found one.

    ``CPUC President Marybel Batjer`` mentions two entities; the head of a Chinese or English title
    phrase comes last, so the mention ending last wins.
    """
    if c.claimant_span is None or c.claimant is None:
        return None
    best, best_end = None, -1
    for ent in doc.get("entities"):
        for s in getattr(ent, "spans", ()) or ():
            if s[0] < c.claimant_span.end and c.claimant_span.start < s[1] and s[1] > best_end:
                best, best_end = ent, s[1]
    return best


def _evidence(doc: Document, span: Span, starts: Sequence[int]) -> list[Evidence]:
    """Metrics and quotes in the sentences the claim spans (its passage), or overlapping the claim."""
    i = max(0, bisect.bisect_right(starts, span.start) - 1)
    sents = []
    while i < len(doc.sentences) and doc.sentences[i].start < span.end:
        if span.start < doc.sentences[i].end:
            sents.append(doc.sentences[i])
        i += 1
    lo = min([span.start, *(s.start for s in sents)])
    hi = max([span.end, *(s.end for s in sents)])
    out = []
    for m in doc.get("metrics"):
        s, e = m.span
        if lo <= s and e <= hi:
            out.append(Evidence(kind="metric", id=f"m:{s}-{e}", span=(s, e)))
    for q in doc.get("quotes"):
        s, e = q.span
        if (lo <= s and e <= hi) or (s < span.end and span.start < e):  # a quote the claim sits in counts
            out.append(Evidence(kind="quote", id=f"q:{s}-{e}", span=(s, e)))
    return sorted(out, key=lambda ev: (ev.span, ev.kind))
