"""Train the choice of the person a Chinese 他 / 她 stands for (extractor/data/speakers_antecedent_zh.json).

    python benchmarks/train_speakers_zh_antecedent.py               # k-fold figures, then train on all, write
    python benchmarks/train_speakers_zh_antecedent.py --folds-only  # the k-fold figures only

Data: the annotated udn articles of ``extractor/data/train/udn``. The quote finders run with the rule choosing;
every quote whose speaker is a pronoun and whose words match a gold quote (half their characters shared, as the
scorer pairs them) gives its candidates (:func:`antecedent_zh.scored`), labelled 1 when the candidate is the
gold speaker (the same name, or one holding the other). Quotes whose gold speaker is no candidate are left out.
Pointwise logistic regression by batch gradient descent in pure Python (``claims/learn.fit``): deterministic;
the best-scored candidate is taken. The k-fold figures are end to end: quotes.with_speaker (p/r/f1 pooled over
the held-out articles of 5 folds, speaker_exact in brackets) with the rule alone and with the model.
Run it after ``train_quotes_zh_accept.py`` and ``train_quotes_zh_extent.py`` (the quotes they decide are its data).
Knobs (environment): L2 (2), STEPS (300), FOLDS (5).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from train_quotes_zh_accept import DATA, _fmt, _scorer, load_docs, quote_scores  # noqa: E402

from extractor.extractors.claims.learn import fit  # noqa: E402
from extractor.extractors.quotes.extract import extract_quotes  # noqa: E402
from extractor.extractors.speakers import antecedent_zh  # noqa: E402

OUT = ROOT / "extractor" / "data" / antecedent_zh.MODEL_FILE
_PRONOUNS = ("他", "她")


def _use(weights: dict[str, float]) -> None:
    antecedent_zh._model = lambda: weights  # type: ignore[assignment]


def examples(score, doc, gold: dict) -> list[tuple[dict[str, float], int]]:
    """The candidates of every pronoun speaker of ``doc`` whose quote matches a gold one, labelled."""
    seen: dict[int, list[tuple[str, list[str]]]] = {}
    real = antecedent_zh.choose

    def collect(reg, at, gender):
        seen[at] = [(rec.name, feats) for rec, feats in antecedent_zh.scored(reg, at, gender)]
        return None

    antecedent_zh.choose = collect  # type: ignore[assignment]
    try:
        quotes, _ = extract_quotes(doc)
    finally:
        antecedent_zh.choose = real  # type: ignore[assignment]
    rows: list[tuple[dict[str, float], int]] = []
    keys = sorted(seen)
    for q in quotes:
        if q.speaker_text not in _PRONOUNS or q.speaker_span is None:
            continue
        at = max((k for k in keys if q.speaker_span[0] - 30 <= k <= q.speaker_span[0]), default=None)
        if at is None:
            continue
        g = _gold_speaker(score, gold, q.text)
        if g is None:
            continue
        cands = [(feats, int(_same(score, g, name))) for name, feats in seen[at]]
        if any(y for _, y in cands):
            rows += [({f: 1.0 for f in feats}, y) for feats, y in cands]
    return rows


def _gold_speaker(score, gold: dict, text: str) -> str | None:
    best, best_s = None, 0.0
    for gq in gold["quotes"]:
        a, b = score.overlap(score.norm(gq.get("text")), score.norm(text))
        if min(a, b) >= score.LENIENT and min(a, b) > best_s:
            best, best_s = gq.get("speaker"), min(a, b)
    return best


def _same(score, g: str, name: str) -> bool:
    return score.who(g) == score.who(name) or score.speaker_match(g, name)


def score_quotes(score, docs, weights: dict[str, float]):
    _use(weights)
    return quote_scores(score, docs)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds-only", action="store_true", help="print the k-fold figures, write nothing")
    args = ap.parse_args()
    l2, steps, k = float(os.environ.get("L2", "2")), int(os.environ.get("STEPS", "300")), int(os.environ.get("FOLDS", "5"))
    score = _scorer()
    docs = load_docs(DATA)
    _use({})
    rows_of = [examples(score, doc, g) for doc, g in docs]
    print(f"{len(docs)} articles, {sum(map(len, rows_of))} candidates "
          f"({sum(y for r in rows_of for _, y in r)} right)", flush=True)
    res = {t: [score.PRF(), 0, 0] for t in ("rule", "model")}
    for fold in range(k):
        w = fit([r for i, rs in enumerate(rows_of) if i % k != fold for r in rs], l2=l2, steps=steps)
        held = [d for i, d in enumerate(docs) if i % k == fold]
        for t, weights in (("rule", {}), ("model", w)):
            prf, acc = score_quotes(score, held, weights)
            res[t][0].add(prf.tp, prf.tp + prf.fp, prf.tp + prf.fn)
            res[t][1] += acc["quotes.speaker_exact"]
            res[t][2] += acc["quotes.speaker_exact/n"]
        print(f"fold {fold} done", flush=True)
    print(f"{k}-fold held out, quotes.with_speaker p/r/f1 (speaker_exact):")
    for t in ("rule", "model"):
        print(f"  {t:<6} {_fmt(res[t][0])} ({res[t][1] / max(1, res[t][2]):.3f})")
    if args.folds_only:
        return 0
    w = fit([r for rs in rows_of for r in rs], l2=l2, steps=steps)
    OUT.write_text(dumps(w, len(docs)), "utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(w)} weights)")
    return 0


def dumps(w: dict[str, float], n_docs: int) -> str:
    """The model file's text for weights ``w`` learnt from ``n_docs`` articles."""
    return json.dumps({
        "_doc": f"Antecedents of Chinese 他/她 before a cue, written by benchmarks/train_speakers_zh_antecedent.py "
                f"from {n_docs} annotated articles; the best-scored candidate is taken",
        "weights": dict(sorted(w.items()))}, ensure_ascii=False, indent=1) + "\n"


def retrain() -> str:
    """The model file's text, trained on every article with the default knobs (what ``main`` writes)."""
    score = _scorer()
    docs = load_docs(DATA)
    real = antecedent_zh._model
    _use({})
    try:
        rows = [r for doc, g in docs for r in examples(score, doc, g)]
    finally:
        antecedent_zh._model = real  # type: ignore[assignment]
    return dumps(fit(rows, l2=2.0, steps=300), len(docs))


if __name__ == "__main__":
    raise SystemExit(main())
