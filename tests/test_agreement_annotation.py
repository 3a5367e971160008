"""The blind second annotation of udn_probe (benchmarks/quality/agreement) stays usable: the agreement figures in its
README are recomputed from it with score.py, which needs the same articles and every item anchored in the text."""

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBE = ROOT / "benchmarks" / "quality" / "udn_probe"
SECOND = ROOT / "benchmarks" / "quality" / "agreement" / "udn_probe_second.jsonl"


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_second_annotation_covers_the_probe_articles_in_order():
    assert [r["id"] for r in _lines(SECOND)] == [r["id"] for r in _lines(PROBE / "input.jsonl")]


def test_every_second_annotation_item_is_a_substring_of_its_article():
    texts = {r["id"]: r["text"] for r in _lines(PROBE / "input.jsonl")}
    bad = []
    for rec in _lines(SECOND):
        text = texts[rec["id"]]
        for kind, who in (("quotes", "speaker"), ("claims", "claimant")):
            for item in rec[kind]:
                for field in ("text", who, "cue"):
                    value = item.get(field)
                    if value is not None and value not in text:
                        bad.append((rec["id"], kind, field, value))
    assert not bad
