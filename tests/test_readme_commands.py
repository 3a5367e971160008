"""Every shell command in the README runs as written, in a fresh copy of what a clone has.

The ``sh`` blocks are run line by line, in README order, in one temporary folder holding a copy of
``samples/`` (so a later command can read what an earlier one wrote, as a reader following the README
would). A line whose comment says ``# needs …`` wants a server or runtime: the PostgreSQL, Spark and
Datasette lines run in their own tests below, against the throwaway servers the suite starts; the one
line that needs a real Spark cluster (YARN) cannot run on one machine and is the only line never run.
The first block (``make sample`` / ``make test``) holds the entry commands: CI runs ``make test``
itself, and ``make sample`` is checked to run the README's first ``extractor extract`` command.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # tests/ helpers under --import-mode=importlib
from pg import pg_server  # noqa: E402,F401 - pytest fixture

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
NEEDS = re.compile(r"#[^#]*\bneeds (?P<what>PostgreSQL|Spark|a Spark cluster|Datasette)\b")


def shell_lines() -> list[str]:
    """Every command line of the README's ``sh`` blocks (continuations joined), the entry block excepted."""
    blocks = re.findall(r"```sh\n(.*?)```", README.read_text("utf-8"), re.S)
    assert blocks[0].lstrip().startswith("make sample")
    lines: list[str] = []
    for block in blocks[1:]:
        for line in block.replace("\\\n", " ").splitlines():
            if line.strip():
                lines.append(line.strip())
    return lines


def needs(line: str) -> str | None:
    m = NEEDS.search(line)
    return m.group("what") if m else None


def command(line: str) -> str:
    """The line without its trailing comment (a ``#`` after a space and outside quotes starts it)."""
    for i, ch in enumerate(line):
        if ch == "#" and (i == 0 or line[i - 1].isspace()):
            before = line[:i]
            if before.count("'") % 2 == 0 and before.count('"') % 2 == 0:
                return before.strip()
    return line.strip()


def run(cmd: str, cwd: Path, timeout: int = 180) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    return subprocess.run(["bash", "-c", cmd], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL)


@pytest.fixture(scope="module")
def played(tmp_path_factory) -> tuple[Path, dict[str, subprocess.CompletedProcess[str]]]:
    """The README's unmarked command lines, run in order in a fresh folder: (folder, line -> result)."""
    where = tmp_path_factory.mktemp("readme")
    shutil.copytree(ROOT / "samples", where / "samples")
    results = {}
    for line in shell_lines():
        if needs(line):
            continue
        results[line] = run(command(line), where)
    return where, results


def test_readme_every_unmarked_command_exits_0(played):
    _, results = played
    assert len(results) >= 12
    failed = {line: (r.returncode, r.stderr[-400:]) for line, r in results.items() if r.returncode != 0}
    assert not failed, failed


def test_readme_commands_print_what_the_readme_shows(played):
    where, results = played
    out = {command(line): r.stdout for line, r in results.items()}
    first = out["extractor extract samples/zh-Hant/ai-roi-bubble/input.html"]
    shown = re.search(r'One Article \(abridged\).*?```json\n\{"id": "(\w+)"', README.read_text("utf-8"), re.S)
    assert shown and json.loads(first)["id"] == shown.group(1)
    assert (where / "out.jsonl").read_text("utf-8").count("\n") == 3  # the three sample pages
    assert json.loads((where / "article.schema.json").read_text("utf-8"))["$schema"]
    assert json.loads((where / "glossary.json").read_text("utf-8"))
    piped = next(v for k, v in out.items() if k.startswith("extractor extract - --id note"))
    assert piped.count("\n") == 1 and json.loads(piped)["id"] == "note"
    found = next(v for k, v in out.items() if k.startswith("extractor search 資本支出"))
    assert any("資本支出" in row["text"] for row in json.loads(found))
    by = next(v for k, v in out.items() if k.startswith('extractor claims --by "Bradley Tusk"'))
    assert "Bradley Tusk" in by
    assert "schema version" in next(v for k, v in out.items() if k.startswith("extractor db-info"))


def test_readme_marks_only_server_lines_and_make_sample_runs_the_first_command():
    marked = [(needs(line), line) for line in shell_lines() if needs(line)]
    assert sorted(w for w, _ in marked) == ["Datasette", "PostgreSQL", "Spark", "a Spark cluster"], marked
    recipe = re.search(r"^sample:.*\n((?:\t.*\n)+)", (ROOT / "Makefile").read_text("utf-8"), re.M).group(1)
    assert "extractor extract samples/zh-Hant/ai-roi-bubble/input.html" in recipe
    assert "extractor extract samples/zh-Hant/ai-roi-bubble/input.html" in [command(x) for x in shell_lines()]


def _marked(what: str) -> str:
    return next(command(line) for line in shell_lines() if needs(line) == what)


@pytest.mark.postgres
def test_readme_postgres_load_line_runs(played, pg_server):  # noqa: F811 - the fixture imported above
    where, _ = played
    line = _marked("PostgreSQL")
    dsn = pg_server.create_database()
    r = run(re.sub(r"postgresql://\S+", dsn, line), where)
    assert r.returncode == 0, r.stderr[-400:]
    info = run(f"extractor db-info --db {shlex.quote(dsn)} --json", where)
    assert json.loads(info.stdout)["rows"]["articles"] == 3, info.stdout


@pytest.mark.spark
def test_readme_spark_local_line_runs(played):
    pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'newsgrounds[spark]')")
    if shutil.which("java") is None:
        pytest.skip("no java on PATH: Spark needs a Java 17 runtime")
    where, _ = played
    r = run(_marked("Spark"), where, timeout=600)
    assert r.returncode == 0, r.stderr[-600:]
    lines = [x for p in sorted((where / "spark-out").glob("part-*")) for x in p.read_text("utf-8").splitlines()]
    given = (where / "samples" / "news.jsonl").read_text("utf-8").splitlines()
    assert sorted(json.loads(x)["id"] for x in lines) == sorted(json.loads(x)["id"] for x in given)


@pytest.mark.browser
def test_readme_browse_line_serves_the_database(played):
    pytest.importorskip("datasette", reason="datasette is not installed (pip install 'newsgrounds[browse]')")
    where, _ = played
    with socket.socket() as s:
        if s.connect_ex(("127.0.0.1", 8001)) == 0:
            pytest.skip("port 8001 (browse's default) is taken on this machine")
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    proc = subprocess.Popen(["bash", "-c", "exec " + _marked("Datasette")], cwd=where, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    try:
        body, deadline = "", time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                with urllib.request.urlopen("http://127.0.0.1:8001/claims/claims.json?_shape=array", timeout=5) as r:
                    body = r.read().decode("utf-8")
                break
            except OSError:
                time.sleep(0.5)
        assert proc.poll() is None, proc.stderr.read().decode("utf-8", "replace")[-400:] if proc.stderr else ""
        assert json.loads(body), "datasette served no claims"
    finally:
        proc.terminate()
        proc.wait(timeout=30)
