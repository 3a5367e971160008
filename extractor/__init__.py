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

from typing import TYPE_CHECKING, Any

from .errors import ConfigError, ExtractorError, InputError, StageError, StoreError
from .version import __version__

if TYPE_CHECKING:  # what type checkers and IDEs see; at run time the names below load on first use
    from .batch.job import run_batch
    from .document import Document, Span
    from .many import extract_many
    from .model import Article, Claim, Metric, Quote, Term
    from .pipeline import Pipeline, extract
    from .store import open_store

__all__ = [
    "extract", "extract_many", "run_batch", "open_store", "Pipeline", "Document", "Span", "Article", "Metric", "Quote", "Claim", "Term",
    "ExtractorError", "InputError", "ConfigError", "StageError", "StoreError", "__version__",
]

# Public names and the module that defines each, imported on first use: `import extractor` (and the command line,
# which imports the package before it knows the command) does not pay for pydantic and the output models
# (~0.1 s) until something needs them.
_LAZY = {
    "Document": "document", "Span": "document",
    "Article": "model", "Claim": "model", "Metric": "model", "Quote": "model", "Term": "model",
    "Pipeline": "pipeline", "extract": "pipeline",
    "extract_many": "many", "open_store": "store", "run_batch": "batch.job",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'extractor' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value  # found directly from now on
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
