"""extractor: grounded metrics, quotes, claims and bilingual terms from Chinese and English news.

    >>> from extractor import extract
    >>> art = extract("台積電營收成長12%。", doc_id="demo")
    >>> art.language
    'zh-Hant'
"""

from .document import Document, Span
from .errors import ConfigError, ExtractorError, InputError, StageError, StoreError
from .model import Article, Claim, Metric, Quote, Term
from .pipeline import Pipeline, extract
from .version import __version__

__all__ = [
    "extract", "Pipeline", "Document", "Span", "Article", "Metric", "Quote", "Claim", "Term",
    "ExtractorError", "InputError", "ConfigError", "StageError", "StoreError", "__version__",
]
