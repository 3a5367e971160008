"""A bare 萬/億 amount is money when a money word is beside it (40萬獎學金, 創業金200萬) or when the same amount was
written with its currency elsewhere in the text (存到36萬元 … 將來的36萬); a head count stays a count."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


@pytest.mark.parametrize("sentence,text", [
    ("學校祭出30萬獎學金搶學生。", "30萬"),
    ("兩組團隊各獲創業金150萬。", "150萬"),
    ("帳戶最多可存到36萬元。但十年後的36萬，還值多少？", "36萬"),
])
def test_bare_amounts_are_money(sentence: str, text: str) -> None:
    by = {m.text: m for m in metrics_of(sentence)}
    assert by[text].unit == "TWD", list(by)


def test_a_head_count_stays_a_count() -> None:
    assert [(m.text, m.unit) for m in metrics_of("全台有36萬人參加考試。")] == [("36萬人", "")]
