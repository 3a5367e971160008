"""Hand-annotated English gold: every item points into its article and follows CONTRACT.md.

Checked sets: the training gold (extractor/data/train/en) and the sealed held-out probe
(benchmarks/quality/en_probe2). Only the shape is checked here; never tune on en_probe2.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# folder, id prefix, minimum number of articles
SETS = {
    "train_en": (ROOT / "extractor" / "data" / "train" / "en", "en-train", 20),
    "en_probe2": (ROOT / "benchmarks" / "quality" / "en_probe2", "en-probe2", 10),
}
INPUT_KEYS = {"id", "title", "published", "url", "text"}
GOLD_KEYS = {"id", "language", "title", "published", "metrics", "quotes", "claims", "terms"}
METRIC_KEYS = {"text", "value", "low", "high", "unit", "qualifier", "per", "label"}
QUALIFIERS = {"exact", "approx", "over", "under", "at_least", "at_most"}
PERIODS = {None, "year", "quarter", "month", "week", "day"}
QUOTE_MARKS = "\"'“”‘’「」『』"
CURRENCIES = {"USD", "GBP", "EUR", "AUD", "CAD", "HKD", "JPY", "CNY", "INR"}


def _lines(folder: Path, name: str) -> list[dict]:
    return [json.loads(line) for line in (folder / name).read_text(encoding="utf-8").splitlines() if line.strip()]


INPUTS = {key: {r["id"]: r for r in _lines(folder, "input.jsonl")} for key, (folder, _, _) in SETS.items()}
GOLDS = {key: _lines(folder, "gold.jsonl") for key, (folder, _, _) in SETS.items()}
# (set, gold line) for every article of every set
CASES = [(key, g) for key in SETS for g in GOLDS[key]]
CASE_IDS = [g["id"] for _, g in CASES]


def _number(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


@pytest.mark.parametrize("key", list(SETS))
def test_input_records_have_exactly_the_fields_and_unique_ids(key):
    folder, prefix, minimum = SETS[key]
    rows = _lines(folder, "input.jsonl")
    assert len(rows) == len(INPUTS[key]) >= minimum
    for r in rows:
        assert set(r) == INPUT_KEYS, r["id"]
        assert re.fullmatch(re.escape(prefix) + r"-\d{2}", r["id"])
        assert isinstance(r["text"], str) and r["text"] == r["text"].strip() and "\n\n\n" not in r["text"]
        assert r["published"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["published"])
        assert r["title"] is None or (isinstance(r["title"], str) and r["title"])


@pytest.mark.parametrize("key", list(SETS))
def test_gold_lines_match_input_ids_title_and_date_in_order(key):
    INPUT, GOLD = INPUTS[key], GOLDS[key]
    ids = [g["id"] for g in GOLD]
    assert len(ids) == len(set(ids))
    assert ids == list(INPUT)
    for g in GOLD:
        assert set(g) == GOLD_KEYS, g["id"]
        assert g["language"] == "en"
        assert g["terms"] == []  # no bilingual glosses in English news
        assert g["title"] == INPUT[g["id"]]["title"]
        assert g["published"] == INPUT[g["id"]]["published"]


@pytest.mark.parametrize(("key", "g"), CASES, ids=CASE_IDS)
def test_every_gold_text_is_an_exact_substring_of_its_article(key, g):
    text = INPUTS[key][g["id"]]["text"]
    spans = [m["text"] for m in g["metrics"]] + [q["text"] for q in g["quotes"]] + [c["text"] for c in g["claims"]]
    spans += [q[k] for q in g["quotes"] for k in ("speaker", "cue") if q[k]]
    spans += [c["claimant"] for c in g["claims"] if c["claimant"]]
    missing = [s for s in spans if not s or s not in text]
    assert not missing, missing
    stray = [s for s in spans if s != s.strip()]
    assert not stray, stray


@pytest.mark.parametrize(("key", "g"), CASES, ids=CASE_IDS)
def test_metric_fields_follow_contract(key, g):
    for m in g["metrics"]:
        assert set(m) == METRIC_KEYS, m
        assert m["qualifier"] in QUALIFIERS, m
        assert m["per"] in PERIODS, m
        assert isinstance(m["unit"], str) and isinstance(m["label"], str) and m["label"], m
        if m["value"] is None:  # a range: both bounds, low <= high
            assert _number(m["low"]) and _number(m["high"]) and m["low"] <= m["high"], m
        else:
            assert _number(m["value"]) and m["low"] is None and m["high"] is None, m
        if re.fullmatch(r"[A-Z]{3}", m["unit"]):  # money: a currency code, never a word
            assert m["unit"] in CURRENCIES, m
            assert any(s in m["text"].lower() for s in ("$", "£", "€", "dollar", "pound", "euro")), m
        if re.search(r"percent(?!age point)|%", m["text"]):
            assert m["unit"] == "%", m
        if "percentage point" in m["text"]:
            assert m["unit"] == "pp", m


@pytest.mark.parametrize(("key", "g"), CASES, ids=CASE_IDS)
def test_quote_and_claim_fields_follow_contract(key, g):
    for q in g["quotes"]:
        assert set(q) == {"text", "kind", "speaker", "cue"}, q
        assert q["kind"] in {"direct", "indirect"}, q
        assert q["speaker"] is None or (isinstance(q["speaker"], str) and q["speaker"]), q
        assert q["cue"] is None or (isinstance(q["cue"], str) and q["cue"]), q
        if q["kind"] == "direct":  # the words inside the marks, never the marks themselves
            assert q["text"][0] not in QUOTE_MARKS, q
    for c in g["claims"]:
        assert set(c) == {"text", "claimant"}, c
        assert c["claimant"] is None or (isinstance(c["claimant"], str) and c["claimant"]), c
        # span = content only: no opening quotation mark, no final sentence punctuation
        assert c["text"][0] not in QUOTE_MARKS and c["text"][-1] not in ".,;:", c


@pytest.mark.parametrize("key", list(SETS))
def test_each_kind_is_represented_and_own_voice_claims_exist(key):
    GOLD = GOLDS[key]
    claims = [c for g in GOLD for c in g["claims"]]
    assert sum(1 for c in claims if c["claimant"] is None) >= 10
    assert sum(1 for c in claims if c["claimant"]) >= 10
    assert sum(len(g["metrics"]) for g in GOLD) and sum(len(g["quotes"]) for g in GOLD)
    quotes = [q for g in GOLD for q in g["quotes"]]
    assert {q["kind"] for q in quotes} == {"direct", "indirect"}
