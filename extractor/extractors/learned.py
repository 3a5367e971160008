"""Pieces the small learned Chinese judges share (the quote second look, where reported words end, the 他/她
antecedents): their weights files and the buckets their count features use."""

from __future__ import annotations

from importlib import resources

from ..data import load_json


def bucket(n: int, edges: tuple[int, ...]) -> str:
    """The first edge ``n`` does not exceed, as a feature value; ``"more"`` past the last one."""
    return next((str(e) for e in edges if n <= e), "more")


def optional_weights(name: str) -> dict[str, float]:
    """The ``weights`` of ``extractor/data/<name>``; no file (a trainer that found no gain writes none): no
    weights, and the rules decide alone."""
    if not resources.files("extractor.data").joinpath(name).is_file():
        return {}
    return dict(load_json(name)["weights"])
