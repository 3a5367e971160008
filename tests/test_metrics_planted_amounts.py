"""Planted-span oracle for the number grammar in running text: an amount written in one of the issue-14 forms
is planted in a filler sentence; exactly that figure comes back, with its span, value and unit."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.testing import metrics_of

_CN = "零一二三四五六七八九"


def _group(n: int) -> str:
    out, zero = "", False
    for place, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // place % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out += "零"
            zero = False
        out += _CN[d] + unit
    return out


def _chinese(n: int) -> str:
    """An independent standard reading (萬/億 groups, 零 for gaps) of 1 <= n < 10**12."""
    out, gap = "", False
    for unit, size in (("億", 10**8), ("萬", 10**4), ("", 1)):
        g = n // size % 10**4 if unit != "億" else n // size
        if g == 0:
            gap = bool(out)
            continue
        if out and (gap or g < 1000):
            out += "零"
        out += _group(g) + unit
        gap = False
    return out


_one = metrics_of


@settings(max_examples=120, deadline=None)
@given(st.integers(min_value=11, max_value=10**12 - 1))
def test_a_chinese_numeral_amount_in_yuan(n: int) -> None:
    ms = _one(f"該公司去年的營收為{_chinese(n)}元，較前年成長。")
    assert [(m.value, m.unit) for m in ms][:1] == [(pytest.approx(n), "TWD")], _chinese(n)


@settings(max_examples=120, deadline=None)
@given(st.integers(min_value=1000, max_value=10**9 - 1))
def test_space_grouped_digits(n: int) -> None:
    written = f"{n:,}".replace(",", " ")
    ms = _one(f"Officials counted {written} visitors in the park.", "en")
    assert [(m.text, m.value) for m in ms] == [(written, pytest.approx(n))]


@settings(max_examples=120, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.integers(min_value=1, max_value=99),
       st.sampled_from([("dollars", "USD"), ("euros", "EUR"), ("pounds", "GBP")]))
def test_whole_units_and_cents(whole: int, cents: int, cur: tuple[str, str]) -> None:
    word, code = cur
    ms = _one(f"The bill came to {whole} {word} and {cents} cents in total.", "en")
    assert [(m.value, m.unit) for m in ms] == [(pytest.approx(whole + cents / 100), code)]


@settings(max_examples=120, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.sampled_from([("bln", 10**9), ("mln", 10**6), ("tln", 10**12)]),
       st.sampled_from([("C$", "CAD"), ("A$", "AUD"), ("HK$", "HKD"), ("NT$", "TWD"), ("Mex$", "MXN"), ("S$", "SGD")]))
def test_prefixed_currencies_with_wire_scales(n: int, scale: tuple[str, int], cur: tuple[str, str]) -> None:
    sym, code = cur
    word, mult = scale
    ms = _one(f"The group raised {sym}{n} {word} from investors.", "en")
    assert [(m.value, m.unit) for m in ms] == [(pytest.approx(n * mult), code)]


@settings(max_examples=80, deadline=None)
@given(st.integers(min_value=1, max_value=9), st.sampled_from(["萬", "千", "百"]), st.sampled_from(["多", "餘"]))
def test_more_than_after_a_number(d: int, place: str, more: str) -> None:
    text = f"{_CN[d]}{place}{more}人"
    ms = _one(f"活動吸引{text}參加。")
    unit = {"萬": 10**4, "千": 1000, "百": 100}[place]
    assert [(m.text, m.value, m.qualifier) for m in ms] == [(text, pytest.approx(d * unit), "over")]
