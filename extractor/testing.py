"""Helpers for tests and for users writing their own extractors.

``make_doc(text)`` runs ingest + normalize + segment on plain text and returns the Document, so an
extractor can be tested on a sentence: ``extract_metrics(make_doc("營收成長12%。"))``.
"""

from __future__ import annotations

from .document import Document
from .pipeline import Pipeline


def make_doc(text: str, *, stages: tuple[str, ...] = ("normalize", "segment", "terms"), language: str | None = None,
             doc_id: str = "test") -> Document:
    """A Document for ``text`` after the given stages (default: up to terms and name glosses)."""
    return Pipeline(list(stages)).document(text, doc_id=doc_id, language=language)


def metrics_of(text: str, language: str | None = None) -> list:
    """The metrics stage's items for ``text``, each checked to quote ``doc.text`` exactly at its span."""
    from .extractors.metrics import extract_metrics

    doc = make_doc(text, language=language)
    found = extract_metrics(doc)
    for m in found:
        assert doc.text[m.span[0]:m.span[1]] == m.text, (m.span, m.text)
    return found


def quotes_of(text: str, language: str | None = None) -> list:
    """The quotes stage's items for ``text``, each checked to quote ``doc.text`` exactly at its span."""
    from .extractors.quotes import extract_quotes

    doc = make_doc(text, language=language)
    found, _ = extract_quotes(doc)
    for q in found:
        assert doc.text[q.span[0]:q.span[1]] == q.text, (q.span, q.text)
    return found


def en_clause_features_of(text: str, clause_start: str) -> dict[str, float]:
    """The English claim judge's features for the clause of ``text`` that starts with ``clause_start`` (the text
    run through every stage before claims)."""
    from .extractors.claims.candidates import clause_candidates
    from .extractors.claims.en_features import en_clause_features
    from .extractors.claims.lexicon import lexicon

    doc = make_doc(text, stages=("normalize", "segment", "words", "terms", "metrics", "quotes"), language="en")
    lex = lexicon("en")
    clauses = clause_candidates(doc, frozenset(), lex)
    k = next(i for i, c in enumerate(clauses) if doc.text[c.span.start :].startswith(clause_start))
    return en_clause_features(doc, clauses, k, lex)
