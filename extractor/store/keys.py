"""Dedupe and search keys: pure functions from surface text to the keys stored beside each row.

Two rows describe "the same thing" when their keys are equal, so every key folds away what does not
change meaning across articles: width and compatibility forms (NFKC), case, punctuation and spaces,
and script (Traditional and Simplified fold to Simplified with OpenCC tw2sp).

>>> text_key("「人工智慧軟體的封閉迴圈,」") == text_key("人工智能软件的封闭循环")
True
>>> text_key("Circular  Spending!") == text_key("circular spending")
True
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from ..normalize.script import to_simplified as chars_to_simplified


@lru_cache(maxsize=1)
def _tw2sp():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC("tw2sp")


def to_simplified(text: str) -> str:
    """Simplified script with mainland phrasing (OpenCC tw2sp = t2s plus Taiwan phrases: 人工智慧 -> 人工智能).

    Plain t2s folds characters only, so a Taiwan report (人工智慧, 軟體) and a mainland copy (人工智能, 软件)
    of the same claim would not group; tw2sp leaves Simplified text as it is.
    """
    return _tw2sp().convert(text) if text else text


# Drop every punctuation, symbol and separator category; keep letters, digits and marks.
_DROP_CATEGORIES = ("P", "S", "Z", "C")


@lru_cache(maxsize=65536)
def text_key(text: str | None) -> str:
    """Group key for free text: NFKC, casefold, punctuation/space dropped, script-folded to Simplified."""
    if not text:
        return ""
    s = unicodedata.normalize("NFKC", text).casefold()
    s = "".join(ch for ch in s if unicodedata.category(ch)[0] not in _DROP_CATEGORIES)
    return to_simplified(s)


@lru_cache(maxsize=65536)
def search_fold(text: str | None) -> str:
    """What the search index holds: NFKC + casefold + Simplified, but spaces and punctuation kept.

    Folding the same way on both sides lets "循環支出" find "循环支出" and vice versa, while the
    trigram index still sees word boundaries in English. Character-level t2s only: phrase conversion
    (迴圈 -> 循环) would make a search for 迴圈 match 循環支出, which surprises users.
    """
    if not text:
        return ""
    return chars_to_simplified(unicodedata.normalize("NFKC", text).casefold())


def group_key(who: str | None, text: str, entity_key: str | None = None) -> str:
    """Same words from the same person (or the same unattributed voice) share this key.

    ``entity_key`` (the speaker's canonical entity, when the article resolved it) wins over the name as
    written, so "Tusk" and "Bradley Tusk" group once the article links them.
    """
    return f"{entity_key or text_key(who)}|{text_key(text)}"




def _num(v: float | None) -> str:
    # 12 significant digits: enough for any money figure, and 5e11 == 500000000000.0 share one key.
    return "" if v is None else format(float(v), ".12g")


def fact_key(
    value: float | None, low: float | None, high: float | None, unit: str, label: str | None,
    period: str | None, per: str | None,
) -> str:
    """The same metric fact (value or range, unit, canonical label, period, rate) across articles."""
    amount = _num(value) if value is not None else f"{_num(low)}~{_num(high)}"
    return "|".join((text_key(unit) if unit else "", amount, text_key(label), text_key(period), per or ""))


def content_hash(text: str) -> str:
    """Identity of an article's content: the same text under another id is the same article."""
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()


def version_tuple(version: str | None) -> tuple[int, ...]:
    """Comparable form of an extractor version: '0.10.2' > '0.9.9'; anything unparsable is oldest.

    >>> version_tuple("0.10.2") > version_tuple("0.9.9")
    True
    >>> version_tuple("1.0.0rc1")
    (1, 0, 0, 1)
    """
    return tuple(int(p) for p in re.findall(r"\d+", version or ""))
