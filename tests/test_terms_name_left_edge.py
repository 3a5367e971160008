"""The left edge of the Chinese side of a gloss: a business-unit descriptor in front is dropped (半導體事業|東芝記憶體),
a vendor noun ending in 販 is a role (魚販|林阿水), a role word whose last character is also a transliteration
character does not lend it to the name (控衛|柯利), and 高/荷/聖/捷/素 start or continue transliterated names (高德曼, 聖塔克拉拉); "X之神|name" and "X之父|name"
describe the name; 投資銀行 is a descriptor; 瑞士 is named by "Suisse"."""

from __future__ import annotations

import pytest

from extractor.extractors.terms import extract_terms
from extractor.testing import make_doc


def _zh(sentence: str) -> list[str]:
    return [t.zh for t in extract_terms(make_doc(sentence))[0]]


@pytest.mark.parametrize("sentence,zh", [
    ("集團出售旗下日本面板事業夏普顯示器（Sharp Display）的計畫延宕。", "夏普顯示器"),
    ("市場內的魚販林阿水（Lin Ah-shui，音譯）說生意變差。", "林阿水"),
    ("法院發言人高德曼（Nenad Goldman）表示將上訴。", "高德曼"),
    ("灰熊隊當家控衛柯利（Mike Conley）受傷。", "柯利"),
    ("加州聖塔克拉拉（Santa Clara）的房價上漲。", "聖塔克拉拉"),
    ("壁畫描繪海洋之神波賽頓（Poseidon）出巡。", "波賽頓"),          # "the god of the sea" describes him
    ("他被稱為電腦之父圖靈（Alan Turing）。", "圖靈"),
    ("投資銀行傑富瑞（Jefferies）調降評等。", "傑富瑞"),
    ("英國藥廠葛蘭素史克（GlaxoSmithKline）宣布併購。", "葛蘭素史克"),
    ("英國藥廠阿斯特捷利康（AstraZeneca）股價上漲。", "阿斯特捷利康"),
    ("瑞士信貸（Credit Suisse）分析師表示看好。", "瑞士信貸"),
])
def test_left_edge(sentence: str, zh: str) -> None:
    assert _zh(sentence) == [zh]


def test_a_gloss_that_names_the_business_keeps_it() -> None:
    assert _zh("雙方合作的半導體事業（semiconductor business）持續成長。") == ["半導體事業"]
