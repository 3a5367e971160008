"""A qualifier in front of the whole a share is taken of still qualifies the share: 約占總人口的2.8% is approximate,
超過全台人口1% over, 不到市價一成 under; a change in between (不到一年營收成長5%) leaves the share exact."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


@pytest.mark.parametrize("text,surface,qualifier", [
    ("外籍移工約占全市人口的4.5%。", "4.5%", "approx"),
    ("罹病率超過全國人口3%。", "3%", "over"),
    ("農民所得不到售價兩成。", "兩成", "under"),
    ("不到一季營收成長5%。", "5%", "exact"),
    ("房價上漲3.2%，低於市場預期的3.5%。", "3.5%", "exact"),
    ("赤字遠低於法定上限3%。", "上限3%", "at_most"),
])
def test_share_qualifier(text: str, surface: str, qualifier: str) -> None:
    found = {m.text: m for m in metrics_of(text, "zh")}
    assert found[surface].qualifier == qualifier
