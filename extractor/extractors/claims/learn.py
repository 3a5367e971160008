"""Logistic regression for the claim judge, in pure Python (no numpy): used by
``benchmarks/train_claims.py`` to write ``extractor/data/claims_model.json``.

Batch gradient descent from zero weights over sorted feature names: the same rows give the same
weights on every machine. Binary features (value 1.0, nearly all of them) are kept as bare index
lists so that a step over a few thousand rows with word features stays a matter of seconds.
"""

from __future__ import annotations

import math

RATE = 2.0
PRUNE = 0.005  # weights smaller than this are dropped from the model file


def fit(rows: list[tuple[dict[str, float], int]], l2: float = 20.0, steps: int = 400,
        l2_words: float | None = None, words: tuple[str, ...] = ("u:", "b:", "l:")) -> dict[str, float]:
    """Logistic regression by batch gradient descent (bias not penalised); deterministic. ``l2_words``
    (default ``l2``) penalises the features whose names start with ``words`` (the many word features)
    apart, so that they correct the word-class features rather than replace them."""
    names = sorted({k for f, _ in rows for k in f})
    index = {k: i for i, k in enumerate(names)}
    ones: list[list[int]] = []
    other: list[list[tuple[int, float]]] = []
    for f, _ in rows:
        items = sorted(f.items())
        ones.append([index[k] for k, v in items if v == 1.0])
        other.append([(index[k], v) for k, v in items if v != 1.0])
    ys = [y for _, y in rows]
    w = [0.0] * len(names)
    n = max(1, len(rows))
    bias = index.get("bias")
    lw = l2 if l2_words is None else l2_words
    decay = [(lw if k.startswith(words) else l2) / n for k in names]
    exp = math.exp
    for _ in range(steps):
        grad = [0.0] * len(names)
        for one, oth, y in zip(ones, other, ys, strict=True):
            z = sum([w[i] for i in one])
            if oth:
                z += sum([w[i] * v for i, v in oth])
            z = -30.0 if z < -30.0 else 30.0 if z > 30.0 else z
            err = 1.0 / (1.0 + exp(-z)) - y
            for i in one:
                grad[i] += err
            for i, v in oth:
                grad[i] += err * v
        for i in range(len(w)):
            g = grad[i] / n + (0.0 if i == bias else decay[i] * w[i])
            w[i] -= RATE * g
    return {k: round(w[index[k]], 3) for k in names if abs(w[index[k]]) >= PRUNE}
