"""Claim runs completed by their connectives (extractor/extractors/claims/completion.py)."""

from __future__ import annotations

from extractor.extractors.claims.completion import complete
from extractor.extractors.claims.judge import default_model
from extractor.testing import make_doc

FULL = ["normalize", "segment", "words", "terms", "metrics", "quotes", "claims"]
NONE: frozenset[str] = frozenset()
COND = frozenset({"condition"})
ADD = frozenset({"additive"})


def test_a_run_ending_on_a_condition_takes_the_clause_after_it() -> None:
    opens = [NONE, COND, NONE, NONE]
    assert complete([[1]], opens, lambda k: True) == [[1, 2]]
    assert complete([[1], [2, 3]], opens, lambda k: True) == [[1, 2, 3]]
    assert complete([[1]], opens, lambda k: k != 2) == [[1]]  # (a semicolon or another speaker between)


def test_a_run_opening_on_an_additive_cause_takes_the_clause_before_it() -> None:
    opens = [NONE, ADD, NONE]
    assert complete([[1, 2]], opens, lambda k: True) == [[0, 1, 2]]
    assert complete([[0], [1, 2]], opens, lambda k: True) == [[0, 1, 2]]
    assert complete([[1, 2]], opens, lambda k: k != 1) == [[1, 2]]


def test_plain_runs_are_left_alone() -> None:
    assert complete([[0], [2]], [NONE, NONE, NONE], lambda k: True) == [[0], [2]]


def test_a_condition_stays_with_its_consequence_in_a_whole_article() -> None:
    assert default_model().for_lang("zh").seq is not None
    from extractor.extractors.claims import extract_claims

    doc = make_doc("研究機構警告，一旦利率持續走高，中古屋交易量恐怕大幅萎縮。", stages=FULL, language="zh")
    texts = [c.text for c in extract_claims(doc)]
    assert any(t.startswith("一旦利率持續走高，") for t in texts), texts
    assert "一旦利率持續走高" not in texts


def test_an_adverbial_frame_is_counted_as_a_condition() -> None:
    from extractor.extractors.claims.judge import _FRAME

    assert _FRAME.fullmatch("在升息壓力之下")
    assert _FRAME.fullmatch("在電動車需求帶動下")
    assert not _FRAME.fullmatch("在台北舉行記者會")  # a place and an event: an assertion of its own
