"""最高 before a figure is a cap when the capped thing follows the figure (最高500元購物優惠券, 最高2萬元獎金) as well as
when it comes first (最高補助5萬元); a peak reached (股價最高漲到120元, 最高溫35度) stays exact."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


@pytest.mark.parametrize("text,value,qualifier", [
    ("會員可獲最高500元購物優惠券。", 500, "at_most"),
    ("得主可拿最高2萬元獎金。", 20000, "at_most"),
    ("股價最高漲到120元。", 120, "exact"),
    ("今天最高溫35度。", 35, "exact"),
])
def test_cap(text: str, value: float, qualifier: str) -> None:
    found = [m for m in metrics_of(text, "zh") if m.value == value]
    assert [m.qualifier for m in found] == [qualifier]
