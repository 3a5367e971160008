"""Time the claims stage alone on the seed article (the stages before it run once, outside the timer).

    python benchmarks/bench_claims.py [FILE] [--repeat N]

Prints the median wall-clock milliseconds per document of ``extract_claims``, the mean CPU milliseconds
(stable on a shared machine, where wall time includes waiting for a core) and the number of claims.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from extractor.extractors.claims import extract_claims
from extractor.pipeline import Pipeline

SEED = Path("/work/shared/seed/ai-roi-bubble.zh-Hant.txt")
BEFORE = ["normalize", "segment", "words", "terms", "metrics", "quotes"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("file", nargs="?", type=Path, default=SEED)
    ap.add_argument("--repeat", type=int, default=200)
    args = ap.parse_args()
    doc = Pipeline(BEFORE).document(args.file.read_text("utf-8"), doc_id=args.file.stem)
    extract_claims(doc)  # load lexicons once, as a long-running batch would
    times = []
    cpu0 = time.process_time()
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        claims = extract_claims(doc)
        times.append(time.perf_counter() - t0)
    cpu = (time.process_time() - cpu0) / args.repeat
    print(f"claims: {len(claims)} on {args.file.name} ({len(doc.text)} chars); wall median "
          f"{statistics.median(times) * 1000:.2f} ms, p90 {sorted(times)[int(len(times) * 0.9)] * 1000:.2f} ms; "
          f"cpu mean {cpu * 1000:.2f} ms")


if __name__ == "__main__":
    main()
