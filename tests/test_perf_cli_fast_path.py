"""``extractor extract FILE`` runs without click (cli/fast.py) and without pydantic (model_light), with the output
and errors the click command over the pydantic models gives."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.cli.fast import plain_extract

ROOT = Path(__file__).resolve().parent.parent
TEXT = "市場研究員林大成表示，明年記憶體價格可能上漲約8%。\n\n另一位經理人認為，庫存仍然偏高。\n"


@pytest.fixture()
def page(tmp_path: Path) -> Path:
    p = tmp_path / "memory-note.txt"
    p.write_text(TEXT, "utf-8")
    return p


def test_plain_forms_are_read_as_click_reads_them(page: Path) -> None:
    got = plain_extract(["extract", str(page), "--nl", "--id", "n1", "--lang=zh-Hant", "--max-bytes", "5000",
                         "--timeout=2.5", "--url", "https://example.test/a"])
    assert got == {"source": str(page), "doc_id": "n1", "url": "https://example.test/a", "language": "zh-Hant",
                   "nl": True, "max_bytes": 5000, "time_budget": 2.5, "debug": False}
    got = plain_extract(["--debug", "extract", "--id=", "--", "-"])  # an empty id; after --, "-" is the source
    assert got is not None and got["doc_id"] == "" and got["source"] == "-" and got["debug"]


@pytest.mark.parametrize("argv", [
    [], ["--help"], ["--version"], ["batch", "x"], ["extract"], ["extract", "--help"], ["extract", "-h"],
    ["extract", "{page}", "--lang", "fr"], ["extract", "{page}", "--max-bytes", "ten"],
    ["extract", "{page}", "--timeout", "soon"], ["extract", "{page}", "--id"], ["extract", "{page}", "--id", "-x"],
    ["extract", "{page}", "--nl=1"], ["extract", "{page}", "--verbose"], ["extract", "{page}", "{page}"],
    ["extract", "{dir}"], ["--debug", "--debug", "extract", "{page}"],
])
def test_everything_else_is_left_to_click(argv: list[str], page: Path) -> None:
    argv = [a.format(page=page, dir=page.parent) for a in argv]
    assert plain_extract(argv) is None


def test_shell_completion_is_left_to_click(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("_EXTRACTOR_COMPLETE", "bash_complete")
    assert plain_extract(["extract", str(page)]) is None


def _run(argv: list[str], fast: bool) -> subprocess.CompletedProcess[str]:
    """The command line in a fresh process, through main() (fast path) or straight through the click group; it
    reports on stderr's last line whether click was imported."""
    entry = "from extractor.cli import main; main()" if fast else \
        "from extractor.cli.group import cli; cli(prog_name='extractor')"
    code = ("import atexit, sys; atexit.register(lambda: print('click imported:', 'click' in sys.modules, "
            "'pydantic imported:', 'pydantic' in sys.modules, "
            f"file=sys.stderr)); sys.argv = ['extractor', *{argv!r}]; {entry}")
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""), PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          encoding="utf-8")


def test_fast_path_prints_the_same_bytes_without_importing_click(page: Path) -> None:
    for argv in (["extract", str(page)], ["extract", "--nl", "--id", "x9", "--url=https://example.test/n", str(page)]):
        fast, slow = _run(argv, fast=True), _run(argv, fast=False)
        assert fast.returncode == slow.returncode == 0, fast.stderr
        assert fast.stdout == slow.stdout and '"language": "zh-Hant"' in fast.stdout.replace('":"', '": "')
        assert fast.stderr.splitlines()[-1] == "click imported: False pydantic imported: False"
        assert slow.stderr.splitlines()[-1] == "click imported: True pydantic imported: True"


def test_fast_path_errors_are_the_click_commands_errors(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    for argv in (["extract", str(tmp_path / "missing.html")], ["extract", str(empty)]):
        fast, slow = _run(argv, fast=True), _run(argv, fast=False)
        assert fast.returncode == slow.returncode == 1
        assert fast.stdout == slow.stdout == ""
        assert fast.stderr.splitlines()[:-1] == slow.stderr.splitlines()[:-1]
        assert fast.stderr.startswith("error: ") and "Traceback" not in fast.stderr
    bad = _run(["extract", str(tmp_path), "--nl"], fast=True)  # a directory: click's usage error, exit 2
    assert bad.returncode == 2 and "is a directory" in bad.stderr
