"""Shared resource limits: bounded decompression, writable-output checks and a per-document time budget.

    data = read_limited(path, max_bytes)        # .gz/.bz2/.xz files are decompressed, at most max_bytes
    data = gunzip_limited(blob, max_bytes)      # InputError E107 past the limit (no zip bombs)
    check_writable("out/articles.jsonl")        # ConfigError E210 before any work starts
    with time_budget(5.0, source="doc-1"):      # InputError E150 when the block runs too long
        ...

Everything here raises :class:`InputError` (bad input) or :class:`ConfigError` (bad option or path)
with a message that names the input or path and the reason; nothing here returns ``None`` for failure.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

from .errors import ConfigError, InputError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_TIME_BUDGET = 30.0
_CHUNK = 64 * 1024

_GZIP_MAGIC = b"\x1f\x8b"
_BZ2_MAGIC = b"BZh"
_XZ_MAGIC = b"\xfd7zXZ\x00"


def compression_of(data: bytes, name: str = "") -> str | None:
    """``"gzip"``, ``"bz2"``, ``"xz"`` or ``None``, judged by the magic bytes (then by the file name)."""
    if data.startswith(_GZIP_MAGIC):
        return "gzip"
    if data.startswith(_BZ2_MAGIC) and len(data) > 3 and data[3:4].isdigit():
        return "bz2"
    if data.startswith(_XZ_MAGIC):
        return "xz"
    return None


def _too_big(label: str, max_bytes: int) -> InputError:
    return InputError(f"decompressed input is over the limit of {max_bytes} bytes (--max-bytes); "
                      "refusing a possible decompression bomb", source=label, code="E107")


def _corrupt(label: str, kind: str, exc: BaseException) -> InputError:
    return InputError(f"corrupt {kind} data: {exc}", source=label, code="E108")


def gunzip_limited(data: bytes, max_bytes: int, *, name: str = "<input>") -> bytes:
    """Decompress gzip (or zlib) ``data``, stopping with InputError E107 past ``max_bytes`` output bytes.

    Concatenated gzip members are all decompressed (as ``gzip.decompress`` does); trailing NUL
    padding is ignored. Memory use stays below ``max_bytes`` plus one chunk whatever the ratio.
    """
    out = bytearray()
    rest = bytes(data)
    first = True
    while rest:
        if not first and not rest.strip(b"\x00"):
            break
        wbits = 31 if rest.startswith(_GZIP_MAGIC) else (15 if first else 0)
        if not wbits:
            raise _corrupt(name, "gzip", ValueError("trailing garbage after the compressed data"))
        first = False
        d = zlib.decompressobj(wbits)
        try:
            buf = rest
            while buf:
                out += d.decompress(buf, max(1, max_bytes + 1 - len(out)))
                if len(out) > max_bytes:
                    raise _too_big(name, max_bytes)
                buf = d.unconsumed_tail
            while not d.eof:
                chunk = d.decompress(b"", max(1, max_bytes + 1 - len(out)))
                if not chunk:
                    break
                out += chunk
                if len(out) > max_bytes:
                    raise _too_big(name, max_bytes)
            out += d.flush()
        except zlib.error as exc:
            raise _corrupt(name, "gzip", exc) from exc
        if len(out) > max_bytes:
            raise _too_big(name, max_bytes)
        if not d.eof:
            raise _corrupt(name, "gzip", ValueError("compressed data ends early (truncated file)"))
        rest = d.unused_data
    return bytes(out)


def _stream_limited(decomp, data: bytes, max_bytes: int, name: str, kind: str) -> bytes:  # type: ignore[no-untyped-def]
    import lzma

    out = bytearray()
    try:
        buf = data
        while True:
            chunk = decomp.decompress(buf, max_bytes + 1 - len(out))
            out += chunk
            if len(out) > max_bytes:
                raise _too_big(name, max_bytes)
            buf = b""
            if decomp.eof or (not chunk and decomp.needs_input):
                break
    except (OSError, EOFError, lzma.LZMAError, ValueError) as exc:
        raise _corrupt(name, kind, exc) from exc
    if not decomp.eof:
        raise _corrupt(name, kind, ValueError("compressed data ends early (truncated file)"))
    return bytes(out)


def decompress_limited(data: bytes, max_bytes: int, *, name: str = "<input>") -> bytes:
    """Decompress gzip/bz2/xz ``data`` (by magic bytes) to at most ``max_bytes``; plain data is returned as is."""
    kind = compression_of(data)
    if kind == "gzip":
        return gunzip_limited(data, max_bytes, name=name)
    # bz2, lzma and tempfile are imported where used: ~4 ms of every start, for inputs few runs see
    if kind == "bz2":
        import bz2

        return _stream_limited(bz2.BZ2Decompressor(), data, max_bytes, name, kind)
    if kind == "xz":
        import lzma

        return _stream_limited(lzma.LZMADecompressor(), data, max_bytes, name, kind)
    return data


def read_limited(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES, *,
                 name: str | None = None) -> bytes:
    """Read a file, decompressing .gz/.bz2/.xz content, and refuse more than ``max_bytes`` either way.

    The compressed file itself is also capped at ``max_bytes`` (a compressed input never needs more).
    Raises InputError E101 (unreadable), E103 (too large), E107 (decompressed too large), E108 (corrupt);
    errors name ``name`` (default: the path).
    """
    label = name or str(path)
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", source=label, code="E101") from exc
    if compression_of(data):
        if len(data) > max_bytes:
            raise InputError(f"compressed input is over the limit of {max_bytes} bytes (--max-bytes)",
                             source=label, code="E103")
        return decompress_limited(data, max_bytes, name=label)
    if len(data) > max_bytes:
        raise InputError(f"input is over the limit of {max_bytes} bytes (--max-bytes)", source=label, code="E103")
    return data


open_limited = read_limited


def _probe_dir(directory: Path) -> str | None:
    """Why files cannot be created in ``directory`` (None if they can), by creating and removing one."""
    import tempfile

    try:
        fd, tmp = tempfile.mkstemp(prefix=".extractor-probe-", dir=directory)
    except OSError as exc:
        return exc.strerror or str(exc)
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(tmp)
    return None


def check_writable(path: str | os.PathLike[str], *, what: str = "output") -> Path:
    """Fail early, with ConfigError E210, when ``path`` cannot be created or written.

    The parent directory must exist (or be creatable under an existing ancestor), be a directory and
    accept a new file (probed with a temporary file, so it also holds for root and read-only mounts);
    an existing ``path`` must be a regular file that opens for appending (its content is not touched).
    ``-`` (stdout) is always accepted. Returns the Path.
    """
    p = Path(path)
    if str(path) == "-":
        return p

    def fail(reason: str) -> ConfigError:
        return ConfigError(f"cannot write {what} {str(path)!r}: {reason}", source=str(path), code="E210")

    if p.exists():
        if p.is_dir():
            raise fail("it is a directory")
        try:
            with open(p, "ab"):
                pass
        except OSError as exc:
            raise fail(exc.strerror or str(exc)) from exc
        return p
    ancestor = p.parent if str(p.parent) else Path(".")
    while not ancestor.exists() and not ancestor.is_symlink():
        if ancestor.parent == ancestor:
            break
        ancestor = ancestor.parent
    if not ancestor.is_dir():
        raise fail(f"{str(ancestor)!r} is not a directory")
    reason = _probe_dir(ancestor)
    if reason:
        raise fail(f"directory {str(ancestor)!r} is not writable ({reason})")
    return p


def check_writable_dir(path: str | os.PathLike[str], *, what: str = "output directory") -> Path:
    """Like :func:`check_writable` for a directory that will be created if missing."""
    p = Path(path)

    def fail(reason: str) -> ConfigError:
        return ConfigError(f"cannot write {what} {str(path)!r}: {reason}", source=str(path), code="E210")

    if p.exists():
        if not p.is_dir():
            raise fail("it is a file, not a directory")
        if not os.access(p, os.W_OK | os.X_OK):
            raise fail("permission denied")
        return p
    check_writable(p, what=what)
    return p


class _BudgetExceeded(BaseException):
    """Raised by the timer signal handler; BaseException so stages' ``except Exception`` cannot swallow it."""


def _can_use_signals() -> bool:
    return (hasattr(signal, "setitimer") and hasattr(signal, "SIGPROF")
            and threading.current_thread() is threading.main_thread()
            and signal.getsignal(signal.SIGPROF) in (signal.SIG_DFL, signal.SIG_IGN))


@contextlib.contextmanager
def time_budget(seconds: float | None, *, source: str | None = None,
                where: Callable[[], str | None] | None = None) -> Iterator[None]:
    """Raise InputError E150 if the block uses more than ``seconds`` of CPU time (None or <= 0: no limit).

    The budget is CPU time, not wall time: it bounds the work an input costs, so whether a document
    completes does not depend on how loaded the machine is (a wall-clock budget made the same input
    fail on a busy machine and pass on an idle one, and output must not depend on that).

    ``where()``, when given, names what was running when the time ran out (the pipeline passes the
    current stage), so the message says where a long input got stuck.

    In the main thread on POSIX this arms ``signal.setitimer(ITIMER_PROF)`` (the process's CPU time), so
    even a regular expression stuck in C code is interrupted at its next bytecode boundary... which for
    ``re`` means when it returns; it interrupts pure-Python loops promptly. Elsewhere (worker threads,
    Windows, a caller that already uses SIGPROF, such as a sampling profiler) it does nothing here and the
    pipeline's between-stage checks (on the thread's CPU time) apply. Nested use keeps the outer timer
    untouched (the inner block is not armed).
    """
    if not seconds or seconds <= 0 or not _can_use_signals():
        yield
        return

    def on_alarm(signum, frame):  # type: ignore[no-untyped-def]
        raise _BudgetExceeded()

    previous = signal.signal(signal.SIGPROF, on_alarm)
    started = time.process_time()
    try:
        signal.setitimer(signal.ITIMER_PROF, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_PROF, 0)
    except _BudgetExceeded:
        stage = where() if where is not None else None
        raise InputError(f"time budget of {seconds:g}s of CPU exceeded after {time.process_time() - started:.1f}s"
                         + (f" in stage {stage!r}" if stage else ""), source=source, code="E150") from None
    finally:
        signal.signal(signal.SIGPROF, previous)


__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_TIME_BUDGET", "check_writable", "check_writable_dir", "compression_of",
           "decompress_limited", "gunzip_limited", "open_limited", "read_limited", "time_budget"]
