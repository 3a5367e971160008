"""Time the claims stage alone on the seed article (the stages before it run once, outside the timer).

    python benchmarks/bench_claims.py [FILE] [--repeat N]
    python benchmarks/bench_claims.py --udn 200        # share of the whole pipeline on real news

Prints the median wall-clock milliseconds per document of ``extract_claims``, the mean CPU milliseconds
(stable on a shared machine, where wall time includes waiting for a core) and the number of claims.
With ``--udn N`` it runs the whole pipeline on the first N articles of the udn corpus and prints the
CPU milliseconds per article of the pipeline and of the claims stage, and the claims stage's share
(the budget is 20 %).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from extractor.dev import shared_dir
from extractor.extractors.claims import extract_claims
from extractor.pipeline import Pipeline
from extractor.segment.words import Tokens

UDN = shared_dir() / "corpus/udn-2017.jsonl"
SEED = shared_dir() / "seed/ai-roi-bubble.zh-Hant.txt"
BEFORE = ["normalize", "segment", "words", "terms", "metrics", "quotes"]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("file", nargs="?", type=Path, default=SEED)
    ap.add_argument("--repeat", type=int, default=200)
    ap.add_argument("--udn", type=int, default=0, help="measure the share of the pipeline on N udn articles")
    args = ap.parse_args()
    if args.udn:
        share(args.udn)
        return
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


def share(n: int) -> None:
    import json

    pipe = Pipeline()
    pipe.warm_up()
    records = []
    with UDN.open(encoding="utf-8") as fh:
        for line in fh:
            if len(records) >= n:
                break
            records.append(json.loads(line))
    total = claims = 0.0
    for i, rec in enumerate(records):
        t0 = time.process_time()
        doc = pipe.document(rec["text"], doc_id=str(i), content_type="text/plain")
        pipe.to_article(doc)
        if isinstance(doc.tokens, Tokens):  # segment again: only the claims stage reads jieba's words
            doc = doc.evolve(tokens=Tokens(doc.text))
        t1 = time.process_time()
        extract_claims(doc)  # the same work the claims stage did inside the run above
        t2 = time.process_time()
        total += t1 - t0
        claims += t2 - t1
    print(f"udn x{len(records)}: pipeline cpu {total / len(records) * 1000:.2f} ms/article, claims stage "
          f"{claims / len(records) * 1000:.2f} ms/article = {claims / total * 100:.1f} % of the pipeline")


if __name__ == "__main__":
    main()
