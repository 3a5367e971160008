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
