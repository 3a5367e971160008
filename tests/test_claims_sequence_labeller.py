"""The B/I/O sequence labeller of claim runs (extractor/extractors/claims/sequence.py)."""

from __future__ import annotations

from extractor.extractors.claims.sequence import Position, SeqModel, runs, to_dict, train, viterbi


def _model(**emit: tuple[float, float]) -> SeqModel:
    return SeqModel(emit, {"bias": (-1.0, 1.0)}, {})


def test_inside_needs_a_claim_before_it_and_a_joinable_pair() -> None:
    m = _model(x=(1.0, 5.0))  # I scores higher than B everywhere it is allowed
    # first position: nothing to continue; second: no join features, so it cannot continue either
    path = viterbi(m, [Position({"x": 1.0}), Position({"x": 1.0}), Position({"x": 1.0}, {"bias": 1.0})])
    assert path == [1, 1, 2]
    assert runs(path) == [[0], [1, 2]]


def test_a_position_without_features_is_outside() -> None:
    m = _model(x=(3.0, 3.0))
    path = viterbi(m, [Position({"x": 1.0}), Position({}, {"bias": 1.0}), Position({"x": 1.0}, {"bias": 1.0})])
    assert path[1] == 0
    assert runs(path) == [[0], [2]]  # the clause after an O cannot be I


def test_begin_bias_trades_claims_for_silence() -> None:
    seq = [Position({"x": 1.0})]
    assert viterbi(SeqModel({"x": (0.5, 0.0)}, {}, {}), seq) == [1]
    assert viterbi(SeqModel({"x": (0.5, 0.0)}, {}, {}, begin_bias=-1.0), seq) == [0]


def _toy() -> list[tuple[list[Position], list[int]]]:
    # "a" opens a claim, "c" completes it when the join says "glue", "n" is no claim
    docs = []
    for i in range(6):
        pos = [Position({"n": 1.0}), Position({"a": 1.0}), Position({"c": 1.0}, {"glue": 1.0}), Position({"n": 1.0}),
               Position({"a": 1.0}), Position({"a": 1.0}, {"cut": 1.0}), Position({"n": 1.0}, {"glue": 1.0})]
        gold = [0, 1, 2, 0, 1, 1, 0]
        docs.append((pos[i % 2 :], gold[i % 2 :]))
    return docs


def test_training_learns_begin_inside_and_outside() -> None:
    m = train(_toy(), epochs=5)
    pos = [Position({"a": 1.0}), Position({"c": 1.0}, {"glue": 1.0}), Position({"n": 1.0}),
           Position({"a": 1.0}), Position({"a": 1.0}, {"cut": 1.0})]
    assert runs(viterbi(m, pos)) == [[0, 1], [3], [4]]


def test_training_is_deterministic_and_round_trips_through_json() -> None:
    a, b = to_dict(train(_toy(), epochs=4, bags=2)), to_dict(train(_toy(), epochs=4, bags=2))
    assert a == b
    again = SeqModel.from_dict(a)
    assert to_dict(again) == a
