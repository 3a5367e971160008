"""Shared fixtures: paths to the bundled samples and the shared evaluation data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED_TXT = ROOT / "samples" / "zh-Hant" / "ai-roi-bubble" / "input.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    path = SEED_TXT if SEED_TXT.exists() else SHARED / "seed" / "ai-roi-bubble.zh-Hant.txt"
    return path.read_text("utf-8")


@pytest.fixture(scope="session")
def pipeline():
    from extractor import Pipeline

    return Pipeline()


# Under CI (CI=true) .ci/run installs PostgreSQL, Chromium and Java: a server or browser test that skips
# there means an install step broke, so it fails the run instead of passing silently.
SERVER_MARKERS = ("postgres", "browser", "spark")
_ci_skips: list[str] = []


def pytest_runtest_logreport(report):
    import os

    if os.environ.get("CI") == "true" and report.skipped and any(m in report.keywords for m in SERVER_MARKERS):
        _ci_skips.append(report.nodeid)


def pytest_sessionfinish(session, exitstatus):
    if _ci_skips:
        session.exitstatus = 1


def pytest_terminal_summary(terminalreporter):
    if _ci_skips:
        terminalreporter.write_line(f"CI=true: {len(_ci_skips)} server/browser test(s) skipped, which fails the run: "
                                    + ", ".join(_ci_skips[:5]), red=True)
