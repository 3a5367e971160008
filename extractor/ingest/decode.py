"""Decode bytes to text: BOMs, declared charsets (HTTP header or meta), and a survivable wrong declaration.

Order of evidence:

1. a BOM (UTF-8, UTF-32, UTF-16) wins;
2. UTF-16 without a BOM, recognised by its NUL-byte pattern (text with some ASCII in it);
3. strict UTF-8 (legacy CJK encodings are almost never valid UTF-8 by accident);
4. each declared charset (argument, HTTP ``Content-Type``, ``<meta charset>``), kept only if it decodes
   the bytes strictly *and* reads about as plausibly as the best guess: a page whose meta says UTF-8
   or GBK but whose bytes are Big5 is decoded as Big5, with warning W101;
5. a guess among Big5 (cp950, Big5-HKSCS), GB18030, UTF-16 LE/BE and cp1252, scored on a sample by
   how much of it is ordinary text and how common its Han characters are (Big5 bytes read as GB18030
   decode "cleanly" into rare characters; the common-character share tells them apart).

Input that decodes as nothing plausible (NUL- or control-heavy) is an InputError E106. Big5 has no
bullet, so encoders map U+2022 to U+2027; a ``‧`` that starts a line or list item and is followed by a
space is given back as ``•`` (a name separator, 比爾‧蓋茲, has no space).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache

from ..errors import InputError

_META_CHARSET = re.compile(rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]{1,40})""", re.I)
_HTML_HINT = re.compile(r"<(?:!doctype\s+html|html|head|body|p|div|article|meta|title|br|span|table|h1)\b", re.I)
_BIG5_BULLET = re.compile(r"(?<![^\s>])\u2027(?=[ \t\u3000])")  # a list marker, not 比爾‧蓋茲

_ALIASES = {"big5": "cp950", "big5-hkscs": "big5hkscs", "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030",
            "cp936": "gb18030", "utf8": "utf-8", "unicode": "utf-16", "ms950": "cp950", "x-big5": "cp950",
            "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}
_GUESSES = ("cp950", "big5hkscs", "gb18030", "utf-16-le", "utf-16-be", "cp1252")
_SAMPLE_BYTES = 64 * 1024
_MIN_PLAUSIBLE = 0.75  # below this share of ordinary text, the bytes are not text in any encoding we know
_DECLARED_SLACK = 0.03  # a declared charset may read this much worse than the best guess and still win


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


# The most frequent Han characters of Traditional and Simplified news text (about 60% of running text).
_COMMON_SEED = (
    "的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產種面而方後"
    "多定行學法所民得經十三之進著等部度家電力裡如水化高自二理起小物現實加量都兩體制機當使點從業本去把性好應開它合還"
    "因由其些然前外天政四日那社義事平形相全表間樣與關各重新線內數正心反你明看原又麼利比或但質氣第向道命此變條只沒結"
    "解問意建月公無系軍很情者最立代想已通並提直題黨程展五果料象員革位入常文總次品式活設及管特件長求老頭基資邊流路級"
    "少圖山統接知較將組見計別她手角期根論運農指几九區強放決西被幹做必戰先回則任取據處府研信市場億萬元美投示表指出報"
    "導稱認為預估營收成長率股價投資金融銀行科技公司企業產業經濟政策市值利潤風險晶片模型智慧能源台灣北京上海今年去"
)


@lru_cache(maxsize=1)
def _common_han() -> frozenset[str]:
    chars = set(_COMMON_SEED)
    try:  # add the other script's forms; OpenCC is a hard dependency, but decoding must not need it
        from ..normalize.script import to_simplified, to_taiwan

        chars |= set(to_simplified(_COMMON_SEED)) | set(to_taiwan(_COMMON_SEED))
    except Exception:  # pragma: no cover - only without OpenCC
        pass
    return frozenset(ch for ch in chars if _is_han(ch))


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _plausibility(text: str) -> float:
    """How much ``text`` reads like real text (about 1.0 for news, well under 0.75 for junk)."""
    if not text:
        return 0.0
    common = _common_han()
    good = 0.0
    han = hits = 0
    prev = "\n"
    n = len(text)
    for i, ch in enumerate(text):
        o = ord(ch)
        if o < 128:
            good += 1.0 if (32 <= o < 127 or ch in "\n\r\t") else -2.0  # control bytes: not text
        elif _is_han(ch):
            # A lone Han character wedged inside an ASCII word ("4:00蟵m") is a mis-decoded byte pair.
            nxt = text[i + 1] if i + 1 < n else " "
            if prev.isascii() and prev.isalnum() and nxt.isascii() and nxt.isalnum():
                good += 0.2
            else:
                han += 1
                hits += ch in common
        elif 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF or 0x2000 <= o <= 0x206F:
            good += 1.0  # CJK punctuation, full-width forms, general punctuation
        elif 0xA0 <= o <= 0x17F:
            # Latin-1 letters: one in an ASCII word is normal (café); runs of them are mis-decoded CJK.
            good += 0.8 if prev.isascii() else 0.2
        elif 0x2100 <= o <= 0x22FF or 0x3040 <= o <= 0x30FF or 0x2460 <= o <= 0x25FF:
            good += 0.8  # symbols, kana, circled numbers and boxes
        else:
            cat = unicodedata.category(ch)
            good += 0.0 if cat[0] in "CZ" or ch == "\ufffd" else 0.3
        prev = ch
    if han:
        # Real Chinese has about half its Han characters in the common set; mis-decoded bytes almost none.
        share = (hits + 1) / (han + 2)
        good += han * min(1.0, share / 0.35)
    return max(0.0, good) / len(text)


def _utf16_by_nuls(sample: bytes) -> str | None:
    if len(sample) < 4:
        return None
    even_nul = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd_nul = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd_nul > 0.2 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.2 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _decode_sample(data: bytes, enc: str) -> tuple[str, bool]:
    """Decode the first bytes of ``data``; return the text and whether it decoded strictly."""
    sample = data[:_SAMPLE_BYTES]
    cut = len(sample) < len(data)
    try:
        return sample.decode(enc), True
    except UnicodeDecodeError as exc:
        if cut and exc.start >= len(sample) - 4:  # only the last, cut-off character failed
            return sample[: exc.start].decode(enc, errors="replace"), True
        return sample.decode(enc, errors="replace"), False


def _score(data: bytes, enc: str) -> float:
    text, strict = _decode_sample(data, enc)
    return _plausibility(text) - (0.0 if strict else 0.1)


def _full_decode(data: bytes, enc: str, warnings: list[dict[str, str]]) -> str:
    try:
        text = data.decode(enc)
    except UnicodeDecodeError as exc:
        warnings.append({"code": "W103", "stage": "ingest",
                         "message": f"bytes at {exc.start} do not decode as {enc}; replaced with U+FFFD"})
        text = data.decode(enc, errors="replace")
    if enc in ("cp950", "big5hkscs") and "\u2027" in text:
        text = _BIG5_BULLET.sub("\u2022", text)
    return text


def _warn(warnings: list[dict[str, str]], code: str, message: str) -> None:
    warnings.append({"code": code, "stage": "ingest", "message": message})


def decode_bytes(data: bytes, *, declared: str | None = None, content_type: str | None = None,
                 name: str = "<input>") -> tuple[str, list[dict[str, str]]]:
    """Decode ``data``; return the text and warnings (as dicts for ``Warning``).

    >>> decode_bytes("營收成長".encode("cp950"))[0]
    '營收成長'
    >>> decode_bytes("营收增长".encode("utf-16-le"))[0]
    '营收增长'
    """
    warnings: list[dict[str, str]] = []
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"),
                     (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                     (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            text = _full_decode(data[len(bom):], enc, warnings)
            if _control_share(text[:8192]) > 0.1:
                raise InputError(f"input looks binary, not text or HTML (a {enc} BOM, then control bytes)",
                                 source=name, code="E106")
            return text, warnings
    enc16 = _utf16_by_nuls(data[:4096])
    if enc16 and _score(data, enc16) >= _MIN_PLAUSIBLE:
        return _full_decode(data, enc16, warnings), warnings
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        mostly = _mostly_utf8(data, exc.start, declared, content_type, warnings)
        if mostly is not None:
            return mostly, warnings
    else:
        if _control_share(text[:8192]) > 0.1:
            raise InputError("input looks binary, not text or HTML", source=name, code="E106")
        return text, warnings

    declared_names = [declared, charset_from_content_type(content_type)]
    m = _META_CHARSET.search(data[:4096])
    if m:
        declared_names.append(m.group(1).decode("ascii", "ignore"))
    declared_names = [c for c in declared_names if c]

    scores: dict[str, float] = {}
    for enc in _GUESSES:
        if enc.startswith("utf-16") and len(data) % 2:
            continue
        scores[enc] = _score(data, enc)
    best = max(scores, key=lambda e: scores[e])  # dict order breaks ties: Big5 before GB18030
    for cand in declared_names:
        enc = _norm_charset(cand)
        if enc == "utf-8":
            _warn(warnings, "W101", f"declared charset {cand} does not fit the bytes; decoded as {best}")
            continue
        if not enc:
            _warn(warnings, "W101", f"declared charset {cand!r} is unknown")
            continue
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            _warn(warnings, "W101", f"declared charset {cand} does not fit the bytes; decoded as {best}")
            continue
        score = scores.get(enc)
        if score is None:
            score = _score(data, enc)
        if score >= scores[best] - _DECLARED_SLACK and score >= _MIN_PLAUSIBLE:
            return _full_decode(data, enc, warnings), warnings
        _warn(warnings, "W101", f"declared charset {cand} reads as garbage; decoded as {best}")
    if scores[best] < _MIN_PLAUSIBLE:
        raise InputError("input looks binary, not text or HTML (no charset decodes it to readable text)",
                         source=name, code="E106")
    _warn(warnings, "W102", f"charset guessed as {best}")
    return _full_decode(data, best, warnings), warnings


_BAD_RUN = re.compile("[\udc80-\udcff]+")
_PASSAGE_GAP = re.compile(r"[^<>\s]{0,12}")  # valid-looking bytes between two damaged runs of one passage
_MISREAD_2BYTE = re.compile("[\u0080-\u07ff]+$")  # Big5/GBK pairs that happen to be valid 2-byte UTF-8
_PASSAGE_CODECS = ("cp950", "gb18030")
_MIN_PASSAGE = 4  # bytes: a damaged run this long may be a passage in another charset


def _mostly_utf8(data: bytes, first_bad: int, declared: str | None, content_type: str | None,
                 warnings: list[dict[str, str]]) -> str | None:
    """UTF-8 with damaged bytes (a stray byte, a passage in another charset, a record cut mid-character),
    judged on the whole picture: accepted when at most half of the non-ASCII bytes are bad and the page is
    declared UTF-8 or holds at least as many valid multi-byte bytes as bad ones, and it is not binary
    (NULs, control characters). A damaged passage that reads as Big5 or GB18030 is decoded so; other
    damaged bytes become U+FFFD. The warning says how many bytes, where, and what was done."""
    text = data.decode("utf-8", errors="surrogateescape")
    runs = list(_BAD_RUN.finditer(text))
    bad = sum(m.end() - m.start() for m in runs)
    nonascii = sum(1 for _ in re.finditer(rb"[\x80-\xff]", data))
    says_utf8 = any(_norm_charset(c) == "utf-8" for c in (declared, charset_from_content_type(content_type)) if c)
    if not says_utf8:
        m = _META_CHARSET.search(data[:4096])
        says_utf8 = bool(m and _norm_charset(m.group(1).decode("ascii", "ignore")) == "utf-8")
    if not runs or 2 * bad > nonascii or (not says_utf8 and nonascii - bad < bad):
        return None
    if _looks_binary(data, text):
        return None
    out: list[str] = []
    pos = 0
    recovered: dict[str, int] = {}
    replaced = 0
    for start, end in _passages(text, runs):
        chunk = text[start:end].encode("utf-8", "surrogateescape")
        enc, decoded = _read_passage(chunk)
        if enc:
            recovered[enc] = recovered.get(enc, 0) + len(chunk)
        else:
            replaced += sum(1 for ch in text[start:end] if "\udc80" <= ch <= "\udcff")
        out.append(text[pos:start])
        out.append(decoded)
        pos = end
    out.append(text[pos:])
    done = [f"{n} bytes read as {_codec_label(e)}" for e, n in recovered.items()]
    if replaced:
        done.append(f"{replaced} bytes replaced with U+FFFD")
    _warn(warnings, "W104", f"{len(runs)} damaged byte sequence(s) ({bad} bytes) do not decode as UTF-8 "
                            f"(first at byte {first_bad}); {'; '.join(done)}; the rest extracted")
    return "".join(out)


def _codec_label(enc: str) -> str:
    return {"cp950": "Big5", "gb18030": "GB18030"}.get(enc, enc)


def _passages(text: str, runs: list[re.Match[str]]) -> list[tuple[int, int]]:
    """Damaged runs merged into passages: runs separated by a few valid-looking characters (no markup,
    no space) belong together, and the passage takes in 2-byte characters just before it (Big5 pairs
    that happen to be valid UTF-8) and one ASCII byte after it (a trail byte)."""
    spans: list[list[int]] = []
    for m in runs:
        if spans and m.start() - spans[-1][1] <= 12 and _PASSAGE_GAP.fullmatch(text, spans[-1][1], m.start()):
            spans[-1][1] = m.end()
        else:
            spans.append([m.start(), m.end()])
    out = []
    for start, end in spans:
        lead = _MISREAD_2BYTE.search(text, max(0, start - 40), start)
        if lead:
            start = lead.start()
        if end < len(text) and "\x40" <= text[end] <= "\x7e":
            end += 1
        out.append((start, end))
    return out


def _read_passage(chunk: bytes) -> tuple[str | None, str]:
    """(codec, text) of a damaged passage: Big5 or GB18030 when it decodes cleanly and reads as text,
    else (None, the UTF-8 reading with U+FFFD)."""
    if len(chunk) >= _MIN_PASSAGE:
        best: tuple[float, str, str] | None = None
        for enc in _PASSAGE_CODECS:
            try:
                cand = chunk.decode(enc)
            except UnicodeDecodeError:
                continue
            score = _plausibility(cand)
            if score >= _MIN_PLAUSIBLE and (best is None or score > best[0]):
                best = (score, enc, cand)
        if best:
            return best[1], best[2]
    return None, chunk.decode("utf-8", errors="replace")


def _looks_binary(data: bytes, text: str) -> bool:
    """The whole picture, not the first bad byte: NULs or control characters spread through the input."""
    if data.count(b"\x00") > max(2, len(data) // 1000):
        return True
    ctrl = len(re.findall(r"[\x01-\x08\x0b\x0e-\x1f\x7f]", text))
    return ctrl > max(8, len(text) // 50)


def _control_share(text: str) -> float:
    if not text:
        return 0.0
    ctrl = sum(1 for ch in text if (ch < "\x20" and ch not in "\n\r\t\x0c") or ch == "\x7f")
    return ctrl / len(text)
