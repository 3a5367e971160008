"""The quotes entry point: ``extract_quotes(doc) -> (quotes, entities)``."""

from __future__ import annotations

from ...document import Document, Span
from ...model import Entity, Quote
from ..speakers.prescan import prescan
from ..surface import as_written
from .en_direct import _en_candidates
from .marks import find_quoted
from .zh_direct import _zh_candidates


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
