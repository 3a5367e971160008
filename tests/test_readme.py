"""The README's Python examples run as written, and its commands point at files a fresh clone has."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"


def test_readme_python_examples_run_as_a_doctest():
    result = doctest.testfile(str(README), module_relative=False, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 5 and result.failed == 0


def test_readme_commands_name_only_files_a_clone_has():
    # Paths used in the README's shell blocks that look like repository files must exist in the repository.
    blocks = re.findall(r"```sh\n(.*?)```", README.read_text("utf-8"), re.S)
    paths = {p for b in blocks for p in re.findall(r"(?<![\w/.-])((?:samples|benchmarks|docs|tests)/[\w./-]+)", b)}
    assert paths and all((ROOT / p.rstrip("/")).exists() for p in paths), sorted(p for p in paths if not (ROOT / p).exists())
    assert "../shared" not in "".join(blocks)


def test_readme_quick_start_commands_run_in_a_fresh_copy(tmp_path):
    # The "What you get" block, command by command, in a copy holding only what a clone has.
    import shlex
    import shutil
    import subprocess
    import sys

    text = README.read_text("utf-8")
    block = re.search(r"## What you get\n+```sh\n(.*?)```", text, re.S).group(1)
    shutil.copytree(ROOT / "samples", tmp_path / "samples")
    outputs = []
    for line in block.splitlines():
        for cmd in line.split("#", 1)[0].split("&&"):
            argv = shlex.split(cmd)
            if not argv:
                continue
            assert argv[0] == "extractor", cmd
            proc = subprocess.run([sys.executable, "-m", "extractor", *argv[1:]], cwd=tmp_path, capture_output=True,
                                  text=True, timeout=120)
            assert proc.returncode == 0, (cmd, proc.stderr[-500:])
            outputs.append(proc.stdout)
    assert '"id": "input"' in outputs[0]  # the id the README's abridged Article shows
    shown = re.search(r'One Article \(abridged\).*?```json\n\{"id": "(\w+)"', text, re.S)
    assert shown and f'"id": "{shown.group(1)}"' in outputs[0]
    assert (tmp_path / "out.jsonl").read_text("utf-8").count("\n") == 3
    assert (tmp_path / "report.html").exists() and "資本支出" in outputs[-1]
