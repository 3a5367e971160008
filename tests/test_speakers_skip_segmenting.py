"""Speaker and quote tests that only need one kind of word skip jieba when the phrase cannot hold it: a phrase
without 向/對 has no addressee, a lexicon
adverb needs no segmenting. Each test makes segmenting fail, so it fails if the shortcut is lost, and checks the
answer the full path gives where segmenting is still needed."""

from __future__ import annotations

import importlib

import pytest

from extractor.extractors.quotes import zh_indirect

parse_zh = importlib.import_module("extractor.extractors.speakers.parse_zh")  # the package exports a function of that name


def _no_words(phrase: str) -> tuple[tuple[str, str], ...]:
    raise AssertionError(f"segmented {phrase!r}")


def test_towards_without_the_words_does_not_segment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parse_zh, "words", _no_words)
    assert parse_zh._towards("遠東紡織公司發言人") == -1
    monkeypatch.undo()
    assert parse_zh._towards("那位店員向記者") == 4  # 向 as a word: the one spoken to follows


def test_only_adverbs_of_the_lexicon_need_no_segmenting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zh_indirect, "words", _no_words)
    text = "隨即"
    assert zh_indirect._only_adverbs(text, 0, len(text))
