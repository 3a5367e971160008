"""A name at the end of a speaker phrase after a description the title lexicon does not know
(speakers/described_name_zh), with invented sentences."""

from __future__ import annotations

from extractor.extractors.speakers.described_name_zh import described_name
from extractor.testing import quotes_of


def _name(phrase: str) -> str | None:
    sp = described_name(phrase, phrase, 0, len(phrase))
    return sp.name if sp is not None else None


def test_stacked_titles_before_a_name():
    qs = quotes_of("救災車輛今天交車。溪頭山區搜救分隊助理幹事柯信宏說，山區搜救最缺的就是車輛。")
    assert [q.speaker for q in qs] == ["柯信宏"]


def test_a_one_character_head_of_a_description():
    assert _name("主任稽查官林昱廷") == "林昱廷"


def test_no_name_cut_out_of_a_known_word_or_after_a_verb():
    assert _name("中華電信") is None
    assert _name("他拜訪陳小明") is None
    assert _name("市府官員") is None


def test_a_spokesperson_after_a_known_body_speaks_not_the_body():
    qs = quotes_of("好市多說，會員數持續成長。好市多公關陳柏丞表示，門市將延長營業時間。")
    assert [q.speaker for q in qs] == ["好市多", "陳柏丞"]


def test_the_interview_format_after_a_long_description():
    qs = quotes_of("學者批評政策反覆。東海大學社會創新研究中心 彭紫雲：「地方首長其實很快就可以解決。」")
    assert [q.speaker for q in qs if q.kind == "direct"] == ["彭紫雲"]
