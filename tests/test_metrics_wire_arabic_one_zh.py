"""Wire copy writes the article 一 as an Arabic 1 (遭遇新1波攻擊, 這是1種新病毒, 入侵1個組織): before a classifier and a
noun it is "a", no count, exactly as 一 is; a 1 in focus (其中1把, 每天1班, 包括1支全壘打), after its noun at the clause
end (扇子1把；) or after a verb of acquiring (設置1所學校) still counts."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


@pytest.mark.parametrize("sentence", [
    "多國企業今天遭遇新1波網路攻擊。",
    "專家表示，這是1種新型態的詐騙手法。",
    "病毒會入侵1個組織的內部網路。",
])
def test_wire_one_is_an_article(sentence: str) -> None:
    assert metrics_of(sentence) == []


@pytest.mark.parametrize("sentence,text", [
    ("警方查扣3把改造槍，其中1把仍可擊發。", "1把"),
    ("平日每天1班接駁車往返。", "每天1班"),
    ("他今天4打數，包括1支全壘打。", "1支全壘打"),
    ("來店消費即可獲得紀念扇1把；", "1把"),
    ("園區未來將設置1所國小。", "1所"),
])
def test_wire_one_in_focus_counts(sentence: str, text: str) -> None:
    assert text in [m.text for m in metrics_of(sentence)]
