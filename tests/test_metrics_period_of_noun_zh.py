"""A period word before 的 + a noun gives the figure after that noun its period (一天的食量200公斤: a day's intake),
unless the figure is a share of the noun (…的百分之五) or the period is a length of time (一年以下的…)."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


@pytest.mark.parametrize("text,surface,per", [
    ("一頭犀牛一天的食量約60公斤。", "約60公斤", "day"),
    ("這座樂園一年的遊客數也有800萬人次。", "800萬人次", "year"),
    ("年資一年以下的員工平均薪資為2.8萬元。", "2.8萬元", None),
    ("罰金為該公司每日營收的百分之三。", "百分之三", None),
])
def test_period_before_noun(text: str, surface: str, per: str | None) -> None:
    found = {m.text: m for m in metrics_of(text, "zh")}
    assert found[surface].per == per
