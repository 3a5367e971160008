"""Claims-stage scaling on long input: real udn text concatenated to 0.1, 0.4 and 1.6 MB.

    python benchmarks/bench_scaling.py [--corpus FILE] [--sizes 0.1,0.4,1.6]

Prints the seconds of the claims stage (the stages before it run outside the timer) per size and the
ratio to the previous size; a linear stage gives a ratio near the size ratio (4), a quadratic one ~16.
No assertion: a shared machine's timings are for reading, not for gating.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from extractor.dev import shared_dir
from extractor.extractors.claims import extract_claims
from extractor.pipeline import Pipeline

CORPUS = shared_dir() / "corpus/udn-2017.jsonl"
BEFORE = ["normalize", "segment", "words", "terms", "metrics", "quotes"]


def _texts(path: Path) -> list[str]:
    out = []
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            t = rec.get("text") or rec.get("content") or rec.get("body") or ""
            if t:
                out.append(t)
    return out


def _concat(texts: list[str], size: int) -> str:
    parts, n, i = [], 0, 0
    while n < size:
        t = texts[i % len(texts)]
        parts.append(t)
        n += len(t.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(parts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--sizes", default="0.1,0.4,1.6")
    args = ap.parse_args()
    texts = _texts(args.corpus)
    prev = None
    for mb in (float(x) for x in args.sizes.split(",")):
        doc = Pipeline(BEFORE).document(_concat(texts, int(mb * 1_000_000)), doc_id=f"scale-{mb}")
        t0 = time.perf_counter()
        claims = extract_claims(doc)
        secs = time.perf_counter() - t0
        ratio = f"{secs / prev:.1f}x" if prev else "-"
        print(f"{mb:.1f} MB ({len(doc.text)} chars): claims stage {secs:.2f} s, {len(claims)} claims, ratio {ratio}")
        prev = secs


if __name__ == "__main__":
    main()
