"""Whole pipeline vs ``trafilatura.extract`` on the same real pages, in one process; udn articles/s; cold start.

    PYTHONPATH=. python benchmarks/bench_vs_trafilatura.py [--pages N] [--udn N] [--cold-runs N]

Needs the ``bench`` extra for trafilatura (skipped with a note if it is missing).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from extractor.dev import shared_dir

sys.path.insert(0, str(Path(__file__).resolve().parent))
ROOT = Path(__file__).resolve().parent.parent
DEV_EN = shared_dir() / "eval/dev_en/input.jsonl"
UDN = shared_dir() / "corpus/udn-2017.jsonl"


def real_pages(limit: int) -> list[str]:
    """Every real news page on hand: the samples, dev_en's four article-extraction-benchmark pages, and the six
    trimmed real layouts and two dated Chinese pages of the tests' fixtures (14 pages; 6 before the fixtures were
    added, which left the ratio to two or three pages' luck)."""
    pages = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*/*/input.html"))]
    for folder in ("layouts", "dates"):
        pages += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/fixtures" / folder).glob("*.html"))]
    if DEV_EN.exists():
        with DEV_EN.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec.get("html"):
                    pages.append(rec["html"])
    return pages[:limit]


def rate(fn, items) -> float:
    """Items per CPU-second of this process (steadier than wall time on a shared machine)."""
    t = time.process_time()
    for i, x in enumerate(items):
        fn(x, i)
    return len(items) / (time.process_time() - t)


def cold_start(runs: int) -> tuple[float, float]:
    """Median wall and CPU seconds of a whole ``extractor extract`` process on one page (see bench_coldstart)."""
    import os

    from bench_coldstart import _run

    page = ROOT / "samples/en/chipmaker-capex/input.html"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # bytecode as after pip install
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    argv = [sys.executable, "-m", "extractor", "extract", str(page)]
    _run(argv, env)  # fills the bytecode and regex caches
    walls, cpus = zip(*(_run(argv, env) for _ in range(runs)), strict=True)
    return statistics.median(walls), statistics.median(cpus)


def one_round(n_pages: int) -> dict[str, float]:
    """Both sides over the pages once, in this (fresh) process after each side's warm-up: pages the pipeline
    has not seen, so per-text caches (lru_cache in the extractors) do not flatter a second pass."""
    from extractor import Pipeline
    from extractor.batch.job import warm_up
    from extractor.export import dumps

    pipe = Pipeline()
    warm_up(pipe)  # what `extractor batch` does before forking its workers
    pages = real_pages(n_pages)
    out = {"pages": float(len(pages)), "ours": rate(lambda h, i: dumps(pipe.run(h, doc_id=f"p{i}")), pages)}
    try:
        import trafilatura
    except ImportError:
        return out
    trafilatura.extract("<html><body><article><p>" + "Warm up. " * 40 + "</p></article></body></html>")
    out["theirs"] = rate(lambda h, i: trafilatura.extract(h), pages)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--udn", type=int, default=1470)
    ap.add_argument("--cold-runs", type=int, default=5)
    ap.add_argument("--rounds", type=int, default=7, help="fresh processes; the median ratio is reported")
    ap.add_argument("--one-round", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one_round:
        print(json.dumps(one_round(args.pages)))
        return
    import subprocess

    rounds = [json.loads(subprocess.run([sys.executable, __file__, "--one-round", "--pages", str(args.pages)],
                                        check=True, capture_output=True, text=True).stdout)
              for _ in range(args.rounds)]
    n = int(rounds[0]["pages"])
    print(f"pipeline (extract + serialise) on {n} real pages, first pass in a warmed-up process: "
          f"{statistics.median(r['ours'] for r in rounds):.1f} pages per CPU-second (1 job, median of {len(rounds)})")
    if "theirs" in rounds[0]:
        ratios = sorted(r["ours"] / r["theirs"] for r in rounds)
        print(f"trafilatura.extract alone: {statistics.median(r['theirs'] for r in rounds):.1f} pages per CPU-second;"
              f" pipeline/trafilatura = {statistics.median(ratios):.2f} (rounds {ratios[0]:.2f}-{ratios[-1]:.2f})")
    else:
        print("trafilatura not importable (pip install .[bench]); ratio skipped")
    if UDN.exists():
        from extractor import Pipeline
        from extractor.batch.job import warm_up
        from extractor.export import dumps

        pipe = Pipeline()
        warm_up(pipe)
        with UDN.open(encoding="utf-8") as fh:
            arts = [json.loads(line)["text"] for _, line in zip(range(args.udn), fh, strict=False)]
        udn = rate(lambda t, i: dumps(pipe.run(t, doc_id=f"u{i}")), arts)
        print(f"udn corpus ({len(arts)} articles): {udn:.1f} articles per CPU-second (1 job)")
    wall, cpu = cold_start(args.cold_runs)
    print(f"cold `python -m extractor extract` one page: median {wall:.2f} s wall, {cpu:.2f} s CPU")


if __name__ == "__main__":
    main()
