"""Ingest: bytes or str in, main text + metadata + tables out (HTML or plain text, sniffed)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..document import Meta, Table
from ..errors import InputError


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
    from .decode import decode_bytes, looks_like_html
    from .html import parse_html
    from .text import parse_text

    label = name or "<input>"
    path = None
    if isinstance(source, Path):
        path = str(source)
        label = name or path
        try:
            size = source.stat().st_size
            if max_bytes is not None and size > max_bytes:
                raise InputError(f"input is {size} bytes, over the limit of {max_bytes} (--max-bytes)",
                                 source=label, code="E103")
            source = source.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot read file: {exc.strerror or exc}", source=label, code="E101") from exc
    if isinstance(source, bytes | bytearray):
        if max_bytes is not None and len(source) > max_bytes:
            raise InputError(f"input is {len(source)} bytes, over the limit of {max_bytes} (--max-bytes)",
                             source=label, code="E103")
        text, warnings = decode_bytes(bytes(source), declared=charset, content_type=content_type, name=label)
    elif isinstance(source, str):
        if max_bytes is not None and len(source) > max_bytes:
            raise InputError(f"input is {len(source)} characters, over the limit of {max_bytes} (--max-bytes)",
                             source=label, code="E103")
        text, warnings = source, []
    else:
        raise InputError(f"cannot read input of type {type(source).__name__}", source=label, code="E102")
    if not text.strip():
        raise InputError("input is empty", source=label, code="E104")
    is_html = (content_type or "").lower().startswith(("text/html", "application/xhtml")) or looks_like_html(text)
    result = parse_html(text, url=url, name=label) if is_html else parse_text(text, url=url, name=label)
    result.warnings[:0] = warnings
    if path and not result.meta.path:
        from dataclasses import replace

        result.meta = replace(result.meta, path=path)
    if not result.text.strip():
        raise InputError("no article text found in the page", source=label, code="E105")
    return result
