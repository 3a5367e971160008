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
from collections.abc import Callable, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .document import Document, OffsetMap
from .errors import ConfigError, ExtractorError, InputError, StageError
from .limits import DEFAULT_MAX_BYTES, DEFAULT_TIME_BUDGET
from .model import Article

StageFn = Callable[[Document], Document]


@dataclass(frozen=True)
class StageSpec:
    name: str
    fn: StageFn
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    version: int


REGISTRY: dict[str, StageSpec] = {}
# The stage now running, for the time budget's message ("exceeded after 30.0s in stage 'quotes'").
_STAGE: ContextVar[str | None] = ContextVar("extractor_stage", default=None)
DEFAULT_STAGES = ("normalize", "segment", "words", "terms", "metrics", "quotes", "claims")
# Stages every other one builds on: a failure there fails the document. A failure in any other stage
# is contained (see _contain).
CORE_STAGES = frozenset({"normalize", "segment"})


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
    wanted: set[str] = set(names) | {"normalize"}  # every other stage reads the normalized text
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
        from .segment.words import warm_up as load_dictionaries

        load_dictionaries()
        # Tables no short text reaches (the speakers' frequent-word list is asked only about some phrases): loaded
        # here, before a batch forks its workers, rather than once in every worker (~70 ms each, not shared).
        from .extractors.speakers.zh_words import common_word

        common_word("例子")
        # Touch every lazy table: a gloss, a quote, a metric, a claim, in both languages.
        self.run("分析師認為，圖形處理單元(Graphics Processing Units,GPUs)的資本支出將成長12%。王大明表示：「需求強勁。」\n"
                 '"Demand is strong," analyst Jane Doe said, adding that revenue could rise 5% to $3 billion.',
                 doc_id="warm-up")

    def document(
        self,
        source: str | bytes | Path,
        *,
        doc_id: str | None = None,
        url: str | None = None,
        language: str | None = None,
        content_type: str | None = None,
        charset: str | None = None,
        record: Mapping[str, Any] | None = None,
    ) -> Document:
        """Run every stage and return the final Document (with annotations).

        ``record`` is the metadata of a JSON Lines record (title, published/date, url, site, authors,
        category): its fields win over what ingest finds in the page.
        """
        from .ingest import ingest
        from .limits import time_budget

        name = str(source) if isinstance(source, Path) else doc_id
        label = name or "<input>"
        started = time.thread_time()
        # The budget (CPU time) covers ingest and every stage: a SIGPROF timer where possible (main thread,
        # POSIX), and in any case a check of this thread's CPU time before each stage.
        with time_budget(self.time_budget, source=label, where=_STAGE.get):
            _STAGE.set("ingest")
            try:
                raw = ingest(source, url=url, content_type=content_type, charset=charset,
                             max_bytes=self.max_bytes, name=name)
            except ExtractorError:
                raise
            except Exception as exc:
                raise _wrap(exc, "ingest", label) from exc
            if record:
                from .ingest.record import record_meta

                raw.meta = record_meta(raw.meta, record)
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
            for spec in self.specs:
                if self.time_budget is not None and time.thread_time() - started > self.time_budget:
                    raise InputError(f"time budget of {self.time_budget:g}s exceeded before stage {spec.name!r}",
                                     source=doc_id, code="E150")
                _STAGE.set(spec.name)
                try:
                    doc = spec.fn(doc)
                except ExtractorError:
                    raise
                except Exception as exc:  # a bug in a stage: name the stage and the document
                    if spec.name in CORE_STAGES:
                        raise _wrap(exc, spec.name, doc_id) from exc
                    doc = _contain(doc, spec, exc)
            if self.time_budget is not None and time.thread_time() - started > self.time_budget:
                raise InputError(f"time budget of {self.time_budget:g}s exceeded by the last stage",
                                 source=doc_id, code="E150")
        return doc

    def run(self, source: str | bytes | Path, **kw: Any) -> Article:
        """Extract one Article from ``source`` (str, bytes or a path)."""
        from .limits import time_budget

        # One budget for the whole document, assembly included (the inner budget in document() is then a no-op).
        label = str(source) if isinstance(source, Path) else (kw.get("doc_id") or "<input>")
        token = _STAGE.set(None)
        try:
            with time_budget(self.time_budget, source=label, where=_STAGE.get):
                doc = self.document(source, **kw)
                _STAGE.set("assemble")
                return self.to_article(doc)
        finally:
            _STAGE.reset(token)

    __call__ = run

    def to_article(self, doc: Document) -> Article:
        from .assemble import assemble

        try:
            art = assemble(doc, producers={s.name: s.version for s in self.specs})
        except ExtractorError:
            raise
        except Exception as exc:
            raise _wrap(exc, "assemble", doc.doc_id) from exc
        if self.check_spans:
            _check_spans(art)
        return art

def _contain(doc: Document, spec: StageSpec, exc: Exception) -> Document:
    """A bug in one extractor costs only that extractor's items: its annotations are left empty and a
    W300 warning names the stage, so the Article (text, metadata, the other kinds) is still written."""
    for name in spec.assigns:
        doc = doc.evolve(tokens=()) if name == "tokens" else doc.annotate(name, ())
    message = f"stage {spec.name!r} failed and its items are missing: {type(exc).__name__}: {exc}"[:500]
    return doc.evolve(warnings=doc.warnings + ({"code": "W300", "stage": spec.name, "message": message},))


def _wrap(exc: Exception, stage: str, doc_id: str) -> ExtractorError:
    """Turn an unexpected exception into the error the caller should see."""
    if isinstance(exc, RecursionError):
        return InputError(f"input nested too deeply to process (in stage {stage!r})", source=doc_id, code="E151")
    if isinstance(exc, MemoryError):
        return InputError(f"input too large to process in memory (in stage {stage!r})", source=doc_id, code="E152")
    return StageError(f"stage {stage!r} failed: {type(exc).__name__}: {exc}", stage=stage, doc_id=doc_id,
                      source=doc_id)


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


__all__ = ["Pipeline", "extract", "register", "REGISTRY", "DEFAULT_STAGES", "DEFAULT_MAX_BYTES", "DEFAULT_TIME_BUDGET"]
