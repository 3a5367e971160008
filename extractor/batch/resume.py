"""--resume: find what an interrupted run already completed, and repair a torn last line.

After ``kill -9`` the output holds whole lines plus at most one partial last line (the writer flushes
once per record). ``prepare_resume`` cuts that partial line and counts the ids of the whole ones, so
the resumed run appends each missing record exactly once.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path


def truncate_partial_line(path: str | Path) -> int:
    """Cut the file after its last newline; returns how many bytes were removed."""
    with open(path, "r+b") as fh:
        size = fh.seek(0, os.SEEK_END)
        pos = size
        while pos > 0:
            step = min(1 << 16, pos)
            fh.seek(pos - step)
            chunk = fh.read(step)
            nl = chunk.rfind(b"\n")
            if nl >= 0:
                keep = pos - step + nl + 1
                break
            pos -= step
        else:
            keep = 0
        if keep < size:
            fh.truncate(keep)
        return size - keep


def line_id(line: bytes) -> str | None:
    """The id of a complete Article line; None for a torn or unparseable line (its head alone is not
    enough: a line cut in the middle of the file keeps a valid head)."""
    try:
        obj = json.loads(line)
    except ValueError:  # includes UnicodeDecodeError
        return None
    if not isinstance(obj, dict) or "text" not in obj or not isinstance(obj.get("schema_version"), str):
        return None
    rid = obj.get("id")
    return rid if isinstance(rid, str) else None


def _move_aside(out: Path, keep: list[bool]) -> str:
    """Rewrite ``out`` with only its good lines (via a temporary file and a rename); the others go to
    OUT.torn beside it, so nothing is destroyed. Returns the side file's name."""
    side = out.with_name(out.name + ".torn")
    tmp = out.with_name(out.name + ".resume-tmp")
    with open(out, "rb") as src, open(tmp, "wb") as good, open(side, "ab") as torn:
        for ok, line in zip(keep, src, strict=False):
            (good if ok else torn).write(line)
        good.flush()
        os.fsync(good.fileno())
    os.replace(tmp, out)
    return str(side)


def prepare_resume(out: str | Path) -> tuple[Counter[str], int, int]:
    """(ids complete in ``out`` with their counts, bytes cut from a torn last line, unreadable lines)."""
    done: Counter[str] = Counter()
    if not Path(out).exists():
        return done, 0, 0
    cut = truncate_partial_line(out)
    bad = 0
    keep: list[bool] = []
    with open(out, "rb") as fh:
        for line in fh:
            rid = line_id(line) if line.strip() else None
            keep.append(rid is not None or not line.strip())
            if rid is None:
                bad += bool(line.strip())
            else:
                done[rid] += 1
    if not all(keep):
        _move_aside(Path(out), keep)
    return done, cut, bad
