"""Extractors: pure functions from a Document to grounded items (one module per kind)."""
