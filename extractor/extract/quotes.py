"""Quote extraction (being written)."""
from ..document import Document


def extract_quotes(doc: Document) -> tuple[list, list]:
    return [], []
