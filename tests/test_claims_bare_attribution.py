"""A clause that is nothing but a holder and a reporting word attributes the clauses after it
(claims/reported.py ``_bare``), even when the quotes stage did not name that holder. Invented sentences."""

from __future__ import annotations

from extractor.document import Span
from extractor.extractors.claims import extract_claims
from extractor.extractors.claims.reported import _bare
from extractor.testing import make_doc


def test_the_shape_holder_plus_cue_is_an_attribution() -> None:
    # 王大同表示 = holder 0-3 + cue 3-5 making up the whole clause
    assert _bare(Span(0, 5), Span(0, 3), Span(3, 5))
    assert not _bare(Span(0, 4), Span(0, 3), Span(3, 4))  # one-character cue (…少說) is too often a phrase
    assert not _bare(Span(0, 8), Span(0, 3), Span(6, 8))  # words between holder and cue
    assert not _bare(Span(0, 20), Span(0, 18), Span(18, 20))  # a long phrase is no holder


def test_an_unnamed_coach_holds_the_assessment_after_his_cue() -> None:
    # no quotes stage: the holder can only come from the shape of the clause before the claim
    doc = make_doc("新品牌今天發表，門市分布依序是台北、台中、高雄，陳雅婷指出，比起傳統通路，網購反而比較好做。",
                   stages=("normalize", "segment", "words", "metrics"), language="zh")
    held = [c for c in extract_claims(doc) if "網購反而比較好做" in c.text]
    assert held and all(c.claimant == "陳雅婷" for c in held), [(c.claimant, c.text) for c in extract_claims(doc)]
