"""The left edge of a glossed name: roles and descriptors from the lexicon stay out (執委, 實況主, 未婚夫, 小城 in
front of the name), and lone characters jieba could not join right before an organisation head name it with the
head (開發商|聯|盛|集團 -> 聯盛集團)."""

from __future__ import annotations

import pytest

from extractor.extractors.terms import extract_terms
from extractor.testing import make_doc


def _zh(sentence: str) -> list[str]:
    return [t.zh for t in extract_terms(make_doc(sentence))[0]]


@pytest.mark.parametrize("sentence,zh", [
    ("歐盟競爭執委維斯塔格（Margrethe Vestager）宣布罰款。", "維斯塔格"),
    ("人氣實況主艾克（Ike Sato）開台。", "艾克"),
    ("她的未婚夫馬汀尼茲（Carlos Martinez）也到場。", "馬汀尼茲"),
    ("法國北部小城聖馬洛（Saint-Malo）湧入遊客。", "聖馬洛"),
])
def test_role_or_descriptor_in_front(sentence: str, zh: str) -> None:
    assert _zh(sentence) == [zh]


def test_lone_characters_before_an_organisation_head() -> None:
    assert _zh("澳洲最大國際開發商聯盛集團（Lend Lease）規劃新案。") == ["聯盛集團"]
