"""A claim opening with its holder's verb (希望, 呼籲, 認為, after 但/也/並) takes the subject of an earlier
clause of its sentence as claimant (claims/subject.py)."""

from __future__ import annotations

import pytest

from extractor.document import Span
from extractor.extractors.claims.lexicon import lexicon
from extractor.extractors.claims.rules_zh import Candidate
from extractor.extractors.claims.subject import subject_claimants
from extractor.pipeline import Pipeline

TEXT = ("華新科技董事長張偉表示，公司營收將穩定成長。\n"
        "張偉今年展現強烈企圖心，新廠特別選在越南興建，但也希望越南迅速晉升為最大生產基地。\n"
        "景氣仍然低迷，希望明年能夠好轉。\n"
        "「張偉的新廠選在越南，希望越南迅速晉升」，一位股東說。")


@pytest.fixture(scope="module")
def doc():
    return Pipeline().document(TEXT, content_type="text/plain")


def _own(doc, text: str, nth: int = 0) -> Candidate:
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(text, start + 1)
    return Candidate(Span(start, start + len(text)), None, None, None)


def test_a_wish_without_subject_takes_the_subject_of_the_sentence(doc):
    got = subject_claimants(doc, [_own(doc, "但也希望越南迅速晉升為最大生產基地")], lexicon("zh"))[0]
    assert got.claimant == "張偉"
    assert doc.text[got.claimant_span.start : got.claimant_span.end] == "張偉"
    assert got.cue == "希望"


def test_a_clause_with_its_own_subject_stays_own_voice(doc):
    got = subject_claimants(doc, [_own(doc, "越南迅速晉升為最大生產基地")], lexicon("zh"))[0]
    assert got.claimant is None and got.cue is None


def test_no_named_subject_in_the_sentence_stays_own_voice(doc):
    got = subject_claimants(doc, [_own(doc, "希望明年能夠好轉")], lexicon("zh"))[0]
    assert got.claimant is None


def test_a_quoted_clause_stops_the_walk(doc):
    got = subject_claimants(doc, [_own(doc, "希望越南迅速晉升", nth=1)], lexicon("zh"))[0]
    assert got.claimant is None


def test_held_claims_are_left_alone(doc):
    c = _own(doc, "但也希望越南迅速晉升為最大生產基地")
    held = Candidate(c.span, "股東", None, "說")
    assert subject_claimants(doc, [held], lexicon("zh"))[0] is held


def test_a_group_noun_opening_an_earlier_clause_is_the_subject():
    doc = Pipeline().document("電價調漲方案出爐，多數業者表達不滿，並呼籲政府延後實施以免衝擊中小企業。", content_type="text/plain")
    got = subject_claimants(doc, [_own(doc, "並呼籲政府延後實施以免衝擊中小企業")], lexicon("zh"))[0]
    assert got.claimant == "多數業者" and got.cue == "呼籲"
