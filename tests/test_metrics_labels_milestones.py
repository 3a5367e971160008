"""Labels: a milestone word after a figure (大關, 門檻, 水準) names no measured thing; a share followed by 的
is labelled by what it is a share of."""

from __future__ import annotations

from extractor.extractors.metrics import extract_metrics
from extractor.testing import make_doc


def _labels(sentence: str) -> dict[str, str | None]:
    return {m.text: m.label for m in extract_metrics(make_doc(sentence))}


def test_a_milestone_word_is_no_label() -> None:
    got = _labels("這款遊戲的下載次數突破3億大關。")
    assert "大關" not in (got["突破3億"] or "")


def test_a_share_before_de_is_labelled_by_its_noun() -> None:
    got = _labels("調查指出，逾1/3的上班族每天加班。")
    assert "上班族" in (got["逾1/3"] or "")
