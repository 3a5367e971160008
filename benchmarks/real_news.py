"""Scores on real news: the annotated real-article sets kept in the repo, through the scorer of the eval.

    PYTHONPATH=. python benchmarks/real_news.py [--sets udn_probe,en_probe] [--details]

Sets (input.jsonl + gold.jsonl, annotated by hand following ../shared/eval/GUIDE.md):
  udn_probe    12 udn.com 2017 articles, held out; scored before tuning (its README), then used to diagnose
  udn_probe2   12 udn.com articles, SEALED: never used for tuning, the honest figure
  udn_probe3   12 more udn.com articles, SEALED the same way (annotated 2026-12-07, scored before any tuning)
  udn_probe4   12 more udn.com articles, SEALED the same way (fifth round, scored on the round's starting code first)
  udn_probe5   12 more udn.com articles, SEALED the same way (eighth round, scored on the round's starting code first)
  en_probe     8 real English news articles from newspaper3k's test fixtures, held out
  en_probe2    10 real English articles (mozilla/readability's test pages), SEALED like udn_probe2/3
  udn_train    udn.com articles the claim judge is trained on and rules were tuned on (in-sample)
  en_train     151 real English articles (test pages of article-extraction projects) for the English judge (in-sample)
The scorer is ../shared/eval/score.py (beside a clone, as CI lays it out); the eval's own sets (seed, dev,
dev_en, dev2) are scored too when that folder is there. Prints one row per set: metrics.full,
quotes.with_speaker, claims.span, claims.with_claimant and terms.full F1.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
SETS = {
    "udn_probe": ROOT / "benchmarks" / "quality" / "udn_probe",
    "udn_probe2": ROOT / "benchmarks" / "quality" / "udn_probe2",
    "udn_probe3": ROOT / "benchmarks" / "quality" / "udn_probe3",
    "udn_probe4": ROOT / "benchmarks" / "quality" / "udn_probe4",
    "udn_probe5": ROOT / "benchmarks" / "quality" / "udn_probe5",
    "en_probe": ROOT / "benchmarks" / "quality" / "en_probe",
    "en_probe2": ROOT / "benchmarks" / "quality" / "en_probe2",
    "udn_train": ROOT / "extractor" / "data" / "train" / "udn",
    "en_train": ROOT / "extractor" / "data" / "train" / "en",
    **{name: SHARED / name for name in ("seed", "dev", "dev_en", "dev2")},
}
COLUMNS = ("metrics.full", "quotes.with_speaker", "claims.span", "claims.with_claimant", "terms.full")


def score(name: str, folder: Path, out: Path, details: bool) -> dict[str, float] | None:
    if not (folder / "input.jsonl").exists():
        return None
    pred = out / f"{name}.jsonl"
    subprocess.run([sys.executable, "-m", "extractor", "batch", str(folder / "input.jsonl"), "--out", str(pred),
                    "--errors", str(out / f"{name}.errors.jsonl"), "-q"], check=False)
    args = [sys.executable, str(SHARED / "score.py"), "--gold", str(folder / "gold.jsonl"), "--pred", str(pred)]
    if details:
        subprocess.run([*args, "--details"], check=False)
    summary = json.loads(subprocess.run([*args, "--json"], capture_output=True, text=True, check=True).stdout)
    return {k: summary[k]["f1"] for k in COLUMNS if isinstance(summary.get(k), dict)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default=",".join(SETS), help="comma-separated set names")
    ap.add_argument("--details", action="store_true", help="print every miss and extra")
    args = ap.parse_args()
    if not (SHARED / "score.py").exists():
        print(f"real_news: the scorer {SHARED / 'score.py'} is missing (it lives in the eval folder beside the "
              "clone)", file=sys.stderr)
        return 2
    print(f"{'set':<12}" + "".join(f"{c:>22}" for c in COLUMNS))
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.sets.split(","):
            got = score(name, SETS[name], Path(tmp), args.details)
            if got is None:
                continue
            print(f"{name:<12}" + "".join(f"{'' if got.get(c) is None else f'{got[c]:.3f}':>22}" for c in COLUMNS))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
