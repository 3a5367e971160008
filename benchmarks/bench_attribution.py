"""Time quote attribution (the "quotes" stage: quotes, speakers, entities) alone, per article.

    python benchmarks/bench_attribution.py [INPUT.jsonl ...] [--repeat N]

Default input: the shared seed, dev (Chinese) and dev_en (English HTML) sets. The stages before
"quotes" run once per article outside the timer. Prints, per language, the median wall-clock and the
mean CPU milliseconds of ``extract_quotes`` per article (CPU time is the stable figure on a shared
machine) and the number of quotes found. The budget is <= 2 ms for a typical article.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from extractor.dev import shared_dir
from extractor.extractors.quotes import extract_quotes
from extractor.pipeline import Pipeline

EVAL = shared_dir() / "eval"
DEFAULT = [EVAL / "seed" / "input.jsonl", EVAL / "dev" / "input.jsonl", EVAL / "dev_en" / "input.jsonl"]
BEFORE = ["normalize", "segment", "terms"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("inputs", nargs="*", type=Path, default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=50)
    args = ap.parse_args()
    pipe = Pipeline(BEFORE)
    docs = []
    for path in args.inputs:
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                docs.append(pipe.document(item.get("html") or item.get("text") or "", doc_id=item.get("id")))
    extract_quotes(docs[0])  # load lexicons once, as a long-running batch would
    by_lang: dict[str, list[tuple[float, float, int, int]]] = {}
    for doc in docs:
        walls = []
        cpu0 = time.process_time()
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            quotes, _ = extract_quotes(doc)
            walls.append(time.perf_counter() - t0)
        cpu = (time.process_time() - cpu0) / args.repeat
        lang = "zh" if doc.is_zh else "en"
        by_lang.setdefault(lang, []).append((statistics.median(walls), cpu, len(quotes), len(doc.text)))
    for lang, rows in sorted(by_lang.items()):
        walls = [r[0] * 1000 for r in rows]
        cpus = [r[1] * 1000 for r in rows]
        print(f"{lang}: {len(rows)} articles, {statistics.mean(r[3] for r in rows):.0f} chars avg, "
              f"{sum(r[2] for r in rows)} quotes; per article wall median {statistics.median(walls):.2f} ms "
              f"(max {max(walls):.2f}), cpu mean {statistics.mean(cpus):.2f} ms (max {max(cpus):.2f})")


if __name__ == "__main__":
    main()
