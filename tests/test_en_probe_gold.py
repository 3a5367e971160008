"""Pin the shape of the held-out English probe (benchmarks/quality/en_probe): 8 real news articles,
hand-annotated before any extractor run. These checks keep later edits from silently corrupting the
gold: every item is an exact substring of its article, and every field uses a value CONTRACT.md allows.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

PROBE = Path(__file__).resolve().parents[1] / "benchmarks" / "quality" / "en_probe"
QUALIFIERS = {"exact", "approx", "over", "under", "at_least", "at_most"}
PERIODS = {None, "year", "quarter", "month", "week", "day"}
QUOTE_MARKS = "\"'“”‘’「」『』"
OPENER = {"’": "‘", "”": "“", "」": "「", "』": "『"}
METRIC_FIELDS = {"text", "value", "low", "high", "unit", "qualifier", "per", "label"}


def _read(name: str) -> list[dict]:
    with open(PROBE / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


INPUTS = _read("input.jsonl")
GOLDS = _read("gold.jsonl")
TEXTS = {item["id"]: item["text"] for item in INPUTS}
PAIRS = [(g, TEXTS[g["id"]]) for g in GOLDS]
IDS = [g["id"] for g in GOLDS]


def test_inputs_and_gold_line_up():
    assert len(INPUTS) == 8
    assert [i["id"] for i in INPUTS] == IDS
    assert len(set(IDS)) == len(IDS)
    for item in INPUTS:
        assert set(item) == {"id", "title", "published", "url", "text"}
        assert item["text"] == item["text"].strip() and "\n\n\n" not in item["text"]
        assert item["published"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}(T[\d:+-]+)?", item["published"])


@pytest.mark.parametrize(("gold", "text"), PAIRS, ids=IDS)
def test_gold_header_follows_contract(gold, text):
    assert set(gold) == {"id", "language", "title", "published", "metrics", "quotes", "claims", "terms"}
    assert gold["language"] == "en"
    assert gold["terms"] == []
    item = next(i for i in INPUTS if i["id"] == gold["id"])
    assert (gold["title"], gold["published"]) == (item["title"], item["published"])


@pytest.mark.parametrize(("gold", "text"), PAIRS, ids=IDS)
def test_every_gold_text_is_an_exact_substring(gold, text):
    for kind in ("metrics", "quotes", "claims"):
        for it in gold[kind]:
            assert it["text"] and it["text"] in text, (kind, it["text"])
            assert "span" not in it
            assert it["text"] == it["text"].strip(), (kind, it["text"])


@pytest.mark.parametrize(("gold", "text"), PAIRS, ids=IDS)
def test_metric_fields_use_contract_values(gold, text):
    for m in gold["metrics"]:
        assert set(m) == METRIC_FIELDS
        assert m["qualifier"] in QUALIFIERS
        assert m["per"] in PERIODS
        assert isinstance(m["unit"], str) and isinstance(m["label"], str) and m["label"]
        if m["value"] is None:  # a range: both bounds, low <= high
            assert m["low"] is not None and m["high"] is not None and m["low"] <= m["high"]
        else:
            assert m["low"] is None and m["high"] is None
        if re.fullmatch(r"[A-Z]{3}", m["unit"]):
            assert any(sym in m["text"] for sym in ("$", "£", "€", "dollar", "pound", "euro")), m
        if "percent" in m["text"] or "%" in m["text"]:
            assert m["unit"] == "%", m


@pytest.mark.parametrize(("gold", "text"), PAIRS, ids=IDS)
def test_quotes_and_claims_follow_contract(gold, text):
    for q in gold["quotes"]:
        assert set(q) == {"text", "kind", "speaker", "cue"}
        assert q["kind"] in {"direct", "indirect"}
        assert q["speaker"] and q["speaker"] in text, q
        assert q["cue"] is None or q["cue"] in text, q
        if q["kind"] == "direct":  # the words without their quotation marks (a nested quote may close it)
            assert q["text"][0] not in QUOTE_MARKS, q
            assert q["text"][-1] not in QUOTE_MARKS or OPENER.get(q["text"][-1], "\0") in q["text"], q
    for c in gold["claims"]:
        assert set(c) == {"text", "claimant"}
        assert c["claimant"] is None or c["claimant"] in text, c
        assert c["text"][0] not in QUOTE_MARKS and c["text"][-1] not in QUOTE_MARKS, c
        assert c["text"][-1] not in ".,;:", c


def test_probe_covers_every_kind_and_own_voice():
    n = {k: sum(len(g[k]) for g in GOLDS) for k in ("metrics", "quotes", "claims")}
    assert n["metrics"] >= 80 and n["quotes"] >= 100 and n["claims"] >= 100
    claims = [c for g in GOLDS for c in g["claims"]]
    assert sum(c["claimant"] is None for c in claims) >= 20
    kinds = {q["kind"] for g in GOLDS for q in g["quotes"]}
    assert kinds == {"direct", "indirect"}
