"""``extractor extract FILE [options]`` without click: the one-page command's arguments read by hand.

Importing click and building the group with its four command modules costs ~20 ms of a ~0.3 s one-page run;
the run also goes without pydantic (:mod:`extractor.model_light`, ~0.1 s).
:func:`plain_extract` accepts only the plain forms of the ``extract`` command (an optional leading ``--debug``,
one source, the long options ``--id --url --lang --nl --max-bytes --timeout`` as ``--opt value`` or
``--opt=value``, ``--``) and returns ``None`` for everything else: help, ``--version``, another command, an
unknown or repeated-looking option, a value that click would reject or read differently (a ``--lang`` not in
its choices, a number that does not parse, a value starting with ``-``), a source that is a directory or not
readable, shell completion, an output stream that is not UTF-8. Those go to click, which prints its own message;
so the fast path changes no output and no error, only the time it takes.
"""

from __future__ import annotations

import os
import re
import sys
from typing import Any

_VALUE_OPTIONS = {"--id": "doc_id", "--url": "url", "--lang": "language", "--max-bytes": "max_bytes",
                  "--timeout": "time_budget"}
_LANGUAGES = ("zh-Hant", "zh-Hans", "en")  # the --lang choices of cli/extract.py
_ANSI = re.compile(r"\033\[[;?0-9]*[a-zA-Z]")  # what click.echo strips when the stream is not a terminal


def plain_extract(argv: list[str]) -> dict[str, Any] | None:
    """The arguments of ``one_page_json`` (and ``debug``) for a plain ``extract`` command line, else None."""
    args = list(argv)
    debug = False
    if args[:1] == ["--debug"]:
        debug, args = True, args[1:]
    if args[:1] != ["extract"] or os.environ.get("_EXTRACTOR_COMPLETE"):
        return None
    kw: dict[str, Any] = {"doc_id": None, "url": None, "language": None, "nl": False, "max_bytes": None,
                          "time_budget": None}
    source = None
    rest = args[1:]
    options_end = False
    i = 0
    while i < len(rest):
        arg = rest[i]
        i += 1
        if not options_end and arg == "--":
            options_end = True
        elif not options_end and arg.startswith("-") and arg != "-":
            name, eq, value = arg.partition("=")
            if name == "--nl" and not eq:
                kw["nl"] = True
                continue
            if name not in _VALUE_OPTIONS:
                return None  # -h, --help, an unknown option, --nl=...: click's answer
            if not eq:
                if i >= len(rest) or rest[i].startswith("-"):
                    return None
                value = rest[i]
                i += 1
            kw[_VALUE_OPTIONS[name]] = value
        elif source is None:
            source = arg
        else:
            return None  # a second argument: click's usage error
    if source is None or not _converted(kw) or not _readable_file_or_dash(source):
        return None
    encoding = getattr(sys.stdout, "encoding", None) or ""
    if encoding.replace("-", "").replace("_", "").lower() not in ("utf8",):
        return None  # click.echo rewraps a misconfigured stream: let it
    return kw | {"source": source, "debug": debug}


def _converted(kw: dict[str, Any]) -> bool:
    """Convert the typed options as click.INT, click.FLOAT and click.Choice do; False when click would refuse."""
    if kw["language"] is not None and kw["language"] not in _LANGUAGES:
        return False
    try:
        if kw["max_bytes"] is not None:
            kw["max_bytes"] = int(kw["max_bytes"])
        if kw["time_budget"] is not None:
            kw["time_budget"] = float(kw["time_budget"])
    except ValueError:
        return False
    return True


def _readable_file_or_dash(source: str) -> bool:
    """click.Path(allow_dash=True, dir_okay=False) accepts it: ``-``, a missing path (the command says E101), or
    an existing path that is not a directory and is readable."""
    if source == "-":
        return True
    try:
        st = os.stat(source)
    except (OSError, ValueError):
        return True
    import stat

    return not stat.S_ISDIR(st.st_mode) and os.access(source, os.R_OK)


def run_fast(argv: list[str]) -> bool:
    """Run a plain ``extractor extract`` (see :func:`plain_extract`) and exit; False when click should run it."""
    kw = plain_extract(argv)
    if kw is None:
        return False
    from ..errors import ExtractorError
    from ..gcpause import one_shot
    from ..model_light import install

    install()  # the output classes without pydantic (~0.1 s): same JSON, see extractor.model_light
    from .one_page import one_page_json

    debug = kw.pop("debug")
    try:
        with one_shot():  # as the click command does
            text = one_page_json(**kw)
            sys.stdout.write(text + "\n")
            sys.stdout.flush()
    except ExtractorError as exc:  # what the click group does with it
        if debug:
            raise
        _echo_err(f"error: {exc}")
        sys.exit(1)
    except (EOFError, KeyboardInterrupt):  # what click's standalone mode does
        _echo_err("")
        _echo_err("Aborted!")
        sys.exit(1)
    except BrokenPipeError:
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - nothing more can be written; exit quietly as click does
        sys.exit(1)
    sys.exit(0)


def _echo_err(message: str) -> None:
    if not sys.stderr.isatty():
        message = _ANSI.sub("", message)
    sys.stderr.write(message + "\n")
    sys.stderr.flush()
