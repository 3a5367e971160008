"""extractor: grounded metrics, quotes, claims and bilingual terms from Chinese and English news.

The library is the product; the ``extractor`` command is a thin layer over it.

    >>> from extractor import extract
    >>> art = extract("台積電營收成長12%。", doc_id="demo")
    >>> art.language
    'zh-Hant'

Public surface: :func:`extract` (one article), :func:`extract_many` (an iterable of records),
:class:`Pipeline` (choose stages, reuse dictionaries), :func:`run_batch` (files, folders, WARC, workers,
resume: what ``extractor batch`` runs), :func:`open_store` (the claims database), the output models
(:class:`Article` and its items) and the error tree rooted at :class:`ExtractorError`.
"""

from typing import Any

from .document import Document, Span
from .errors import ConfigError, ExtractorError, InputError, StageError, StoreError
from .model import Article, Claim, Metric, Quote, Term
from .pipeline import Pipeline, extract
from .version import __version__

__all__ = [
    "extract", "extract_many", "run_batch", "open_store", "Pipeline", "Document", "Span", "Article", "Metric", "Quote", "Claim", "Term",
    "ExtractorError", "InputError", "ConfigError", "StageError", "StoreError", "__version__",
]


def __getattr__(name: str) -> Any:
    # Imported on first use, so that `import extractor` and a one-page `extract` stay fast.
    if name == "extract_many":
        from .many import extract_many

        return extract_many
    if name == "open_store":
        from .store import open_store

        return open_store
    if name == "run_batch":
        from .batch.job import run_batch

        return run_batch
    raise AttributeError(f"module 'extractor' has no attribute {name!r}")
