"""cProfile a 1-job run over the real pages and the udn corpus; print ms per document per stage.

    PYTHONPATH=. python benchmarks/bench_stages.py [--pages N] [--udn N]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_vs_trafilatura import UDN, real_pages  # noqa: E402

STAGES = {
    "ingest (decode+parse+main text+meta)": ("ingest/__init__.py", "ingest"),
    "normalize": ("stages.py", "normalize_stage"),
    "segment": ("stages.py", "segment_stage"),
    "words": ("stages.py", "words_stage"),
    "terms": ("stages.py", "terms_stage"),
    "metrics": ("stages.py", "metrics_stage"),
    "quotes (incl. speakers)": ("stages.py", "quotes_stage"),
    "claims": ("stages.py", "claims_stage"),
    "assemble+checks": ("pipeline.py", "to_article"),
    "serialise": ("export/__init__.py", "dumps"),
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--udn", type=int, default=300)
    args = ap.parse_args()
    from extractor import Pipeline
    from extractor.export import dumps

    pipe = Pipeline()
    pipe.warm_up()
    docs = real_pages(args.pages)
    with UDN.open(encoding="utf-8") as fh:
        docs += [json.loads(line)["text"] for _, line in zip(range(args.udn), fh, strict=False)]
    prof = cProfile.Profile()
    prof.enable()
    for i, d in enumerate(docs):
        dumps(pipe.run(d, doc_id=f"d{i}"))
    prof.disable()
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    print(f"{'stage':40} ms/doc  ({len(docs)} docs)")
    for label, (path, fn) in STAGES.items():
        ct = sum(v[3] for (f, _, name), v in stats.items() if f.endswith(path) and name == fn)
        print(f"{label:40} {ct / len(docs) * 1000:6.2f}")


if __name__ == "__main__":
    main()
