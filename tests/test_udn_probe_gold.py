"""The hand-annotated udn probe golds (benchmarks/quality/udn_probe; udn_probe2 and udn_probe3, sealed) stay well-formed.

Every gold item must point at words that really stand in its article, and every field must take a
value CONTRACT.md allows, so a score against this set measures the pipeline, not typos in the gold.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

QUALITY = Path(__file__).resolve().parents[1] / "benchmarks" / "quality"
SETS = ("udn_probe", "udn_probe2", "udn_probe3")

GOLD_KEYS = {"id", "language", "title", "published", "metrics", "quotes", "claims", "terms"}
METRIC_KEYS = {"text", "value", "low", "high", "unit", "qualifier", "per", "label"}
QUOTE_KEYS = {"text", "kind", "speaker", "cue"}
CLAIM_KEYS = {"text", "claimant"}
TERM_KEYS = {"zh", "en", "abbr"}
QUALIFIERS = {"exact", "approx", "over", "under", "at_least", "at_most"}
PERIODS = {None, "year", "quarter", "month", "week", "day"}
KINDS = {"direct", "indirect"}
QUOTE_MARKS = "「」『』“”\"'‘’"
PAIRS = ("「」", "『』", "“”", "‘’")
# a measuring unit as written (坪, 公頃, g ...): no digits, no currency words that should be a code
CURRENCY_WORDS = ("元", "美元", "日圓", "港幣", "歐元", "人民幣", "$")


def _read(folder: str, name: str) -> list[dict]:
    with open(QUALITY / folder / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


INPUTS = {s: _read(s, "input.jsonl") for s in SETS}
GOLDS = {s: _read(s, "gold.jsonl") for s in SETS}
TEXT = {r["id"]: r["text"] for s in SETS for r in INPUTS[s]}
SOURCE = {r["id"]: r for s in SETS for r in INPUTS[s]}
CASES = [pytest.param(g, id=g["id"]) for s in SETS for g in GOLDS[s]]


def _who(name: str) -> str:
    """A speaker or claimant without its bracketed English gloss: 綱川智（Satoshi Tsunakawa） -> 綱川智."""
    return re.split(r"\s*[（(]", name, maxsplit=1)[0]


def _balanced(span: str) -> bool:
    """No half of a quotation-mark pair: a span never takes the marks around a direct quotation."""
    span = re.sub(r"(?<=[A-Za-z])’(?=[A-Za-z])", "", span)  # an apostrophe (Baker’s) is no quotation mark
    return all(span.count(a) == span.count(b) for a, b in PAIRS)


def _leading_scare_quote(span: str) -> bool:
    """A claim may open with a quoted term (「某訓練」是合於規定的…) but never with a whole quotation."""
    pair = next((p for p in PAIRS if p[0] == span[0]), None)
    return pair is not None and 1 < span.find(pair[1]) < len(span) - 1


@pytest.mark.parametrize("probe", SETS)
def test_every_input_has_one_gold_line_in_the_same_order(probe):
    assert [r["id"] for r in INPUTS[probe]] == [g["id"] for g in GOLDS[probe]]
    assert len(INPUTS[probe]) == 12
    for r in INPUTS[probe]:
        assert set(r) == {"id", "title", "published", "url", "category", "text"}
        assert r["text"].strip()


def test_the_probes_share_no_article():
    ids = [r["id"] for s in SETS for r in INPUTS[s]]
    texts = [r["text"] for s in SETS for r in INPUTS[s]]
    assert len(set(ids)) == len(ids) and len(set(texts)) == len(texts)


@pytest.mark.parametrize("gold", CASES)
def test_article_fields_follow_the_contract(gold):
    src = SOURCE[gold["id"]]
    assert set(gold) == GOLD_KEYS
    assert gold["language"] == "zh-Hant"
    assert gold["title"] == src["title"]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", gold["published"])
    assert src["published"].startswith(gold["published"])


@pytest.mark.parametrize("gold", CASES)
def test_metrics_are_substrings_with_contract_fields(gold):
    text = TEXT[gold["id"]]
    for m in gold["metrics"]:
        assert set(m) == METRIC_KEYS, m
        assert m["text"] and m["text"] in text, m["text"]
        assert m["qualifier"] in QUALIFIERS, m
        assert m["per"] in PERIODS, m
        assert m["label"] and isinstance(m["label"], str)
        if m["value"] is None:  # a range: both bounds, low below high
            assert m["low"] is not None and m["high"] is not None and m["low"] < m["high"], m
        else:
            assert m["low"] is None and m["high"] is None, m
            assert isinstance(m["value"], (int, float)), m
        unit = m["unit"]
        assert isinstance(unit, str)
        if re.fullmatch(r"[A-Z]{3}", unit) or unit in {"", "%", "pp", "bp"}:
            continue
        assert not re.search(r"\d", unit) and not any(w in unit for w in CURRENCY_WORDS), m


@pytest.mark.parametrize("gold", CASES)
def test_quotes_are_substrings_with_kind_speaker_and_cue(gold):
    text = TEXT[gold["id"]]
    for q in gold["quotes"]:
        assert set(q) == QUOTE_KEYS, q
        assert q["text"] and q["text"] in text, q["text"]
        assert q["kind"] in KINDS, q
        assert _balanced(q["text"]) and (q["text"][0] not in QUOTE_MARKS or _leading_scare_quote(q["text"])), q
        if q["cue"] is None:  # only a direct quotation may stand without a reporting verb (X：「…」)
            assert q["kind"] == "direct", q
        else:
            assert q["cue"] in text, q
        assert q["speaker"] and _who(q["speaker"]) in text, q
        if q["kind"] == "direct":  # the words stood between quotation marks
            starts = [m.start() for m in re.finditer(re.escape(q["text"]), text)]
            end = len(q["text"])
            # closed by its mark, or by the end of its sentence where the source never closes it
            assert any(text[i - 1] in QUOTE_MARKS and (text[i + end] in QUOTE_MARKS or text[i + end - 1] in "。！？")
                       for i in starts), q["text"]


@pytest.mark.parametrize("gold", CASES)
def test_claims_are_content_clauses_only(gold):
    text = TEXT[gold["id"]]
    for c in gold["claims"]:
        assert set(c) == CLAIM_KEYS, c
        assert c["text"] and c["text"] in text, c["text"]
        assert _balanced(c["text"]) and c["text"][0] not in "，。；：,;:", c["text"]
        assert c["text"][0] not in QUOTE_MARKS or _leading_scare_quote(c["text"]), c["text"]
        assert c["text"][-1] not in "，。；：,;:", c["text"]
        assert c["claimant"] is None or _who(c["claimant"]) in text, c


@pytest.mark.parametrize("gold", CASES)
def test_terms_are_glosses_found_in_the_text(gold):
    text = TEXT[gold["id"]]
    for t in gold["terms"]:
        assert set(t) == TERM_KEYS, t
        assert t["zh"] and re.search(r"[\u4e00-\u9fff]", t["zh"]), t
        assert "".join(t["zh"].split()) in "".join(text.split()), t
        assert t["en"] or t["abbr"], t
        for side in ("en", "abbr"):
            assert t[side] is None or t[side] in text, t


def test_readme_marks_probe2_sealed():
    assert "SEALED: not to be used for tuning" in (QUALITY / "udn_probe2" / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("probe", SETS)
def test_no_item_is_listed_twice_in_one_article(probe):
    for g in GOLDS[probe]:
        for kind, key in (("metrics", "text"), ("quotes", "text"), ("claims", "text"), ("terms", "zh")):
            seen = [item[key] for item in g[kind]]
            assert len(seen) == len(set(seen)), (g["id"], kind)
