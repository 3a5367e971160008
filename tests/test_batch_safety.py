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


def test_resume_reruns_a_line_torn_in_the_middle_of_the_output(tmp_path):
    src = _real_jsonl(tmp_path / "in.jsonl")
    out = tmp_path / "out.jsonl"
    assert _cli(str(src), "--out", str(out), "--jobs", "0", "-q").returncode == 0
    whole = out.read_bytes().splitlines(keepends=True)
    assert len(whole) == 2
    torn = whole[0][: len(whole[0]) // 2] + b"\n"  # the head (with its id) survives, the rest is lost
    out.write_bytes(torn + whole[1])
    proc = _cli(str(src), "--out", str(out), "--jobs", "0", "--resume")
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(x) for x in out.read_bytes().splitlines()]
    assert sorted(a["id"] for a in lines) == sorted(json.loads(x)["id"] for x in whole)
    assert (tmp_path / "out.jsonl.torn").read_bytes() == torn  # moved aside, not destroyed
    assert "Traceback" not in proc.stderr


def test_validate_reports_invalid_utf8_without_a_traceback(tmp_path):
    src = _real_jsonl(tmp_path / "in.jsonl")
    out = tmp_path / "out.jsonl"
    assert _cli(str(src), "--out", str(out), "--jobs", "0", "-q").returncode == 0
    data = bytearray(out.read_bytes())
    data[data.index(b'"text"') + 12] = 0xFF  # one damaged byte inside the text
    out.write_bytes(bytes(data))
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)}
    proc = subprocess.run([*CLI, "validate", str(out)], capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 1 and "invalid UTF-8" in proc.stderr and "Traceback" not in proc.stderr


class _FullDisk:
    """A file that accepts ``room`` writes, then writes half of the next one and fails with ENOSPC."""

    def __init__(self, fh, room: int):
        self.fh, self.room = fh, room

    def write(self, data: bytes) -> int:
        import errno

        if self.room <= 0:
            self.fh.write(data[: len(data) // 2])
            self.fh.flush()
            raise OSError(errno.ENOSPC, "No space left on device")
        self.room -= 1
        return self.fh.write(data)

    def __getattr__(self, name):
        return getattr(self.fh, name)


def _three_records(tmp_path: Path) -> Path:
    src = _real_jsonl(tmp_path / "in.jsonl")
    lines = src.read_text(encoding="utf-8").splitlines()
    bad = '{"id": "broken", "text": 5}'
    src.write_text("\n".join([lines[0], bad, lines[1], bad]) + "\n", encoding="utf-8")
    return src


def test_disk_full_on_the_output_or_errors_file_ends_on_a_whole_line_with_a_clear_error(tmp_path, monkeypatch):
    import pytest

    from extractor.batch import run_batch
    from extractor.batch.safety import EXIT_WRITE_FAILED, WriteFailed
    from extractor.export import jsonl

    src = _three_records(tmp_path)
    real_open = jsonl.JsonlWriter._open
    for target in ("out.jsonl", "out.errors.jsonl"):
        def fake_open(self, target=target):
            fh = real_open(self)
            if self.path.endswith(target) and not isinstance(fh, _FullDisk):
                self._fh = fh = _FullDisk(fh, room=1)
            return fh

        monkeypatch.setattr(jsonl.JsonlWriter, "_open", fake_open)
        out = tmp_path / "out.jsonl"
        with pytest.raises(WriteFailed) as got:
            run_batch([str(src)], str(out), jobs=0, quiet=True)
        assert got.value.exit_code == EXIT_WRITE_FAILED
        msg = str(got.value)
        assert target in msg and "No space left" in msg and "--resume" in msg and "\n" not in msg
        written = (tmp_path / target).read_bytes()
        assert written.endswith(b"\n") and len(written.splitlines()) == 1
        for line in written.splitlines():
            json.loads(line)


def test_out_in_a_missing_folder_is_created(tmp_path):
    src = _real_jsonl(tmp_path / "in.jsonl")
    proc = _cli(str(src), "--out", str(tmp_path / "no/such/dir/out.jsonl"), "--jobs", "0", "-q")
    assert proc.returncode == 0, proc.stderr
    assert len((tmp_path / "no/such/dir/out.jsonl").read_bytes().splitlines()) == 2


def test_stdout_closed_by_head_gives_one_line_its_exit_code_and_no_empty_errors_file(tmp_path):
    src = _real_jsonl(tmp_path / "in.jsonl")
    lines = src.read_text(encoding="utf-8").splitlines()
    src.write_text("\n".join(lines * 20) + "\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)}
    cmd = f"{sys.executable} -m extractor batch in.jsonl --out - --jobs 1 -q | head -c 100 >/dev/null; " \
          "echo \"rc=${PIPESTATUS[0]}\" >&2"
    proc = subprocess.run(["bash", "-c", cmd], capture_output=True, text=True, timeout=300, cwd=tmp_path, env=env)
    assert "rc=5" in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr and "closed the pipe" in proc.stderr
    assert not (tmp_path / "errors.jsonl").exists()


def _page(name: str = "chipmaker-capex") -> bytes:
    return (SAMPLES / "en" / name / "input.html").read_bytes()


def test_folder_reads_regular_files_only_with_unique_ids_and_stays_in_the_tree(tmp_path):
    top = tmp_path / "in"
    (top / "sub").mkdir(parents=True)
    (top / "x.html").write_bytes(_page())
    (top / "sub" / "x.html").write_bytes(_page())
    (top / "sub" / "x.txt").write_bytes(_page())  # same name, other extension: its own id too
    os.mkfifo(top / "fifo.txt")  # would block the run if opened
    outside = tmp_path / "secret.html"
    outside.write_bytes(_page())
    os.symlink(outside, top / "escape.html")
    os.symlink(top, top / "sub" / "loop")  # a folder loop
    out = tmp_path / "out.jsonl"
    proc = _cli(str(top), "--out", str(out), "--jobs", "0", "-q")
    assert proc.returncode == 0, proc.stderr
    ids = [json.loads(x)["id"] for x in out.read_bytes().splitlines()]
    assert ids == ["x", "sub/x", "sub/x.txt"]
    proc = _cli(str(top), "--out", str(out), "--jobs", "0", "-q", "--follow-symlinks")
    assert proc.returncode == 0, proc.stderr
    ids = [json.loads(x)["id"] for x in out.read_bytes().splitlines()]
    assert ids == ["escape", "x", "sub/x", "sub/x.txt"]  # the loop is entered at most once per folder


def test_empty_input_folder_is_refused(tmp_path):
    (tmp_path / "in").mkdir()
    os.mkfifo(tmp_path / "in" / "only.txt")
    proc = _cli(str(tmp_path / "in"), "--out", str(tmp_path / "out.jsonl"), "-q")
    assert proc.returncode == 2 and "no records in" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "out.jsonl").exists()


def test_worker_whose_parent_pipe_is_gone_exits_without_a_traceback(capfd):
    import multiprocessing as mp

    from extractor.batch.records import Task
    from extractor.batch.runner import _worker_main

    parent_end, child_end = mp.get_context("fork").Pipe(duplex=True)
    line = _real_jsonl_line()
    parent_end.send((0, Task("line", "in.jsonl:1", line), False))
    parent_end.close()  # the parent died: the result cannot be sent (BrokenPipeError)
    _worker_main(child_end, lambda t, f: ("ok", "x", "{}"), [], os.getppid())
    assert "Traceback" not in capfd.readouterr().err


def _real_jsonl_line() -> bytes:
    html = (SAMPLES / "en" / "chipmaker-capex" / "input.html").read_text(encoding="utf-8")
    return json.dumps({"id": "chipmaker-capex", "html": html}).encode()
