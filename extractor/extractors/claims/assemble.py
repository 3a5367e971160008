"""Claims: statements someone holds (assessments, warnings, predictions, causal arguments), with claimant,
stance cue, hedge and the metrics/quotes that support them.

``extract_claims(doc)`` runs after the metrics and quotes stages. Every clause of the body is a
candidate (:mod:`.candidates`); the learned judge (:mod:`.judge`) keeps the disputable assertions and
joins the clauses of one statement, using the stance rules of :mod:`.rules_zh` / :mod:`.rules_en` as
one of its features and as the source of holders the quotes stage did not attribute. This module
then drops overlapping duplicates and restatements,
resolves claimants (pronouns to the last named holder, a bare surname to the full name given earlier,
an unattributed claim inside an attributed quote to its speaker, every mention to its canonical name
and entity through ``speakers.resolve_speaker``), records the hedge and links evidence.

Evidence ids: the final ids (m1, q1, …) are given in ``assemble`` after sorting, after this stage. A
claim therefore refers to an item by its span: ``"m:120-131"`` / ``"q:40-88"`` (kind letter and the
item's span in ``doc.text``), which is unique and stable; ``assemble`` may rewrite them to final ids.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...document import Document, Span
from ...model import Claim
from ..surface import as_written
from .candidates import Clause, clause_candidates
from .carry import carry_over
from .chooser import choose
from .claimant import Names, Speakers, from_quotes, resolve
from .en_judge import en_model, judge_en
from .evidence import EvidenceIndex
from .features import RuleSpans
from .judge import LangModel, Model, default_model, group, group_span, judge_clauses
from .lexicon import Lexicon, find_hedge, lexicon
from .reported import fill_claimants
from .rules_en import en_candidates
from .rules_zh import Candidate, sentences_with_paragraphs, zh_candidates
from .subject import subject_claimants
from .units import Figures

_TERMINAL = frozenset("。！？!?.」』”\"")
_NON_WORD = re.compile(r"[\W_]+")
OVERLAP_DUP = 0.5  # two candidates sharing half of the shorter one state the same claim
MIN_REPEAT_BIGRAMS = 8  # shorter statements are too generic to call repeats
REPEAT_SHARE = 0.75  # share of the shorter statement's bigrams found in the other: a restatement
REPEAT_WINDOW = 400  # kept statements looked back over: more than any one article holds, so long input stays linear


def extract_claims(doc: Document, model: Model | None = None) -> list[Claim]:
    """Claims of ``doc`` in text order (empty list when there are none).

    ``model`` replaces the committed judge weights (training scores held-out sets with it).
    """
    if not doc.text.strip() or not doc.sentences:
        return []
    cands, lex, lm, speakers = held_candidates(doc, model)
    if lm is not None and lm.chooser:
        cands = choose(doc, cands, lex, lm.chooser)
    return _claims(doc, cands, lex, speakers)


def held_candidates(doc: Document, model: Model | None = None
                    ) -> tuple[list[Candidate], Lexicon, LangModel | None, Speakers]:
    """The claims of ``doc`` with the claimant the resolution chain gives each (before the chooser), the
    lexicon, the language's model and the speaker resolution the chain used (its registry carries on)."""
    lang = "zh" if doc.is_zh else "en"
    lex = lexicon(lang)
    metrics = Figures([Span(*m.span) for m in doc.get("metrics")])
    skip = _headings(doc)
    find = zh_candidates if doc.is_zh else en_candidates
    lm = (model or (en_model() if lang == "en" else default_model())).for_lang(lang)
    rules = (_dedupe(sorted(find(doc, lex, metrics, skip), key=lambda c: (c.span.start, -c.span.end)))
             if lm is None or lm.use_rules else [])
    if lm is None:
        cands = rules
    else:
        judged = (judge_en if lang == "en" else judge_clauses)(doc, clause_candidates(doc, skip, lex), lex, metrics,
                               RuleSpans([(r.span, r.claimant is not None) for r in rules]), lm)
        found = [_holder(doc, judged.clauses[run[0]], group_span(judged, run), rules) for run in group(doc, judged, lm)]
        if lm.keep_rules:  # the stance rules' units (tuned spans) stand; the judge adds what they miss
            held = [r for r in rules if r.claimant is not None]
            found = held + [c for c in found if not any(_overlaps(c.span, r.span) for r in held)]
        cands = _dedupe(sorted(found, key=lambda c: (c.span.start, -c.span.end)))
    speakers = Speakers(doc)
    cands = from_quotes(doc, resolve(doc, subject_claimants(doc, fill_claimants(doc, cands, lex), lex), lex, speakers))
    if lm is not None:
        cands = carry_over(doc, cands, lex, lm.carry, lm.carry_threshold)
    return cands, lex, lm, speakers


def _claims(doc: Document, cands: Sequence[Candidate], lex: Lexicon, speakers: Speakers) -> list[Claim]:
    cands = _drop_repeats(doc, cands)
    folded = doc.folded or doc.text
    evidence = EvidenceIndex(doc)
    names = Names(doc, speakers)
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


def _overlaps(a: Span, b: Span) -> bool:
    return min(a.end, b.end) - max(a.start, b.start) > 0


def _holder(doc: Document, first: Clause, span: Span, rules: Sequence[Candidate]) -> Candidate:
    """Who holds the claim at ``span``: the speaker of the quote it sits in, else the holder of the
    stance rule's unit it overlaps most, else the article's own voice."""
    q = first.quote
    if q is not None and q.speaker:
        ss = q.speaker_span
        return Candidate(span, q.speaker, Span(*ss) if ss else None, q.cue)
    held = first.holder or first.source
    if held is not None:
        return Candidate(span, doc.text[held.start : held.end], held, first.cue)

    best, best_inter = None, 0
    for r in rules:  # a few per article
        inter = min(r.span.end, span.end) - max(r.span.start, span.start)
        if inter > best_inter and r.claimant is not None:
            best, best_inter = r, inter
    if best is not None and best_inter * 2 >= span.end - span.start:
        return Candidate(span, best.claimant, best.claimant_span, best.cue)
    return Candidate(span, None, None, None)


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
    Statements are compared against the last ``REPEAT_WINDOW`` kept statements only, so that a very long
    input (a whole crawl run together) stays linear; the holder is tested first and the shared bigrams
    are one set intersection (a per-bigram index walked in Python cost more than the whole comparison).
    """
    seen: list[tuple[str | None, frozenset[str]]] = []  # (holder, bigrams) of each kept statement
    out = []
    for c in cands:
        t = _NON_WORD.sub("", doc.text[c.span.start : c.span.end])
        grams = frozenset([t[i : i + 2] for i in range(len(t) - 1)])
        repeat = False
        if len(grams) >= MIN_REPEAT_BIGRAMS:
            # the holder test first (a string test), then the shared bigrams by one set intersection in C
            for holder, kept in seen[max(0, len(seen) - REPEAT_WINDOW) :]:
                if not _same_holder(holder, c.claimant):
                    continue
                n = len(grams & kept)
                if n and n >= REPEAT_SHARE * min(len(grams), len(kept)):
                    repeat = True
                    break
        if not repeat:
            seen.append((c.claimant, grams))
            out.append(c)
    return out


def _same_holder(a: str | None, b: str | None) -> bool:
    """銀監會主席于學軍 and 大陸銀監會主席于學軍 hold the same claims."""
    if a is None or b is None:
        return a is b
    return a in b or b in a


