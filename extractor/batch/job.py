"""One batch run end to end: inputs -> workers -> OUT.jsonl + errors file (+ claims database).

    result = run_batch(["archive.warc.gz"], "out.jsonl", jobs=2, resume=True)
    result.exit_code   # 0 all ok, 1 some failed, 3 all failed, 130 interrupted

The CLI (``extractor batch``) is a thin wrapper around :func:`run_batch`.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from ..errors import ConfigError
from ..export.jsonl import JsonlWriter
from ..gcpause import frozen, paused
from .progress import Progress
from .readers import count_records, expand, iter_tasks
from .records import Task
from .resume import prepare_resume
from .runner import Runner, RunStats, default_jobs
from .safety import EXIT_PIPE_CLOSED, WriteFailed, make_parent, refuse_overlap, write_failed
from .work import Result, process

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_ALL_FAILED, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
DB_BATCH = 500  # articles per database transaction


@dataclass
class BatchResult:
    stats: RunStats
    out: str
    errors: str
    exit_code: int
    notes: list[str]
    db_counts: dict[str, int] | None = None


def default_errors_path(out: str) -> str:
    """OUT.jsonl -> OUT.errors.jsonl, beside the output (stdout output: ./errors.jsonl)."""
    if out == "-":
        return "errors.jsonl"
    p = Path(out)
    stem = p.name[: -len(p.suffix)] if p.suffix else p.name
    return str(p.with_name(stem + ".errors.jsonl"))


def _check_writable(path: str, what: str) -> None:
    try:
        from ..limits import check_writable
    except ImportError:  # pragma: no cover - limits.py is part of the package
        return
    check_writable(path, what=what)


class _DbSink:
    """Loads written Articles into the claims database in batches (one transaction per batch)."""

    def __init__(self, url: str):
        try:
            from ..store import open_store  # type: ignore[attr-defined]
        except ImportError as exc:
            raise ConfigError(f"--db needs the claims database module (extractor.store): {exc}",
                              code="E211") from exc
        from ..errors import StoreError

        self.url = url
        try:
            self.store = open_store(url)
        except StoreError as exc:  # a wrong --db is a usage error: say so before any work starts
            raise ConfigError(f"--db {url}: {exc.message}", code="E211") from exc
        self.buffer: list[Any] = []
        self.counts: dict[str, int] = {}

    def add(self, line: str) -> None:
        from ..model import Article

        self.buffer.append(Article.model_validate_json(line))
        if len(self.buffer) >= DB_BATCH:
            self.flush()

    def flush(self) -> None:
        if self.buffer:
            got = self.store.load_articles(self.buffer)
            for k, v in got.as_dict().items():
                self.counts[k] = self.counts.get(k, 0) + v
            self.buffer = []

    def load_existing(self, out: str) -> None:
        """With --resume: the earlier run may have died before loading its last batch; loading is
        idempotent, so load everything already in the output again (unchanged rows cost no writes)."""
        with open(out, encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    self.add(line)
        self.flush()

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self.store.close()


# Pipeline.warm_up() runs one short text that is detected as English, so the Chinese-only paths (jieba,
# its glossary words, OpenCC converters) would load lazily in every worker after the fork: ~1 s each and
# no copy-on-write sharing. One article per script loads everything once, in the parent.
_WARM_TEXTS = (
    "台積電第三季營收達新台幣7,596億元，年增36%。分析師王大明表示：「人工智慧(AI)需求仍然強勁。」",
    "英伟达第三季营收增长62%。分析师表示：「人工智能需求仍然强劲。」",
    '<html><head><title>Chip sales rise</title></head><body><article><p>Revenue rose 12% to $5.2 billion, '
    '"demand is strong," the chief executive said.</p><p>The company said that orders would grow, adding that '
    'prices could rise.</p></article></body></html>',
)


def warm_up(pipe: Any) -> None:
    """Load every dictionary and lazy import the stages use, before workers are forked."""
    with paused():  # long-lived objects only: no collection walks them while they are built
        pipe.warm_up()
        for i, text in enumerate(_WARM_TEXTS):
            try:
                pipe.run(text, doc_id=f"warm-up-{i}")
            except Exception:  # noqa: BLE001 - warming is an optimisation; a real failure shows on real records
                pass


def run_batch(
    paths: list[str],
    out: str,
    *,
    errors: str | None = None,
    jobs: int | None = None,
    resume: bool = False,
    quiet: bool = False,
    db: str | None = None,
    timeout: float | None = 120.0,
    max_bytes: int | None = None,
    pipeline: Any = None,
    stdin: BinaryIO | None = None,
    progress_stream: TextIO | None = None,
    show_progress: bool | None = None,
    follow_symlinks: bool = False,
) -> BatchResult:
    """Run the batch; raises ConfigError / readers.UsageError before any work when arguments are wrong."""
    paths = expand(paths, follow_symlinks)
    errors = errors or default_errors_path(out)
    refuse_overlap(paths, out, errors)  # before anything is opened for writing
    if out != "-":
        _check_writable(out, "output")
    if errors != "-":
        _check_writable(errors, "errors file")
    if resume and out == "-":
        raise ConfigError("--resume needs --out FILE (it reads what the earlier run wrote)", code="E212")
    if os.path.abspath(errors) == os.path.abspath(out) and out != "-":
        raise ConfigError(f"the errors file and the output are the same file: {out}", code="E212")

    from ..pipeline import DEFAULT_MAX_BYTES, Pipeline

    max_bytes = max_bytes or DEFAULT_MAX_BYTES
    notes: list[str] = []
    done: Counter[str] = Counter()
    if resume:
        done, cut, bad = prepare_resume(out)
        if cut:
            notes.append(f"cut a partial last line ({cut} bytes) from {out}")
        if bad:
            notes.append(f"{bad} line(s) of {out} are not whole Articles: moved to {out}.torn, their records "
                         "are run again")

    sink = _DbSink(db) if db else None  # opened first: a bad --db fails before any work
    if sink is not None and resume and os.path.exists(out):
        sink.load_existing(out)

    # Build and warm up before forking: workers share the loaded dictionaries copy-on-write.
    try:
        pipe = pipeline if pipeline is not None else Pipeline(max_bytes=max_bytes)
        warm_up(pipe)
    except BaseException:
        if sink is not None:
            sink.store.close()
        raise
    skip = frozenset(done)

    def work(task: Task, force: bool) -> Result:
        return process(task, pipe, skip=skip, force=force)

    stream = progress_stream or sys.stderr
    enabled = False if quiet else (show_progress if show_progress is not None else stream.isatty())
    total = count_records(paths) if enabled else None  # only worth counting when someone watches
    progress = Progress(total, enabled=enabled, stream=stream)
    make_parent(out)
    make_parent(errors)
    writer = JsonlWriter(out, append=resume)
    err_writer = JsonlWriter(errors, lazy=True) if errors != "-" else None
    counts = {"done": 0, "failed": 0, "skipped": 0}
    failing: list[tuple[str, str]] = []  # (path, what) of the write under way

    def emit(task: Task, result: Result) -> None:
        status, _, data = result
        counts["done"] += 1
        if status == "ok":
            failing.append((out, "output"))
            writer.write_line(data)
            failing.pop()
            if sink is not None:
                sink.add(data)
        elif status == "error":
            counts["failed"] += 1
            if err_writer is not None:
                failing.append((errors, "errors file"))
                err_writer.write_obj(data)
                failing.pop()
            else:
                stream.write(json.dumps(data, ensure_ascii=False) + "\n")
        else:
            counts["skipped"] += 1
        progress.update(counts["done"], counts["failed"], counts["skipped"])

    runner = Runner(work, jobs=default_jobs() if jobs is None else jobs, timeout=timeout, skip=done)
    failure: WriteFailed | None = None
    try:
        read_counts: Counter[str] = Counter()
        # The warmed-up dictionaries leave the collector's generations before the workers fork (see gcpause).
        with frozen():
            stats = runner.run(iter_tasks(paths, max_bytes=max_bytes, stdin=stdin, counts=read_counts,
                                              follow_symlinks=follow_symlinks), emit)
    except OSError as exc:
        where, what = failing[-1] if failing else (out, "output")
        failure = write_failed(exc, where, what)
    finally:
        progress.close(counts["done"], counts["failed"], counts["skipped"])
        for w, what in ((writer, "output"), (err_writer, "errors file")):
            if w is None:
                continue
            try:
                w.close()
            except OSError as exc:
                failure = failure or write_failed(exc, w.path, what)
        if sink is not None:
            sink.close()
    if failure is not None:
        if out == "-" and failure.exit_code == EXIT_PIPE_CLOSED:
            _silence_stdout()
        raise failure
    if err_writer is not None and err_writer.opened and stats.failed == 0 and os.path.getsize(errors) == 0:
        os.unlink(errors)  # no failures: leave no empty file behind (nor a stale one)
    if err_writer is not None and not err_writer.opened and os.path.exists(errors):
        os.unlink(errors)  # a stale errors file of an earlier run
    if stats.interrupted:
        code = EXIT_INTERRUPTED
    elif stats.failed and not stats.ok and not stats.skipped:
        code = EXIT_ALL_FAILED
    elif stats.failed:
        code = EXIT_SOME_FAILED
    else:
        code = EXIT_OK
    if read_counts["not_pages"]:
        notes.append(f"passed over {read_counts['not_pages']:,} WARC record(s) that are not HTML responses "
                     "(requests, metadata, images, scripts)")
    if stats.done == 0 and not stats.interrupted:
        notes.append("the inputs held no records")
    return BatchResult(stats, out, errors, code, notes, sink.counts if sink is not None else None)


def _silence_stdout() -> None:
    """After the reader closed stdout, point it at /dev/null so the interpreter's final flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def summary(result: BatchResult) -> str:
    s = result.stats
    rate = (s.ok + s.failed) / s.elapsed if s.elapsed > 0 else 0.0
    parts = [f"{s.ok:,} written to {'stdout' if result.out == '-' else result.out}"]
    if s.failed:
        parts.append(f"{s.failed:,} failed (see {result.errors})")
    if s.skipped:
        parts.append(f"{s.skipped:,} already done (skipped)")
    line = f"extractor batch: {', '.join(parts)} in {s.elapsed:.1f}s ({rate:,.1f} rec/s"
    if s.worker_rss_mib:
        line += f", worker peak RSS {max(s.worker_rss_mib):.0f} MiB"
    line += ")"
    if result.db_counts is not None:
        line += "\ndatabase: " + ", ".join(f"{v:,} {k}" for k, v in result.db_counts.items())
    if s.interrupted:
        line += "\ninterrupted: everything above is written; run again with --resume to finish"
    return "\n".join([line, *result.notes])
