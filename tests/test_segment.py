import pytest

from extractor.segment import split_paragraphs, split_sentences, tokenize


def _sents(text):
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("他說：「好。」然後離開。", ["他說：「好。」", "然後離開。"]),  # 。」 stays with its sentence
        ("真的嗎？是的！結束", ["真的嗎？", "是的！", "結束"]),
        ("Mr. Smith said so. It rose 2.5% to $3.1 billion.", ["Mr. Smith said so.", "It rose 2.5% to $3.1 billion."]),
        ('"We will win," he said. Shares fell.', ['"We will win," he said.', "Shares fell."]),
        ("The U.S. economy grew. J. Powell spoke.", ["The U.S. economy grew.", "J. Powell spoke."]),
        ("第一段。\n第二段", ["第一段。", "第二段"]),  # a newline always ends a sentence
        ("英文句子 ends here. 中文接著說。", ["英文句子 ends here.", "中文接著說。"]),
    ],
)
def test_split_sentences(text, expected):
    assert _sents(text) == expected


def test_sentences_are_inside_paragraphs_and_stripped():
    text = "  第一段第一句。第二句。\n\n 第二段。 "
    paras = split_paragraphs(text)
    for s in split_sentences(text, paras):
        assert any(p.start <= s.start and s.end <= p.end for p in paras)
        assert text[s.start : s.end] == text[s.start : s.end].strip()


def test_tokenize_traditional_and_simplified_alike():
    trad = "投資人質疑人工智慧投資報酬率"
    simp = "投资人质疑人工智能投资回报率"
    t = [trad[s.start : s.end] for s in tokenize(trad)]
    s = [simp[x.start : x.end] for x in tokenize(simp)]
    assert "".join(t) == trad and "".join(s) == simp
    assert "投資報酬率" in t  # a glossary word stays whole
    assert "投資人" in t and "投资人" in s


def test_overlong_sentence_is_cut_at_a_comma_or_space_below_the_cap():
    from extractor.segment.sentences import MAX_SENTENCE, split_sentences

    for text in ["分析師指出，" + "，" * 3 * MAX_SENTENCE + "泡沫。", "營" * 3 * MAX_SENTENCE, "word, " * MAX_SENTENCE + "end."]:
        spans = split_sentences(text)
        assert len(spans) >= 3 and max(s.end - s.start for s in spans) <= MAX_SENTENCE
        assert all(text[s.start:s.end] == text[s.start:s.end].strip() for s in spans)
        assert "".join(text[s.start:s.end] for s in spans).replace(" ", "") == text.replace(" ", "")
    words = split_sentences("word, " * MAX_SENTENCE + "end.")
    assert all(text.endswith(",") for text in ("word, " * MAX_SENTENCE)[words[0].start:words[0].end].split()[-1:])


def test_document_tokens_are_jieba_words_of_the_text():
    from extractor.testing import make_doc

    doc = make_doc("投資人質疑人工智慧投資報酬率。", stages=("normalize", "segment", "words"))
    words = [doc.text[s.start : s.end] for s in doc.tokens]
    assert "".join(words) == "投資人質疑人工智慧投資報酬率。"
    assert "投資報酬率" in words and len(doc.tokens) == len(words)
