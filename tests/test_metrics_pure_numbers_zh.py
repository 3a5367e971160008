"""A decimal with no unit is a pure number (unit "") when a coefficient, index or average named before it says so,
also when an English gloss in brackets or a short verb sits between, and when a comma follows it; the level such a
number moves to (由…勁升至…) is one too. A bare decimal with nothing naming it stays out."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


@pytest.mark.parametrize("text,surface,value", [
    ("該國的吉尼係數（Gini coefficient）升至0.481，創下新高。", "0.481", 0.481),
    ("這位左投本季防禦率3.17，聯盟第五。", "3.17", 3.17),
    ("所得分配比由6.12勁升至6.85，差距擴大。", "6.85", 6.85),
    ("所得分配比由6.12勁升至6.85，差距擴大。", "6.12", 6.12),
])
def test_pure_number(text: str, surface: str, value: float) -> None:
    found = {m.text: m for m in metrics_of(text, "zh")}
    assert (found[surface].value, found[surface].unit) == (value, "")


def test_bare_decimal_stays_out() -> None:
    assert metrics_of("他把球衣號碼改成2.5，引來討論。", "zh") == []
