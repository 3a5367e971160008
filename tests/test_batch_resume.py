"""--resume after kill -9 and after Ctrl-C: every record exactly once, no partial lines, no duplicates."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from test_batch_helpers import read_lines, records, write_jsonl  # noqa: E402

from extractor.batch import run_batch  # noqa: E402
from extractor.batch.resume import prepare_resume  # noqa: E402

CLI = [sys.executable, "-m", "extractor", "batch"]


def _start(src: Path, out: Path, *extra: str) -> subprocess.Popen:
    # Its own session, like a job started from a shell: the signal reaches the parent and its workers.
    return subprocess.Popen([*CLI, str(src), "--out", str(out), "--jobs", "2", *extra], start_new_session=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for_lines(proc: subprocess.Popen, out: Path, n: int) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if out.exists() and out.read_bytes().count(b"\n") >= n:
            return
        assert proc.poll() is None, f"batch ended before it could be interrupted: {proc.communicate()}"
        time.sleep(0.01)
    raise AssertionError("no progress in the output")


def test_kill_9_mid_run_then_resume_gives_every_record_exactly_once(tmp_path):
    recs = records(300)
    src = write_jsonl(tmp_path / "in.jsonl", recs)
    out = tmp_path / "out.jsonl"
    proc = _start(src, out, "-q")
    _wait_for_lines(proc, out, 40)
    os.killpg(proc.pid, signal.SIGKILL)  # the parent and its workers, with no chance to clean up
    proc.communicate()
    written = out.read_bytes().count(b"\n")
    assert 40 <= written < 300
    # A torn last line, as when the kill lands in the middle of a write.
    with open(out, "ab") as fh:
        fh.write(b'{"schema_version": "1.0", "extractor_version": "0.1.0", "id": "r05')

    resumed = subprocess.run([*CLI, str(src), "--out", str(out), "--jobs", "2", "--resume"], capture_output=True,
                             text=True, timeout=120)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{written:,} already done" in resumed.stderr and "partial last line" in resumed.stderr
    ids = [a["id"] for a in read_lines(out)]  # every line parses: no partial line left
    assert ids == [r["id"] for r in recs]  # each exactly once, in input order

    clean = tmp_path / "clean.jsonl"
    run_batch([str(src)], str(clean), jobs=2, quiet=True)
    assert out.read_bytes() == clean.read_bytes()  # indistinguishable from an uninterrupted run


def test_ctrl_c_stops_cleanly_with_whole_lines_and_resume_finishes(tmp_path):
    recs = records(300)
    src = write_jsonl(tmp_path / "in.jsonl", recs)
    out = tmp_path / "out.jsonl"
    proc = _start(src, out)
    _wait_for_lines(proc, out, 30)
    os.killpg(proc.pid, signal.SIGINT)  # what a terminal sends on Ctrl-C
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "--resume" in err and "Traceback" not in err
    data = out.read_bytes()
    assert data.endswith(b"\n")
    first = read_lines(out)
    assert [a["id"] for a in first] == [r["id"] for r in recs[: len(first)]]
    res = run_batch([str(src)], str(out), jobs=2, resume=True, quiet=True)
    assert res.exit_code == 0 and res.stats.skipped == len(first)
    assert [a["id"] for a in read_lines(out)] == [r["id"] for r in recs]


def test_resume_keeps_duplicate_ids_that_were_not_yet_done_and_retries_failures(tmp_path):
    recs = records(4)
    dup = dict(recs[1])
    full = [recs[0], recs[1], '{"id": "bad"', recs[2], dup, recs[3]]
    first = write_jsonl(tmp_path / "first.jsonl", full[:3])
    out = tmp_path / "out.jsonl"
    assert run_batch([str(first)], str(out), jobs=0, quiet=True).exit_code == 1
    src = write_jsonl(tmp_path / "in.jsonl", full)
    res = run_batch([str(src)], str(out), jobs=2, resume=True, quiet=True)
    assert res.exit_code == 1 and res.stats.skipped == 2 and res.stats.ok == 3
    assert [a["id"] for a in read_lines(out)] == ["r0000", "r0001", "r0002", "r0001", "r0003"]
    assert len(read_lines(tmp_path / "out.errors.jsonl")) == 1  # rewritten, not appended


def test_prepare_resume_cuts_a_torn_line_and_counts_ids(tmp_path):
    out = tmp_path / "out.jsonl"
    good = b'{"schema_version": "1.0", "extractor_version": "0.1.0", "id": "a\\"b", "text": "x"}\n'
    out.write_bytes(good + b'{"id": "c"}\n{"schema_version": "1.0", "id": "d"')
    done, cut, bad = prepare_resume(out)
    # issue 17.5: only whole Article lines count as done; a bare {"id"} line is moved aside, not trusted
    assert dict(done) == {'a"b': 1} and bad == 1
    assert cut == len(b'{"schema_version": "1.0", "id": "d"')
    assert out.read_bytes() == good
    assert (tmp_path / "out.jsonl.torn").read_bytes() == b'{"id": "c"}\n'


def test_workers_exit_when_their_parent_is_killed(tmp_path):
    src = write_jsonl(tmp_path / "in.jsonl", records(300))
    out = tmp_path / "out.jsonl"
    proc = _start(src, out, "-q")
    try:
        _wait_for_lines(proc, out, 10)
        kids = [int(x) for x in Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()]
        assert len(kids) == 2
        os.kill(proc.pid, signal.SIGKILL)  # only the parent, as the OOM killer would
        proc.communicate()
        deadline = time.monotonic() + 15
        alive = kids
        while alive and time.monotonic() < deadline:
            time.sleep(0.1)
            alive = [k for k in kids if _running(k)]
        assert not alive, "orphaned workers kept running after their parent died"
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        else:  # never leave our own workers behind, even when the assertion fails
            for k in kids if "kids" in locals() else []:
                if _running(k):
                    os.kill(k, signal.SIGKILL)


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"
