"""Pure "surface -> value" parsers (numbers); they import nothing from the package."""

from .numbers import parse_chinese, parse_english_words, parse_number

__all__ = ["parse_chinese", "parse_english_words", "parse_number"]
