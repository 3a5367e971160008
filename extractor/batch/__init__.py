"""Batch runs over news archives: directories, globs, JSON Lines (.gz), WARC (.gz), stdin.

    from extractor.batch import run_batch
    result = run_batch(["archive.warc.gz", "pages/"], "out.jsonl", jobs=2, resume=True)

Modules: ``readers`` (inputs -> Tasks), ``work`` (one Task -> one result, also used by Spark),
``runner`` (forked worker pool, ordered output), ``resume``, ``progress``, ``job`` (the whole run).
"""

from __future__ import annotations

from .job import BatchResult, default_errors_path, run_batch, summary
from .records import Task

__all__ = ["BatchResult", "Task", "default_errors_path", "run_batch", "summary"]
