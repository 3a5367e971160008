"""The built-in stages, registered in pipeline order. Each is a thin wrapper around a pure function."""

from __future__ import annotations

from .document import Document, Span, Table, TableCell
from .pipeline import register


@register("normalize", requires=("text",), assigns=("folded", "language", "offsets"), version=1)
def normalize_stage(doc: Document) -> Document:
    from .normalize import detect_language, fold_to_traditional, normalize_text

    text, offsets = normalize_text(doc.source_text)
    language = doc.language or detect_language(text)
    folded = fold_to_traditional(text) if language == "zh-Hans" else text
    tables = tuple(_relocate_table(t, text) for t in doc.tables)
    return doc.evolve(text=text, offsets=offsets, language=language, folded=folded, tables=tables)


def _relocate_table(table: Table, text: str) -> Table:
    """Find each cell of an ingested table in the normalized text (cells are in reading order)."""
    from .normalize import normalize_text

    cursor = table.span.start if table.span else 0
    rows = []
    for row in table.rows:
        cells = []
        for cell in row:
            needle = normalize_text(cell.text)[0]
            i = text.find(needle, cursor) if needle else -1
            if i < 0:
                continue
            cells.append(TableCell(needle, Span(i, i + len(needle)), cell.header))
            cursor = i + len(needle)
        if cells:
            rows.append(tuple(cells))
    caption_span = None
    if table.caption:
        cap = normalize_text(table.caption)[0]
        j = text.find(cap)
        caption_span = Span(j, j + len(cap)) if j >= 0 else None
    span = Span(rows[0][0].span.start, rows[-1][-1].span.end) if rows else None
    return Table(tuple(rows), table.caption, caption_span, span)


@register("segment", requires=("text",), assigns=("paragraphs", "sentences"), version=1)
def segment_stage(doc: Document) -> Document:
    from .segment import split_paragraphs, split_sentences

    paragraphs = split_paragraphs(doc.text)
    return doc.evolve(paragraphs=paragraphs, sentences=split_sentences(doc.text, paragraphs))


@register("words", requires=("text",), assigns=("tokens",), version=1)
def words_stage(doc: Document) -> Document:
    from .segment.words import Tokens

    return doc.evolve(tokens=Tokens(doc.text) if doc.is_zh else ())


@register("terms", requires=("sentences",), assigns=("terms", "name_glosses"), version=1)
def terms_stage(doc: Document) -> Document:
    from .extractors.terms import extract_terms

    terms, names = extract_terms(doc)
    return doc.annotate("terms", terms).annotate("name_glosses", names)


@register("metrics", requires=("sentences",), assigns=("metrics",), version=2)
def metrics_stage(doc: Document) -> Document:
    from .extractors.metrics import extract_metrics_with_warnings

    metrics, warnings = extract_metrics_with_warnings(doc)
    return doc.annotate("metrics", metrics).evolve(warnings=doc.warnings + tuple(warnings))


@register("quotes", requires=("sentences", "name_glosses"), assigns=("quotes", "entities"), version=1)
def quotes_stage(doc: Document) -> Document:
    from .extractors.quotes import extract_quotes
    from .extractors.speakers.canonical_zh import canonical_speakers

    quotes, entities = extract_quotes(doc)
    quotes = canonical_speakers(doc, quotes, "speaker", entities)
    return doc.annotate("quotes", quotes).annotate("entities", entities)


@register("claims", requires=("sentences", "quotes", "metrics"), assigns=("claims",), version=1)
def claims_stage(doc: Document) -> Document:
    from .extractors.claims import extract_claims
    from .extractors.speakers.canonical_zh import canonical_speakers

    return doc.annotate("claims", canonical_speakers(doc, extract_claims(doc), "claimant", doc.get("entities")))
