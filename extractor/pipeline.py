"""The pipeline: an ordered list of registered stages from raw input to an ``Article``.

A stage is a pure function ``Document -> Document`` registered with what it ``requires`` and
``assigns``. ``Pipeline(...)`` checks at construction that every requirement is assigned by an
earlier stage and fails with ``ConfigError`` before any document runs (spaCy's pipe analysis).

    Pipeline()                      # every stage
    Pipeline(["metrics"])           # what metrics needs, and metrics
    pipe = Pipeline(); art = pipe.run(html_bytes, doc_id="x", url="https://...")
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .document import Document, Meta, OffsetMap, Span, Table, TableCell
from .errors import ConfigError, ExtractorError, InputError, StageError
from .model import Article, Source, TableCellOut, TableOut
from .model import Warning as WarningOut
from .version import __version__

StageFn = Callable[[Document], Document]


@dataclass(frozen=True)
class StageSpec:
    name: str
    fn: StageFn
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    version: int


REGISTRY: dict[str, StageSpec] = {}
DEFAULT_STAGES = ("normalize", "segment", "words", "terms", "metrics", "quotes", "claims")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_TIME_BUDGET = 30.0


def register(name: str, *, requires: Sequence[str] = (), assigns: Sequence[str] = (), version: int = 1):
    """Register a stage function under ``name``."""

    def deco(fn: StageFn) -> StageFn:
        REGISTRY[name] = StageSpec(name, fn, tuple(requires), tuple(assigns), version)
        return fn

    return deco


def _load_builtin_stages() -> None:
    # Importing the modules registers their stages.
    from . import stages  # noqa: F401


def _resolve(names: Sequence[str]) -> list[StageSpec]:
    _load_builtin_stages()
    unknown = [n for n in names if n not in REGISTRY]
    if unknown:
        raise ConfigError(f"unknown stage(s) {', '.join(unknown)}; known: {', '.join(REGISTRY)}", code="E201")
    # Pull in what each asked stage requires (in default order), so Pipeline(["metrics"]) works.
    wanted: set[str] = set(names)
    changed = True
    while changed:
        changed = False
        for n in list(wanted):
            for req in REGISTRY[n].requires:
                for s in REGISTRY.values():
                    if req in s.assigns and s.name not in wanted:
                        wanted.add(s.name)
                        changed = True
    order = [n for n in DEFAULT_STAGES if n in wanted] + [n for n in names if n not in DEFAULT_STAGES]
    specs = [REGISTRY[n] for n in order]
    have = {"text", "source_text", "meta", "tables"}
    for s in specs:
        missing = [r for r in s.requires if r not in have]
        if missing:
            raise ConfigError(f"stage {s.name!r} requires {missing}, which no earlier stage assigns", code="E202")
        have.update(s.assigns)
    return specs


class Pipeline:
    """A reusable pipeline: build once (dictionaries load once), run on many documents."""

    def __init__(
        self,
        stages: Sequence[str] | None = None,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        time_budget: float | None = DEFAULT_TIME_BUDGET,
        check_spans: bool = True,
    ):
        self.specs = _resolve(list(stages) if stages is not None else list(DEFAULT_STAGES))
        self.max_bytes = max_bytes
        self.time_budget = time_budget
        self.check_spans = check_spans

    @property
    def stage_names(self) -> list[str]:
        return [s.name for s in self.specs]

    def warm_up(self) -> None:
        """Load dictionaries and converters now, e.g. before forking workers."""
        self.run("暖機。Warm up said 1%.", doc_id="warm-up")

    def document(
        self,
        source: str | bytes | Path,
        *,
        doc_id: str | None = None,
        url: str | None = None,
        language: str | None = None,
        content_type: str | None = None,
        charset: str | None = None,
    ) -> Document:
        """Run every stage and return the final Document (with annotations)."""
        from .ingest import ingest

        name = doc_id or (str(source) if isinstance(source, Path) else None)
        raw = ingest(source, url=url, content_type=content_type, charset=charset, max_bytes=self.max_bytes,
                     name=name)
        if doc_id is None:
            doc_id = hashlib.sha1(raw.text.encode("utf-8")).hexdigest()[:16]
        doc = Document(
            doc_id=doc_id,
            text=raw.text,
            source_text=raw.text,
            offsets=OffsetMap.identity(len(raw.text)),
            language=language or "",
            meta=raw.meta,
            tables=tuple(raw.tables),
            warnings=tuple(raw.warnings),
        )
        started = time.monotonic()
        for spec in self.specs:
            if self.time_budget is not None and time.monotonic() - started > self.time_budget:
                raise InputError(f"time budget of {self.time_budget:g}s exceeded before stage {spec.name!r}",
                                 source=doc_id, code="E150")
            try:
                doc = spec.fn(doc)
            except ExtractorError:
                raise
            except RecursionError as exc:
                raise InputError("input nested too deeply to process", source=doc_id, code="E151") from exc
            except Exception as exc:  # a bug in a stage: name the stage and the document
                raise StageError(f"stage {spec.name!r} failed: {type(exc).__name__}: {exc}", stage=spec.name,
                                 doc_id=doc_id, source=doc_id) from exc
        return doc

    def run(self, source: str | bytes | Path, **kw: Any) -> Article:
        """Extract one Article from ``source`` (str, bytes or a path)."""
        doc = self.document(source, **kw)
        return self.to_article(doc)

    __call__ = run

    def to_article(self, doc: Document) -> Article:
        from .assemble import assemble

        art = assemble(doc, producers={s.name: s.version for s in self.specs})
        if self.check_spans:
            _check_spans(art)
        return art

    def run_many(self, items: Iterable[dict[str, Any]]) -> Iterable[Article | ExtractorError]:
        for it in items:
            try:
                yield self.run(it.get("html") or it.get("text") or "", doc_id=it.get("id"), url=it.get("url"))
            except ExtractorError as exc:
                yield exc


def _check_spans(art: Article) -> None:
    text = art.text
    for kind in ("metrics", "quotes", "claims"):
        for item in getattr(art, kind):
            s, e = item.span
            if text[s:e] != item.text:
                raise StageError(f"{kind} span {item.span} does not match its text {item.text!r}", stage=kind,
                                 doc_id=art.id, source=art.id)
    for t in art.terms:
        if t.span is not None and text[t.span[0] : t.span[1]] != t.text:
            raise StageError(f"term span {t.span} does not match {t.text!r}", stage="terms", doc_id=art.id,
                             source=art.id)


_DEFAULT: Pipeline | None = None


def extract(
    source: str | bytes | Path,
    *,
    doc_id: str | None = None,
    url: str | None = None,
    language: str | None = None,
) -> Article:
    """Extract one Article with the default pipeline (built on first use and kept).

    ``source`` is HTML or plain text as str or bytes, or a path to a file.
    """
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline()
    return _DEFAULT.run(source, doc_id=doc_id, url=url, language=language)


__all__ = ["Pipeline", "extract", "register", "REGISTRY", "Span", "Table", "TableCell", "Meta", "Source",
           "TableOut", "TableCellOut", "WarningOut"]
