"""Claim runs with an extension threshold (judge.group): a weak clause next to a strong one of the same
sentence joins its claim (就算…，這樣的安排恐怕也將中止), but weak clauses alone make no claim. Invented
sentences."""

from __future__ import annotations

from extractor.document import Span
from extractor.extractors.claims.candidates import Clause
from extractor.extractors.claims.judge import Judged, Model, group
from extractor.testing import make_doc

TEXT = "就算消息屬實，這項合作恐怕也將中止；雙方昨天開會。"


def _judged(probs: list[float]) -> Judged:
    spans = [(0, 6), (7, 17), (18, 24)]
    clauses = [Clause(Span(s, e), 0, i, 3, None, Span(s, e)) for i, (s, e) in enumerate(spans)]
    return Judged(clauses, probs, [{}] * 3, [(frozenset(), frozenset())] * 3)


def _model(extend: float | None) -> object:
    block = {"clause": {}, "join": {"bias": 5.0}, "threshold": 0.5, "extend_threshold": extend}
    return Model.from_dict({"zh": block}).for_lang("zh")


def test_a_weak_condition_clause_joins_the_strong_clause_after_it() -> None:
    doc = make_doc(TEXT, language="zh")
    judged = _judged([0.35, 0.8, 0.1])
    assert group(doc, judged, _model(None)) == [[1]]  # without extension the condition is cut off
    assert group(doc, judged, _model(0.3)) == [[0, 1]]


def test_weak_clauses_alone_are_no_claim_and_a_semicolon_still_separates() -> None:
    doc = make_doc(TEXT, language="zh")
    assert group(doc, _judged([0.35, 0.4, 0.45]), _model(0.3)) == []
    assert group(doc, _judged([0.1, 0.8, 0.4]), _model(0.3)) == [[1]]  # 雙方昨天開會 is after the semicolon
