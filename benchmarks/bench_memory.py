"""Memory of ``extractor batch`` workers over a long run, and of one huge single-line text.

    PYTHONPATH=. python benchmarks/bench_memory.py [--records 20000] [--jobs 1] [--huge-mb 50]

1. A JSON Lines input of ``--records`` records, made by repeating the real udn crawl with fresh ids, goes
   through ``extractor batch -j JOBS``; every ``--interval`` seconds the RSS and PSS (shared pages split
   between the processes sharing them) of the parent and of each worker are read from ``/proc``, with how
   many records were written by then. Printed: each worker's memory at 10%, 50% and 100% of the run, its
   peak, and the growth per 1,000 records after the first 20% (flat means ~0).
2. ``--huge-mb``: one text of that many MB without a newline (udn text run together), through
   ``extractor extract --max-bytes``; printed: peak RSS as a multiple of the input, and how it ended.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from extractor.dev import shared_dir

ROOT = Path(__file__).resolve().parent.parent
UDN = shared_dir() / "corpus/udn-2017.jsonl"


def _status(pid: int, field: str) -> float:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _pss(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            return [int(x) for x in fh.read().split()]
    except OSError:
        return []


def make_input(path: Path, n: int) -> None:
    with UDN.open(encoding="utf-8") as fh:
        recs = [json.loads(line) for line in fh if line.strip()]
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            rec = dict(recs[i % len(recs)])
            rec["id"] = f"r{i:06d}-{rec.get('id', '')}"
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")


def long_run(records: int, jobs: int, interval: float, tmp: Path) -> None:
    src, out = tmp / "in.jsonl", tmp / "out.jsonl"
    make_input(src, records)
    env = os.environ | {"PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "extractor", "batch", str(src), "--out", str(out),
                             "-j", str(jobs), "-q"], cwd=ROOT, env=env)
    samples: list[tuple[float, int, dict[int, tuple[float, float]], float]] = []
    done, seen = 0, 0
    while proc.poll() is None:
        time.sleep(interval)
        if out.exists():
            with out.open("rb") as fh:
                fh.seek(seen)
                chunk = fh.read()
            seen += len(chunk)
            done += chunk.count(b"\n")
        workers = {c: (_status(c, "VmRSS"), _pss(c)) for c in _children(proc.pid)}
        samples.append((time.perf_counter() - t0, done, workers, _status(proc.pid, "VmRSS")))
    wall = time.perf_counter() - t0
    import resource

    ru = resource.getrusage(resource.RUSAGE_CHILDREN)  # the batch (and its workers) are the only children so far
    print(f"batch of {records} udn records, -j {jobs}: {wall:.1f} s wall, {records / wall:.0f} records/s wall, "
          f"{records / (ru.ru_utime + ru.ru_stime):.0f} records per CPU-second (exit {proc.returncode})")
    print(f"parent peak RSS {max(s[3] for s in samples):.0f} MiB")
    pids = sorted({p for s in samples for p in s[2]})
    for pid in pids:
        series = [(s[1], *s[2][pid]) for s in samples if pid in s[2] and s[2][pid][0] > 0]
        if len(series) < 3:
            continue

        def at(frac: float, series: list[tuple[int, float, float]] = series) -> tuple[float, float]:
            target = frac * records
            row = min(series, key=lambda item: abs(item[0] - target))
            return row[1], row[2]

        late = [r for r in series if r[0] >= 0.2 * records]
        slope = 0.0
        if len(late) >= 2 and late[-1][0] > late[0][0]:
            slope = (late[-1][1] - late[0][1]) / (late[-1][0] - late[0][0]) * 1000
        print(f"worker {pid}: RSS/PSS MiB at 10% {at(0.1)[0]:.0f}/{at(0.1)[1]:.0f}, 50% {at(0.5)[0]:.0f}/"
              f"{at(0.5)[1]:.0f}, end {series[-1][1]:.0f}/{series[-1][2]:.0f}; peak RSS "
              f"{max(r[1] for r in series):.0f}; growth after 20%: {slope:+.2f} MiB RSS per 1,000 records")


def huge(mb: int, tmp: Path) -> None:
    with UDN.open(encoding="utf-8") as fh:
        text = "".join(json.loads(line)["text"].replace("\n", "") for line in fh if line.strip())
    blob = text.encode("utf-8")
    data = (blob * (mb * 1_000_000 // len(blob) + 1))[: mb * 1_000_000].decode("utf-8", "ignore").encode("utf-8")
    path = tmp / "huge.txt"
    path.write_bytes(data)
    env = os.environ | {"PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    t0 = time.perf_counter()
    err = tmp / "huge.err"
    with err.open("w") as fh:
        proc = subprocess.Popen([sys.executable, "-m", "extractor", "extract", str(path), "--nl",
                                 "--max-bytes", str(len(data) + 10_000_000)], cwd=ROOT, env=env,
                                stdout=subprocess.DEVNULL, stderr=fh)
        _, status, usage = os.wait4(proc.pid, 0)
    peak = usage.ru_maxrss / 1024
    last = (err.read_text().strip().splitlines() or ["(no message)"])[-1]
    print(f"one {len(data) / 1e6:.0f} MB single-line text: peak RSS {peak:.0f} MiB = {peak * 2**20 / len(data):.1f}x "
          f"the input, {time.perf_counter() - t0:.1f} s, exit {os.waitstatus_to_exitcode(status)}: {last}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=20000)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--interval", type=float, default=0.5)
    ap.add_argument("--huge-mb", type=int, default=0)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as d:
        if args.records:
            long_run(args.records, args.jobs, args.interval, Path(d))
        if args.huge_mb:
            huge(args.huge_mb, Path(d))


if __name__ == "__main__":
    main()
