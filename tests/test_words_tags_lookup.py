"""The part-of-speech table answers exactly as a dict would, and its cache file loads back as that table."""

from __future__ import annotations

import pytest

from extractor.segment import words
from extractor.segment.words import WordTags

TAGS = {"投資": "vn", "投資人": "n", "看好": "v", "了": "ul", "三": "m", "A股": "n", "z": "x", "投": "v"}


def test_lookups_match_a_dict_for_words_prefixes_and_strangers() -> None:
    table = WordTags.from_dict(TAGS)
    probes = [*TAGS, "投資者", "投資人們", "看", "", "\t", "了了", "Ａ股", "zz", "一"]
    assert [table.get(p) for p in probes] == [TAGS.get(p) for p in probes]
    assert len(table) == len(TAGS) and dict(table) == TAGS and sorted(table) == sorted(TAGS)
    with pytest.raises(KeyError):
        table["投資者"]


def test_an_empty_table_knows_no_word() -> None:
    table = WordTags.from_dict({})
    assert table.get("看好") is None and len(table) == 0 and list(table) == []


def test_the_cache_file_loads_back_as_the_same_table(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXTRACTOR_CACHE", str(tmp_path))
    monkeypatch.setattr(words, "_TAGS", None)
    built = words.word_tags()  # from jieba's dictionary, written to the cache
    assert list(tmp_path.glob("jieba-tags-v2-*.marshal"))
    monkeypatch.setattr(words, "_TAGS", None)
    loaded = words.word_tags()  # from the cache file
    assert loaded is not built and isinstance(loaded, WordTags)
    sample = ["看好", "認為", "投資", "的", "表示", "了", "不存在的詞語"]
    assert [loaded.get(w) for w in sample] == [built.get(w) for w in sample]
    assert loaded.get("看好") is not None
