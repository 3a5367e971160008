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
