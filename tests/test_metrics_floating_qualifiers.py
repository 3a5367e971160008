"""Qualifiers around a figure beyond the word right before it: 至少 floating before a short verb (至少聘請兩位),
內 after the unit (控制在65W內), 之上 (三成之上), 不得少於; 九億多元 is over 9億 元 while 多元 alone is "diverse";
平均 after 每日 makes a rate (每日平均工資120元)."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of

_metrics = metrics_of


EXAMPLES = [
    ("公司至少得聘請兩位外部董事。", "兩位", "at_least"),
    ("新款變壓器功耗控制在65W內。", "65W內", "at_most"),
    ("多數基金報酬率都在三成之上。", "三成之上", "over"),
    ("委員人數不得少於五人。", "不得少於五人", "at_least"),
    ("市府去年收了七億多元的規費。", "七億多元", "over"),
]


@pytest.mark.parametrize(("sentence", "text", "qualifier"), EXAMPLES)
def test_floating_qualifiers(sentence: str, text: str, qualifier: str) -> None:
    got = {m.text: m for m in _metrics(sentence)}
    assert text in got, list(got)
    assert got[text].qualifier == qualifier


def test_duoyuan_alone_is_no_figure() -> None:
    assert _metrics("學校提供多元課程。") == []


def test_nei_inside_a_word_is_no_qualifier() -> None:
    (m,) = _metrics("新政府由12人內閣組成。")
    assert (m.text, m.qualifier) == ("12人", "exact")


def test_average_after_daily_is_a_rate() -> None:
    (m,) = _metrics("當地工人每日平均工資僅120元。")
    assert m.per == "day"
