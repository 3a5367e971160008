#!/usr/bin/env python3
"""Quality gate: run the pipeline on the held-out probe sets and compare with pinned floors.

    python benchmarks/quality_gate.py                 # score, compare with baseline.json, exit 1 on a drop
    python benchmarks/quality_gate.py --details       # also list every missed / extra item
    python benchmarks/quality_gate.py --update        # pin the current scores as floors (never lowers one...)
    python benchmarks/quality_gate.py --update --allow-regression   # ...unless told to
    python benchmarks/quality_gate.py --sets zh --json

The probe sets live in benchmarks/quality/<set>/{input,gold}.jsonl (see benchmarks/quality/README.md).
Scoring uses the shared scorer's own functions (``Scorer`` in score.py, found via $EXTRACTOR_SCORER,
else the shared eval folder's score.py (``extractor.dev.shared_dir``), else eval/score.py beside the repo), so the numbers are the ones
the project is judged by. A floor is checked as ``score >= floor - tolerance``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import time
from pathlib import Path

from extractor.dev import shared_dir

ROOT = Path(__file__).resolve().parent
QUALITY = ROOT / "quality"
BASELINE = QUALITY / "baseline.json"
SETS = ("zh", "en")
# The per-kind scores that are pinned (each as F1).
KINDS = ("metrics.value", "metrics.full", "quotes.span", "quotes.strict", "quotes.with_speaker",
         "claims.span", "claims.with_claimant", "terms.zh", "terms.full")
DEFAULT_TOLERANCE = 0.02
SCORER_CANDIDATES = (
    os.environ.get("EXTRACTOR_SCORER", ""),
    str(shared_dir() / "eval" / "score.py"),
    str(ROOT.parent / "eval" / "score.py"),
)


def load_scorer():
    """Import the shared score.py as a module; None when it cannot be found."""
    for cand in SCORER_CANDIDATES:
        if cand and Path(cand).is_file():
            spec = importlib.util.spec_from_file_location("_shared_score", cand)
            mod = importlib.util.module_from_spec(spec)
            assert spec.loader is not None
            spec.loader.exec_module(mod)
            return mod
    return None


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def predict(items: list[dict], pipe=None) -> dict[str, dict]:
    """Run the pipeline through its Python API; a failing document yields an empty prediction."""
    from extractor.export import dumps
    from extractor.pipeline import Pipeline

    pipe = pipe or Pipeline()
    out: dict[str, dict] = {}
    for it in items:
        src = it.get("html") or it.get("text") or ""
        try:
            art = pipe.run(src, doc_id=it["id"], url=it.get("url"))
            out[it["id"]] = json.loads(dumps(art))
        except Exception as exc:  # noqa: BLE001 - a crash scores as an empty article, and is reported
            print(f"  ! {it['id']}: {type(exc).__name__}: {exc}", file=sys.stderr)
            out[it["id"]] = {"id": it["id"]}
    return out


def score_set(name: str, scorer_mod, pipe=None) -> tuple[dict, list[str], float]:
    d = QUALITY / name
    items, golds = read_jsonl(d / "input.jsonl"), read_jsonl(d / "gold.jsonl")
    t0 = time.monotonic()
    preds = predict(items, pipe)
    elapsed = time.monotonic() - t0
    sc = scorer_mod.Scorer()
    extra: list[str] = []
    for g in golds:
        sc.article(g, preds.get(g["id"]))
        extra += metric_mismatches(scorer_mod, g, preds.get(g["id"]) or {})
    summary = sc.summary()
    summary["articles"] = {"gold": len(golds), "missing_in_pred": sum(g["id"] not in preds for g in golds)}
    return summary, sc.details + extra, elapsed


def metric_mismatches(S, gold: dict, pred: dict) -> list[str]:
    """Metric pairs that match on value but not on qualifier/per (what separates metrics.value from .full)."""
    if "metrics" not in gold:
        return []
    G = S.dedupe(gold["metrics"], S.metric_key)
    P = S.dedupe(pred.get("metrics") or [], S.metric_key)
    if gold.get("metric_kinds"):
        P = [p for p in P if S.kind_of(p) in gold["metric_kinds"]]

    def mscore(g, p):
        if not S.metric_value_match(g, p):
            return None
        a, b = S.overlap(S.norm(g.get("text")), S.norm(p.get("text")))
        return 1.0 + min(a, b)

    out = []
    for i, j in S.greedy(G, P, mscore):
        g, p = G[i], P[j]
        gq, pq = g.get("qualifier") or "exact", p.get("qualifier") or "exact"
        gp, pp = g.get("per") or None, p.get("per") or None
        if gq != pq or gp != pp:
            out.append(f"[{gold.get('id')}] metric qualifier/per: {g.get('text')!r} gold={gq}/{gp} "
                       f"pred={p.get('text')!r} {pq}/{pp}")
    return out


def run_all(sets=SETS, scorer_mod=None) -> dict[str, dict]:
    """{set: {"summary": ..., "details": [...], "seconds": float}} — importable by the test."""
    from extractor.pipeline import Pipeline

    scorer_mod = scorer_mod or load_scorer()
    if scorer_mod is None:
        raise FileNotFoundError("score.py not found; set EXTRACTOR_SCORER=/path/to/score.py")
    pipe = Pipeline()
    res = {}
    for s in sets:
        summary, details, secs = score_set(s, scorer_mod, pipe)
        res[s] = {"summary": summary, "details": details, "seconds": secs}
    return res


def current_scores(res: dict) -> dict[str, dict[str, float]]:
    return {s: {k: r["summary"][k]["f1"] for k in KINDS if k in r["summary"]} for s, r in res.items()}


def load_baseline(path: Path = BASELINE) -> dict:
    if path.is_file():
        return json.loads(path.read_text(encoding="utf-8"))
    return {"tolerance": DEFAULT_TOLERANCE, "floors": {}}


def compare(scores: dict, baseline: dict, tolerance: float | None = None) -> list[str]:
    """Every pinned floor the current scores fall below (minus the tolerance)."""
    tol = baseline.get("tolerance", DEFAULT_TOLERANCE) if tolerance is None else tolerance
    fails = []
    for s, floors in baseline.get("floors", {}).items():
        if s not in scores:
            continue
        for k, floor in floors.items():
            got = scores[s].get(k, 0.0)
            if got < floor - tol:
                fails.append(f"{s}:{k} f1={got:.4f} < floor {floor:.4f} - tol {tol}")
    return fails


def update(scores: dict, baseline: dict, allow_regression: bool) -> tuple[dict, list[str]]:
    """New baseline with floors = current scores; refuses (returns problems) to lower a floor."""
    new = json.loads(json.dumps(baseline))
    new.setdefault("tolerance", DEFAULT_TOLERANCE)
    floors = new.setdefault("floors", {})
    lowered = []
    for s, ks in scores.items():
        for k, v in ks.items():
            old = floors.get(s, {}).get(k)
            if old is not None and v < old:
                lowered.append(f"{s}:{k} {old:.4f} -> {v:.4f}")
    if lowered and not allow_regression:
        return baseline, lowered
    for s, ks in scores.items():
        floors[s] = {k: round(v, 4) for k, v in ks.items()}
    new["pinned_at"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    return new, lowered


def report(res: dict, baseline: dict) -> str:
    lines = []
    for s, r in res.items():
        sm = r["summary"]
        lines.append(f"== {s} ({sm.get('articles', {}).get('gold', '?')} articles, {r['seconds']:.1f}s)")
        for k in KINDS:
            if k in sm:
                v = sm[k]
                floor = baseline.get("floors", {}).get(s, {}).get(k)
                fl = f"  floor={floor:.4f}" if floor is not None else ""
                lines.append(f"  {k:22s} P={v['p']:.3f} R={v['r']:.3f} F1={v['f1']:.3f}"
                             f"  (tp={v['tp']} fp={v['fp']} fn={v['fn']}){fl}")
        for k in ("quotes.speaker", "quotes.kind", "claims.claimant", "metrics.label", "title", "published", "language"):
            if k in sm:
                lines.append(f"  {k:22s} acc={sm[k]['accuracy']:.3f} (n={sm[k]['n']})")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", default=list(SETS), choices=SETS)
    ap.add_argument("--details", action="store_true", help="list every missed and extra item")
    ap.add_argument("--json", action="store_true", help="print the per-set summaries as JSON")
    ap.add_argument("--update", action="store_true", help="pin the current scores as the new floors")
    ap.add_argument("--allow-regression", action="store_true", help="with --update: allow lowering a floor")
    ap.add_argument("--tolerance", type=float, default=None, help="override baseline.json's tolerance")
    ap.add_argument("--baseline", type=Path, default=BASELINE)
    args = ap.parse_args(argv)

    baseline = load_baseline(args.baseline)
    res = run_all(args.sets)
    scores = current_scores(res)
    if args.json:
        print(json.dumps({s: r["summary"] for s, r in res.items()}, ensure_ascii=False, indent=1))
    else:
        print(report(res, baseline))
    if args.details:
        for s, r in res.items():
            print(f"--- details {s}")
            print("\n".join(r["details"]))

    if args.update:
        new, lowered = update(scores, baseline, args.allow_regression)
        if lowered and not args.allow_regression:
            print("refusing to lower floor(s) without --allow-regression:\n  " + "\n  ".join(lowered))
            return 2
        args.baseline.write_text(json.dumps(new, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"pinned floors in {args.baseline}" + (f" (lowered: {'; '.join(lowered)})" if lowered else ""))
        return 0

    fails = compare(scores, baseline, args.tolerance)
    if fails:
        print("QUALITY GATE FAILED:\n  " + "\n  ".join(fails))
        return 1
    print("quality gate: ok" if baseline.get("floors") else "quality gate: no floors pinned yet (run --update)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
