"""Normalization: width, whitespace, punctuation and script, with offsets always mapped."""

from .script import detect_language, fold_to_traditional, to_simplified, to_taiwan
from .text import normalize_text

__all__ = ["normalize_text", "detect_language", "fold_to_traditional", "to_taiwan", "to_simplified"]
