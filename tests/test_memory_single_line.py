"""A huge single-line text stays within ~10x its size in memory through the pipeline frame (issue #17, 8).

Built in the test from the real udn crawl run together without line breaks (the shape of the reported
50 MB input, scaled down so the test stays fast); the text stages (ingest, normalize, sentences) are
measured with tracemalloc, which counts every Python allocation."""

from __future__ import annotations

import json
import tracemalloc

import pytest

from extractor import Pipeline
from extractor.dev import shared_dir

UDN = shared_dir() / "corpus/udn-2017.jsonl"


@pytest.mark.skipif(not UDN.exists(), reason="needs the udn crawl")
def test_a_two_megabyte_single_line_stays_under_ten_times_its_size() -> None:
    with UDN.open(encoding="utf-8") as fh:
        text = "".join(json.loads(line)["text"].replace("\n", "") for _, line in zip(range(400), fh, strict=False))
    data = (text * 4).encode("utf-8")[:2_000_000].decode("utf-8", "ignore").encode("utf-8")
    pipe = Pipeline(["segment"], max_bytes=len(data) + 1, time_budget=None)
    tracemalloc.start()
    try:
        doc = pipe.document(data, doc_id="one-line", content_type="text/plain")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(doc.text) > 600_000 and doc.sentences
    assert peak < 10 * len(data), f"peak {peak / 2**20:.0f} MiB for {len(data) / 2**20:.1f} MiB of input"
