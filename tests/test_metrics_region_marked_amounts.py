"""An amount marked with a foreign currency (港幣20億元, 人民幣3,000元) decides only its own currency: it does not
pull the later bare 元 amounts of a Hong Kong or mainland passage back to the Taiwan dollar, while an amount
marked in the home currency (新台幣50億元) keeps the bare ones of its passage at home."""

from __future__ import annotations

from extractor.testing import metrics_of


def _units(text: str) -> dict[str, str]:
    return {m.text: m.unit for m in metrics_of(text, "zh-Hant")}


def test_bare_amounts_in_a_hong_kong_ipo_story_are_hkd() -> None:
    u = _units("香港媒體報導，某物流集團將在香港掛牌，集資約港幣18億元。招股價介乎4.1元至5.2元，每手500股，入場費2626.2元。")
    assert u["約港幣18億元"] == "HKD"
    assert u["2626.2元"] == "HKD"


def test_a_bare_wage_after_a_mainland_wage_is_yuan() -> None:
    u = _units("大陸多個省市調高最低工資，北京達到每月人民幣2,200元；河南省則提高到1,900元。")
    assert u["1,900元"] == "CNY"


def test_a_marked_home_amount_keeps_the_passage_at_home() -> None:
    u = _units("某車商在大陸設立融資公司，目標年底放款新台幣80億元。董事長表示，放款可望突破80億元，大陸市場成長快。")
    assert set(u.values()) == {"TWD"}
