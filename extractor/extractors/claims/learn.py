"""Logistic regression for the claim judge, in pure Python (no numpy): used by
``benchmarks/train_claims.py`` to write ``extractor/data/claims_model.json``.

Batch gradient descent from zero weights over sorted feature names: the same rows give the same
weights on every machine.
"""

from __future__ import annotations

import math

RATE = 2.0


def fit(rows: list[tuple[dict[str, float], int]], l2: float = 20.0, steps: int = 400) -> dict[str, float]:
    """Logistic regression by batch gradient descent (bias not penalised); deterministic."""
    names = sorted({k for f, _ in rows for k in f})
    index = {k: i for i, k in enumerate(names)}
    xs = [[(index[k], v) for k, v in sorted(f.items())] for f, _ in rows]
    ys = [y for _, y in rows]
    w = [0.0] * len(names)
    n = max(1, len(rows))
    bias = index.get("bias")
    for _ in range(steps):
        grad = [0.0] * len(names)
        for x, y in zip(xs, ys, strict=True):
            z = max(-30.0, min(30.0, sum(w[i] * v for i, v in x)))
            err = 1.0 / (1.0 + math.exp(-z)) - y
            for i, v in x:
                grad[i] += err * v
        for i in range(len(w)):
            g = grad[i] / n + (0.0 if i == bias else l2 * w[i] / n)
            w[i] -= RATE * g
    return {k: round(w[index[k]], 3) for k in names if abs(w[index[k]]) >= 0.005}
