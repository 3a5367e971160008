"""Train where Chinese reported words end (extractor/data/quotes_extent_zh.json).

    python benchmarks/train_quotes_zh_extent.py               # k-fold figures, then train on every article, write
    python benchmarks/train_quotes_zh_extent.py --folds-only  # the k-fold figures only

Data: the annotated udn articles of ``extractor/data/train/udn``. The quote finders run with no extent model;
every reported-words range they give (the rules' and the second look's, where ``zh_extent.cut`` is called)
whose start is within a character or two of a gold indirect quote's start gives one example per comma inside
it, up to the first comma at or past the gold end: labelled 1 when the gold words go on past the comma, 0 at
the comma where they end. Logistic regression by batch gradient descent in pure Python (``claims/learn.fit``):
deterministic. The k-fold figures are end to end: quotes.with_speaker (p/r/f1 pooled over the held-out
articles of 5 folds, speaker_exact in brackets) without the model and with it cutting below each threshold;
the committed model cuts below the threshold the folds chose (folded into its bias), and nothing is written
when no threshold beats the rules held out. Run it after ``train_quotes_zh_accept.py`` (the second look
decides which words are judged here). Knobs (environment): L2 (5), STEPS (300), FOLDS (5), THRESHOLDS.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from train_quotes_zh_accept import DATA, _fmt, _scorer, load_docs, quote_scores  # noqa: E402

from extractor.extractors.claims.learn import fit  # noqa: E402
from extractor.extractors.quotes import zh_extent  # noqa: E402
from extractor.extractors.quotes.extract import extract_quotes  # noqa: E402

OUT = ROOT / "extractor" / "data" / zh_extent.MODEL_FILE
THRESHOLDS = tuple(float(t) for t in os.environ.get("THRESHOLDS", "0.4,0.5,0.6").split(","))


def _use(weights: dict[str, float]) -> None:
    zh_extent._model = lambda: weights  # type: ignore[assignment]


def examples(doc, gold: dict) -> list[tuple[dict[str, float], int]]:
    """One example per comma of every reported-words range of ``doc`` that opens a gold indirect quote."""
    text = doc.text
    folded = doc.folded or text
    ends: dict[int, int] = {}
    for q in gold["quotes"]:
        if q.get("kind") != "indirect" or not q.get("text"):
            continue
        i = text.find(q["text"])
        while i >= 0:
            ends[i] = max(ends.get(i, 0), i + len(q["text"]))
            i = text.find(q["text"], i + 1)
    seen: list[tuple[int, int]] = []
    real = zh_extent.cut

    def record(text_: str, folded_: str, start: int, end: int) -> int:
        seen.append((start, end))
        return end

    zh_extent.cut = record  # type: ignore[assignment]
    try:
        extract_quotes(doc)
    finally:
        zh_extent.cut = real  # type: ignore[assignment]
    rows: list[tuple[dict[str, float], int]] = []
    for start, end in sorted(set(seen)):
        gold_end = next((ends[s] for s in range(start - 1, start + 3) if s in ends), None)
        if gold_end is None:
            continue
        for k, c in enumerate(zh_extent.commas(text, start, end)):
            if c - start < 4:
                continue
            y = int(gold_end > c + 1)
            rows.append(({f: 1.0 for f in zh_extent.comma_features(text, folded, start, end, c, k)}, y))
            if not y:
                break
    return rows


def _shifted(weights: dict[str, float], threshold: float) -> dict[str, float]:
    """``weights`` cutting where the probability of going on is below ``threshold`` (the bias moved)."""
    out = dict(weights)
    out["bias"] = out.get("bias", 0.0) - math.log(threshold / (1.0 - threshold))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds-only", action="store_true", help="print the k-fold figures, write nothing")
    args = ap.parse_args()
    l2, steps, k = float(os.environ.get("L2", "5")), int(os.environ.get("STEPS", "300")), int(os.environ.get("FOLDS", "5"))
    score = _scorer()
    docs = load_docs(DATA)
    _use({})
    rows_of = [examples(doc, g) for doc, g in docs]
    n = sum(map(len, rows_of))
    print(f"{len(docs)} articles, {n} commas ({sum(y for r in rows_of for _, y in r)} inside gold words)", flush=True)
    names = ("rules", *THRESHOLDS)
    tot = {t: score.PRF() for t in names}
    exact = {t: [0, 0] for t in names}
    for fold in range(k):
        w = fit([r for i, rs in enumerate(rows_of) if i % k != fold for r in rs], l2=l2, steps=steps)
        held = [d for i, d in enumerate(docs) if i % k == fold]
        for t in names:
            _use({} if t == "rules" else _shifted(w, t))
            prf, acc = quote_scores(score, held)
            tot[t].add(prf.tp, prf.tp + prf.fp, prf.tp + prf.fn)
            exact[t][0] += acc["quotes.speaker_exact"]
            exact[t][1] += acc["quotes.speaker_exact/n"]
        print(f"fold {fold} done", flush=True)
    print(f"{k}-fold held out, quotes.with_speaker p/r/f1 (speaker_exact):")
    for t in names:
        label = "rules alone" if t == "rules" else f"cut below {t}"
        print(f"  {label:<12} {_fmt(tot[t])} ({exact[t][0] / max(1, exact[t][1]):.3f})")
    if args.folds_only:
        return 0
    best = max(THRESHOLDS, key=lambda t: (round(tot[t].as_dict()["f1"], 4), -t))
    if tot[best].as_dict()["f1"] <= tot["rules"].as_dict()["f1"]:
        print("the model does not beat the rules held out: nothing written")
        return 0
    w = _shifted(fit([r for rs in rows_of for r in rs], l2=l2, steps=steps), best)
    OUT.write_text(json.dumps({
        "_doc": f"Where Chinese reported words end (a comma past which they go on), written by "
                f"benchmarks/train_quotes_zh_extent.py from {len(docs)} annotated articles; cut where going on "
                f"is less likely than {best} (chosen by {k}-fold held-out quotes.with_speaker)",
        "weights": dict(sorted(w.items()))}, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(w)} weights, cut below {best})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
