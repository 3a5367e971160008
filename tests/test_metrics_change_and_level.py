"""A change and the level it reached are two figures, not a range: 上漲2.5元至78.5元, 調降0.3元至28.1元;
a plain 3元至5元 is still a range. Casualty counts 2死15傷 are counts."""

from __future__ import annotations

from extractor.testing import metrics_of

_metrics = metrics_of


def test_change_then_level_is_two_figures() -> None:
    ms = _metrics("該股今天上漲1.5元至66.5元。")
    assert [(m.text, m.value, m.low) for m in ms] == [("1.5元", 1.5, None), ("66.5元", 66.5, None)]


def test_cut_then_level() -> None:
    ms = _metrics("汽油每公升調降0.3元至28.1元。")
    assert [m.value for m in ms] == [0.3, 28.1]


def test_plain_range_stays_a_range() -> None:
    (m,) = _metrics("門票售價在300元至500元之間。")
    assert (m.low, m.high, m.unit) == (300, 500, "TWD")


def test_casualty_counts() -> None:
    ms = _metrics("車禍釀成3死12傷。")
    assert [(m.text, m.value, m.unit) for m in ms] == [("3死", 3, ""), ("12傷", 12, "")]


def test_growth_rates_after_a_change_verb_stay_a_range() -> None:
    (m,) = _metrics("產業今年成長約5%到6%。")
    assert (m.low, m.high, m.unit) == (5, 6, "%")
