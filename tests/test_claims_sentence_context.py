"""Where a clause stands (its sentence's place in the paragraph, the article's end, reported speech just
before) reaches the claim judge as ``ctx:`` features (claims/context.py)."""

from __future__ import annotations

from extractor.extractors.claims.candidates import clause_candidates
from extractor.extractors.claims.context import SentenceContext
from extractor.extractors.claims.features import RuleSpans
from extractor.extractors.claims.judge import judge_clauses
from extractor.extractors.claims.lexicon import lexicon
from extractor.extractors.claims.units import Figures
from extractor.pipeline import Pipeline

TEXT = ("市府昨天公布新的交通規劃。\n交通局長林志明表示，捷運新線將在三年內完工。他並說，票價不會調漲。\n"
        "此舉恐將衝擊公車業者的營收。\n北市議員陳美華認為，這項計畫的預算明顯不足。\n"
        "不少通勤族擔心，未來轉乘恐怕更加不便，業者也可能因此縮減班次。")


def _doc():
    return Pipeline().document(TEXT, doc_id="ctx", content_type="text/plain")


def test_paragraph_place_and_reported_speech_before():
    doc = _doc()
    names = SentenceContext(doc).names
    assert names[0] == ("ctx:para_solo",)
    assert "ctx:para_first" in names[1] and "ctx:quote_sent" in names[1]
    assert "ctx:para_last" in names[2] and "ctx:prev_quote" in names[2]  # 他並說… follows 林志明表示…
    assert "ctx:prev_quote" not in names[3]  # a new paragraph: what came before is not its context
    assert "ctx:art_end" in names[-1] and "ctx:art_end" not in names[1]


def test_out_of_range_sentence_has_no_context():
    assert SentenceContext(_doc()).of(99) == ()


def test_judge_features_carry_the_context_of_their_sentence():
    doc = _doc()
    lex = lexicon("zh")
    judged = judge_clauses(doc, clause_candidates(doc, set(), lex), lex, Figures([]), RuleSpans([]), None)
    ctx = SentenceContext(doc)
    seen = 0
    for c, f in zip(judged.clauses, judged.feats, strict=True):
        if f:
            assert {k for k in f if k.startswith("ctx:")} == set(ctx.of(c.sent))
            seen += 1
    assert seen >= 3
