"""How the package uses Python's cyclic garbage collector: held off where it only walks objects that live on.

Loading the dictionaries (lexicons, the claim weights, jieba's trie) and importing pydantic with the output
models allocate a few hundred thousand objects of which almost none is garbage. The collector, triggered every
700 allocations, walks them again and again, and once more when the interpreter exits: ~0.08 s of a 0.4 s
one-page ``extractor extract`` (measured with ``gc.callbacks``; ``benchmarks/bench_coldstart.py``).
Reference counting still frees everything that is not in a cycle.

- :func:`one_shot`: the one-page command, when the command line owns the process (:func:`own_process`, called
  by ``extractor``'s ``main``): no cyclic collection until the process exits, and what is alive then is frozen,
  so the interpreter's last collection does not walk it. Called in-process (click's ``CliRunner``, a test), the
  command leaves the caller's collector alone.
- :func:`paused`: no collection inside a block of loading (``Pipeline.warm_up``); the caller's setting after.
- :func:`frozen`: what the ``gc`` documentation advises before forking workers: objects loaded before the fork
  move to the permanent generation, so the workers' collections neither walk them nor write to their pages
  (which would copy the shared pages into every worker). Unfrozen after the block.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_OWNED = False  # set by the command line's main(): this process runs one command and exits


def own_process() -> None:
    """Declare that this process is the ``extractor`` command (not a program that imports the package)."""
    global _OWNED
    _OWNED = True


@contextmanager
def one_shot() -> Iterator[None]:
    """One document, then the process exits: no cyclic collection in the block nor after it (only when the
    command line owns the process)."""
    if not _OWNED:
        yield
        return
    gc.disable()
    yield
    gc.freeze()  # the interpreter's collection at exit skips the permanent generation


@contextmanager
def paused() -> Iterator[None]:
    """No automatic collection inside the block; the collector's earlier state afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def frozen() -> Iterator[None]:
    """Everything alive at entry is left out of collections inside the block (``gc.freeze``); the block's own
    garbage is collected as usual. Unfrozen afterwards, so nothing of the caller's stays uncollectable."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
