"""jieba with the glossary's words is prepared once and loaded later: the same words, the same segmentation."""

from __future__ import annotations

import pytest

jieba = pytest.importorskip("jieba_fast_dat")

from extractor.segment import user_words  # noqa: E402
from extractor.segment.user_words import add_glossary_words, glossary_words  # noqa: E402

SENTENCES = [
    "投資人質疑人工智慧投資報酬率仍在下滑。",
    "超大規模雲端業者今年的資本支出大增。",
    "投资人质疑人工智能投资回报率仍在下滑。",
    "這家新創公司說，生成式人工智慧的營收明年會翻倍。",
]


def _cut(tk) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [list(tk.cut(s, HMM=False)) for s in SENTENCES]


def test_second_start_loads_the_prepared_trie_without_adding_words(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    first = jieba.Tokenizer()
    add_glossary_words(first, str(tmp_path))
    assert list(tmp_path.glob("jieba-glossary-*.dat")), "the prepared trie was saved"

    second = jieba.Tokenizer()
    monkeypatch.setattr(second, "add_word", lambda *a, **k: pytest.fail("words added one by one again"))
    monkeypatch.setattr(second, "initialize", lambda *a, **k: pytest.fail("plain dictionary loaded again"))
    add_glossary_words(second, str(tmp_path))
    assert second.total == first.total
    assert _cut(second) == _cut(first)
    assert ["投資報酬率"] == [w for w in second.cut("投資報酬率", HMM=False)]  # a glossary word stays whole


def test_prepared_trie_segments_as_adding_the_words_one_by_one(tmp_path) -> None:  # type: ignore[no-untyped-def]
    plain = jieba.Tokenizer()
    plain.initialize()
    for w in glossary_words():
        plain.add_word(w, freq=user_words.WORD_FREQ)
    add_glossary_words(jieba.Tokenizer(), str(tmp_path))  # prepares
    loaded = jieba.Tokenizer()
    add_glossary_words(loaded, str(tmp_path))  # loads
    assert loaded.total == plain.total
    assert _cut(loaded) == _cut(plain)


def test_a_changed_word_list_prepares_a_new_trie(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    add_glossary_words(jieba.Tokenizer(), str(tmp_path))
    monkeypatch.setattr(user_words, "glossary_words", lambda: [*glossary_words(), "虛構詞語甲乙"])
    tk = jieba.Tokenizer()
    add_glossary_words(tk, str(tmp_path))
    assert len(list(tmp_path.glob("jieba-glossary-*.dat"))) == 2
    assert "虛構詞語甲乙" in list(tk.cut("他說虛構詞語甲乙很好", HMM=False))


def test_an_unwritable_cache_still_adds_the_words(tmp_path) -> None:  # type: ignore[no-untyped-def]
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    tk = jieba.Tokenizer()
    add_glossary_words(tk, str(blocked / "sub"))
    assert ["投資報酬率"] == list(tk.cut("投資報酬率", HMM=False))
