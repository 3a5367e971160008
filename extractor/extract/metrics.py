"""Metric extraction (being written)."""
from ..document import Document


def extract_metrics(doc: Document) -> list:
    return []
