"""Company names in glosses, as the udn gold writes them:
- 集團 after a name stays (馬士基集團(Maersk)): the gold never drops it; 公司 after a transliterated name still goes
  (東芝公司(Toshiba) -> 東芝);
- a one-word brand glossing place + common noun + head is the whole Chinese name (俄羅斯石油公司(Rosneft));
- more countries and cities in front of a place or name are dropped (巴基斯坦|奎達(Quetta)), and 大城 / 首都 are
  descriptors (緬甸大城|仰光(Yangon))."""

from __future__ import annotations

import pytest

from extractor.extractors.terms import extract_terms
from extractor.testing import make_doc


@pytest.mark.parametrize("sentence,zh", [
    ("丹麥航運業者穆勒集團（Moller）遭駭。", "穆勒集團"),
    ("日本東芝公司（Toshiba）出售記憶體事業。", "東芝"),
    ("能源巨擘巴西石油公司（Petrobras）宣布減產。", "巴西石油公司"),
    ("美國鋁業公司（Alcoa）宣布裁員。", "美國鋁業公司"),
    ("美國蘋果（Apple）發表新機。", "蘋果"),
    ("阿富汗坎達哈（Kandahar）發生爆炸。", "坎達哈"),
    ("記者走訪緬甸大城曼德勒（Mandalay）。", "曼德勒"),
])
def test_company_and_place_names(sentence: str, zh: str) -> None:
    assert [t.zh for t in extract_terms(make_doc(sentence))[0]] == [zh]


@pytest.mark.parametrize("sentence,zh", [
    ("挪威漁夫馬格努森（Erik Magnussen）捕到怪魚。", "馬格努森"),          # an occupation in front is a role
    ("攤販陳阿明（Chen A-ming，音譯）說生意變差。", "陳阿明"),
    ("全國最熱的城市巴斯拉（Basra）氣溫破50度。", "巴斯拉"),             # 城市 describes the place
    ("當局在州內卡杜納大學（Kaduna University）設立據點。", "卡杜納大學"),
])
def test_occupations_and_place_descriptors(sentence: str, zh: str) -> None:
    assert [t.zh for t in extract_terms(make_doc(sentence))[0]] == [zh]
