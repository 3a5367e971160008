"""Chinese source phrases with no reporting verb (quotes/zh_sourced.py), with invented sentences."""

from __future__ import annotations

from extractor.testing import quotes_of


def test_a_bodys_data_opening_a_sentence_is_a_source():
    qs = quotes_of("交通量逐年增加。據台中市交通局的資料，市區尖峰車速已降到每小時15公里。")
    assert [(q.speaker, q.text, q.kind) for q in qs] == [("台中市交通局", "市區尖峰車速已降到每小時15公里", "indirect")]


def test_an_organisation_alone_is_a_source():
    qs = quotes_of("物價持續上漲。據亞洲開發銀行（ADB），區域通膨率今年將升至百分之四。")
    assert [q.speaker for q in qs] == ["亞洲開發銀行"]


def test_a_plan_or_a_law_names_no_source():
    assert quotes_of("新線延宕多時。根據目前規劃，新線將在明年底完工通車。") == []
    assert quotes_of("此事影響重大。依據公司法規定，董事會必須在三日內公告。") == []


def test_midway_in_a_sentence_it_is_not_a_new_report():
    assert quotes_of("工程延宕多時，據市府的資料，今年已追加三次預算。") == []
    assert [q.speaker for q in quotes_of("工程延宕多時。據市府的資料，今年已追加三次預算。")] == ["市府"]
