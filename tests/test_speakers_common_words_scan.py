"""The frequent-word table of speakers/zh_words.py is read with one regex scan of jieba's dict.txt; it must hold
exactly the words the plain line-by-line reading (2-4 characters, count >= 500) gives."""

from __future__ import annotations

import importlib.util
import os

import pytest

from extractor.extractors.speakers import zh_words


def _by_lines(text: str) -> frozenset[str]:
    out = set()
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 2 and 2 <= len(parts[0]) <= 4 and parts[1].isdigit() and int(parts[1]) >= zh_words._COMMON:
            out.add(parts[0])
    return frozenset(out)


def test_scan_matches_line_reading_on_invented_lines() -> None:
    text = ("記者會 500 n\n開會 499 v\n長長長長長 9000 n\n甲 9000 n\n  前導 1200 n\n零頭 0600 n\n小數 600.5 m\n"
            "無詞性 700\n千百 12000 m\n字母 60a n\n")
    assert frozenset(zh_words._COMMON_LINE.findall(text)) == _by_lines(text) == {
        "記者會", "前導", "零頭", "無詞性", "千百"}


def test_scan_matches_line_reading_on_jiebas_dictionary() -> None:
    spec = importlib.util.find_spec("jieba")
    if spec is None or not spec.origin:
        pytest.skip("jieba not installed")
    with open(os.path.join(os.path.dirname(spec.origin), "dict.txt"), encoding="utf-8") as fh:
        text = fh.read()
    zh_words._common_words.cache_clear()
    assert zh_words._common_words() == _by_lines(text)
    assert "例子" in zh_words._common_words() and "台電" not in zh_words._common_words()
