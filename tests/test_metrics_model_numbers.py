"""Model numbers vs counts (issue 14, item 4): "400 737 Max jets" counts 400 jets; 737 is the model."""

from __future__ import annotations

import pytest

from extractor.extractors.metrics import extract_metrics
from extractor.testing import make_doc


def _texts(sentence: str, language: str = "en") -> list[tuple[str, float | None]]:
    doc = make_doc(sentence, language=language)
    return [(m.text, m.value) for m in extract_metrics(doc)]


@pytest.mark.parametrize("sentence,expected", [
    ("The airline ordered 60 737 Max planes.", [("60", 60)]),
    ("Regulators grounded 380 A321 Neo aircraft.", [("380", 380)]),
    ("The 777 Max jets were parked.", []),
    ("The carrier flies 12 A350 jets and 40 planes in all.", [("12", 12), ("40", 40)]),
    ("It sold 5 million iPhone 16 Pro phones.", [("5 million", 5e6)]),
])
def test_model_numbers_are_not_counts(sentence: str, expected: list[tuple[str, float]]) -> None:
    assert _texts(sentence) == expected


def test_chinese_model_number_after_a_count() -> None:
    assert _texts("公司訂購50架737 MAX客機。", "zh-Hant") == [("50架", 50)]
