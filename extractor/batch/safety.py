"""Up-front checks that keep a batch run from destroying what the user gave it.

    refuse_overlap(paths, out, errors)   # ConfigError E213 when OUT or the errors file is an input

An output that is, or resolves to (symlink, ``./``, hard link), one of the inputs would be truncated
before it is read; this runs before any file is opened for writing.
"""

from __future__ import annotations

import os

from ..errors import ConfigError


def _same(a: str, b: str) -> bool:
    if os.path.realpath(a) == os.path.realpath(b):
        return True
    try:
        return os.path.samefile(a, b)  # hard links: same device and inode
    except OSError:
        return False


def refuse_overlap(paths: list[str], out: str, errors: str) -> None:
    """Raise ConfigError (exit 2) when OUT or the errors file is one of the input files."""
    inputs = [p for p in paths if p != "-" and not os.path.isdir(p)]
    for target, what, flag in ((out, "output", "--out"), (errors, "errors file", "--errors")):
        if target == "-":
            continue
        for p in inputs:
            if _same(target, p):
                raise ConfigError(f"{flag}: the {what} is the input {p}; writing it would destroy "
                                  "the input (choose another file)", source=target, code="E213")
