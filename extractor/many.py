"""Extract many articles in this process from any iterable: the library form of `extractor batch`.

For files, folders, WARC archives, parallel workers, resume and an errors file, use the batch runner
(:func:`extractor.batch.run_batch`, the `extractor batch` command); this is for records a program has
in hand (a database cursor, a crawler's queue).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Literal

from .errors import ExtractorError, InputError
from .model import Article
from .pipeline import Pipeline

Record = Mapping[str, Any] | tuple[str, str | bytes]


def extract_many(records: Iterable[Record], *, pipeline: Pipeline | None = None,
                 on_error: Literal["raise", "skip", "record"] = "record") -> Iterator[Article | ExtractorError]:
    """Yield one Article per record, in order.

    A record is ``(id, html_or_text)`` or a mapping like a JSON Lines record (``id``, ``html`` or ``text``,
    and optional ``url``, ``title``, ``published``, ``site``, ``authors``, ``category``, which win over
    what is found in the page). A record that fails raises (``on_error="raise"``), is left out (``"skip"``),
    or is yielded as its :class:`ExtractorError` (``"record"``, the default), so nothing is lost silently.
    """
    pipe = pipeline or Pipeline()
    for i, rec in enumerate(records):
        try:
            yield _one(pipe, rec, i)
        except ExtractorError as exc:
            if on_error == "raise":
                raise
            if on_error == "record":
                yield exc


def _one(pipe: Pipeline, rec: Record, i: int) -> Article:
    if isinstance(rec, tuple):
        doc_id, source = rec
        return pipe.run(source, doc_id=doc_id)
    if not isinstance(rec, Mapping):
        raise InputError(f"record {i} is a {type(rec).__name__}, not a mapping or (id, text) pair",
                         source=f"record {i}", code="E120")
    doc_id = rec.get("id")
    source = rec.get("html") if rec.get("html") is not None else rec.get("text")
    if not isinstance(source, str | bytes):
        raise InputError('record has no "html" or "text"', source=str(doc_id or f"record {i}"), code="E122")
    kw: dict[str, Any] = {"content_type": "text/plain"} if rec.get("html") is None else {}
    return pipe.run(source, doc_id=str(doc_id) if doc_id is not None else None, url=rec.get("url"),
                    record=rec, **kw)
