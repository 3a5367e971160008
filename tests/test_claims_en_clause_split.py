"""English clause boundaries inside a clause (claims/en_split.py): a comma before a conjunction that opens a
clause with a finite verb, and a single dash, cut a clause in two; lists, paired dashes and short tails do
not. Invented sentences."""

from __future__ import annotations

from extractor.document import Span
from extractor.extractors.claims.candidates import Clause
from extractor.extractors.claims.en_split import split_clauses


def _split(text: str, flag: bool = False) -> tuple[list[str], list[Clause], list[bool]]:
    span = Span(0, len(text))
    c = Clause(span, 0, 0, 1, None, span)
    out, flags = split_clauses(text, [c], [flag])
    return [text[p.span.start : p.span.end] for p in out], out, flags


def test_comma_and_before_a_new_clause_splits():
    parts, clauses, _ = _split("The harbour is one of the busiest in the region, and for years the port authority has "
                               "struggled to dredge it.")
    assert parts == ["The harbour is one of the busiest in the region",
                     "and for years the port authority has struggled to dredge it."]
    assert [(c.index, c.count) for c in clauses] == [(0, 2), (1, 2)]


def test_comma_and_in_a_list_stays_one_clause():
    parts, _, _ = _split("The ferry serves three islands: the north cove, the salt flats, and the old lighthouse.")
    assert len(parts) == 1


def test_subordinate_clause_after_a_comma_splits():
    parts, _, _ = _split("The first real test could come as early as this month, when the council will vote on the budget.")
    assert parts == ["The first real test could come as early as this month", "when the council will vote on the budget."]


def test_single_dash_splits_and_paired_dashes_do_not():
    parts, _, _ = _split("Another review would be a waste of money — the board has already read every report.")
    assert parts == ["Another review would be a waste of money", "the board has already read every report."]
    paired, _, _ = _split("The mill — once the town's largest employer — is still standing empty today.")
    assert len(paired) == 1


def test_short_tail_stays_with_its_clause():
    parts, _, _ = _split("The plan is sound, and it is.")
    assert len(parts) == 1


def test_parts_keep_quote_holder_and_flag():
    text = "Rents will keep climbing, because builders have stopped starting new projects."
    span = Span(0, len(text))
    holder = Span(0, 5)
    c = Clause(span, 3, 1, 2, None, span, holder=holder, cue="expects")
    out, flags = split_clauses(text, [Clause(Span(0, 0), 3, 0, 2, None, Span(0, 0)), c], [False, True])
    assert [text[p.span.start : p.span.end] for p in out[1:]] == [
        "Rents will keep climbing", "because builders have stopped starting new projects."]
    assert all(p.holder == holder and p.cue == "expects" for p in out[1:])
    assert flags == [False, True, True]
    assert [(p.index, p.count) for p in out] == [(0, 3), (1, 3), (2, 3)]


def test_the_english_judge_scores_the_finer_clauses():
    from extractor.extractors.claims.candidates import clause_candidates
    from extractor.extractors.claims.en_judge import judge_en
    from extractor.extractors.claims.features import RuleSpans
    from extractor.extractors.claims.lexicon import lexicon
    from extractor.extractors.claims.units import Figures
    from extractor.testing import make_doc

    doc = make_doc("The new bridge will be a costly mistake — the river traffic has already fallen by half.",
                   stages=("normalize", "segment", "words", "terms", "metrics", "quotes"), language="en")
    lex = lexicon("en")
    judged = judge_en(doc, clause_candidates(doc, frozenset(), lex), lex, Figures([]), RuleSpans([]), None)
    texts = [doc.text[c.span.start : c.span.end] for c in judged.clauses]
    assert "The new bridge will be a costly mistake" in texts
    assert "the river traffic has already fallen by half." in texts
    assert len(judged.probs) == len(judged.feats) == len(judged.clauses)
