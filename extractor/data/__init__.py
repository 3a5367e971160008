"""The package's data files (lexicons, weights, tables), and :func:`load_json`, the fast way to read the JSON ones.

A one-page run reads about a dozen JSON files (the claim weights alone are 0.5 MB); ``json`` parses them in
~20 ms of a ~0.3 s start. :func:`load_json` keeps a ``marshal`` copy of each parsed file next to the package's
bytecode (``extractor/data/__pycache__/<name>.<cache tag>.marshal``), which later processes read instead: the same
dicts (in the same order), lists, strings, ints and floats (marshal stores floats bit for bit). It pays where json
is slow, on the claim weights' thousands of numbers (11 ms -> 3 ms); string-heavy files read about as fast either way.
The rules are the bytecode cache's: the copy is tied to the file's size and modification time, as a ``.pyc`` is
to its source; nothing is written when Python writes no bytecode (``PYTHONDONTWRITEBYTECODE``, ``-B``) or the
directory is read-only; a stale or damaged copy is ignored and replaced. A data file that is not a plain file
(a zipped install) is parsed as before. :func:`load_parsed` does the same for any file and parse function (the
OpenCC segmentation keys with their index: ~8 ms -> ~1 ms).
"""

from __future__ import annotations

import json
import marshal
import os
import sys
from collections.abc import Callable
from typing import Any

_FORMAT = 1
_DIR = os.path.dirname(os.path.abspath(__file__))


def _copy_path(name: str) -> str | None:
    from importlib.util import cache_from_source

    try:
        pyc = cache_from_source(os.path.join(_DIR, name))  # .../__pycache__/<name>.<tag>.pyc (or the prefix)
    except NotImplementedError:  # no cache tag: no bytecode cache either
        return None
    return os.path.join(os.path.dirname(pyc), f"{name}.{sys.implementation.cache_tag}.marshal")


def load_json(name: str) -> Any:
    """The parsed content of ``extractor/data/<name>`` (what ``json.loads`` of its text gives)."""
    return load_parsed(name, json.loads)


def load_parsed(name: str, parse: Callable[[str], Any], *, version: int = 0) -> Any:
    """``parse(text of extractor/data/<name>)``, read from a marshal copy of that value when the file is unchanged.

    ``parse`` must be a pure function of the text whose value marshal can store (dicts, lists, tuples, str,
    numbers); ``version`` is part of the copy's stamp: change it when ``parse`` changes what it returns.
    """
    path = os.path.join(_DIR, name)
    try:
        st = os.stat(path)
    except OSError:  # not a plain file (zipped install): read through importlib.resources
        from importlib import resources

        return parse(resources.files(__name__).joinpath(name).read_text("utf-8"))
    stamp = (_FORMAT, sys.hexversion, st.st_size, st.st_mtime_ns, version)
    copy = _copy_path(name)
    if copy is not None:
        try:
            with open(copy, "rb") as fh:
                got_stamp, value = marshal.loads(fh.read())  # one read: load(fh) reads object by object
            if got_stamp == stamp:
                return value
        except (OSError, EOFError, ValueError, TypeError):  # missing, truncated or not ours
            pass
    with open(path, encoding="utf-8") as fh:
        value = parse(fh.read())
    if copy is not None and not sys.dont_write_bytecode:
        _write(copy, (stamp, value))
    return value


def _write(copy: str, payload: tuple[Any, Any]) -> None:
    tmp = f"{copy}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(copy), exist_ok=True)
        with open(tmp, "wb") as fh:
            marshal.dump(payload, fh)
        os.replace(tmp, copy)  # readers see the old copy or the new one, never half of one
    except (OSError, ValueError):  # read-only install, or a value marshal refuses: parse each time, as before
        try:
            os.unlink(tmp)
        except OSError:
            pass
