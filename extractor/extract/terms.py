"""Bilingual gloss mining (being written)."""
from ..document import Document


def extract_terms(doc: Document) -> tuple[list, list]:
    return [], []
