"""Where a bare 元 belongs: a Taiwan paper's cross-strait section (兩岸) reports the mainland, so its bare amounts are
CNY; a four-digit stock code after a company (至上（8112）) marks a Taiwan listing, so the company's figures stay TWD
even in a story full of 大陸 customers."""

from __future__ import annotations

from extractor.many import extract_many
from extractor.pipeline import Pipeline
from extractor.testing import metrics_of


def _units(record: dict) -> dict[str, str]:
    art = next(iter(extract_many([record], pipeline=Pipeline(["normalize", "segment", "words", "metrics"]),
                                 on_error="raise")))
    return {m.text: m.unit for m in art.metrics}


def test_cross_strait_section_is_yuan() -> None:
    rec = {"id": "x", "category": "兩岸", "text": "網路借貸平台負責人出資100萬元，協助學生還款。"}
    assert _units(rec)["100萬元"] == "CNY"


def test_other_section_is_taiwan_dollar() -> None:
    rec = {"id": "x", "category": "生活", "text": "網路借貸平台負責人出資100萬元，協助學生還款。"}
    assert _units(rec)["100萬元"] == "TWD"


def test_taiwan_ticker_keeps_taiwan_dollar() -> None:
    text = ("大陸手機品牌拉貨轉強，大陸客戶需求回升，大陸市場看好，通路商大立（6789）首季營收155.2億元，"
            "大陸廠商持續下單，大陸手機銷量成長。")
    found = {m.text: m.unit for m in metrics_of(text, "zh")}
    assert found["155.2億元"] == "TWD"
