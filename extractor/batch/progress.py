"""A one-line progress display on stderr: done/total, rate, ETA, failures.

Shown only when stderr is a terminal (logs and CI output stay clean) and not with --quiet. Redraws
at most a few times a second, so it costs nothing measurable next to extraction.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


def _clock(seconds: float) -> str:
    s = int(seconds + 0.5)
    h, rem = divmod(s, 3600)
    m, s = divmod(rem, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


class Progress:
    def __init__(self, total: int | None = None, *, enabled: bool | None = None, stream: TextIO | None = None,
                 interval: float = 0.25):
        self.stream = stream or sys.stderr
        self.enabled = (self.stream.isatty() if enabled is None else enabled)
        self.total = total
        self.interval = interval
        self.started = time.monotonic()
        self._last = 0.0
        self._width = 0

    def line(self, done: int, failed: int, skipped: int = 0) -> str:
        elapsed = max(time.monotonic() - self.started, 1e-9)
        rate = (done - skipped) / elapsed
        parts = [f"{done:,}/{self.total:,}" if self.total else f"{done:,}"]
        if self.total:
            parts[0] += f" {min(100, 100 * done // max(self.total, 1))}%"
        parts.append(f"{rate:,.1f} rec/s")
        if self.total and rate > 0 and done < self.total:
            parts.append(f"ETA {_clock((self.total - done) / rate)}")
        parts.append(f"{failed:,} failed")
        if skipped:
            parts.append(f"{skipped:,} skipped (resume)")
        return " | ".join(parts)

    def update(self, done: int, failed: int, skipped: int = 0, *, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self._last < self.interval:
            return
        self._last = now
        text = self.line(done, failed, skipped)
        pad = max(0, self._width - len(text))
        self._width = len(text)
        self.stream.write("\r" + text + " " * pad)
        self.stream.flush()

    def close(self, done: int, failed: int, skipped: int = 0) -> None:
        if self.enabled:
            self.update(done, failed, skipped, force=True)
            self.stream.write("\n")
            self.stream.flush()
