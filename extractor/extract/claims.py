"""Claim extraction (being written)."""
from ..document import Document


def extract_claims(doc: Document) -> list:
    return []
