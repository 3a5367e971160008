"""Speaker and quote tests that only need one kind of word skip jieba when the phrase cannot hold it: a phrase
without 向/對 has no addressee, one that opens with no adverb/preposition/time word has no modifier, a lexicon
adverb needs no segmenting. Each test makes segmenting fail, so it fails if the shortcut is lost, and checks the
answer the full path gives where segmenting is still needed."""

from __future__ import annotations

import importlib

import pytest

from extractor.extractors.quotes import zh_indirect
from extractor.extractors.speakers import zh_words

parse_zh = importlib.import_module("extractor.extractors.speakers.parse_zh")  # the package exports a function of that name


def _no_words(phrase: str) -> tuple[tuple[str, str], ...]:
    raise AssertionError(f"segmented {phrase!r}")


def test_towards_without_the_words_does_not_segment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parse_zh, "words", _no_words)
    assert parse_zh._towards("遠東紡織公司發言人") == -1
    monkeypatch.undo()
    assert parse_zh._towards("那位店員向記者") == 4  # 向 as a word: the one spoken to follows


def test_opens_modifier_skips_segmenting_a_noun_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zh_words, "words", _no_words)
    assert not zh_words.opens_modifier("電腦公司董事長")
    assert not zh_words.opens_modifier("Acme Widgets")
    monkeypatch.undo()
    assert zh_words.opens_modifier("今天在記者會上")
    assert zh_words.opens_modifier("則")


@pytest.mark.parametrize("phrase", ["電腦公司董事長", "在記者會上", "今天下午", "和平協議", "再次", "稍早在臉書",
                                    "Acme 公司", "  也在", "與會人士", "根據報導", "已經", "市長今天"])
def test_opens_modifier_agrees_with_the_full_reading(phrase: str) -> None:
    ws = zh_words.words(phrase.lstrip()[:12])
    full = bool(ws) and ws[0][1].startswith(zh_words._MODIFIER_TAGS) and ws[0][0] not in zh_words._NOT_MODIFIER
    assert zh_words.opens_modifier(phrase) == full


def test_no_modifier_word_is_longer_than_the_bound() -> None:
    from extractor.segment.words import word_tags

    tags = word_tags()
    longest = max(len(line.split("\t")[0]) for line in (tags._line(i) for i in range(len(tags._starts) - 1))
                  if line.split("\t")[1].startswith(zh_words._MODIFIER_TAGS))
    assert longest <= zh_words._LONGEST_MODIFIER


def test_only_adverbs_of_the_lexicon_need_no_segmenting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zh_indirect, "words", _no_words)
    text = "隨即"
    assert zh_indirect._only_adverbs(text, 0, len(text))
