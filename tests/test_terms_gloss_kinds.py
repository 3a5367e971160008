"""What a bracket holds: a mixed-case name with a whole word in it (DLAPiper, BioNTech) is an English name, not an
abbreviation; a grammar pattern ("thanks to + N") is no gloss; a firm type in front (律師事務所, 會計師事務所) is a
descriptor."""

from __future__ import annotations

from extractor.extractors.terms import extract_terms
from extractor.extractors.terms.glosses import is_acronym
from extractor.testing import make_doc


def _terms(sentence: str):
    return [(t.zh, t.en, t.abbr) for t in extract_terms(make_doc(sentence))[0]]


def test_mixed_case_names_are_english() -> None:
    assert not is_acronym("DLAPiper") and not is_acronym("BioNTech")
    assert is_acronym("GPUs") and is_acronym("PwC") and is_acronym("KPMG")


def test_a_law_firm_name() -> None:
    assert _terms("跨國律師事務所霍金路偉（HoganLovells）發表報告。") == [("霍金路偉", "HoganLovells", None)]


def test_grammar_patterns_are_no_glosses() -> None:
    assert _terms("老師在黑板寫下句型（due to + N）給學生。") == []
