"""The extractor version, written into every Article and every database row."""

__version__ = "0.1.0"
