"""Where a 1-job run spends its time: ms per document per stage, on the real pages and the udn corpus.

    PYTHONPATH=. python benchmarks/bench_stages.py [--pages N] [--udn N] [--out benchmarks/results/stages.md]

Two passes over the same documents: an unprofiled one for the totals (articles per CPU-second, so that a
busy machine does not change the figure much; the first time the process sees these articles, as a batch
does: a second pass over the same texts runs ~25% faster on the per-word memos) and a cProfile one for the
split by stage (cumulative time of each stage's function; profiling inflates Python-heavy stages more than
C-heavy ones, so read the split as shares). Then each stage timed directly on the next udn articles. Then the serialisation alternatives on the same Articles: the stdlib ``json`` the
project uses, pydantic's ``model_dump_json`` and ``orjson`` when installed, each checked for
byte-identical output. The table is printed and written to ``--out``.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_vs_trafilatura import UDN, real_pages  # noqa: E402

# label: (file suffix, function name); ingest is split into its parts (HTML pages only have parse/main/meta).
STAGES = {
    "ingest total": ("ingest/__init__.py", "ingest"),
    "  decode": ("ingest/decode.py", "decode_bytes"),
    "  parse (lxml)": ("ingest/html.py", "_parse"),
    "  main text": ("ingest/maintext.py", "extract_main"),
    "  metadata": ("ingest/meta.py", "read_meta"),
    "  plain text": ("ingest/text.py", "parse_text"),
    "normalize": ("stages.py", "normalize_stage"),
    "  detect_language": ("normalize/script.py", "detect_language"),
    "  normalize_text": ("normalize/text.py", "normalize_text"),
    "segment (sentences)": ("stages.py", "segment_stage"),
    "words (jieba, lazy)": ("segment/words.py", "tokenize"),
    "terms": ("stages.py", "terms_stage"),
    "metrics": ("stages.py", "metrics_stage"),
    "quotes (incl. speakers)": ("stages.py", "quotes_stage"),
    "  speakers (prescan, parse, resolve)": ("extractors/speakers/", ("prescan", "parse_zh", "parse_en", "resolve")),
    "claims": ("stages.py", "claims_stage"),
    "assemble + span checks": ("pipeline.py", "to_article"),
    "serialise": ("export/__init__.py", "dumps"),
}


def _docs(pages: int, udn: int) -> tuple[list[str], list[str], list[str]]:
    """The real pages, ``udn`` corpus articles, and the next ``udn`` articles (unseen, for the direct timing)."""
    html = real_pages(pages)
    texts: list[str] = []
    if UDN.exists():
        with UDN.open(encoding="utf-8") as fh:
            texts = [json.loads(line)["text"] for _, line in zip(range(2 * udn), fh, strict=False)]
    return html, texts[:udn], texts[udn:]


def _table(pipe, docs: list[str], dumps) -> tuple[float, dict[str, float]]:  # type: ignore[no-untyped-def]
    t = time.process_time()
    for i, d in enumerate(docs):
        dumps(pipe.run(d, doc_id=f"d{i}"))
    cpu = time.process_time() - t
    prof = cProfile.Profile()
    prof.enable()
    for i, d in enumerate(docs):
        dumps(pipe.run(d, doc_id=f"d{i}"))
    prof.disable()
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    total = sum(v[3] for (f, _, name), v in stats.items() if f.endswith("pipeline.py") and name == "run")
    rows = {}
    for label, (path, fn) in STAGES.items():
        names = fn if isinstance(fn, tuple) else (fn,)
        if path.endswith("/"):  # a package: time entered from outside it (its functions call one another)
            ct = sum(ct for (f, _, name), v in stats.items() if path in f and name in names
                     for (cf, _, _), (_, _, _, ct) in v[4].items() if path not in cf)
        else:
            ct = sum(v[3] for (f, _, name), v in stats.items() if f.endswith(path) and name in names)
        rows[label] = ct / total * cpu / len(docs) * 1000 if total else 0.0  # profiled share of the real CPU time
    return cpu, rows


def _measured(pipe, docs: list[str], dumps) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """ms of CPU per document in each stage, timed directly (``process_time`` around each stage function, no
    profiler): the figures to compare between commits. ``pipe`` must run without a time budget: while the
    budget's ``ITIMER_PROF`` timer is armed, Linux's process CPU clock read inside the process lags (the stages
    seemed to take half the document's time, the gaps between them the rest). jieba's segmentation runs lazily inside whichever stage
    first reads the words (claims, speakers): it is timed on its own and also counted in that stage."""
    import extractor.ingest as ingest_mod
    import extractor.segment.words as words_mod

    acc: dict[str, float] = dict.fromkeys(["ingest", *(s.name for s in pipe.specs), "  jieba words (inside claims, quotes)",
                                           "assemble + span checks", "serialise"], 0.0)

    def timed(name: str, fn):  # type: ignore[no-untyped-def]
        def wrapper(*a, **k):  # type: ignore[no-untyped-def]
            t = time.process_time()
            try:
                return fn(*a, **k)
            finally:
                acc[name] += time.process_time() - t
        return wrapper

    saved = [(s, s.fn) for s in pipe.specs]
    saved_tok, saved_ingest, saved_assemble = words_mod.tokenize, ingest_mod.ingest, pipe.to_article
    try:
        for spec in pipe.specs:
            object.__setattr__(spec, "fn", timed(spec.name, spec.fn))
        words_mod.tokenize = timed("  jieba words (inside claims, quotes)", saved_tok)
        ingest_mod.ingest = timed("ingest", saved_ingest)
        pipe.to_article = timed("assemble + span checks", saved_assemble)
        for i, d in enumerate(docs):
            art = pipe.run(d, doc_id=f"m{i}")
            t = time.process_time()
            dumps(art)
            acc["serialise"] += time.process_time() - t
    finally:
        for spec, fn in saved:
            object.__setattr__(spec, "fn", fn)
        words_mod.tokenize, ingest_mod.ingest = saved_tok, saved_ingest
        del pipe.to_article
    return {k: v / len(docs) * 1000 for k, v in acc.items()}


def _serialisers(arts) -> list[str]:  # type: ignore[no-untyped-def]
    from extractor.export import dumps, to_dict

    ref = [dumps(a) for a in arts]
    out = []

    def timed(name: str, fn, compare: bool = True) -> None:  # type: ignore[no-untyped-def]
        t = time.process_time()
        got = [fn(a) for a in arts]
        ms = (time.process_time() - t) / len(arts) * 1000
        same = sum(g == r for g, r in zip(got, ref, strict=True))
        out.append(f"| {name} | {ms:.3f} | {f'{same}/{len(arts)} byte-identical' if compare else '(a dict)'} |")

    timed("json.dumps(model_dump) (used)", dumps)
    timed("  of which model_dump(mode='json')", to_dict, compare=False)
    timed("pydantic model_dump_json", lambda a: a.model_dump_json())
    try:
        import orjson
    except ImportError:
        out.append("| orjson | not installed | |")
    else:
        timed("orjson.dumps(model_dump)", lambda a: orjson.dumps(to_dict(a)).decode())
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--udn", type=int, default=400)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results" / "stages.md")
    args = ap.parse_args()
    from extractor import Pipeline
    from extractor.batch.job import warm_up
    from extractor.export import dumps

    pipe = Pipeline()
    warm_up(pipe)  # what `extractor batch` does before forking its workers
    html, texts, unseen = _docs(args.pages, args.udn)
    sets = {f"{len(html)} real HTML pages": html, f"{len(texts)} udn articles": texts}
    results = {name: _table(pipe, docs, dumps) for name, docs in sets.items() if docs}
    lines = ["# Stage table (1 job, ms of CPU per document; split by cProfile shares)", "",
             "| stage | " + " | ".join(results) + " |", "|---|" + "---:|" * len(results)]
    for label in STAGES:
        lines.append(f"| {label} | " + " | ".join(f"{rows[label]:.2f}" for _, rows in results.values()) + " |")
    lines.append("| **whole pipeline, ms/doc** | " + " | ".join(
        f"**{cpu / len(sets[name]) * 1000:.2f}**" for name, (cpu, _) in results.items()) + " |")
    lines.append("| **documents per CPU-second** | " + " | ".join(
        f"**{len(sets[name]) / cpu:.0f}**" for name, (cpu, _) in results.items()) + " |")
    timed_pipe = Pipeline(time_budget=None)  # see _measured: the budget's timer skews process_time
    timed_sets = {f"{len(html)} real HTML pages (seen)": html, f"{len(unseen)} other udn articles (unseen)": unseen}
    measured = {name: _measured(timed_pipe, docs, dumps) for name, docs in timed_sets.items() if docs}
    lines += ["", "Measured directly (CPU ms per document, `process_time` around each stage, no profiler, no time "
              "budget; the real pages are those the passes above saw, so their per-text memos are warm, the udn "
              "articles are the next ones in the corpus, seen for the first time):", "",
              "| stage | " + " | ".join(measured) + " |", "|---|" + "---:|" * len(measured)]
    for label in next(iter(measured.values())):
        lines.append(f"| {label} | " + " | ".join(f"{m[label]:.2f}" for m in measured.values()) + " |")
    lines.append("| **sum of stages** | " + " | ".join(
        f"**{sum(v for k, v in m.items() if not k.startswith(' ')):.2f}**" for m in measured.values()) + " |")
    arts = [pipe.run(d, doc_id=f"s{i}") for i, d in enumerate(texts[:200] + html)]
    lines += ["", f"Serialisation of {len(arts)} Articles (ms per Article):", "", "| how | ms | output |",
              "|---|---:|---|", *_serialisers(arts)]
    text = "\n".join(lines) + "\n"
    print(text)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
