"""Every stage's time and the process's peak memory on one long article: real udn text run together.

    PYTHONPATH=. python benchmarks/bench_stage_scaling.py [--sizes 0.1,0.4,1.6] [--budget 600]

For each size (MB of UTF-8), the text goes through the whole pipeline once in a fresh process, each stage
timed on its own; printed: seconds per stage and the ratio to the previous size. A linear stage shows the
size ratio (4 for 0.1 -> 0.4 -> 1.6), a quadratic one ~16. Peak RSS is the child's maximum.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from extractor.dev import shared_dir

ROOT = Path(__file__).resolve().parent.parent
UDN = shared_dir() / "corpus/udn-2017.jsonl"


def one(mb: float, budget: float) -> dict[str, float]:
    import resource

    from extractor import Pipeline

    with UDN.open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    blob = "\n".join(texts).encode("utf-8")
    n = int(mb * 1_000_000)
    data = (blob * (n // len(blob) + 1))[:n].decode("utf-8", "ignore")
    pipe = Pipeline(time_budget=budget, max_bytes=n * 2)
    times: dict[str, float] = {}
    for i, spec in enumerate(pipe.specs):
        def timed(doc, fn=spec.fn, name=spec.name):  # type: ignore[no-untyped-def]
            t = time.process_time()
            try:
                return fn(doc)
            finally:
                times[name] = time.process_time() - t
        pipe.specs[i] = type(spec)(spec.name, timed, spec.requires, spec.assigns, spec.version)
    t = time.process_time()
    pipe.run(data, doc_id="long", content_type="text/plain")
    times["whole run"] = time.process_time() - t
    times["peak RSS MiB"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return times


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="0.1,0.4,1.6")
    ap.add_argument("--budget", type=float, default=600.0)
    ap.add_argument("--one", type=float, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.budget)))
        return
    env = os.environ | {"PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    sizes = [float(s) for s in args.sizes.split(",")]
    rows = []
    for mb in sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(mb), "--budget", str(args.budget)],
                             capture_output=True, text=True, env=env, cwd=ROOT)
        if out.returncode:
            print(f"{mb} MB: failed: {out.stderr.strip().splitlines()[-1:]}")
            break
        rows.append(json.loads(out.stdout))
    if not rows:
        return
    names = list(rows[0])
    print(f"{'stage (CPU s)':16}" + "".join(f"{f'{mb:g} MB':>10}" for mb in sizes[: len(rows)]) + "   ratios")
    for name in names:
        vals = [r.get(name, 0.0) for r in rows]
        ratios = " ".join(f"{b / a:5.1f}" if a > 0.001 else "    -" for a, b in zip(vals, vals[1:], strict=False))
        print(f"{name:16}" + "".join(f"{v:10.2f}" for v in vals) + f"   {ratios}")


if __name__ == "__main__":
    main()
