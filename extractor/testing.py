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
