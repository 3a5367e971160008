"""The ``extractor`` command line. Thin: parse arguments, call the library, map errors.

Commands live in one module each (``cli/extract.py``, ``cli/batch.py``, ``cli/db.py``, ``cli/report.py``);
``cli/group.py`` builds the click group from them, on first use of ``cli``. :func:`main` first offers the arguments
to ``cli/fast.py``, which runs a plain ``extractor extract FILE [options]`` without click, and otherwise runs the
group. stdout carries data only; logs and progress go to stderr.
"""

from __future__ import annotations

import sys
from typing import Any


def __getattr__(name: str) -> Any:
    # The click group is built on first use: ``extractor extract FILE`` runs without click (see cli/fast.py).
    if name in ("cli", "Group", "CONTEXT"):
        from . import group

        return getattr(group, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    from ..gcpause import own_process
    from ..regex_cache import install

    install()  # the command's patterns come compiled from the last run (see regex_cache)
    own_process()  # a one-page command may then leave the cyclic collector off (see gcpause)
    from .fast import run_fast

    if run_fast(sys.argv[1:]):  # a plain one-page extract: done without importing click (~20 ms)
        return
    from .group import cli

    cli(prog_name="extractor")
