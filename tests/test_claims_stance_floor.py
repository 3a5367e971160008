"""What a stance word reports in one clause is the holder's claim, whatever the learned judge scores it
(多頭認為… → 多頭; 分析師認為，… → 分析師); a neutral or emphasis cue's words are left to the judge."""

from __future__ import annotations

import pytest

from extractor import extract


@pytest.mark.parametrize(("sentence", "claimant", "text"), [
    ("分析師認為，台積電今年營收將成長約 12%。", "分析師", "台積電今年營收將成長約 12%"),
    ("多頭認為基礎設施總是先於應用層出現。", "多頭", "基礎設施總是先於應用層出現"),
    ("外資預估，下半年股市將震盪整理。", "外資", "下半年股市將震盪整理"),
])
def test_a_one_clause_stance_report_is_a_claim(sentence: str, claimant: str, text: str) -> None:
    assert [(c.claimant, c.text) for c in extract(sentence, doc_id="t").claims] == [(claimant, text)]


def test_an_emphasis_cue_is_no_belief() -> None:
    from extractor.extractors.claims.judge import _belief
    from extractor.extractors.claims.lexicon import lexicon

    lex = lexicon("zh")
    assert _belief(lex, "也認為") and _belief(lex, "预估")  # an adverb before it; Simplified as written
    assert not _belief(lex, "強調") and not _belief(lex, "表示") and not _belief(lex, None)
