"""The committed English claim weights are exactly what ``benchmarks/train_claims_en.py`` writes from the
annotated data in the repo (and the shared dev_en gold): retraining reproduces the file byte for byte, so
the weights can always be traced to their data and rebuilt after a gold fix."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.dev import shared_dir

ROOT = Path(__file__).resolve().parent.parent
TRAINER = ROOT / "benchmarks" / "train_claims_en.py"
COMMITTED = ROOT / "extractor" / "data" / "claims_model_en.json"
DEV_EN = shared_dir() / "eval/dev_en/gold.jsonl"
KNOBS = ("L2", "L2_WORDS", "MIN_DF", "STEPS", "THRESHOLD", "EXTEND", "JOIN_T", "RULES", "WEIGHTS", "TRAIN_EN",
         "EXCLUDE", "SWEEP", "FAST", "DETAILS", "ARTICLE_OUT", "WORDS")


@pytest.mark.skipif(not DEV_EN.exists(), reason="the shared dev_en gold (a training set) is not on this machine")
def test_retraining_writes_the_committed_weights_byte_for_byte(tmp_path: Path) -> None:
    out = tmp_path / "claims_model_en.json"
    env = {k: v for k, v in os.environ.items() if k not in KNOBS}
    env["PYTHONPATH"] = str(ROOT)
    run = subprocess.run([sys.executable, str(TRAINER), "--out", str(out)], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=1800)
    assert run.returncode == 0, run.stderr[-2000:]
    assert out.read_bytes() == COMMITTED.read_bytes()
