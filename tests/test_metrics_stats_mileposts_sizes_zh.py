"""Game stats keep the unit as written (吞下10次三振 → 10 次, 57分打點 → 57 分, as the annotated news writes them);
a highway milepost (南下195.5公里) and a product's size class (55吋面板, 8吋晶圓) are no figures, a screen's size
(螢幕6.5吋) is."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


@pytest.mark.parametrize("text,surface,value,unit", [
    ("他本季吞下12次三振。", "12次", 12, "次"),
    ("全季累積63分打點。", "63分", 63, "分"),
    ("新機螢幕尺寸為6.1吋。", "6.1吋", 6.1, "吋"),
])
def test_figures(text: str, surface: str, value: float, unit: str) -> None:
    found = {m.text: m for m in metrics_of(text, "zh")}
    assert (found[surface].value, found[surface].unit) == (value, unit)


@pytest.mark.parametrize("text", ["國道3號北上210公里發生車禍。", "65吋電視價格下滑。", "公司擴建12吋晶圓廠。"])
def test_no_figure(text: str) -> None:
    assert metrics_of(text, "zh") == []
