"""How ``extractor batch`` scales from 1 job to 2, measured in CPU time so that a shared machine does not decide it.

    PYTHONPATH=. python benchmarks/bench_jobs.py [--records 1470] [--rounds 3] [--jobs 1,2]

Each round runs the real batch (``run_batch``: warm-up, forked workers, ordered writer) over the same udn
records once per job count, interleaved. For every run it reports the wall time, the CPU seconds of the parent
(reading, ordering, writing) and of each worker (the workers report ``time.process_time()`` when they leave),
and from those:

- articles per worker CPU-second: the work itself; it stays the same with 2 jobs when forking adds no cost
  (no per-worker warm-up, no copy-on-write storm, no lock);
- the balance: the busiest worker's share of the work (0.5 is an even split between two);
- the split bound, ``(warm-up + all worker CPU) / (warm-up + max(busiest worker, (workers + parent) / cores))``
  (the warm-up runs in the parent before the fork, serially, in every run): the speed-up
  the run's own split of work allows on idle cores (2.0 is a perfect split with a free parent), from one run's
  figures only, so the machine's load between runs does not enter it;
- the CPU efficiency: articles per worker CPU-second with N jobs over 1 job (1.0 when parallel workers cost no
  extra CPU; a loaded machine moves it by a few per cent either way);
- the projected speed-up on idle cores, ``(warm-up + 1-job worker CPU) / (the idle-core wall of this run)``:
  about the split bound times the efficiency. The measured wall ratio is printed beside it: on a machine other
  people load it is lower by however much of the second core they took.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from extractor.dev import shared_dir

UDN = shared_dir() / "corpus/udn-2017.jsonl"


def one_run(src: Path, jobs: int, out_dir: Path) -> dict[str, float]:
    from extractor.batch import job

    warm = [0.0]
    real_warm_up = job.warm_up

    def timed_warm_up(pipe):  # type: ignore[no-untyped-def]
        t = time.process_time()
        real_warm_up(pipe)
        warm[0] += time.process_time() - t

    out = out_dir / f"out-{jobs}.jsonl"
    job.warm_up = timed_warm_up
    try:
        wall0, cpu0 = time.perf_counter(), time.process_time()
        res = job.run_batch([str(src)], str(out), jobs=jobs, quiet=True)
        wall, parent = time.perf_counter() - wall0, time.process_time() - cpu0
    finally:
        job.warm_up = real_warm_up
    workers = res.stats.worker_cpu_s if jobs else []
    return {"jobs": jobs, "n": res.stats.ok, "wall": wall, "warm": warm[0], "parent": parent - warm[0],
            "workers": workers, "sha": hash(out.read_bytes())}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--records", type=int, default=1470)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--jobs", default="1,2")
    args = ap.parse_args()
    job_counts = [int(j) for j in args.jobs.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        tmpd = Path(tmp)
        src = tmpd / "in.jsonl"
        with UDN.open(encoding="utf-8") as fh:
            src.write_text("".join(line for _, line in zip(range(args.records), fh, strict=False)), "utf-8")
        warm = tmpd / "warm.jsonl"
        warm.write_text("".join(src.read_text("utf-8").splitlines(keepends=True)[:20]), "utf-8")
        one_run(warm, 0, tmpd)  # untimed: the imports and dictionaries of this process, which every run reuses
        runs: dict[int, list[dict]] = {j: [] for j in job_counts}
        for _ in range(args.rounds):
            for j in job_counts:
                runs[j].append(one_run(src, j, tmpd))
    same = len({r["sha"] for rs in runs.values() for r in rs}) == 1  # every run wrote the same bytes
    base = runs[job_counts[0]]
    base_cpu = statistics.median(sum(r["workers"]) for r in base)
    base_wall = statistics.median(r["wall"] for r in base)
    print(f"udn, {base[0]['n']} records, {args.rounds} rounds (medians); output byte-identical across runs: {same}")
    print(f"{'jobs':>4} {'wall s':>7} {'warm-up':>7} {'parent cpu':>10} {'worker cpu':>18} {'art/worker-cpu-s':>17} "
          f"{'busiest':>8} {'split bound':>11} {'efficiency':>10} {'projected':>9} {'wall ratio':>10}")
    for j, rs in runs.items():
        wall = statistics.median(r["wall"] for r in rs)
        parent = statistics.median(r["parent"] for r in rs)
        workers = [statistics.median(sorted(r["workers"])[k] for r in rs) for k in range(j)]
        total = sum(workers)
        busiest = max(workers)
        warm = statistics.median(r["warm"] for r in rs)  # before the fork: serial in every run
        cores = max(j, 2)  # N jobs on N cores; one job on two (its parent has the second, as on this machine)
        idle_wall = warm + max(busiest, (total + parent) / cores)  # what idle cores would need for this run
        split = (warm + total) / idle_wall
        efficiency = base_cpu / total
        projected = (warm + base_cpu) / idle_wall
        print(f"{j:>4} {wall:7.2f} {warm:7.2f} {parent:10.2f} {' + '.join(f'{w:.2f}' for w in workers):>18} "
              f"{rs[0]['n'] / total:17.0f} {busiest / total:8.2f} {split:11.2f} {efficiency:10.2f} "
              f"{projected:9.2f} {base_wall / wall:10.2f}")
    print(json.dumps({j: [{k: v for k, v in r.items() if k != "sha"} for r in rs] for j, rs in runs.items()}))


if __name__ == "__main__":
    main()
