"""A restated claim is listed once, and the restatement check reads only a bounded window of earlier
statements, so a whole crawl run together stays linear (the timing itself is benchmarks/bench_stage_scaling.py)."""

from __future__ import annotations

import random

from extractor.document import Span
from extractor.extractors.claims import assemble
from extractor.extractors.claims.rules_zh import Candidate


class _Doc:
    def __init__(self, text: str) -> None:
        self.text = text


def _statements(n: int) -> list[str]:
    rng = random.Random(7)
    return ["".join(chr(rng.randrange(0x4E00, 0x9FA5)) for _ in range(20)) for _ in range(n)]


def _cands(parts: list[str]) -> tuple[_Doc, list[Candidate]]:
    text, spans = "", []
    for p in parts:
        spans.append(Span(len(text), len(text) + len(p)))
        text += p + "。"
    return _Doc(text), [Candidate(s, "分析師", None, None) for s in spans]


def test_a_restatement_by_the_same_holder_is_dropped_among_many_statements():
    parts = _statements(300)
    doc, cands = _cands([*parts, parts[5]])  # a closing summary repeating an early claim word for word
    assert len(assemble._drop_repeats(doc, cands)) == 300


def test_statements_beyond_the_window_are_not_compared():
    parts = _statements(assemble.REPEAT_WINDOW + 50)
    doc, cands = _cands([*parts, parts[0], parts[-10]])  # one repeat far back, one recent
    kept = assemble._drop_repeats(doc, cands)
    assert len(kept) == len(parts) + 1
    assert kept[-1].span == cands[-2].span  # the far repeat of the first statement is kept; the recent one dropped
