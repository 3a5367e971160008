"""Benchmark: time metric extraction alone on the seed article and the dev articles.

    python benchmarks/bench_metrics.py [--repeat 200] [--sets dev dev_en dev2] [--train]

``--train`` adds the hand-annotated udn training articles (extractor/data/train/udn/input.jsonl).

Prints the median milliseconds per article for the metrics stage only (the Document is built once,
outside the timed loop). The issue's budget is <= 1 ms added to a typical article.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from extractor.dev import shared_dir
from extractor.extractors.metrics import extract_metrics
from extractor.pipeline import Pipeline

EVAL = shared_dir() / "eval"
SEED = shared_dir() / "seed/ai-roi-bubble.zh-Hant.txt"


TRAIN = Path(__file__).resolve().parent.parent / "extractor" / "data" / "train" / "udn" / "input.jsonl"


def _docs(sets: list[str], train: bool) -> list[tuple[str, object]]:
    pipe = Pipeline(["normalize", "segment"])
    out = []
    if SEED.exists():
        out.append(("seed", pipe.document(SEED.read_text("utf-8"), doc_id="seed")))
    paths = [EVAL / name / "input.jsonl" for name in sets] + ([TRAIN] if train else [])
    for path in paths:
        if path.exists():
            for line in path.read_text("utf-8").splitlines():
                rec = json.loads(line)
                src = rec.get("text") or rec.get("html")
                out.append((rec["id"], pipe.document(src, doc_id=rec["id"])))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=200)
    ap.add_argument("--sets", nargs="*", default=["dev", "dev_en"], help="eval sets under the shared eval folder (extractor.dev.shared_dir)")
    ap.add_argument("--train", action="store_true", help="add the udn training articles")
    args = ap.parse_args()
    rows = []
    for doc_id, doc in _docs(args.sets, args.train):
        extract_metrics(doc)  # warm up lexicons and regexes
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            ms = extract_metrics(doc)
            times.append(time.perf_counter() - t)
        med = statistics.median(times) * 1000
        rows.append(med)
        print(f"{doc_id:24s} {len(doc.text):6d} chars {len(ms):3d} metrics  {med:7.3f} ms")
    print(f"{'median over articles':24s} {statistics.median(rows):7.3f} ms  (max {max(rows):.3f} ms)")


if __name__ == "__main__":
    main()
