"""Script detection and to_taiwan read tables made from OpenCC's dictionaries instead of building converters.

They must decide and convert exactly as the converters do: on invented sentences, the real udn corpus (and its
Simplified conversion) and the eval inputs, when those are on this machine.
"""

from __future__ import annotations

import importlib.util
import json
import re
from operator import ne
from pathlib import Path

import pytest

from extractor.dev import shared_dir
from extractor.normalize import script
from extractor.normalize.script import (
    _LATIN,
    _NOT_CJK,
    _SHARED,
    _converter,
    detect_language,
    to_simplified,
    to_taiwan,
)

ROOT = Path(__file__).resolve().parent.parent
CORPUS = shared_dir() / "corpus/udn-2017.jsonl"
EVAL = shared_dir() / "eval"
INVENTED = [
    "新創公司表示，營收將在明年翻倍，市場對此看法分歧。",
    "新创公司表示，营收将在明年翻倍，市场对此看法分歧。",
    "台北里面的干貨店只准採用松木，后來占了上風。",
    "他買了一只貓，一目了然，三周年慶。",  # phrases whose characters alone stay, but the phrase converts
    "經濟經濟经济",
    "The startup said revenue would double; 新創 is a loan word.",
]


def _opencc_decision(text: str) -> str:
    """detect_language as it was, with the s2t converter."""
    sample = text[:20000]
    han = _NOT_CJK.sub("", sample)
    if not han:
        return "en"
    if len(han) < 0.75 * _LATIN.subn("", sample)[1]:
        return "en"
    trad_only = sum(map(ne, han, to_simplified(han)))
    trad = _converter("s2t").convert(han)
    simp_only = sum(1 for a, b in zip(han, trad, strict=False) if a != b and a not in _SHARED)
    return "zh-Hans" if simp_only > trad_only else "zh-Hant"


def _real_texts() -> list[str]:
    texts = []
    if CORPUS.exists():
        texts += [json.loads(line)["text"] for line in CORPUS.open(encoding="utf-8")]
    for path in sorted(EVAL.glob("*/input.jsonl")):
        for line in path.open(encoding="utf-8"):
            rec = json.loads(line)
            texts.append(rec.get("text") or re.sub(r"<[^>]*>", " ", rec.get("html", "")))
    return texts


@pytest.fixture(scope="module")
def real_texts() -> list[str]:
    texts = _real_texts()
    if not texts:
        pytest.skip("no corpus on this machine")
    return texts


@pytest.mark.parametrize("text", INVENTED)
def test_detection_decides_as_opencc_on_invented_text(text: str) -> None:
    assert detect_language(text) == _opencc_decision(text)


def test_detection_decides_as_opencc_on_real_text_and_its_simplified_form(real_texts: list[str]) -> None:
    texts = real_texts + [to_simplified(t) for t in real_texts]
    diffs = [t[:40] for t in texts if detect_language(t) != _opencc_decision(t)]
    assert diffs == []


@pytest.mark.parametrize("text", [*INVENTED, "七情六欲"])
def test_to_taiwan_converts_as_s2tw_on_invented_text(text: str) -> None:
    s2tw = _converter("s2tw").convert
    assert to_taiwan(text) == s2tw(text)
    for i in range(len(text)):  # every substring up to 6 characters: words, as the terms stage passes them
        for j in range(i + 1, min(len(text), i + 6) + 1):
            assert to_taiwan(text[i:j]) == s2tw(text[i:j])


def test_to_taiwan_converts_as_s2tw_on_real_text(real_texts: list[str]) -> None:
    s2tw = _converter("s2tw").convert
    pieces = {p for t in real_texts[:600] for p in re.split(r"[，。、；：「」（）\s]+", t) if p}
    pieces |= {to_simplified(p) for p in list(pieces)}
    pieces |= set(real_texts[:100]) | {to_simplified(t) for t in real_texts[:100]}
    assert [p for p in sorted(pieces) if to_taiwan(p) != s2tw(p)] == []


def test_phrase_only_conversions_are_not_counted_as_simplified() -> None:
    # The table counts characters, not phrases: 七情六欲 (s2t: 七情六慾 only as a phrase) reads as Traditional now.
    # No real text in the corpus or the eval inputs turns on such a case (see the test above).
    assert detect_language("七情六欲") == "zh-Hant"


def test_words_and_detection_build_no_s2t_or_s2tw_converter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(script, "_S2TW_SEGMENTED", 0)  # a fresh process: phrases are cut from the tables
    _converter.cache_clear()
    assert detect_language("投資人質疑人工智慧投資報酬率") == "zh-Hant"
    assert detect_language("投资人质疑人工智能投资回报率") == "zh-Hans"
    assert to_taiwan("投資報酬率") == "投資報酬率"
    assert _converter.cache_info().currsize == 1  # t2s only (cheap, ~3 ms)
    assert to_taiwan("资本支出") == "資本支出"  # character by character, from the table
    assert _converter.cache_info().currsize == 1
    assert to_taiwan("天后") == "天后"  # a word that is a phrase s2tw converts as a phrase: from the table
    assert to_taiwan("一只") == "一隻"
    assert _converter.cache_info().currsize == 1
    assert to_taiwan("一只猫") == "一隻貓"  # a phrase inside a longer text: cut as OpenCC cuts, from its phrase list
    assert _converter.cache_info().currsize == 1
    monkeypatch.setattr(script, "_S2TW_SEGMENTED", script._S2TW_BUILD_AFTER)  # a process that met many such texts
    assert to_taiwan("两只猫") == "兩隻貓"
    assert _converter.cache_info().currsize == 2  # builds the converter (faster per text from then on)


@pytest.mark.skipif(importlib.util.find_spec("opencc") is None, reason="needs opencc")
def test_tables_are_up_to_date_with_the_installed_opencc() -> None:
    spec = importlib.util.spec_from_file_location("make_script_tables", ROOT / "benchmarks" / "make_script_tables.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.build() == script._tables()


def test_folding_matches_the_converter_on_simplified_real_text(real_texts: list[str]) -> None:
    from extractor.normalize.script import fold_to_traditional

    s2tw = _converter("s2tw").convert

    def old_fold(text: str) -> str:
        out = s2tw(text)
        if len(out) == len(text):
            return out
        return "".join(c if len(c := s2tw(ch)) == 1 else ch for ch in text)

    for text in [to_simplified(t) for t in real_texts[:150]] + ["他买了一只猫，一目了然。", "天后", ""]:
        assert fold_to_traditional(text) == old_fold(text)
