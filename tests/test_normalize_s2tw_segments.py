"""``to_taiwan`` of a text holding an irregular phrase is cut as OpenCC's max-match cuts it, from OpenCC's own
phrase list (extractor.normalize.s2tw), and gives exactly what the ``s2tw`` converter gives, without building it."""

from __future__ import annotations

import json

import pytest

from extractor.dev import shared_dir
from extractor.normalize import s2tw
from extractor.normalize.script import _converter, to_simplified

CORPUS = shared_dir() / "corpus/udn-2017.jsonl"
INVENTED = [
    "他买了一只猫，一目了然，三周年庆。",  # irregular phrases (一只, 了然, 周年) inside clauses
    "公司宣布本周二发布财报，据了解营收成长。",
    "面对这些问题，他只说了一句话：「没关系。」",
    "干杯！后天我们去台北里面的松山机场。",
    "SQL注入攻击让银行系统停摆了十分钟。",  # a key holding Latin letters
    "彼得·杰克逊的新片在周末上映。",  # a key holding a middle dot
    "七情六欲",
    "",
]


@pytest.mark.parametrize("text", INVENTED)
def test_cut_from_the_tables_converts_as_the_converter(text: str) -> None:
    conv = _converter("s2tw").convert
    assert s2tw.by_segments(text) == conv(text)
    for i in range(len(text)):  # every piece up to 8 characters: max-match restarts at every position
        for j in range(i + 1, min(len(text), i + 8) + 1):
            assert s2tw.by_segments(text[i:j]) == conv(text[i:j])


def test_a_regular_phrase_decides_the_cut_before_an_irregular_one() -> None:
    # 了解 is irregular (瞭解) only where max-match cuts it as one segment: 为了解决 is cut 为了|解决, not 为|了解|决
    conv = _converter("s2tw").convert
    for text in ["为了解决问题", "他为了解释这件事", "大家都了解"]:
        assert s2tw.by_segments(text) == conv(text)


def test_what_only_the_converter_can_tell_is_left_to_it() -> None:
    # the second step (TWVariantsPhrases) keeps 純喫茶 whole although 喫 alone becomes 吃; compatibility ideographs
    assert s2tw.by_segments("他在纯吃茶店") is None and s2tw.by_character("他在纯吃茶店") is None
    assert s2tw.by_character("纯吃茶") == _converter("s2tw").convert("纯吃茶")  # the phrase itself: from the table
    assert s2tw.by_segments("\uf900") is None
    assert s2tw.by_character("一只猫") is None  # a phrase inside: by_character does not guess


@pytest.mark.skipif(not CORPUS.exists(), reason="needs the udn corpus")
def test_real_articles_in_simplified_convert_as_the_converter() -> None:
    conv = _converter("s2tw").convert
    texts = [to_simplified(json.loads(line)["text"]) for line in CORPUS.open(encoding="utf-8")]
    diffs = [t[:30] for t in texts if (out := s2tw.by_segments(t)) is not None and out != conv(t)]
    assert diffs == []
    assert sum(s2tw.by_segments(t) is None for t in texts) < len(texts) // 20  # the converter is rarely needed
