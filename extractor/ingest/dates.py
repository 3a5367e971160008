"""Published dates from datelines and metadata strings.

Handles ISO strings, ``2026年2月2日``, ``2026/2/2``, ``Feb. 2, 2026`` and agency datelines such as
``（中央社記者王大明台北2日電）`` (day only: month and year come from a reference date when given).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


@dataclass(frozen=True)
class Dateline:
    text: str
    date: str | None


_ZH = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_ISO = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_EN = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+((?:19|20)\d{2})\b")
_EN2 = re.compile(r"\b(\d{1,2})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+((?:19|20)\d{2})\b")
# Numeric month/day/year as US sites print it ("11/20/2019 06:00 am ET"); a first number over 12 is a day.
_MDY = re.compile(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?![\d/])")
_AGENCY = re.compile(r"[（(]\s*(?:中央社|記者|綜合|[^）)]{0,12}?)(?:記者)?[^）)]{0,12}?(\d{1,2})日(?:專)?電\s*[）)]")


_ISO_DT = re.compile(r"^((?:19|20)\d{2})-(\d{2})-(\d{2})([T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
                     r"(Z|[+-]\d{2}:?\d{2})?")


def _fmt(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_date(value: str) -> str | None:
    """An ISO date (or the datetime as given when it has a time) from a metadata string.

    >>> parse_date("2019-11-20T09:22:35+00:00")
    '2019-11-20T09:22:35+00:00'
    >>> parse_date("2019-11-20 06:09:25")
    '2019-11-20T06:09:25'
    >>> parse_date("2026年2月2日")
    '2026-02-02'
    >>> parse_date("Nov. 20, 2019")
    '2019-11-20'
    >>> parse_date("11/20/2019 06:00 am ET")
    '2019-11-20'
    """
    value = value.strip()
    m = _ISO_DT.match(value)
    if m:
        d = _fmt(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d and m.group(4):
            # Keep the time as given; a space separator ("2019-11-20 06:09:25") becomes ISO's "T".
            return d + "T" + m.group(4)[1:] + (m.group(5) or "")
        return d
    for rx in (_ZH, _ISO):
        m = rx.search(value)
        if m:
            return _fmt(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _EN.search(value)
    if m:
        return _fmt(int(m.group(3)), _MONTHS[m.group(1)[:3].lower()], int(m.group(2)))
    m = _EN2.search(value)
    if m:
        return _fmt(int(m.group(3)), _MONTHS[m.group(2)[:3].lower()], int(m.group(1)))
    m = _MDY.search(value)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        return _fmt(y, a, b) if a <= 12 else _fmt(y, b, a)
    return None


# Year, month and day in a URL path: /2017/06/28/, /2017-06-28-, /20230409/, /2019/0926/ (people.cn,
# stcn), /2019-12/10/ (xinhuanet).
_URL_DATE = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})(?:([/_-])([01]?[0-9])\2([0-3]?[0-9])|([01][0-9])([0-3][0-9])|"
                       r"[/_-]([01][0-9])([0-3][0-9])|-([01]?[0-9])/([0-3]?[0-9]))(?![0-9])")


def date_from_url(url: str | None) -> str | None:
    """The publication date a news URL carries in its path: /2017/06/28/, /2017-06-28-, /20230409/.

    >>> date_from_url("https://example.com/news/2017/06/28/some-story.html")
    '2017-06-28'
    >>> date_from_url("https://news.example.cn/c/20230409/n123.shtml")
    '2023-04-09'
    >>> date_from_url("http://culture.people.com.cn/n1/2019/0615/c1013-31153719.html")
    '2019-06-15'
    >>> date_from_url("http://www.xinhuanet.com/world/2019-12/10/c_1125327450.htm")
    '2019-12-10'
    >>> date_from_url("https://udn.com/news/story/7325/2551489") is None
    True
    """
    if not url:
        return None
    path = url.split("://", 1)[-1].split("/", 1)[-1].split("?", 1)[0]
    for m in _URL_DATE.finditer(path):
        y = int(m.group(1))
        mo, d = next((m.group(i), m.group(i + 1)) for i in (3, 5, 7, 9) if m.group(i))
        iso = _fmt(y, int(mo), int(d))
        if iso:
            return iso
    return None


def find_dateline(text: str, reference: str | None = None) -> Dateline | None:
    """The first full date or agency dateline in ``text``.

    >>> find_dateline("文／記者 2026年2月2日，關於…").date
    '2026-02-02'
    >>> find_dateline("（中央社記者王大明台北2日電）股市…", reference="2026-02-05").date
    '2026-02-02'
    """
    m = _ZH.search(text)
    if m:
        return Dateline(m.group(0), _fmt(int(m.group(1)), int(m.group(2)), int(m.group(3))))
    m = _AGENCY.search(text)
    if m and reference:
        ref = date.fromisoformat(reference[:10])
        day = int(m.group(1))
        y, mo = ref.year, ref.month
        if day > ref.day:  # the dateline day is in the previous month
            mo -= 1
            if mo == 0:
                y, mo = y - 1, 12
        return Dateline(m.group(0), _fmt(y, mo, day))
    if m:
        return Dateline(m.group(0), None)
    for rx in (_EN, _EN2):
        m = rx.search(text)
        if m:
            return Dateline(m.group(0), parse_date(m.group(0)))
    return None
