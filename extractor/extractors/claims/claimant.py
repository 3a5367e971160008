"""Claimants: who holds a claim, named as the quotes stage names a speaker.

Pronouns resolve to the last named holder, a bare Latin surname to the full name given earlier, an
unattributed claim inside an attributed quote to its speaker, and every mention to its canonical name
and entity through the speakers module's registry.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Any

from ...document import Document, Span
from .lexicon import Lexicon
from .rules_zh import Candidate

_NOT_FIRST_NAMES = frozenset(
    "the but and in on at for if when while as so yet also meanwhile however then now this that those these its "
    "their his her our with from by after before since under over to of a an said says".split())


def resolve(doc: Document, cands: Sequence[Candidate], lex: Lexicon, speakers: Speakers) -> list[Candidate]:
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


def _pronoun_holder(speakers: Speakers, span: Span | None, pronouns: set[str]) -> str | None:
    """他 / she -> the person the quotes stage's speaker resolution names (the last fitting mention)."""
    if span is None or not speakers.active:
        return None
    name, _ = speakers(span)
    return name if name and name.lower() not in pronouns else None


class Speakers:
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
        from .. import speakers as sp_mod

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


def from_quotes(doc: Document, cands: Sequence[Candidate]) -> list[Candidate]:
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


class Names:
    """Canonical claimant names through the quotes stage's speaker resolution (``speakers.resolve_speaker``),
    so that claims and quotes name a source alike; used only when that stage left entities to resolve
    against (otherwise it would re-run quote extraction for every claim)."""

    def __init__(self, doc: Document, speakers: Speakers):
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


def _entity_for(self: Names, c: Candidate) -> Any:
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

