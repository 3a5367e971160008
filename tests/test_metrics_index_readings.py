"""Index readings: a bare number after an index name (AQI指數達150, 空氣品質指標AQI138) is a reading of that
index, carried along a list of places (、新營120); an Arabic digit and 成 before a noun is a share; a small
whole number of 點 after 漲/跌 is index points, not a clock time."""

from __future__ import annotations

from extractor.testing import metrics_of

_metrics = metrics_of


def test_reading_after_index_name() -> None:
    (m,) = _metrics("昨晚空品惡化，AQI指數達180。")
    assert (m.text, m.value, m.unit) == ("180", 180, "AQI指數")


def test_reading_list_is_carried() -> None:
    ms = _metrics("中午空氣品質指標AQI142、斗南133、朴子超過150。")
    assert [(m.text, m.unit) for m in ms] == [("142", "AQI指數"), ("133", "AQI指數"), ("超過150", "AQI指數")]


def test_model_numbers_in_a_list_stay_out() -> None:
    assert _metrics("新車型號A10、B20同步上市。") == []


def test_arabic_digit_cheng_before_noun() -> None:
    ms = _metrics("政府補助7成設備費用。")
    assert [(m.text, m.value, m.unit) for m in ms] == [("7成", 70, "%")]


def test_small_points_after_a_fall() -> None:
    ms = _metrics("加權指數終場小漲3點。")
    assert [(m.text, m.unit) for m in ms] == [("3點", "點")]


def test_clock_time_stays_out() -> None:
    assert _metrics("會議明天上午10點開始。") == []


def test_reading_list_across_semicolons() -> None:
    ms = _metrics("空氣品質指標AQI131、北港140；西螺、虎尾全都超過150。")
    assert [(m.text, m.unit) for m in ms] == [("131", "AQI指數"), ("140", "AQI指數"), ("超過150", "AQI指數")]
