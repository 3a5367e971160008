"""Whole pipeline vs ``trafilatura.extract`` on the same real pages, in one process; udn articles/s; cold start.

    PYTHONPATH=. python benchmarks/bench_vs_trafilatura.py [--pages N] [--udn N] [--cold-runs N]

Needs the ``bench`` extra for trafilatura (skipped with a note if it is missing).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_EN = Path("/work/shared/eval/dev_en/input.jsonl")
UDN = Path("/work/shared/corpus/udn-2017.jsonl")


def real_pages(limit: int) -> list[str]:
    pages = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*/*/input.html"))]
    if DEV_EN.exists():
        with DEV_EN.open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec.get("html"):
                    pages.append(rec["html"])
    return pages[:limit]


def rate(fn, items) -> float:
    t = time.perf_counter()
    for i, x in enumerate(items):
        fn(x, i)
    return len(items) / (time.perf_counter() - t)


def cold_start(runs: int) -> float:
    page = ROOT / "samples/en/chipmaker-capex/input.html"
    walls = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "extractor", "extract", str(page)], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
        walls.append(time.perf_counter() - t)
    return statistics.median(walls)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--udn", type=int, default=1470)
    ap.add_argument("--cold-runs", type=int, default=5)
    args = ap.parse_args()
    from extractor import Pipeline

    pipe = Pipeline()
    pipe.warm_up()
    pages = real_pages(args.pages)
    ours = rate(lambda h, i: pipe.run(h, doc_id=f"p{i}"), pages)
    print(f"pipeline on {len(pages)} real pages: {ours:.1f} pages/s (1 job)")
    try:
        import trafilatura
    except ImportError:
        print("trafilatura not installed (pip install .[bench]); ratio skipped")
    else:
        theirs = rate(lambda h, i: trafilatura.extract(h), pages)
        print(f"trafilatura.extract: {theirs:.1f} pages/s; pipeline/trafilatura = {ours / theirs:.2f}")
    if UDN.exists():
        with UDN.open(encoding="utf-8") as fh:
            arts = [json.loads(line)["text"] for _, line in zip(range(args.udn), fh, strict=False)]
        print(f"udn corpus: {rate(lambda t, i: pipe.run(t, doc_id=f'u{i}'), arts):.1f} articles/s per core")
    print(f"cold `python -m extractor extract` one page: median {cold_start(args.cold_runs):.2f} s")


if __name__ == "__main__":
    main()
