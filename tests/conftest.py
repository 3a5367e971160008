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
