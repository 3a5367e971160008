"""Time the hostile inputs of tests/test_robustness.py, stage by stage, with no pipeline time budget
(a stage still running after CAP seconds is stopped, so the benchmark always finishes).

    python benchmarks/bench_hostile.py            # every input
    python benchmarks/bench_hostile.py comma      # inputs whose name contains "comma"

Each input should finish within 2 s (issue 8). Prints one line per input: total seconds, the slowest
stage, and the outcome (ok with item counts, or the InputError code). Stages are run one by one
exactly as ``Pipeline.document`` runs them, so the per-stage split is honest.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extractor.document import Document, OffsetMap  # noqa: E402
from extractor.errors import ExtractorError  # noqa: E402
from extractor.ingest import ingest  # noqa: E402
from extractor.limits import time_budget  # noqa: E402
from extractor.pipeline import Pipeline  # noqa: E402
from tests.test_robustness import HOSTILE  # noqa: E402

# More shapes, timed here but not in the tests (each costs the test suite up to its 2 s budget).
EXTRA = {
    "unit-runs": "萬億兆" * 60_000,
    "qualifier-runs": "約超過不到至少" * 30_000,
    "dash-ranges": "1-2-3–4~5至6" * 30_000,
    "dollar-digits": "$" + "1" * 100_000 + "bn",
    "nested-parens-en": "(AI " * 50_000,
    "gloss-runs": "人工智慧(artificial intelligence)" * 10_000,
    "quote-pairs": "「好」" * 60_000,
    "spaces-digits": "1 " * 300_000,
    "colon-runs": "表示：" * 50_000,
    "period-runs": "。" * 300_000,
    "dateline-runs": "2026年2月2日" * 30_000,
    "mixed-sentences": "分析師表示，營收成長 5%。「泡沫。」他說。" * 10_000,
    # Shapes that were quadratic (a walk back to the sentence or paragraph start per hit):
    "own-voice-cue-runs": "顯示" * 50_000 + "，泡沫。",
    "en-stance-sentence": "revenue grew and analysts said the bubble is growing, " * 6_000 + ".",
    "said-runs-ended": "said " * 100_000 + ".",
    "text-table-blocks": "Table: Revenue (2026)\n" * 5_000 + "Row 5 billion dollars\n" * 5_000,
    "list-commas": "1、2；3，" * 60_000,
}
LIMIT = 2.0
CAP = 20.0  # a stage still running after this long is stopped and reported as a timeout


def run_one(pipe: Pipeline, name: str, source: str) -> tuple[float, list[tuple[str, float]], str]:
    times: list[tuple[str, float]] = []
    t0 = time.perf_counter()
    try:
        raw = ingest(source, max_bytes=pipe.max_bytes, name=name)
        times.append(("ingest", time.perf_counter() - t0))
        doc = Document(doc_id=name, text=raw.text, source_text=raw.text, offsets=OffsetMap.identity(len(raw.text)),
                       language="", meta=raw.meta, tables=tuple(raw.tables), warnings=tuple(raw.warnings))
        for spec in pipe.specs:
            t = time.perf_counter()
            try:
                with time_budget(CAP, source=name):
                    doc = spec.fn(doc)
            finally:
                times.append((spec.name, time.perf_counter() - t))
        t = time.perf_counter()
        art = pipe.to_article(doc)
        times.append(("assemble", time.perf_counter() - t))
        outcome = f"ok m={len(art.metrics)} q={len(art.quotes)} c={len(art.claims)} t={len(art.terms)}"
    except ExtractorError as exc:
        outcome = f"{type(exc).__name__} {exc.code}" + (f" (stage stopped after {CAP:g} s)" if exc.code == "E150" else "")
    except RecursionError:
        outcome = "RecursionError"
    return time.perf_counter() - t0, times, outcome


def main(argv: list[str]) -> int:
    pipe = Pipeline(time_budget=None)
    pipe.warm_up()
    slow = 0
    print(f"{'input':28} {'chars':>9} {'total s':>8}  {'slowest stage':24} outcome")
    for name, source in {**HOSTILE, **EXTRA}.items():
        if argv and not any(a in name for a in argv):
            continue
        total, times, outcome = run_one(pipe, name, source)
        worst = max(times, key=lambda x: x[1]) if times else ("-", 0.0)
        flag = "  SLOW" if total > LIMIT else ""
        slow += total > LIMIT
        print(f"{name:28} {len(source):9d} {total:8.2f}  {worst[0]:12} {worst[1]:8.2f}s  {outcome}{flag}")
    print(f"{slow} input(s) over {LIMIT:g} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
