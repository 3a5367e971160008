"""The speed-ups of the word layer give the same words and tags as the plain computations they replace:
token spans built without Span's constructor, the memo of word-tag lookups, the memo of short t2s calls."""

from __future__ import annotations

import pytest

from extractor.document import Span
from extractor.normalize import script
from extractor.segment import words
from extractor.segment.words import WordTags, tokenize

TEXTS = [
    "新創公司表示，營收將在明年翻倍。",
    "投資報酬率 差距擴大\n\n他說：「AI 晶片需求強勁」，股價上漲3.5%。",
    "  前後都有空白  ",
    "Apple 與 Google 的 2025 年財報",
    "",
]


def _reference(text: str) -> tuple[Span, ...]:
    """tokenize as it was written first: a walk over jieba's words with the Span constructor."""
    simp = script.to_simplified(text)
    if len(simp) != len(text):
        simp = text
    spans, pos = [], 0
    for word in words._tokenizer().cut(simp, HMM=False):
        end = pos + len(word)
        if word.strip():
            spans.append(Span(pos, end))
        pos = end
    return tuple(spans)


@pytest.mark.parametrize("text", TEXTS)
def test_tokenize_gives_the_reference_spans_as_spans(text: str) -> None:
    got = tokenize(text)
    assert got == _reference(text)
    assert all(type(s) is Span and s.end > s.start for s in got)
    assert all(text[s.start : s.end].strip() == text[s.start : s.end] for s in got)  # no white space kept


def test_tag_lookups_answer_as_a_dict_however_often_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    tags = {"投資": "vn", "看好": "v", "了": "ul", "三": "m"}
    table = WordTags.from_dict(tags)
    probes = ["投資", "看好", "未知", "了", "三", "投資人", ""] * 3
    assert [table.get(p) for p in probes] == [tags.get(p) for p in probes]
    assert [table.get(p, "?") for p in probes] == [tags.get(p, "?") for p in probes]
    assert ("看好" in table, "未知" in table) == (True, False)
    with pytest.raises(KeyError):
        table["未知"]
    monkeypatch.setattr(words, "_MEMO_SIZE", 3)  # a full memo is emptied, never grows past its size
    fresh = WordTags.from_dict(tags)
    assert [fresh.get(p) for p in probes] == [tags.get(p) for p in probes]
    assert len(fresh._memo) <= 3


def test_short_t2s_is_memoized_and_equal_to_the_converter(monkeypatch: pytest.MonkeyPatch) -> None:
    conv = script._converter("t2s").convert
    samples = ["臺灣", "經濟", "乾隆", "乾淨", "一隻貓", "", "x" * 40, "這是一個超過十六個字的句子，用來測試不會被記住的長字串。"]
    assert [script.to_simplified(s) for s in samples] == [conv(s) if s else s for s in samples]
    assert [script.to_simplified(s) for s in samples] == [conv(s) if s else s for s in samples]  # from the memo
    assert "臺灣" in script._T2S_MEMO and samples[-1] not in script._T2S_MEMO
    monkeypatch.setattr(script, "_T2S_MEMO", {})
    monkeypatch.setattr(script, "_T2S_MEMO_SIZE", 2)
    assert [script.to_simplified(s) for s in samples[:5]] == [conv(s) for s in samples[:5]]
    assert len(script._T2S_MEMO) <= 2
