"""Turn a finished Document into an Article: sort items, give them ids, copy metadata."""

from __future__ import annotations

from .document import Document
from .model import Article, Source, TableCellOut, TableOut
from .model import Warning as WarningOut
from .version import __version__


def _sorted(items):  # type: ignore[no-untyped-def]
    return sorted(items, key=lambda it: (tuple(it.span) if it.span is not None else (-1, -1), getattr(it, "text", "") or ""))


def assemble(doc: Document, producers: dict[str, int]) -> Article:
    metrics = _sorted(doc.get("metrics"))
    quotes = _sorted(doc.get("quotes"))
    claims = _sorted(doc.get("claims"))
    terms = _sorted(doc.get("terms"))
    for prefix, items in (("m", metrics), ("q", quotes), ("c", claims)):
        for i, it in enumerate(items, 1):
            if it.id is None:
                it.id = f"{prefix}{i}"
    # Claims name their evidence by span ("m:120-131") because ids exist only from here on.
    by_span = {("metric", tuple(m.span)): m.id for m in metrics} | {("quote", tuple(q.span)): q.id for q in quotes}
    for c in claims:
        for ev in c.evidence:
            ev.id = by_span.get((ev.kind, tuple(ev.span)), ev.id)
    warnings = [w if isinstance(w, WarningOut) else WarningOut(**w) for w in doc.warnings]
    meta = doc.meta
    return Article(
        extractor_version=__version__,
        id=doc.doc_id,
        title=meta.title,
        published=meta.published,
        language=doc.language or "und",
        site=meta.site,
        authors=list(meta.authors),
        category=meta.category,
        source=Source(url=meta.url, canonical_url=meta.canonical_url, path=meta.path),
        text=doc.text,
        metrics=metrics,
        quotes=quotes,
        claims=claims,
        terms=terms,
        entities=list(doc.get("entities")),
        tables=[
            TableOut(caption=t.caption, rows=[[TableCellOut(text=c.text, span=tuple(c.span), header=c.header)
                                                for c in row] for row in t.rows])
            for t in doc.tables
        ],
        warnings=warnings,
        producers=producers,
    )
