"""Ingest: bytes or str in, main text + metadata + tables out (HTML or plain text, sniffed)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from ..document import Meta, Table
from ..errors import InputError

# What normalization removes or turns into white space (controls, zero-width marks, a literal &nbsp):
# a text made only of these has no article in it, however long it is.
_INVISIBLE = r"[\s\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f]*+"
_BLANK = re.compile(rf"{_INVISIBLE}(?:&nbsp;?{_INVISIBLE})*+")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass
class IngestResult:
    """What ingest hands to the pipeline: main text (one paragraph per line), metadata, tables."""

    text: str
    meta: Meta = field(default_factory=Meta)
    tables: list[Table] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    is_html: bool = False


def ingest(
    source: str | bytes | Path,
    *,
    url: str | None = None,
    content_type: str | None = None,
    charset: str | None = None,
    max_bytes: int | None = None,
    name: str | None = None,
) -> IngestResult:
    """Read ``source`` (HTML or text, str/bytes/path) into an IngestResult.

    Raises :class:`InputError` naming the input for empty, binary, oversized or article-less input.
    """
    from ..limits import DEFAULT_MAX_BYTES, read_limited
    from .decode import decode_bytes, looks_like_html
    from .html import parse_html
    from .text import parse_text

    label = name or "<input>"
    path = None
    if isinstance(source, Path):
        path = str(source)
        label = name or path
        # .gz/.bz2/.xz files are decompressed, and both sizes are capped (a missing --max-bytes still
        # caps the decompressed size at the default: no decompression bombs).
        source = read_limited(source, DEFAULT_MAX_BYTES if max_bytes is None else max_bytes, name=label)
    if isinstance(source, bytes | bytearray):
        if max_bytes is not None and len(source) > max_bytes:
            raise InputError(f"input is {len(source)} bytes, over the limit of {max_bytes} (--max-bytes)",
                             source=label, code="E103")
        text, warnings = decode_bytes(bytes(source), declared=charset, content_type=content_type, name=label)
    elif isinstance(source, str):
        # --max-bytes counts UTF-8 bytes; encode only when the characters alone cannot settle it.
        if max_bytes is not None and len(source) * 4 > max_bytes:
            size = len(source) if len(source) > max_bytes else len(source.encode("utf-8", "surrogatepass"))
            if size > max_bytes:
                raise InputError(f"input is over {max_bytes} bytes in UTF-8, the limit (--max-bytes)",
                                 source=label, code="E103")
        text, warnings = source, []
    else:
        raise InputError(f"cannot read input of type {type(source).__name__}", source=label, code="E102")
    if _BLANK.fullmatch(text):
        raise InputError("input is empty (only white space or control characters)", source=label, code="E104")
    is_html = (content_type or "").lower().startswith(("text/html", "application/xhtml")) or looks_like_html(text)
    result = parse_html(text, url=url, name=label) if is_html else parse_text(text, url=url, name=label)
    result.warnings[:0] = warnings
    if path and not result.meta.path:
        result.meta = replace(result.meta, path=path)
    result.meta = _clean_meta(result.meta)
    if _BLANK.fullmatch(result.text):
        raise InputError("no article text found in the page", source=label, code="E105")
    return result


def _clean_meta(meta: Meta) -> Meta:
    """Lone surrogates in the title, author, ... become U+FFFD (as the body's do in normalization), so an
    Article can always be written as UTF-8."""
    changed = {}
    for f in fields(meta):
        value = getattr(meta, f.name)
        if isinstance(value, str) and _SURROGATE.search(value):
            changed[f.name] = _SURROGATE.sub("\ufffd", value)
        elif isinstance(value, tuple | list) and any(isinstance(v, str) and _SURROGATE.search(v) for v in value):
            changed[f.name] = type(value)(_SURROGATE.sub("\ufffd", v) if isinstance(v, str) else v for v in value)
    return replace(meta, **changed) if changed else meta
