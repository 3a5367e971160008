"""Benchmark ``extractor batch``: pages/s at 1 and 2 jobs, peak RSS per worker, CLI start to first result.

    python benchmarks/bench_batch.py                    # builds /tmp/extractor-bench.jsonl (2,000 pages) if missing
    python benchmarks/bench_batch.py --n 500 --profile 100

Every figure comes from running the real CLI in a subprocess, as a user would. ``--profile N`` adds
where the time goes per page (ingest and each stage) on N pages in this process. Targets (issue 5):
>= 150 pages/s per core, 2 jobs >= 1.8x 1 job, <= 250 MiB per worker, <= 0.5 s to the first result.
On a shared, busy machine the figures are noisy: read the ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLI = [sys.executable, "-m", "extractor", "batch"]


def ensure_archive(path: Path, n: int) -> Path:
    if not path.exists():
        subprocess.run([sys.executable, str(HERE / "make_archive.py"), "--out", str(path), "--n", str(n)], check=True)
    return path


def head(path: Path, n: int, tmp: Path) -> Path:
    out = tmp / f"input-{n}.jsonl"
    with open(path, encoding="utf-8") as src, open(out, "w", encoding="utf-8") as dst:
        for i, line in enumerate(src):
            if i >= n:
                break
            dst.write(line)
    return out


def run_cli(archive: Path, jobs: int, tmp: Path) -> dict[str, float]:
    """One CLI run: wall time, time to the first output line, records/s and worker RSS from the summary."""
    out = tmp / f"out-{jobs}.jsonl"
    cpu0 = _children_cpu()
    started = time.monotonic()
    proc = subprocess.Popen([*CLI, str(archive), "--out", str(out), "--jobs", str(jobs)],
                            stderr=subprocess.PIPE, text=True)
    first = None
    while proc.poll() is None:
        if first is None and out.exists() and out.stat().st_size and b"\n" in out.read_bytes()[:1 << 20]:
            first = time.monotonic() - started
        time.sleep(0.002 if first is None else 0.05)
    wall = time.monotonic() - started
    cpu = _children_cpu() - cpu0  # the CLI and its workers (reaped by it), start-up included
    err = proc.stderr.read() if proc.stderr else ""
    if first is None:
        first = wall
    n = sum(1 for _ in open(out, encoding="utf-8"))
    m = re.search(r"in ([\d.]+)s \(([\d,.]+) rec/s, worker peak RSS (\d+) MiB", err)
    if not m:
        raise SystemExit(f"unexpected CLI output (exit {proc.returncode}): {err}")
    return {"jobs": jobs, "records": n, "wall": wall, "first": first, "run_s": float(m.group(1)),
            "rate": float(m.group(2).replace(",", "")), "rss": float(m.group(3)), "cpu": cpu}


def _children_cpu() -> float:
    import resource

    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def profile(archive: Path, n: int) -> list[tuple[str, float]]:
    """Milliseconds per page spent in ingest, each stage, and assembly + JSON, on ``n`` pages."""
    from extractor.document import Document, OffsetMap
    from extractor.export import dumps
    from extractor.ingest import ingest
    from extractor.pipeline import Pipeline

    recs = [json.loads(line) for _, line in zip(range(n), open(archive, encoding="utf-8"), strict=False)]
    pipe = Pipeline()
    pipe.warm_up()
    spent: dict[str, float] = defaultdict(float)
    for r in recs:
        t = time.perf_counter()
        raw = ingest(r["html"], url=r.get("url"))
        spent["ingest (html -> text)"] += time.perf_counter() - t
        doc = Document(doc_id=r["id"], text=raw.text, source_text=raw.text, offsets=OffsetMap.identity(len(raw.text)),
                       language="", meta=raw.meta, tables=tuple(raw.tables), warnings=tuple(raw.warnings))
        for spec in pipe.specs:
            t = time.perf_counter()
            doc = spec.fn(doc)
            spent[spec.name] += time.perf_counter() - t
        t = time.perf_counter()
        dumps(pipe.to_article(doc))
        spent["assemble + JSON"] += time.perf_counter() - t
    return sorted(((k, 1000 * v / len(recs)) for k, v in spent.items()), key=lambda kv: -kv[1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--archive", default=os.path.join(tempfile.gettempdir(), "extractor-bench.jsonl"))
    ap.add_argument("--n", type=int, default=2000, help="pages to run (the archive is built with 2,000)")
    ap.add_argument("--jobs", default="1,2")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="also break down time per stage on N pages")
    args = ap.parse_args()
    archive = ensure_archive(Path(args.archive), max(args.n, 2000))
    with tempfile.TemporaryDirectory(prefix="extractor-bench-") as tmpdir:
        tmp = Path(tmpdir)
        data = head(archive, args.n, tmp) if args.n < 2000 else archive
        results = [run_cli(data, int(j), tmp) for j in args.jobs.split(",")]
    base = results[0]["rate"]
    print(f"extractor batch on {results[0]['records']:,} pages of ~20 KB ({os.cpu_count()} cores, shared machine)")
    print("| jobs | pages/s (steady) | pages/s (wall, incl. start) | speed-up | pages per CPU-second "
          "| peak RSS/worker | first result |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        print(f"| {r['jobs']} | {r['rate']:.1f} | {r['records'] / r['wall']:.1f} | {r['rate'] / base:.2f}x "
              f"| {r['records'] / r['cpu']:.1f} | {r['rss']:.0f} MiB | {r['first']:.2f} s |")
    print("(pages per CPU-second counts every process, start-up included: the per-core rate a quiet "
          "machine would show)")
    if args.profile:
        rows = profile(archive, args.profile)
        total = sum(ms for _, ms in rows)
        print(f"\nwhere the time goes ({args.profile} pages, one process): {total:.1f} ms/page "
              f"= {1000 / total:.0f} pages/s per core")
        for name, ms in rows:
            print(f"  {name:24s} {ms:7.2f} ms/page  {100 * ms / total:5.1f}%")


if __name__ == "__main__":
    main()
