"""Compiled regular expressions kept on disk between runs of the command, as ``.pyc`` files keep bytecode.

Each ``extractor`` process compiles about 300 patterns (lexicon alternations, CJK character classes): some
70 ms of a 0.3 s one-page ``extractor extract``, because ``re`` keeps compiled patterns in memory only.
:func:`install` makes ``re`` remember what its compiler hands to ``_sre.compile`` (the opcode list and the
group tables) for each ``(pattern, flags)``; the next process rebuilds the same ``Pattern`` from that in
microseconds. The compiler's own arguments are recorded and replayed unchanged, so a cached pattern is the
pattern ``re`` would have built.

The rules are those of the bytecode cache: the file sits in the package's ``__pycache__`` (or under
``sys.pycache_prefix``); nothing is written when Python writes no bytecode (``PYTHONDONTWRITEBYTECODE``,
``-B``) or when ``EXTRACTOR_REGEX_CACHE=0``; the file is tied to this interpreter (version, ``_sre.MAGIC``,
``CODESIZE``) and a stale or damaged one is ignored and replaced. Only the command line installs it, never
``import extractor``: a library must not change ``re`` for the program that imports it.
"""

from __future__ import annotations

import _sre
import atexit
import marshal
import os
import re
import sys
import threading
from array import array
from typing import Any

_FORMAT = 1
STAMP = (_FORMAT, sys.hexversion, _sre.MAGIC, _sre.CODESIZE, sys.maxunicode)
MAX_ENTRIES = 4000  # the package compiles ~300; a cap keeps a runaway caller from growing the file
_compiler: Any = getattr(re, "_compiler", None)  # Python >= 3.11
# Opcode lists are stored as machine words: marshal reads 100,000 small ints in ~35 ms, their bytes in ~0.5 ms.
_CODE = next((t for t in "HIL" if array(t).itemsize == _sre.CODESIZE), None)


class _Recorder:
    """Stands in for ``_sre`` inside ``re._compiler``: forwards everything, remembers the last compile call."""

    def __init__(self) -> None:
        self.last: tuple[Any, ...] | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(_sre, name)

    def compile(self, *args: Any) -> Any:
        self.last = args
        return _sre.compile(*args)


class RegexCache:
    """The table ``(pattern, flags) -> _sre.compile arguments``, loaded from and saved to ``path``."""

    def __init__(self, path: str | None):
        self.path = path
        self.entries: dict[tuple[Any, int], tuple[Any, ...]] = self._load() if path else {}
        self.added = 0
        self.hits = 0
        self._lock = threading.Lock()
        self._recorder = _Recorder()
        self._orig = None

    def _load(self) -> dict[tuple[Any, int], tuple[Any, ...]]:
        assert self.path is not None
        try:
            with open(self.path, "rb") as fh:
                stamp, entries = marshal.loads(fh.read())  # one read: load(fh) reads object by object
        except (OSError, EOFError, ValueError, TypeError):  # missing, truncated or not ours: start afresh
            return {}
        return entries if stamp == STAMP and isinstance(entries, dict) else {}

    def compile(self, pattern: Any, flags: int = 0) -> Any:
        """``re._compiler.compile`` with the disk table in front of it."""
        orig = self._orig
        assert orig is not None
        if type(pattern) not in (str, bytes) or flags & (re.DEBUG | re.LOCALE):  # subclasses do not marshal
            return orig(pattern, flags)
        key = (pattern, int(flags))
        args = self.entries.get(key)
        if args is not None:
            self.hits += 1
            flags2, code, groups, groupindex, indexgroup = args
            return _sre.compile(pattern, flags2, array(_CODE, code).tolist(), groups, groupindex, indexgroup)
        with self._lock:
            self._recorder.last = None
            compiled = orig(pattern, flags)
            last = self._recorder.last
        if last is not None and len(last) == 6 and last[0] is pattern and len(self.entries) < MAX_ENTRIES:
            self.entries[key] = _plain(last[1:])
            self.added += 1
        return compiled

    def save(self) -> bool:
        """Write the table if this process added to it and Python may write caches; True when written."""
        if not self.path or not self.added or sys.dont_write_bytecode:
            return False
        tmp = f"{self.path}.{os.getpid()}.tmp"
        try:
            os.makedirs(os.path.dirname(self.path), exist_ok=True)
            with open(tmp, "wb") as fh:
                marshal.dump((STAMP, self.entries), fh)
            os.replace(tmp, self.path)  # readers see the old file or the new one, never half of one
        except (OSError, ValueError):  # a read-only install: run without the cache, as Python does without .pyc files
            try:
                os.unlink(tmp)
            except OSError:
                pass
            return False
        self.added = 0
        return True


def _plain(args: tuple[Any, ...]) -> tuple[Any, ...]:
    """The compile arguments in a form ``marshal`` takes (it refuses the int subclass ``re`` uses for
    opcodes) and reads fast: the opcode list as the bytes of an array of code words."""
    flags, code, groups, groupindex, indexgroup = args
    return (int(flags), array(_CODE, code).tobytes(), int(groups), {str(k): int(v) for k, v in groupindex.items()},
            tuple(indexgroup))


_ACTIVE: RegexCache | None = None


def default_path() -> str | None:
    """Where the table lives: next to this module's bytecode, one file per interpreter; None when disabled."""
    if os.environ.get("EXTRACTOR_REGEX_CACHE", "1") == "0" or _compiler is None:
        return None
    from importlib.util import cache_from_source

    try:
        pyc = cache_from_source(__file__)
    except NotImplementedError:  # no cache_tag: this interpreter has no bytecode cache either
        return None
    return os.path.join(os.path.dirname(pyc), f"regex.{sys.implementation.cache_tag}.marshal")


def install(path: str | None = None) -> RegexCache | None:
    """Put the cache in front of ``re``'s compiler for this process and save it at exit (idempotent)."""
    global _ACTIVE
    if _ACTIVE is not None:
        return _ACTIVE
    path = path or default_path()
    if path is None or _compiler is None or _CODE is None:
        return None
    cache = RegexCache(path)
    cache._orig = _compiler.compile
    _compiler._sre = cache._recorder
    _compiler.compile = cache.compile
    _ACTIVE = cache
    atexit.register(cache.save)
    return cache


def uninstall() -> None:
    """Give ``re`` its own compiler back (tests)."""
    global _ACTIVE
    if _ACTIVE is None:
        return
    _compiler.compile = _ACTIVE._orig
    _compiler._sre = _sre
    atexit.unregister(_ACTIVE.save)
    _ACTIVE = None
