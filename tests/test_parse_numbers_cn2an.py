"""Audit of the Chinese numeral grammar against cn2an, an independent implementation (test extra).

cn2an writes an integer or decimal the standard way (三千五百万, 一万零五, 壹仟贰佰…) and reads colloquial
forms (三万五, 两千五, 一万五千亿) in its "smart" mode; parse_number must agree on all of them. Skipped when
cn2an is not installed (it is in the ``test`` extra)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.parse import parse_number

cn2an = pytest.importorskip("cn2an")


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=0, max_value=10**16 - 1))
def test_standard_readings_agree(n: int) -> None:
    assert parse_number(cn2an.an2cn(n)) == n, cn2an.an2cn(n)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_financial_digits_agree(n: int) -> None:
    assert parse_number(cn2an.an2cn(n, "up")) == n, cn2an.an2cn(n, "up")


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**7), st.integers(min_value=1, max_value=3))
def test_decimal_readings_agree(n: int, places: int) -> None:
    value = Decimal(n) / Decimal(10**places)
    assert parse_number(cn2an.an2cn(str(value))) == value, cn2an.an2cn(str(value))


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=9), st.sampled_from(["千", "百", "万", "亿"]),
       st.integers(min_value=1, max_value=9), st.sampled_from(["", "万", "亿"]))
def test_colloquial_readings_agree_with_smart_mode(d1: int, unit: str, d2: int, big: str) -> None:
    # 三万五, 两千五, 一万五千亿 (a big unit after a 万 group scales all of it): cn2an's smart reading
    digits = "一二三四五六七八九"
    text = digits[d1 - 1] + unit + digits[d2 - 1] + ("千" + big if big else "")
    try:
        want = cn2an.cn2an(text, "smart")
    except (ValueError, KeyError):
        return  # a form cn2an does not read is no evidence either way
    assert parse_number(text) == want, text

