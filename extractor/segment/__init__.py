"""Segmentation: paragraphs and sentences (zh + en, quote-aware) and words (jieba)."""

from .sentences import split_paragraphs, split_sentences
from .words import tokenize

__all__ = ["split_sentences", "split_paragraphs", "tokenize"]
