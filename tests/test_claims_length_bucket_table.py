"""Clause length buckets are read from a table; every length must get the bucket of the edge walk."""

from __future__ import annotations

import pytest

from extractor.extractors.claims.features import _length_bucket


def _walk(n: int, zh: bool) -> str:
    edges = (6, 12, 25, 40) if zh else (20, 45, 90, 160)
    for i, e in enumerate(edges):
        if n < e:
            return f"len{i}"
    return f"len{len(edges)}"


@pytest.mark.parametrize("zh", [True, False])
def test_table_equals_the_edge_walk(zh: bool) -> None:
    for n in range(-3, 400):
        assert _length_bucket(n, zh) == _walk(n, zh), n
    assert _length_bucket(5, True) == "len0" and _length_bucket(6, True) == "len1"
    assert _length_bucket(159, False) == "len3" and _length_bucket(160, False) == "len4"
