"""點 counting the points of a list is a count (提出三點建議, 原因有兩點，包括…, 醫師5點提醒); after a time word it is
still o'clock (下午3點提醒民眾) and an index move keeps its 點 unit."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


@pytest.mark.parametrize("sentence,text,value", [
    ("工會提出三點具體訴求。", "三點", 3),
    ("他反對的原因有兩點，包括成本太高。", "兩點", 2),
    ("營養師6點建議：少油少鹽。", "6點", 6),
])
def test_points_of_a_list(sentence: str, text: str, value: float) -> None:
    assert [(m.text, m.value, m.unit) for m in metrics_of(sentence)] == [(text, value, "")]


@pytest.mark.parametrize("sentence", ["市府下午3點提醒民眾注意安全。", "晚上8點說明會開始。"])
def test_clock_times_are_not_points(sentence: str) -> None:
    assert metrics_of(sentence) == []


@pytest.mark.parametrize("sentence", [
    "警方在苗140縣道上攔下一輛貨車。",      # a road number
    "一是逃稅，二是洗錢，三則為偽造文書。",  # an enumeration, 三則 = "third, then"
])
def test_road_numbers_and_enumerators_are_no_counts(sentence: str) -> None:
    assert metrics_of(sentence) == []


def test_ze_as_a_classifier_still_counts() -> None:
    assert [(m.text, m.value) for m in metrics_of("網站一天刊出五則新聞。")] == [("五則", 5)]
