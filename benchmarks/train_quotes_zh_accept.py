"""Train the second-look judge of Chinese cues (extractor/data/quotes_accept_zh.json).

    python benchmarks/train_quotes_zh_accept.py               # k-fold figures, then train on every article, write
    python benchmarks/train_quotes_zh_accept.py --folds-only  # the k-fold figures only

Data: the annotated udn articles of ``extractor/data/train/udn`` (input.jsonl + gold.jsonl). The rules of
``quotes/zh_indirect.py`` run first; every cue they leave over (:func:`zh_accept.candidate_cues`) is an example,
labelled 1 when a gold indirect quote opens within a character or two of where its words would start.
Logistic regression by batch gradient descent in pure Python (``claims/learn.fit``): deterministic. The k-fold
figures are end to end: quotes.with_speaker (p/r/f1, pooled over the held-out articles of 5 folds) of the rules
alone and with the judge at each threshold; the committed threshold is the one the folds chose (best f1 among
those keeping speaker_exact within EXACT_SLACK of the rules').
Knobs (environment): L2 (10), STEPS (300), FOLDS (5), THRESHOLDS, DATA (more folders, comma-separated).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
from pathlib import Path

from extractor.dev import shared_dir

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.extractors.claims.learn import fit  # noqa: E402
from extractor.extractors.quotes import zh_accept  # noqa: E402
from extractor.extractors.quotes.extract import extract_quotes  # noqa: E402
from extractor.pipeline import Pipeline  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from train_claims import annotated_docs  # noqa: E402

DATA = [ROOT / "extractor" / "data" / "train" / "udn"]
OUT = ROOT / "extractor" / "data" / zh_accept.MODEL_FILE
# a threshold is chosen only if the held-out speaker_exact stays within this of the rules' (the judge's
# speakers are often the words as written, which the lenient with_speaker match forgives and exactness not)
EXACT_SLACK = float(os.environ.get("EXACT_SLACK", "0.01"))
THRESHOLDS = tuple(float(t) for t in os.environ.get("THRESHOLDS", "0.4,0.5,0.6,0.7").split(","))


def _scorer():
    for cand in (shared_dir() / "eval" / "score.py",):
        if cand.exists():
            spec = importlib.util.spec_from_file_location("score", cand)
            mod = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(mod)  # type: ignore[union-attr]
            return mod
    raise SystemExit("score.py not found (../shared/eval/score.py)")


def load_docs(folders: list[Path]) -> list[tuple[object, dict]]:
    pipe = Pipeline(["normalize", "segment", "terms"])
    sets = [(folder.name, folder / "input.jsonl", folder / "gold.jsonl") for folder in folders]
    out = [(doc, g) for _, doc, g in annotated_docs(sets, pipe, kind="quotes") if doc.is_zh]
    return sorted(out, key=lambda dg: dg[1]["id"])


def _use(weights: dict[str, float], threshold: float) -> None:
    zh_accept._model = lambda: (weights, threshold)  # type: ignore[assignment]


def examples(doc, gold: dict) -> list[tuple[dict[str, float], int]]:
    """The leftover cues of ``doc`` with their labels from ``gold``."""
    text = doc.text
    starts = set()
    for q in gold["quotes"]:
        if q.get("kind") != "indirect" or not q.get("text"):
            continue
        i = text.find(q["text"])
        while i >= 0:
            starts.add(i)
            i = text.find(q["text"], i + 1)
    rows: list[tuple[dict[str, float], int]] = []
    real = zh_accept.accepted

    def collect(reg, text, folded, bounds, out, blocked, content_end):
        taken = sorted((c.span for c in out), key=lambda s: s.start)
        for m, j, inside in zh_accept.candidate_cues(text, folded, taken, blocked):
            if zh_accept.words_end(text, j, taken, content_end) is None:
                continue  # no words to report: never judged
            feats, _, _ = zh_accept.cue_features(reg, text, folded, bounds, m, j, inside)
            y = int(any(s in starts for s in range(j - 1, j + 3)))
            rows.append(({f: 1.0 for f in feats}, y))
        return []

    zh_accept.accepted = collect  # type: ignore[assignment]
    try:
        extract_quotes(doc)
    finally:
        zh_accept.accepted = real  # type: ignore[assignment]
    return rows


def score_quotes(score, docs, weights: dict[str, float], threshold: float):
    _use(weights, threshold)
    return quote_scores(score, docs)


def quote_scores(score, docs):
    """quotes.with_speaker and the accuracy tallies of the quotes stage as it now stands, over ``docs``."""
    sc = score.Scorer()
    for doc, g in docs:
        quotes, _ = extract_quotes(doc)
        pred = {"id": g["id"], "quotes": [{"text": q.text, "kind": q.kind, "speaker": q.speaker} for q in quotes]}
        sc.article({"id": g["id"], "quotes": g["quotes"]}, pred)
    return sc.s["quotes.with_speaker"], sc.acc


def _fmt(prf) -> str:
    d = prf.as_dict()
    return f"{d['p']:.3f}/{d['r']:.3f}/{d['f1']:.3f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds-only", action="store_true", help="print the k-fold figures, write nothing")
    args = ap.parse_args()
    l2, steps, k = float(os.environ.get("L2", "10")), int(os.environ.get("STEPS", "300")), int(os.environ.get("FOLDS", "5"))
    folders = DATA + [Path(p) for p in os.environ.get("DATA", "").split(",") if p]
    score = _scorer()
    docs = load_docs(folders)
    _use({}, 0.5)
    rows_of = [examples(doc, g) for doc, g in docs]
    print(f"{len(docs)} articles, {sum(map(len, rows_of))} leftover cues "
          f"({sum(y for r in rows_of for _, y in r)} open a gold indirect quote)", flush=True)
    score_mod = score
    base = score_mod.PRF()
    tot = {t: score_mod.PRF() for t in THRESHOLDS}
    exact = {t: [0, 0] for t in ("rules", *THRESHOLDS)}
    for fold in range(k):
        train = [r for i, rs in enumerate(rows_of) if i % k != fold for r in rs]
        held = [d for i, d in enumerate(docs) if i % k == fold]
        w = fit(train, l2=l2, steps=steps)
        prf, acc = score_quotes(score, held, {}, 0.5)
        base.add(prf.tp, prf.tp + prf.fp, prf.tp + prf.fn)
        exact["rules"][0] += acc["quotes.speaker_exact"]
        exact["rules"][1] += acc["quotes.speaker_exact/n"]
        for t in THRESHOLDS:
            prf, acc = score_quotes(score, held, w, t)
            tot[t].add(prf.tp, prf.tp + prf.fp, prf.tp + prf.fn)
            exact[t][0] += acc["quotes.speaker_exact"]
            exact[t][1] += acc["quotes.speaker_exact/n"]
        print(f"fold {fold} done", flush=True)
    print(f"{k}-fold held out, quotes.with_speaker p/r/f1 (speaker_exact):")
    print(f"  rules alone     {_fmt(base)} ({exact['rules'][0] / max(1, exact['rules'][1]):.3f})")
    for t in THRESHOLDS:
        print(f"  threshold {t:<4}  {_fmt(tot[t])} ({exact[t][0] / max(1, exact[t][1]):.3f})")
    if args.folds_only:
        return 0
    rules_exact = exact["rules"][0] / max(1, exact["rules"][1])
    keep = [t for t in THRESHOLDS if exact[t][0] / max(1, exact[t][1]) >= rules_exact - EXACT_SLACK] or [max(THRESHOLDS)]
    best = max(keep, key=lambda t: (round(tot[t].as_dict()["f1"], 4), t))
    w = fit([r for rs in rows_of for r in rs], l2=l2, steps=steps)
    OUT.write_text(json.dumps({
        "_doc": f"Second-look judge of Chinese cues, written by benchmarks/train_quotes_zh_accept.py from "
                f"{len(docs)} annotated articles; threshold chosen by {k}-fold held-out quotes.with_speaker",
        "threshold": best, "weights": dict(sorted(w.items()))}, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(w)} weights, threshold {best})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
