"""segment.words.tokenize cuts with jieba-fast-dat's C function directly and answers a one-word text at once: the
words must be those of the tokenizer's own ``lcut(text, HMM=False)``."""

from __future__ import annotations

from extractor.document import Span
from extractor.normalize.script import to_simplified
from extractor.segment.words import _tokenizer, tokenize


def test_one_word_texts_give_one_span_or_none() -> None:
    for word in ("電腦", "投資報酬率", "A"):
        got = tokenize(word)
        assert got == (Span(0, len(word)),) and type(got[0]) is Span
    assert tokenize("\u3000") == ()
    assert tokenize(" ") == ()


def test_words_are_the_tokenizers_own() -> None:
    tk = _tokenizer()
    for text in ("港務局副局長今天表示", "新航線下月開航，貨櫃量可望回升", "他說", "研究員指出 AI 伺服器需求強勁"):
        words = [w for w in tk.lcut(to_simplified(text), HMM=False) if w.strip()]
        assert [to_simplified(text)[s.start:s.end] for s in tokenize(text)] == words
