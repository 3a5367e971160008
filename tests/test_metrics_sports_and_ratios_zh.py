"""Sports and ratio figures in Chinese: 7局 names the inning something happened in unless a pitching or playing
verb counts innings (主投6局); 9連敗, 4打數 count; a decimal after a coefficient or ratio name (吉尼係數為0.46), and
the level it moves to, is a pure number (unit '')."""

from __future__ import annotations

from extractor.testing import metrics_of


def _by_text(text: str) -> dict:
    return {m.text: m for m in metrics_of(text)}


def test_inning_named_is_no_figure() -> None:
    assert "5局" not in _by_text("客隊5局靠著長打攻下2分。")


def test_innings_pitched_count() -> None:
    m = _by_text("先發投手主投7局，僅失1分。")["7局"]
    assert (m.value, m.unit) == (7, "")


def test_streaks_and_at_bats_count() -> None:
    by = _by_text("球隊終止8連敗，他則是3打數1安打。")
    assert (by["8連敗"].value, by["8連敗"].unit) == (8, "")
    assert by["3打數"].unit == ""


def test_coefficient_and_its_new_level() -> None:
    found = metrics_of("該國的吉尼係數由0.412升至0.437。")
    assert [(m.text, m.unit) for m in found] == [("0.412", ""), ("0.437", "")]
