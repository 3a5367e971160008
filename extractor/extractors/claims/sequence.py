"""Claim spans as a sequence labelling of an article's clauses: each clause is Begin (opens a claim),
Inside (completes the claim of the clause before it) or Outside, decoded jointly by Viterbi.

Why a sequence: a claim's extent is a property of a run of clauses, not of one clause. Whether
``恐壓抑房價`` stands alone or completes ``供過於求`` depends on both clauses and on what surrounds
them; scoring B/I/O jointly lets a weak completing clause join a strong head (and a strong clause
start its own claim after a semicolon) with learned weights instead of two thresholds.

Scores are linear: per clause and label, the sum of the weights of the clause's features (the
judge's features, :mod:`.features` and :mod:`.lexical`); for B and I after a clause that may be
continued (:func:`.judge._adjacent`), the weights of the join features of the pair; plus a transition
weight per label pair. O scores 0 (weights are stored relative to it). I may only follow B or I
across an adjacent pair; a clause the judge did not featurise (an attribution ``X表示，``, a plain
clause without any word class and nobody speaking) is O. Weights are learned by an averaged
structured perceptron (:func:`train`, used by ``benchmarks/train_claims.py``): deterministic, pure
Python. ``begin_bias`` is added to every B score: the precision knob chosen on held-out figures.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

LABELS = ("O", "B", "I")
_NEG = float("-inf")


@dataclass(frozen=True)
class SeqModel:
    emit: Mapping[str, tuple[float, float]]  # feature -> (B weight, I weight), relative to O
    join: Mapping[str, tuple[float, float]]  # join feature -> (B weight, I weight) after a continuable clause
    trans: Mapping[str, float]  # "OB", "BI", … -> weight
    begin_bias: float = 0.0
    stack: bool = False  # the clause judge's log-odds is a feature ("lp") of every position
    fill: float | None = None  # judge runs this likely, where the labeller found nothing, are claims too

    @property
    def milli(self) -> dict[str, tuple[int, int]]:
        """The emission weights in thousandths (they are stored rounded to three decimals)."""
        got = self.__dict__.get("_milli")
        if got is None:
            got = {k: (round(a * 1000), round(b * 1000)) for k, (a, b) in self.emit.items()}
            object.__setattr__(self, "_milli", got)
        return got

    @classmethod
    def from_dict(cls, raw: Mapping[str, object]) -> SeqModel:
        emit = {k: (float(v[0]), float(v[1])) for k, v in dict(raw["emit"]).items()}
        join = {k: (float(v[0]), float(v[1])) for k, v in dict(raw["join"]).items()}
        return cls(emit, join, {k: float(v) for k, v in dict(raw["trans"]).items()}, float(raw.get("begin_bias", 0.0)),
                   bool(raw.get("stack", False)), None if raw.get("fill") is None else float(raw["fill"]))


@dataclass
class Position:
    """One clause as the decoder sees it: its features (empty = forced O), and the join features linking
    it to the clause before (None when it cannot continue that clause's claim)."""

    feats: Mapping[str, float]
    join: Mapping[str, float] | None = None
    cost: tuple[float, float, float] | None = None  # training only: added to the wrong labels' scores


def emission(model: SeqModel, pos: Position) -> tuple[float, float, float]:
    """(O, B, I) scores of one position (I is -inf when it cannot continue a claim)."""
    if not pos.feats:
        return 0.0, _NEG, _NEG
    o = 0.0 if pos.cost is None else pos.cost[0]
    b = model.begin_bias
    i = 0.0
    emit, feats = model.emit, pos.feats
    milli = getattr(model, "milli", None)
    if milli is not None and not model.stack:
        # (the committed model on binary features: the weights it holds for the clause, found by one set
        # lookup each and summed as integers, so the order of the sum cannot change the result)
        # (a loop over the clause's few features with ``get`` beats ``keys() & keys()``, which hashes
        # into a new set; integer sums do not depend on the order)
        mb = mi = 0
        get = milli.get
        for k in feats:
            w = get(k)
            if w is not None:
                mb += w[0]
                mi += w[1]
        b += mb / 1000
        i += mi / 1000
    else:
        for k, v in feats.items():
            w = emit.get(k)
            if w is not None:
                b += w[0] * v
                i += w[1] * v
    if pos.cost is not None:
        b += pos.cost[1]
        i += pos.cost[2]
    if pos.join is None:
        return o, b, _NEG
    for k, v in pos.join.items():
        w = model.join.get(k)
        if w is not None:
            b += w[0] * v
            i += w[1] * v
    return o, b, i


def viterbi(model: SeqModel, positions: Sequence[Position]) -> list[int]:
    """The best label sequence (indices into ``LABELS``); ties go to the lower label (O first).

    The three labels are unrolled (this runs on every clause of every article)."""
    if not positions:
        return []
    tg = model.trans.get
    t_oo, t_ob = tg("OO", 0.0), tg("OB", 0.0)
    t_bo, t_bb, t_bi = tg("BO", 0.0), tg("BB", 0.0), tg("BI", 0.0)
    t_io, t_ib, t_ii = tg("IO", 0.0), tg("IB", 0.0), tg("II", 0.0)
    e0, e1, _ = emission(model, positions[0])
    s0, s1, s2 = e0 + tg("^O", 0.0), e1 + tg("^B", 0.0), _NEG  # nothing to continue at the start
    back: list[tuple[int, int, int]] = []
    for pos in positions[1:]:
        e0, e1, e2 = emission(model, pos)
        a, b, c = s0 + t_oo, s1 + t_bo, s2 + t_io
        n0, p0 = (a, 0) if a >= b and a >= c else (b, 1) if b >= c else (c, 2)
        if e1 == _NEG:
            n1, p1 = _NEG, 0
        else:
            a, b, c = s0 + t_ob, s1 + t_bb, s2 + t_ib
            n1, p1 = (a, 0) if a >= b and a >= c else (b, 1) if b >= c else (c, 2)
        if e2 == _NEG:
            n2, p2 = _NEG, 0
        else:  # I continues B or I only
            b, c = s1 + t_bi, s2 + t_ii
            n2, p2 = (b, 1) if b >= c else (c, 2)
        back.append((p0, p1, p2))
        s0, s1, s2 = n0 + e0, n1 + e1, n2 + e2
    y = 0 if s0 >= s1 and s0 >= s2 else 1 if s1 >= s2 else 2
    path = [y]
    for ptr in reversed(back):
        y = ptr[y]
        path.append(y)
    path.reverse()
    return path


def runs(path: Sequence[int]) -> list[list[int]]:
    """Claims as runs of positions: a B and the I positions after it."""
    out: list[list[int]] = []
    for k, y in enumerate(path):
        if y == 1:
            out.append([k])
        elif y == 2 and out and out[-1][-1] == k - 1:
            out[-1].append(k)
    return out


def train(docs: Sequence[tuple[Sequence[Position], Sequence[int]]], epochs: int = 8,
          miss: float = 0.0, false: float = 0.0, tie: bool = False, bags: int = 1) -> SeqModel:
    """``bags`` perceptrons, each visiting the articles in its own seeded order every epoch, averaged:
    one perceptron's weights depend on the order it saw the articles in, the mean much less."""
    if bags <= 1:
        return _train(docs, epochs, miss, false, tie, None)
    models = [_train(docs, epochs, miss, false, tie, seed) for seed in range(bags)]
    def mean(maps):
        keys = sorted({k for m in maps for k in m})
        return {k: tuple(sum(m.get(k, (0.0, 0.0))[j] for m in maps) / len(maps) for j in range(2)) for k in keys}
    trans = sorted({k for m in models for k in m.trans})
    return SeqModel(mean([m.emit for m in models]), mean([m.join for m in models]),
                    {k: sum(m.trans.get(k, 0.0) for m in models) / len(models) for k in trans})


def _train(docs: Sequence[tuple[Sequence[Position], Sequence[int]]], epochs: int, miss: float, false: float,
           tie: bool, seed: int | None) -> SeqModel:
    """Averaged structured perceptron over ``(positions, gold labels)`` per article, in the given order
    (deterministic). Gold labels must be feasible (I only after B/I on a position with join features,
    O on a position without features). Decoding during training is cost-augmented: a wrong label
    scores ``miss`` more where the gold is a claim clause and ``false`` more where it is O (a margin;
    ``miss > false`` trades precision for recall). ``tie``: B and I share the clause weights (whether a
    clause is part of a claim), so that only the join features and transitions tell a new claim from a
    continued one."""
    for positions, gold in docs:
        for pos, g in zip(positions, gold, strict=True):
            if miss or false:
                c = miss if g else false
                pos.cost = (0.0 if g == 0 else c, 0.0 if g == 1 else c, 0.0 if g == 2 else c)
    w: dict[tuple[int, str], float] = {}  # (label, feature) -> weight; join features prefixed "j:"
    u: dict[tuple[int, str], float] = {}  # timestamped sums for averaging
    c = 1

    def add(key: tuple[int, str], v: float) -> None:
        w[key] = w.get(key, 0.0) + v
        u[key] = u.get(key, 0.0) + c * v

    live = _Live(w, tie)

    order = list(range(len(docs)))
    rng = random.Random(seed)
    for _ in range(epochs):
        if seed is not None:
            rng.shuffle(order)
        for positions, gold in (docs[i] for i in order):
            pred = viterbi(live, positions) if positions else []
            if list(pred) != list(gold):
                for k, pos in enumerate(positions):
                    g, p = gold[k], pred[k]
                    gp, pp = (gold[k - 1] if k else -1), (pred[k - 1] if k else -1)
                    if g != p:
                        ge, pe = (min(g, 1), min(p, 1)) if tie else (g, p)
                        if ge != pe:
                            for f, v in pos.feats.items():
                                if ge:
                                    add((ge, f), v)
                                if pe:
                                    add((pe, f), -v)
                        if pos.join is not None:
                            for f, v in pos.join.items():
                                if g:
                                    add((g, "j:" + f), v)
                                if p:
                                    add((p, "j:" + f), -v)
                    if (gp, g) != (pp, p):
                        add((-1, _pair(gp, g)), 1.0)
                        add((-1, _pair(pp, p)), -1.0)
            c += 1
    for positions, _ in docs:
        for pos in positions:
            pos.cost = None
    avg = {k: w[k] - u[k] / c for k in w}
    if tie:
        avg.update({(2, f): v for (y, f), v in avg.items() if y == 1 and not f.startswith("j:")})
    return _export(avg)


class _Weights:
    def __init__(self, w: Mapping[tuple[int, str], float], prefix: str, tie: bool = False):
        self.w, self.prefix, self.i = w, prefix, 1 if tie else 2

    def get(self, k: str) -> tuple[float, float] | None:
        w, key = self.w, self.prefix + k
        b, i = w.get((1, key)), w.get((self.i, key))
        return None if b is None and i is None else (b or 0.0, i or 0.0)


class _Live:
    """The perceptron's current weights seen as a ``SeqModel`` (no copy per article)."""

    def __init__(self, w: dict[tuple[int, str], float], tie: bool = False):
        self.emit, self.join = _Weights(w, "", tie), _Weights(w, "j:")
        self.w = w
        self.begin_bias = 0.0
        self.trans = self

    def get(self, pair: str, default: float = 0.0) -> float:
        return self.w.get((-1, pair), default)


def _pair(a: int, b: int) -> str:
    return ("^" if a < 0 else LABELS[a]) + LABELS[b]


def _export(w: Mapping[tuple[int, str], float]) -> SeqModel:
    emit: dict[str, list[float]] = {}
    join: dict[str, list[float]] = {}
    trans: dict[str, float] = {}
    for (y, f), v in w.items():
        if y < 0:
            trans[f] = v
        elif f.startswith("j:"):
            join.setdefault(f[2:], [0.0, 0.0])[y - 1] = v
        else:
            emit.setdefault(f, [0.0, 0.0])[y - 1] = v
    return SeqModel({k: (a, b) for k, (a, b) in emit.items()}, {k: (a, b) for k, (a, b) in join.items()}, trans)


def to_dict(model: SeqModel, digits: int = 3) -> dict:
    """The JSON block of a model (weights rounded, zero weights dropped)."""
    def r(x: float) -> float:
        return round(x, digits)

    return {
        "emit": {k: [r(a), r(b)] for k, (a, b) in sorted(model.emit.items()) if r(a) or r(b)},
        "join": {k: [r(a), r(b)] for k, (a, b) in sorted(model.join.items()) if r(a) or r(b)},
        "trans": {k: r(v) for k, v in sorted(model.trans.items()) if r(v)},
        "begin_bias": r(model.begin_bias),
        "stack": model.stack,
        "fill": model.fill,
    }
