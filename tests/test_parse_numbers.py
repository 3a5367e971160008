"""parse_number: surface -> value tables (EXAMPLES, BUGS_CAUGHT) and a round-trip property."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.parse import parse_number

EXAMPLES = [
    ("0", 0), ("7", 7), ("1,234", 1234), ("12,345,678", 12345678), ("1，512", 1512), ("3.62", 3.62),
    ("10560.44", 10560.44), ("１２，３４５", 12345), ("１．５", 1.5), ("0.35", 0.35), (".5", 0.5),
    ("-2", -2), ("負3.9", -3.9), ("−4", -4), ("+5", 5),
    ("一", 1), ("十", 10), ("十一", 11), ("二十", 20), ("二十五", 25), ("一百", 100), ("百", 100),
    ("一百零五", 105), ("兩千", 2000), ("兩千五", 2500), ("三萬五", 35000), ("一百五", 150),
    ("一萬零五百", 10500), ("一萬零五", 10005), ("十萬", 100000), ("一百二十萬", 1200000),
    ("三千五百萬", 35000000), ("五億", 5e8), ("十點六", 10.6), ("十點六億", 1.06e9), ("三點一四", 3.14),
    ("廿四", 24), ("廿七億", 2.7e9), ("卅", 30), ("卅五", 35), ("八二○", 820), ("八二○億", 8.2e10),
    ("二○○八", 2008), ("二〇二四", 2024), ("零", 0), ("兩", 2), ("兩百萬", 2e6), ("千萬", 1e7), ("百萬", 1e6),
    ("3萬4000", 34000), ("1.2萬億", 1.2e12), ("5,000億", 5e11), ("1兆530億", 1.053e12), ("2兆", 2e12),
    ("13.21億", 1.321e9), ("2291億", 2.291e11), ("1萬2千", 12000), ("3千萬", 3e7), ("1.5萬", 15000),
    ("500 億", 5e10), ("6億", 6e8), ("一兆", 1e12), ("萬億", 1e12), ("壹佰", 100), ("貳拾", 20),
    ("12.9bn", 1.29e10), ("10bn", 1e10), ("3 million", 3e6), ("1.5 million", 1.5e6), ("2 billion", 2e9),
    ("4 trillion", 4e12), ("500 thousand", 5e5), ("17.3 million", 1.73e7), ("5m", 5e6), ("500K", 5e5),
    ("3B", 3e9), ("2mn", 2e6), ("7tn", 7e12), ("eight", 8), ("four", 4), ("twenty-five", 25),
    ("ninety nine", 99), ("three hundred", 300), ("two million", 2e6), ("three hundred thousand", 3e5),
]
BUGS_CAUGHT = [
    ("1,2", None),  # not a grouped number
    ("abc", None),
    ("", None),
    ("1" * 60, None),  # an identifier, not a quantity
    ("十五", 15),  # a trailing digit after 十 is units, not scaled
    ("一" + "萬" * 500, None),  # would overflow Decimal
    ("肆仟贰佰肆拾伍亿", 4.245e11), ("陆拾", 60), ("叁佰", 300),  # simplified financial digits (cn2an audit)
]


@pytest.mark.parametrize("text,value", EXAMPLES + BUGS_CAUGHT)
def test_parse_number_examples(text: str, value: float | None) -> None:
    got = parse_number(text)
    if value is None:
        assert got is None
    else:
        assert got is not None and abs(float(got) - value) <= 1e-9 * max(1.0, abs(value))


_CN_DIGITS = "零一二三四五六七八九"


def _chinese(n: int) -> str:
    """Write a non-negative integer < 10**16 the way Chinese news does (一萬零五百, 三億兩千萬...)."""
    if n == 0:
        return "零"
    out = ""
    groups = [(10**12, "兆"), (10**8, "億"), (10**4, "萬"), (1, "")]
    pending_zero = False
    started = False
    for size, name in groups:
        g, n = divmod(n, size)
        if g == 0:
            pending_zero = started
            continue
        if started and (pending_zero or g < 1000):
            out += "零"
        out += _group(g) + name
        started, pending_zero = True, False
    return out


def _group(g: int) -> str:
    out, zero = "", False
    for size, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, g = divmod(g, size)
        if d:
            if zero and out:
                out += "零"
            out += _CN_DIGITS[d] + name
            zero = False
        else:
            zero = bool(out)
    return out


def _mixed(n: int) -> str:
    """3萬4000 / 1兆530億 style: Arabic digits with 兆/億/萬 group names."""
    parts = []
    for size, name in ((10**12, "兆"), (10**8, "億"), (10**4, "萬"), (1, "")):
        g, n = divmod(n, size)
        if g and not name and parts and g < 10:
            parts.append(f"{g:04d}")  # 10萬0001: a lone digit after a group name would be read colloquially (4萬5 = 45000)
        elif g:
            parts.append(f"{g}{name}")
    return "".join(parts) or "0"


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
def test_parse_number_round_trips_news_formats(n: int) -> None:
    assert parse_number(f"{n:,}") == n
    assert parse_number(f"{n:,}".replace(",", "，")) == n
    assert parse_number(_chinese(n)) == n, _chinese(n)
    assert parse_number(_mixed(n)) == n, _mixed(n)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=99_999), st.sampled_from([("萬", 10**4), ("億", 10**8), ("million", 10**6),
                                                                   ("billion", 10**9), ("bn", 10**9)]),
       st.integers(min_value=0, max_value=9))
def test_parse_number_round_trips_scaled_decimals(n: int, scale: tuple[str, int], tenth: int) -> None:
    word, mult = scale
    sep = " " if word.isalpha() and word.isascii() and len(word) > 2 else ""
    text = f"{n:,}.{tenth}{sep}{word}"
    assert parse_number(text) == (Decimal(n) + Decimal(tenth) / 10) * mult


# An independent reference: standard Chinese reading of an integer (four-digit groups under 萬/億/兆,
# 零 for skipped places), written here from the rules rather than from the parser.
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


def _render(n: int) -> str:
    if n == 0:
        return "零"
    parts, out, gap = [], "", False
    for unit, size in (("兆", 10**12), ("億", 10**8), ("萬", 10**4), ("", 1)):
        g = n // size % 10**4 if unit else n % 10**4
        if unit == "兆":
            g = n // size
        if g == 0:
            gap = bool(out)
            continue
        if out and (gap or g < 1000):
            out += "零"
        out += _group(g) + unit
        gap = False
    parts.append(out)
    return "".join(parts)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=10**16 - 1))
def test_parse_chinese_agrees_with_a_reference_reading(n: int) -> None:
    assert parse_number(_render(n)) == n, _render(n)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=10_001, max_value=99_999_999), st.sampled_from([("億", 10**8), ("兆", 10**12)]))
def test_a_big_unit_after_a_wan_group_scales_all_of_it(k: int, unit: tuple[str, int]) -> None:
    # 一萬五千億 = 15000 × 億 (colloquial for 一兆五千億): the whole reading before 億 is scaled
    assert parse_number(_render(k) + unit[0]) == k * unit[1], _render(k) + unit[0]
