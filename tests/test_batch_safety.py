"""issue 17: nothing a user gives is lost or destroyed (outputs named as inputs, torn lines, write faults)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SAMPLES = Path(__file__).parent.parent / "samples"
CLI = [sys.executable, "-m", "extractor"]


def _real_jsonl(path: Path) -> Path:
    """A small JSON Lines input built from the bundled real samples."""
    lines = []
    for d in sorted(p for p in SAMPLES.glob("*/*") if p.is_dir()):
        html = (d / "input.html").read_text(encoding="utf-8")
        lines.append(json.dumps({"id": d.name, "html": html}, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)}
    return subprocess.run([*CLI, "batch", *args], capture_output=True, text=True, timeout=300, cwd=cwd, env=env)


def test_batch_refuses_an_output_or_errors_file_that_is_an_input(tmp_path):
    src = _real_jsonl(tmp_path / "in.jsonl")
    before = src.read_bytes()
    os.symlink(src, tmp_path / "link.jsonl")
    os.link(src, tmp_path / "hard.jsonl")
    cases = [("--out", str(src)), ("--out", "./in.jsonl"), ("--out", "link.jsonl"), ("--out", "hard.jsonl"),
             ("--errors", "in.jsonl")]
    for flag, target in cases:
        args = ["in.jsonl", "--jobs", "0", "-q"]
        args += [flag, target] if flag == "--out" else ["--out", "o.jsonl", flag, target]
        for extra in ([], ["--resume"]):
            proc = _cli(*args, *extra, cwd=tmp_path)
            assert proc.returncode == 2, (flag, target, proc.stderr)
            assert "is the input" in proc.stderr and "Traceback" not in proc.stderr
            assert len(proc.stderr.strip().splitlines()) == 1
            assert src.read_bytes() == before  # never truncated
    assert not (tmp_path / "o.jsonl").exists()
