"""零下 before a temperature is its sign: 零下18度 is -18 度 (the span keeps 零下)."""

from __future__ import annotations

from extractor.testing import metrics_of


def test_below_zero_is_negative() -> None:
    ms = metrics_of("寒流來襲，山區最低溫降到零下18度。")
    assert [(m.text, m.value, m.unit) for m in ms] == [("零下18度", -18, "度")]


def test_a_share_after_zero_is_untouched() -> None:
    ms = metrics_of("失業率從零成長到5%。")
    assert all(m.value is None or m.value >= 0 for m in ms)
