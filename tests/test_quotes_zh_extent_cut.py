"""Where Chinese reported words end: a learned cut at a comma (quotes/zh_extent), with invented sentences and
hand-set weights, so the mechanism is tested apart from the trained ones."""

from __future__ import annotations

from extractor.extractors.quotes import zh_extent


def _with(weights, fn):
    real = zh_extent._model
    zh_extent._model = lambda: weights
    try:
        return fn()
    finally:
        zh_extent._model = real


def test_no_weights_keeps_the_rules_end():
    text = "北韓宣稱成功試射新型飛彈，中方新聞稿卻隻字未提。"
    assert _with({}, lambda: zh_extent.cut(text, text, 4, len(text) - 1)) == len(text) - 1


def test_a_comma_the_model_says_the_words_stop_at_is_the_end():
    text = "北韓宣稱成功試射新型飛彈，中方新聞稿卻隻字未提。"
    # after a cue with no comma (b:n) the words stop at the first comma
    end = _with({"bias": 1.0, "b:n": -2.0}, lambda: zh_extent.cut(text, text, 4, len(text) - 1))
    assert text[4:end] == "成功試射新型飛彈"


def test_words_after_a_cue_with_a_comma_go_on():
    text = "北韓表示，成功試射新型飛彈，將持續發展核武。"
    end = _with({"bias": 1.0, "b:n": -2.0}, lambda: zh_extent.cut(text, text, 5, len(text) - 1))
    assert end == len(text) - 1


def test_a_comma_inside_quotation_marks_is_never_a_cut():
    text = "他說「好，再說」，然後離開"
    assert zh_extent.commas(text, 0, len(text)) == [8]
