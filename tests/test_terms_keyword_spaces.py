"""udn sets linked keywords off with spaces, also inside a glossed term (試射洲際 彈道飛彈 （ICBM）): the space between
two Chinese characters stays inside the term, and a space is never the term's first character."""

from __future__ import annotations

import pytest

from extractor.extractors.terms import extract_terms
from extractor.testing import make_doc


@pytest.mark.parametrize("sentence,zh", [
    ("軍方昨天試射長程 巡弋飛彈 （LRCM），引起鄰國抗議。", "長程 巡弋飛彈"),
    ("他強調 再生能源（renewable energy）是未來主流。", "再生能源"),
])
def test_keyword_space(sentence: str, zh: str) -> None:
    assert [t.zh for t in extract_terms(make_doc(sentence, language="zh"))[0]] == [zh]
