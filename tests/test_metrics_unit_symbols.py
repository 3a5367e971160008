"""SI and imperial unit symbols right after a number are measures kept as written (180W, 5000mAh, 2.2kg);
a symbol glued to more letters (5WiFi) is a name, not a unit; an area (公頃, 平方公尺) is a metric."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of

_metrics = metrics_of


EXAMPLES = [
    ("新款充電器輸出達120W。", "120W", 120, "W"),
    ("手機內建4500mAh電池。", "4500mAh", 4500, "mAh"),
    ("整機重1.8kg，比舊款輕250g。", "250g", 250, "g"),
    ("這款處理器時脈3.2GHz。", "3.2GHz", 3.2, "GHz"),
    ("每瓶容量500ml。", "500ml", 500, "ml"),
    ("園區占地約12公頃。", "約12公頃", 12, "公頃"),
    ("停車場面積8,000平方公尺。", "8,000平方公尺", 8000, "平方公尺"),
    ("這輛機車排氣量125cc。", "125cc", 125, "cc"),
    ("噪音量測達85分貝。", "85分貝", 85, "分貝"),
    ("漁船在離岸12海里處作業。", "12海里", 12, "海里"),
]


@pytest.mark.parametrize(("sentence", "text", "value", "unit"), EXAMPLES)
def test_unit_symbols_are_kept_as_written(sentence: str, text: str, value: float, unit: str) -> None:
    got = {m.text: m for m in _metrics(sentence)}
    assert text in got, [m.text for m in got.values()]
    assert (got[text].value, got[text].unit) == (value, unit)


def test_a_symbol_glued_to_more_letters_is_no_unit() -> None:
    assert [m.text for m in _metrics("新機支援5WiFi標準。")] == []
