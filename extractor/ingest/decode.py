"""Decode bytes to text: BOMs, declared charsets (HTTP header or meta), and a survivable wrong declaration.

Order of evidence: a BOM wins; then UTF-16 without BOM (NUL byte pattern); then strict UTF-8; then the
declared charset (header, then ``<meta charset>``) if the bytes decode under it; then Big5/cp950 vs
GB18030 chosen by which decodes more CJK text cleanly. A declared charset that fails to decode is
recorded as a warning, never an error. Binary junk (NUL-heavy, control-heavy) is an InputError.
"""

from __future__ import annotations

import codecs
import re

from ..errors import InputError

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_HTML_HINT = re.compile(r"<(?:!doctype\s+html|html|head|body|p|div|article|meta|title|br|span|table|h1)\b", re.I)

_ALIASES = {"big5": "cp950", "big5-hkscs": "big5hkscs", "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030",
            "utf8": "utf-8", "unicode": "utf-16", "ms950": "cp950", "x-big5": "cp950"}


def _norm_charset(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    name = _ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def charset_from_content_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    m = re.search(r"charset\s*=\s*[\"']?([^\s;\"']+)", content_type, re.I)
    return m.group(1) if m else None


def looks_like_html(text: str) -> bool:
    head = text[:4096]
    return bool(_HTML_HINT.search(head)) and head.count("<") >= 2


def _cjk_score(text: str) -> float:
    """Share of characters that are CJK, ASCII printable or common punctuation (higher = more plausible)."""
    if not text:
        return 0.0
    good = sum(1 for ch in text if ch.isascii() and (ch.isprintable() or ch in "\n\r\t") or "\u4e00" <= ch <= "\u9fff"
               or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef")
    return good / len(text)


def _is_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    ctrl = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return ctrl / len(sample) > 0.1


def decode_bytes(data: bytes, *, declared: str | None = None, content_type: str | None = None,
                 name: str = "<input>") -> tuple[str, list[dict[str, str]]]:
    """Decode ``data``; return the text and warnings (as dicts for ``Warning``)."""
    warnings: list[dict[str, str]] = []
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), warnings
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                     (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(enc, errors="replace"), warnings
    # UTF-16 without BOM: every other byte is NUL for ASCII-heavy text; CJK shows as no UTF-8 validity.
    sample = data[:4000]
    if len(sample) >= 4:
        even_nul = sample[0::2].count(0) / max(1, len(sample[0::2]))
        odd_nul = sample[1::2].count(0) / max(1, len(sample[1::2]))
        if odd_nul > 0.3 and even_nul < 0.05:
            return data.decode("utf-16-le", errors="replace"), warnings
        if even_nul > 0.3 and odd_nul < 0.05:
            return data.decode("utf-16-be", errors="replace"), warnings
    if _is_binary(data):
        raise InputError("input looks binary, not text or HTML", source=name, code="E106")
    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError:
        pass
    declared_names = [declared, charset_from_content_type(content_type)]
    m = _META_CHARSET.search(data[:4096])
    if m:
        declared_names.append(m.group(1).decode("ascii", "ignore"))
    for cand in declared_names:
        enc = _norm_charset(cand)
        if not enc or enc == "utf-8":
            continue
        try:
            return data.decode(enc), warnings
        except UnicodeDecodeError:
            warnings.append({"code": "W101", "stage": "ingest", "message": f"declared charset {cand} does not fit the bytes"})
    if any(_norm_charset(c) == "utf-8" for c in declared_names if c):
        warnings.append({"code": "W101", "stage": "ingest", "message": "declared charset utf-8 does not fit the bytes"})
    # Undeclared or wrong: try the CJK legacy encodings, keep the most plausible.
    best: tuple[float, str, str] | None = None
    for enc in ("cp950", "big5hkscs", "gb18030", "utf-16-le", "cp1252"):
        try:
            txt = data.decode(enc)
            strict = True
        except UnicodeDecodeError:
            txt = data.decode(enc, errors="replace")
            strict = False
        score = _cjk_score(txt) - (0 if strict else 0.05) - txt.count("\ufffd") / max(1, len(txt))
        # Big5 text decoded as GB18030 gives rare characters; prefer the encoding with more common Han.
        score += _common_han_bonus(txt)
        if best is None or score > best[0]:
            best = (score, enc, txt)
    assert best is not None
    warnings.append({"code": "W102", "stage": "ingest", "message": f"charset guessed as {best[1]}"})
    return best[2], warnings


_COMMON = frozenset("的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產種面而方後多定行學法所民得經十三之進著等部度家電力裡如水化高自二理起小物現實加量都兩體制機當使點從業本去把性好應開它合還因由其些然前外天政四日那社義事平形相全表間樣與關各重新線內數正心反你明看原又麼利比或但質氣第向道命此變條只沒結解問意建月公無系軍很情者最立代想已通並提直題黨程展五果料象員革位入常文總次品式活設及管特件長求老頭基資邊流路級少圖山統接知較將組見計別她手角期根論運農指几九區強放決西被幹做必戰先回則任取據處府研質信市場这个们为时来说对会过还发经进")


def _common_han_bonus(text: str) -> float:
    han = [ch for ch in text[:5000] if "\u4e00" <= ch <= "\u9fff"]
    if not han:
        return 0.0
    return 0.5 * sum(ch in _COMMON for ch in han) / len(han)
