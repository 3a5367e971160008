"""Tables derived from jieba's dictionary are kept in a marshal copy, and ``Pipeline.warm_up`` loads the speakers'
frequent-word table before a batch forks (otherwise every worker scanned the 8 MB dictionary on its own)."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from extractor.segment import words as words_mod

pytestmark = pytest.mark.skipif(importlib.util.find_spec("jieba") is None, reason="jieba's dictionary not installed")


def test_derived_table_is_read_from_its_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXTRACTOR_CACHE", str(tmp_path))
    calls: list[int] = []

    def derive(text: str) -> tuple[str, ...]:
        calls.append(len(text))
        return tuple(line.split()[0] for line in text.splitlines()[:3])

    first = words_mod.from_dictionary("probe-v1", derive)
    assert len(calls) == 1 and len(first) == 3
    assert any(name.startswith("jieba-derived-") for name in os.listdir(tmp_path))
    again = words_mod.from_dictionary("probe-v1", derive)
    assert again == first and len(calls) == 1  # the copy, not a second scan
    words_mod.from_dictionary("probe-v2", derive)  # another derivation name: its own copy
    assert len(calls) == 2


def test_damaged_copy_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXTRACTOR_CACHE", str(tmp_path))
    words_mod.from_dictionary("probe-damaged", lambda text: ("甲乙",))
    (copy,) = [p for p in tmp_path.iterdir() if p.name.startswith("jieba-derived-")]
    copy.write_bytes(b"\x00not marshal")
    assert words_mod.from_dictionary("probe-damaged", lambda text: ("丙丁",)) == ("丙丁",)


def test_common_words_from_the_copy_equal_a_fresh_scan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from extractor.extractors.speakers import zh_words

    monkeypatch.setenv("EXTRACTOR_CACHE", str(tmp_path))
    spec = importlib.util.find_spec("jieba")
    assert spec is not None and spec.origin
    with open(os.path.join(os.path.dirname(spec.origin), "dict.txt"), encoding="utf-8") as fh:
        fresh = frozenset(zh_words._COMMON_LINE.findall(fh.read()))
    for _ in range(2):  # written, then read back
        zh_words._common_words.cache_clear()
        assert zh_words._common_words() == fresh
    assert zh_words.common_word("例子") and not zh_words.common_word("東芝")


def test_warm_up_loads_the_frequent_word_table() -> None:
    from extractor.extractors.speakers import zh_words
    from extractor.pipeline import Pipeline

    zh_words._common_words.cache_clear()
    Pipeline(stages=["normalize", "segment"]).warm_up()
    assert zh_words._common_words.cache_info().currsize == 1


def test_batch_warm_up_reaches_the_english_indirect_speech_pattern() -> None:
    from extractor.batch.job import warm_up
    from extractor.extractors.quotes import cues
    from extractor.pipeline import Pipeline

    cues._en_same_subject.cache_clear()
    warm_up(Pipeline())
    assert cues._en_same_subject.cache_info().currsize == 1  # built before the fork, not in every worker
