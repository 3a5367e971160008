"""The labeller's emission scores from per-label C-level sums equal the plain loop over the features."""

from __future__ import annotations

import random

from extractor.extractors.claims.sequence import Position, SeqModel, emission


def _reference(model: SeqModel, feats: dict[str, float]) -> tuple[float, float]:
    mb = mi = 0
    for k in feats:
        w = model.milli.get(k)
        if w is not None:
            mb += w[0]
            mi += w[1]
    return model.begin_bias + mb / 1000, mi / 1000


def test_per_label_sums_equal_the_feature_loop() -> None:
    rng = random.Random(7)
    names = [f"u:詞{i}" for i in range(200)]
    emit = {n: (round(rng.uniform(-2, 2), 3), round(rng.uniform(-2, 2), 3)) for n in names[:150]}
    model = SeqModel(emit, {}, {}, begin_bias=-0.37)
    b_w, i_w = model.milli_by_label
    assert set(b_w) == set(i_w) == set(emit)
    for _ in range(300):
        feats = dict.fromkeys(rng.sample(names, rng.randint(1, 40)), 1.0)
        o, b, i = emission(model, Position(feats, {}))
        assert (o, b, i) == (0.0, *_reference(model, feats))  # exactly equal, not approximately


def test_no_join_means_no_inside_score() -> None:
    model = SeqModel({"bias": (1.0, 2.0)}, {}, {})
    assert emission(model, Position({"bias": 1.0}))[2] == float("-inf")
