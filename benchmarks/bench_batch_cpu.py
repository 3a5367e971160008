"""CPU of whole ``extractor batch`` commands (parent and workers, start-up included), 1 job vs 2, this tree vs another.

    PYTHONPATH=. python benchmarks/bench_batch_cpu.py [--records 200] [--runs 4] [--jobs 1,2] [--against REV]

``bench_jobs.py`` times the workers of one long-lived process that has already run a few records, so what every
fresh worker pays after the fork (a table no warm-up text reached, copy-on-write faults) is hidden there. This
runs the command as a user does, in fresh processes, and reads the CPU seconds (user + system) of each whole
process tree from ``wait4`` (the workers are waited for by their parent, so their time is included). Configurations
are interleaved round by round so the machine's load falls on all alike; the medians are printed, with
``2 jobs / 1 job`` (what the second worker adds: 1.00 when forking costs nothing) and ``this tree / REV``. The
outputs of every configuration are compared byte for byte.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_coldstart import _run  # noqa: E402

from extractor.dev import shared_dir  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
UDN = shared_dir() / "corpus/udn-2017.jsonl"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=200, help="udn corpus records, from --skip on")
    ap.add_argument("--skip", type=int, default=800)
    ap.add_argument("--runs", type=int, default=4)
    ap.add_argument("--jobs", default="1,2")
    ap.add_argument("--against", metavar="REV", help="also run the code of this git revision, interleaved")
    args = ap.parse_args()
    jobs = [int(j) for j in args.jobs.split(",")]
    with tempfile.TemporaryDirectory() as tmpd:
        tmp = Path(tmpd)
        src = tmp / "records.jsonl"
        with UDN.open(encoding="utf-8") as fh:
            lines = [line for i, line in enumerate(fh) if args.skip <= i < args.skip + args.records]
        src.write_text("".join(lines), "utf-8")
        trees = {"this tree": ROOT}
        if args.against:
            other = tmp / "against"
            other.mkdir()
            archive = subprocess.run(["git", "archive", args.against], cwd=ROOT, check=True, capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", str(other)], input=archive, check=True)
            trees[args.against] = other
        configs = {}
        for name, path in trees.items():
            env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
            env["PYTHONPATH"] = str(path)
            for j in jobs:
                out = tmp / f"out-{len(configs)}.jsonl"
                argv = [sys.executable, "-m", "extractor", "batch", str(src), "--out", str(out), "-q", "--jobs", str(j)]
                configs[(name, j)] = (argv, env, path, out)
        for argv, env, path, _ in configs.values():  # untimed: bytecode and regex caches of each tree
            _run(argv, env, path)
        cpus: dict[tuple[str, int], list[float]] = {k: [] for k in configs}
        for _ in range(args.runs):
            for key, (argv, env, path, _) in configs.items():
                cpus[key].append(_run(argv, env, path)[1])
        outputs = {c[3].read_bytes() for c in configs.values()}
    print(f"`extractor batch` of {len(lines)} udn records, CPU seconds of the whole process tree, {args.runs} runs")
    print(f"{'tree':<14} {'jobs':>4} {'min':>7} {'median':>7}")
    med = {k: statistics.median(v) for k, v in cpus.items()}
    for (name, j), v in cpus.items():
        print(f"{name:<14} {j:>4} {min(v):7.2f} {med[(name, j)]:7.2f}")
    for name in trees:
        if 1 in jobs and 2 in jobs:
            print(f"{name}: 2 jobs / 1 job, CPU medians: {med[(name, 2)] / med[(name, 1)]:.3f}")
    if args.against:
        for j in jobs:
            print(f"{j} job(s): this tree / {args.against}, CPU medians: {med[('this tree', j)] / med[(args.against, j)]:.3f}")
    print(f"outputs byte-identical across configurations: {len(outputs) == 1}")


if __name__ == "__main__":
    main()
