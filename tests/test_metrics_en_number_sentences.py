"""A held-apart set of 70 invented English number sentences (tests/fixtures/metrics/en_number_sentences.jsonl),
one or two figures each, in the forms issue 14 lists: dollars and cents, bln/mln/tln, space-grouped digits,
"12-cent", "$6.99-a-month", C$/A$/HK$/NT$/Mex$/S$, "10 us dollar", "100 chinese yuan", a count before a model
number ("400 737 Max jets"), "from 23% to 35%" (a change: two figures, no range), "a week"/"a month" periods,
plus a few sentences with no figure at all (dates, ages, a year). The gold was written from the sentences and
the contract, not from the extractor's output. Scored like score.py: a pair needs the same unit and a value
within 0.5 %; "full" also needs the same qualifier and period."""

from __future__ import annotations

import json
from pathlib import Path

from extractor.testing import metrics_of

FIXTURE = Path(__file__).parent / "fixtures" / "metrics" / "en_number_sentences.jsonl"


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= 0.005 * max(abs(a), abs(b))


def _value_match(g: dict, p) -> bool:
    if g["unit"] != p.unit:
        return False
    if g["value"] is not None:
        return _close(g["value"], p.value)
    return _close(g["low"], p.low) and _close(g["high"], p.high)


def _score() -> tuple[dict[str, float], list[str]]:
    tp = fp = fn = full = 0
    misses: list[str] = []
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        preds = metrics_of(row["text"], "en")
        used: set[int] = set()
        for g in row["metrics"]:
            j = next((j for j, p in enumerate(preds) if j not in used and _value_match(g, p)), None)
            if j is None:
                fn += 1
                misses.append(f"missed {g['text']!r} in {row['text']!r}")
                continue
            used.add(j)
            tp += 1
            p = preds[j]
            if (p.qualifier, p.per) == (g["qualifier"], g["per"]):
                full += 1
            else:
                misses.append(f"qualifier/per {p.text!r}: {(p.qualifier, p.per)} != {(g['qualifier'], g['per'])}")
        for j, p in enumerate(preds):
            if j not in used:
                fp += 1
                misses.append(f"extra {p.text!r} {p.value} {p.unit!r} in {row['text']!r}")

    def f1(hit: int) -> float:
        return 2 * hit / (2 * hit + (tp - hit) * 2 + fp + fn) if hit else 0.0

    return {"value": f1(tp), "full": f1(full), "n_gold": tp + fn}, misses


def test_the_set_is_large_enough_and_quotes_its_sentences() -> None:
    rows = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 60
    for row in rows:
        for g in row["metrics"]:
            assert g["text"] in row["text"]


def test_value_f1_on_the_english_number_sentences() -> None:
    scores, misses = _score()
    assert scores["value"] >= 0.95, (scores, misses)


def test_full_f1_on_the_english_number_sentences() -> None:
    scores, misses = _score()
    assert scores["full"] >= 0.93, (scores, misses)
