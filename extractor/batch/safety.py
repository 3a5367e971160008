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


EXIT_WRITE_FAILED = 4  # an output could not be written (disk full, I/O error); it ends on a whole line
EXIT_PIPE_CLOSED = 5  # stdout (--out -) was closed by its reader, e.g. `| head`


class WriteFailed(Exception):
    """Writing OUT or the errors file failed mid-run; ``exit_code`` says how (see README "Exit codes")."""

    def __init__(self, message: str, exit_code: int):
        super().__init__(message)
        self.exit_code = exit_code


def write_failed(exc: OSError, path: str, what: str) -> WriteFailed:
    import errno

    if isinstance(exc, BrokenPipeError) or exc.errno == errno.EPIPE:
        return WriteFailed(f"{what} {'stdout' if path == '-' else path}: the reader closed the pipe; "
                           "output stopped at a whole line", EXIT_PIPE_CLOSED)
    hint = "free some space, then run again with --resume" if exc.errno in (errno.ENOSPC, errno.EDQUOT) \
        else "fix the cause, then run again with --resume"
    return WriteFailed(f"cannot write {what} {path}: {exc.strerror or exc}; it ends on its last whole line; "
                       f"{hint}", EXIT_WRITE_FAILED)


def make_parent(path: str) -> None:
    """Create the missing folders of an output path (check_writable already said they can be made)."""
    if path != "-":
        parent = os.path.dirname(path)
        if parent:
            os.makedirs(parent, exist_ok=True)
