"""Training gold (extractor/data/train/udn): every item points into its article and follows CONTRACT.md."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

DIR = Path(__file__).resolve().parent.parent / "extractor" / "data" / "train" / "udn"
INPUT_KEYS = {"id", "title", "published", "url", "category", "text"}
GOLD_KEYS = {"id", "language", "title", "published", "metrics", "quotes", "claims", "terms"}
METRIC_KEYS = {"text", "value", "low", "high", "unit", "qualifier", "per", "label"}
QUALIFIERS = {"exact", "approx", "over", "under", "at_least", "at_most"}
PERIODS = {None, "year", "quarter", "month", "week", "day"}
QUOTE_MARKS = "「」『』“”\"'"


def _lines(name: str) -> list[dict]:
    return [json.loads(line) for line in (DIR / name).read_text(encoding="utf-8").splitlines() if line.strip()]


INPUT = {r["id"]: r for r in _lines("input.jsonl")}
GOLD = _lines("gold.jsonl")


def _number(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool)


def test_input_records_have_exactly_the_corpus_fields_and_unique_ids():
    rows = _lines("input.jsonl")
    assert len(rows) == len(INPUT) >= 20
    for r in rows:
        assert set(r) == INPUT_KEYS, r["id"]
        assert isinstance(r["text"], str) and r["text"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["published"])


def test_gold_lines_match_input_ids_title_and_date_in_order():
    ids = [g["id"] for g in GOLD]
    assert len(ids) == len(set(ids))
    assert ids == [i for i in INPUT if i in set(ids)]
    for g in GOLD:
        assert set(g) == GOLD_KEYS, g["id"]
        assert g["language"] == "zh-Hant"
        assert g["title"] == INPUT[g["id"]]["title"]
        assert g["published"] == INPUT[g["id"]]["published"]


@pytest.mark.parametrize("g", GOLD, ids=[g["id"] for g in GOLD])
def test_every_gold_text_is_an_exact_substring_of_its_article(g):
    text = INPUT[g["id"]]["text"]
    spans = [m["text"] for m in g["metrics"]] + [q["text"] for q in g["quotes"]] + [c["text"] for c in g["claims"]]
    spans += [t[k] for t in g["terms"] for k in ("zh", "en", "abbr") if t[k]]
    spans += [q["cue"] for q in g["quotes"] if q["cue"]]
    missing = [s for s in spans if not s or s not in text]
    assert not missing, missing


@pytest.mark.parametrize("g", GOLD, ids=[g["id"] for g in GOLD])
def test_metric_fields_follow_contract(g):
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
            assert m["unit"] in {"TWD", "USD", "CNY", "JPY", "EUR", "PHP", "HKD", "KRW", "INR", "NGN"}, m


@pytest.mark.parametrize("g", GOLD, ids=[g["id"] for g in GOLD])
def test_quote_claim_term_fields_follow_contract(g):
    for q in g["quotes"]:
        assert set(q) == {"text", "kind", "speaker", "cue"}, q
        assert q["kind"] in {"direct", "indirect"}, q
        assert q["speaker"] is None or (isinstance(q["speaker"], str) and q["speaker"]), q
    for c in g["claims"]:
        assert set(c) == {"text", "claimant"}, c
        assert c["claimant"] is None or (isinstance(c["claimant"], str) and c["claimant"]), c
        # span = content only: it never opens with a quotation mark (inner marks may close it)
        assert c["text"][0] not in QUOTE_MARKS and c["text"][-1] not in "。，；", c
    for t in g["terms"]:
        assert set(t) == {"zh", "en", "abbr"}, t
        assert re.search(r"[\u4e00-\u9fff]", t["zh"]), t
        assert t["en"] or t["abbr"], t


def test_each_kind_is_represented_and_own_voice_claims_exist():
    claims = [c for g in GOLD for c in g["claims"]]
    assert sum(1 for c in claims if c["claimant"] is None) >= 10
    assert sum(1 for c in claims if c["claimant"]) >= 10
    assert sum(len(g["metrics"]) for g in GOLD) and sum(len(g["quotes"]) for g in GOLD)
    assert sum(len(g["terms"]) for g in GOLD)
