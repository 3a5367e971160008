"""Pure "surface -> value" number parsing for Chinese and English news (no package imports).

``parse_number`` reads Arabic digits (``,`` / ``，`` separators, full-width digits, decimals),
Chinese numerals (一…九 十百千萬億兆 兩 〇/零/○ 廿 卅, ``十點六``), mixed forms (``3萬4000``,
``1.2萬億``, ``5,000億``, ``1兆530億``), English number words and scale words (million, bn, K...)
and a leading sign (``負``, ``-``). It returns a :class:`~decimal.Decimal`, or ``None`` when the
text is not a number it understands.

>>> parse_number("1兆530億")
Decimal('1053000000000')
>>> parse_number("十點六億")
Decimal('1060000000.0')
>>> parse_number("12.9bn")
Decimal('12900000000.0')
"""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = ["CN_DIGITS", "CN_SMALL", "CN_BIG", "EN_SCALES", "parse_number", "parse_chinese", "parse_english_words"]

CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "Ｏ": 0, "一": 1, "壹": 1, "二": 2, "貳": 2, "兩": 2, "两": 2, "三": 3, "參": 3, "叁": 3, "贰": 2, "陆": 6,
             "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陸": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9}
CN_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_TENS = {"廿": 20, "卅": 30, "卌": 40}  # 廿四 = 24: a digit-and-ten in one character
CN_BIG = {"萬": 10**4, "万": 10**4, "億": 10**8, "亿": 10**8, "兆": 10**12}
EN_SCALES = {"thousand": 10**3, "k": 10**3, "million": 10**6, "mn": 10**6, "mln": 10**6, "m": 10**6,
             "billion": 10**9, "bn": 10**9, "bln": 10**9, "b": 10**9, "trillion": 10**12, "tn": 10**12,
             "trn": 10**12, "tln": 10**12, "t": 10**12, "hundred": 100}
EN_UNITS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
EN_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}

# Full-width digits and separators fold to ASCII first so one grammar covers both widths.
_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)}
_WIDTH.update({0xA0: ord(" "), 0x202F: ord(" "), 0x2009: ord(" ")})  # no-break and thin spaces group digits
_WIDTH.update({ord("，"): ord(","), ord("．"): ord("."), ord("－"): ord("-"), ord("−"): ord("-"), ord("﹣"): ord("-")})
_ARABIC = re.compile(r"\d+(?:\.\d+)?|\.\d+", re.ASCII)
_GROUPED = re.compile(r"(?<![\d.])\d{1,3}(?:,\d{3})+(?:\.\d+)?", re.ASCII)
_EN = re.compile(r"^(?P<num>\d+(?:\.\d+)?|\.\d+)\s*(?P<scale>[a-z]+)?$", re.ASCII)
_MAX_DIGITS = 40  # anything longer is an identifier, not a quantity


def _sign(text: str) -> tuple[int, str]:
    if text[:1] in "-+":
        return (-1 if text[0] == "-" else 1), text[1:].lstrip()
    if text[:1] == "負":
        return -1, text[1:]
    return 1, text


def parse_number(text: str) -> Decimal | None:
    """The value of a written number, or ``None``.

    >>> parse_number("5,000億")
    Decimal('500000000000')
    >>> parse_number("1.2萬億")
    Decimal('1200000000000.0')
    >>> parse_number("3萬4000")
    Decimal('34000')
    >>> parse_number("廿四")
    Decimal('24')
    >>> parse_number("八二○")
    Decimal('820')
    >>> parse_number("負3.9")
    Decimal('-3.9')
    >>> parse_number("１２，３４５")
    Decimal('12345')
    >>> parse_number("twenty-five million")
    Decimal('25000000')
    >>> parse_number("abc") is None
    True
    """
    s = text.strip().translate(_WIDTH)
    if not s:
        return None
    sign, s = _sign(s)
    s = _GROUPED.sub(lambda m: m.group().replace(",", ""), s)
    if len(s) > 2 * _MAX_DIGITS or sum(ch.isdigit() for ch in s) > _MAX_DIGITS:
        return None  # an identifier or a run of characters, not a quantity (and no Decimal overflow)
    low = s.lower()
    m = _EN.match(low.replace(" ", "")) if low[:1].isdigit() or low[:1] == "." else None
    if m:
        scale = m.group("scale")
        if scale is None:
            val: Decimal | None = Decimal(m.group("num"))
        elif scale in EN_SCALES:
            val = Decimal(m.group("num")) * EN_SCALES[scale]
        else:
            return None
    elif low[:1].isascii() and low[:1].isalpha():
        val = parse_english_words(low)
    else:
        val = parse_chinese(s)
    return None if val is None else sign * val


def parse_english_words(text: str) -> Decimal | None:
    """English number words: ``"two"``, ``"twenty-five"``, ``"three hundred"``, ``"1.5 million"``.

    >>> parse_english_words("three hundred thousand")
    Decimal('300000')
    >>> parse_english_words("eight")
    Decimal('8')
    """
    words = text.lower().replace("-", " ").replace(" and ", " ").split()
    if not words:
        return None
    total = Decimal(0)
    current: Decimal | None = None
    for w in words:
        if w in EN_UNITS or w in EN_TENS:
            n = EN_UNITS.get(w, EN_TENS.get(w, 0))
            current = (current or Decimal(0)) + n
        elif _ARABIC.fullmatch(w):
            if current is not None:
                return None
            current = Decimal(w)
        elif w == "hundred":
            current = (current if current is not None else Decimal(1)) * 100
        elif w in EN_SCALES and len(w) > 1:
            total += (current if current is not None else Decimal(1)) * EN_SCALES[w]
            current = None
        else:
            return None
    return total + (current or 0)


def parse_chinese(text: str) -> Decimal | None:
    """Chinese and mixed Chinese/Arabic numerals.

    >>> parse_chinese("一百二十萬")
    Decimal('1200000')
    >>> parse_chinese("兩千五")
    Decimal('2500')
    >>> parse_chinese("一萬零五百")
    Decimal('10500')
    >>> parse_chinese("二○○八")
    Decimal('2008')
    >>> parse_chinese("一萬五千億")
    Decimal('1500000000000')
    >>> parse_chinese("三四百") is None
    True
    """
    total = Decimal(0)  # sum of finished big-unit groups (兆, 億, 萬)
    last_group = Decimal(0)  # the group just added, so that 萬億 can scale it again
    section = Decimal(0)  # below the current big unit
    num: Decimal | None = None  # the digits just read
    prev = ""  # kind of the previous token: digit, small, big, arabic
    last_small = 1
    run = 0  # length of the current run of Chinese digits
    seen = False
    big_unit = Decimal(0)  # the largest big unit read so far
    lone_digit = False  # the last Arabic token was one digit (4萬5 = 45000, but 4萬0005 = 40005)
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        m = _ARABIC.match(text, i) if ch.isdigit() or ch == "." else None
        if m:
            if num is not None:
                return None
            num, prev, seen = Decimal(m.group()), "arabic", True
            lone_digit = len(m.group()) == 1
            i = m.end()
            continue
        if ch in CN_DIGITS:
            d = CN_DIGITS[ch]
            # Runs of digits without units are positional: 八二○ = 820, 二○○八 = 2008.
            num = (num * 10 + d) if (num is not None and prev == "digit") else Decimal(d)
            run = run + 1 if prev == "digit" else 1
            prev, seen = "digit", True
        elif ch in CN_TENS:
            section += CN_TENS[ch] + (num or 0)
            num, prev, seen, last_small = None, "small", True, 10
        elif ch in CN_SMALL:
            if prev == "digit" and run >= 2 and num is not None and num >= 10 ** (run - 1) and num % 10 != 0:
                return None  # 二三十, 三四百: a vague "twenty or thirty", not a number
            unit = CN_SMALL[ch]
            section += (num if num is not None else Decimal(1)) * unit
            num, prev, seen, last_small = None, "small", True, unit
        elif ch in CN_BIG:
            unit = CN_BIG[ch]
            if total and unit > big_unit:
                # 一萬五千億 = (一萬五千) × 億: everything read so far counts in the larger unit
                total = (total + section + (num or 0)) * unit
                last_group = total
            elif prev == "big":  # 萬億, 千萬億: the big units multiply
                total = total - last_group + last_group * unit
                last_group = last_group * unit
            else:
                group = section + (num or 0)
                if group == 0 and not seen:
                    group = Decimal(1)
                last_group = group * unit
                total += last_group
            section, num, prev, seen, last_small = Decimal(0), None, "big", True, unit
            big_unit = max(big_unit, unit)
        elif ch in "點点." and i + 1 < n and (text[i + 1] in CN_DIGITS or text[i + 1].isdigit()):
            whole = section + (num or 0)
            j = i + 1
            frac = ""
            while j < n and (text[j] in CN_DIGITS or text[j].isdigit()):
                frac += str(CN_DIGITS.get(text[j], text[j]))
                j += 1
            section, num, prev = whole + Decimal("0." + frac), None, "frac"
            i = j
            continue
        elif ch in ", ":
            pass
        else:
            return None
        i += 1
    if not seen:
        return None
    if num is not None and prev == "digit" and run == 1 and last_small > 10 and section + total > 0:
        # 兩千五 = 2500, 三萬五 = 35000: a trailing digit counts in the next lower unit.
        num = num * (last_small // 10)
    elif num is not None and prev == "arabic" and lone_digit and num > 0 and last_small >= 10**4 \
            and section == 0 and total > 0:
        # 4萬5 = 45000, 1億2 = 1.2億: a lone Arabic digit after a big unit counts in the next lower unit, as
        # the Chinese digit does (三萬五); 3萬4000 and 3萬25 stay as written.
        num = num * (last_small // 10)
    return total + section + (num or 0)
