"""The shipped claim weights are exactly what ``benchmarks/train_claims.py`` writes from the data in the
repo: retraining (deterministic, pure Python, ~35 s of CPU) gives the committed file byte for byte."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from extractor.dev import shared_dir

ROOT = Path(__file__).resolve().parent.parent
EVAL = shared_dir() / "eval"  # the visible eval sets are part of the training data


def _trainer():
    spec = importlib.util.spec_from_file_location("train_claims_repro", ROOT / "benchmarks" / "train_claims.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.skipif(not (EVAL / "dev2" / "gold.jsonl").exists(), reason="the shared eval sets are not on this machine")
def test_retraining_writes_the_committed_weights(monkeypatch):
    for knob in ("L2", "THRESHOLD", "EXTEND", "L2_WORDS", "MIN_DF", "JOIN_T", "STEPS", "SEQ", "EPOCHS", "STACK",
                 "SEQ_LEX", "COST_MISS", "COST_FP", "FILL", "LEX_SCALE", "TIE", "BAGS", "BEGIN_BIAS", "EXCLUDE",
                 "USE_RULES", "KEEP_RULES", "BETA", "PLAIN", "CARRY", "CARRY_T"):
        monkeypatch.delenv(knob, raising=False)
    from extractor.pipeline import Pipeline

    t = _trainer()
    sets = t.default_sets()
    written = t.dumps(t.weights(sets, t.load(sets, Pipeline())))
    committed = (ROOT / "extractor" / "data" / "claims_model.json").read_text("utf-8")
    assert written == committed, "claims_model.json is not what benchmarks/train_claims.py writes: retrain and commit"
