"""The claim judge: a logistic model over clause features decides which clauses are disputable
assertions, and a second one which adjacent claim clauses form one statement.

Weights live in ``extractor/data/claims_model.json`` (one block per language), written by
``benchmarks/train_claims.py`` from annotated articles; inference is a dot product, deterministic
and cheap. ``Model`` can also be built from a dict, so training can score a held-out set with
weights that are not the committed ones.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat

from ...data import load_json
from ...document import Document, Span
from .candidates import Clause
from .completion import CONDITION, complete
from .context import SentenceContext
from .features import RuleSpans, clause_features, cue_ends, folded_cue, join_features, word_classes
from .lexical import Words, lexical_features, words_of
from .lexicon import Lexicon
from .sequence import Position, SeqModel, runs, viterbi
from .units import Figures

MODEL_FILE = "claims_model.json"


@dataclass(frozen=True)
class LangModel:
    clause: Mapping[str, float]
    join: Mapping[str, float]
    threshold: float
    join_threshold: float
    keep_rules: bool = False
    use_rules: bool = True  # run the stance rules for the "rule" features and their holders
    extend_threshold: float | None = None  # clauses this likely join a claim run (None: ``threshold``)
    seq: SeqModel | None = None  # the B/I/O sequence labeller; when set it decides the runs (``group``)
    carry: Mapping[str, float] | None = None  # the carry-over model (:mod:`.carry`)
    carry_threshold: float = 0.5
    judge_plain: bool = False  # judge clauses without any word class too (else they are never claims)
    chooser: Mapping[str, float] | None = None  # the claimant chooser (:mod:`.chooser`)


@dataclass(frozen=True)
class Model:
    langs: Mapping[str, LangModel]

    @classmethod
    def from_dict(cls, raw: Mapping[str, object]) -> Model:
        langs = {}
        for lang, block in raw.items():
            if lang.startswith("_") or not isinstance(block, dict):
                continue
            langs[lang] = LangModel(dict(block["clause"]), dict(block["join"]), float(block["threshold"]),
                                    float(block.get("join_threshold", 0.5)), bool(block.get("keep_rules", False)),
                                    bool(block.get("use_rules", True)),
                                    None if block.get("extend_threshold") is None else float(block["extend_threshold"]),
                                    SeqModel.from_dict(block["seq"]) if block.get("seq") else None,
                                    dict(block["carry"]) if block.get("carry") else None,
                                    float(block.get("carry_threshold", 0.5)), bool(block.get("judge_plain", False)),
                                    dict(block["chooser"]) if block.get("chooser") else None)
        return cls(langs)

    def for_lang(self, lang: str) -> LangModel | None:
        return self.langs.get(lang)


@lru_cache(maxsize=1)
def default_model() -> Model:
    """The committed model (loaded once per process)."""
    raw = load_json(MODEL_FILE)
    return Model.from_dict(raw)


def probability(weights: Mapping[str, float], feats: Mapping[str, float]) -> float:
    z = sum(weights.get(k, 0.0) * v for k, v in feats.items())
    return _logistic(z)


def binary_probability(weights: Mapping[str, float], feats: Iterable[str]) -> float:
    """``probability`` of features that are all 1.0 (every clause feature): a sum of looked-up weights."""
    return _logistic(sum(map(weights.get, feats, repeat(0.0))))


def _logistic(z: float) -> float:
    z = max(-30.0, min(30.0, z))
    return 1.0 / (1.0 + math.exp(-z))


@dataclass(frozen=True)
class Judged:
    clauses: list[Clause]
    probs: list[float]
    feats: list[dict[str, float]]
    scans: list[tuple[frozenset[str], frozenset[str]]]
    skipped: list[bool] | None = None  # never part of a claim (attribution, or no word class and nobody speaking)
    attributions: list[bool] | None = None  # the skipped clauses that are an attribution (X表示，)


def judge_clauses(doc: Document, clauses: Sequence[Clause], lex: Lexicon, figures: Figures, rules: RuleSpans,
                  lm: LangModel | None) -> Judged:
    classes = word_classes("zh" if doc.is_zh else "en")
    clauses = list(clauses)
    folded = doc.folded or doc.text
    scans = [classes.scan(folded, c.span.start, c.span.end) for c in clauses]
    ends = cue_ends(doc, clauses, classes, lex)
    feats: list[dict[str, float]] = []
    probs: list[float] = []
    skipped: list[bool] = []
    attributions: list[bool] = []
    words: Words | None = None
    context: SentenceContext | None = None
    for k, c in enumerate(clauses):
        attribution = ends[k] and k + 1 < len(clauses) and clauses[k + 1].sent == c.sent
        # ``分析師認為，…``: the claimant and cue, never part of a claim (the content follows). No word
        # of any class and nobody speaking: a plain statement of fact, not worth scoring.
        skip = attribution or (not (lm is not None and lm.judge_plain) and not scans[k][0] and c.quote is None
                               and c.holder is None)
        skipped.append(skip)
        attributions.append(attribution)
        if lm is not None and skip:
            feats.append({})
            probs.append(0.0)
            continue
        f = clause_features(doc, clauses, k, scans, ends, lex, figures, rules)
        if words is None:
            words = words_of(doc)
        lexical_features(words, c.span, doc.sentences[c.sent].start, into=f)
        if context is None:
            context = SentenceContext(doc)
        for name in context.of(c.sent):
            f[name] = 1.0
        feats.append(f)
        belief = "q:opens" in f and c.quote.span[1] <= c.span.end + 1 and _belief(lex, c.quote.cue)
        if belief:
            f["q:belief_all"] = 1.0
        p = binary_probability(lm.clause, f) if lm and _reads_judge(lm) else 0.0
        if lm is not None and _reads_judge(lm) and belief:
            # 分析師認為，台積電營收將成長 / 多頭認為…: the whole of what a belief or forecast word reports, in one
            # clause, is the holder's position (longer reports are left to the model's runs)
            p = max(p, lm.threshold)
        probs.append(p)
    return Judged(clauses, probs, feats, scans, skipped, attributions)


def _reads_judge(lm: LangModel) -> bool:
    """Are the clause probabilities used (no labeller, or one that reads or falls back on them)?"""
    return lm.seq is None or lm.seq.stack or lm.seq.fill is not None


def _belief(lex: Lexicon, cue: str | None) -> bool:
    """認為, 也預估, 警告: a cue that reports what its holder believes or forecasts (data: belief_cues)."""
    cue = folded_cue(cue or "")
    return bool(cue) and any(cue.endswith(w) for w in lex.get("belief_cues"))


def group(doc: Document, judged: Judged, lm: LangModel) -> list[list[int]]:
    """Claims as runs of clause indices. Clauses over ``extend_threshold`` form runs, adjacent ones joined
    when the join model says the second completes the first; a run is a claim when one of its clauses
    passes ``threshold`` (a condition or cause clause next to an assessment is part of it, though on
    its own it would be too weak to be a claim)."""
    if lm.seq is not None:
        pos = positions(doc, judged, judged.probs if lm.seq.stack else None)
        found = complete(runs(viterbi(lm.seq, pos)), _openers(doc, judged), lambda k: pos[k].join is not None)
        if lm.seq.fill is None:
            return found
        # where the labeller found no claim in a sentence, a run the judge is sure of stands
        taken = {judged.clauses[k].sent for run in found for k in run}
        extra = _threshold_runs(doc, judged, lm, max(lm.threshold, lm.seq.fill), skip=taken)
        return sorted(found + extra)
    return _threshold_runs(doc, judged, lm, lm.threshold)


# 在AI晶片需求帶動下， / 在升息壓力之下，: an adverbial frame sets the scene for the clause after it and,
# like a condition, asserts nothing alone
_FRAME = re.compile(r"在[^，,；;。：:]{1,30}(?:之下|下|之際|之中|當中)")


def _openers(doc: Document, judged: Judged) -> list[frozenset[str]]:
    """The word classes each clause opens with, a frame clause counted as a condition (``completion``)."""
    text = doc.folded or doc.text
    out = []
    for c, (_, opening) in zip(judged.clauses, judged.scans, strict=True):
        if text[c.span.start : c.span.start + 1] == "在" and _FRAME.fullmatch(text, c.span.start, c.span.end):
            opening = opening | {CONDITION}
        out.append(opening)
    return out


def _threshold_runs(doc: Document, judged: Judged, lm: LangModel, threshold: float,
                    skip: AbstractSet[int] = frozenset()) -> list[list[int]]:
    """Runs of the clause judge and the join model (clauses of the sentences in ``skip`` left out)."""
    cl, probs = judged.clauses, judged.probs
    low = min(threshold, lm.extend_threshold if lm.extend_threshold is not None else lm.threshold)
    out: list[list[int]] = []
    for k, c in enumerate(cl):
        if probs[k] < low or (skip and c.sent in skip):
            continue
        if out and _adjacent(doc, cl[out[-1][-1]], c):
            prev = out[-1][-1]
            jf = join_features(doc, cl[prev], c, probs[prev], probs[k], (judged.scans[prev][1], judged.scans[k][1]))
            if probability(lm.join, jf) >= lm.join_threshold:
                out[-1].append(k)
                continue
        out.append([k])
    return [run for run in out if any(probs[k] >= threshold for k in run)]


def log_odds(p: float) -> float:
    """The judge's probability as a feature of the sequence labeller (bounded)."""
    p = min(max(p, 0.0025), 0.9975)
    return math.log(p / (1.0 - p))


def positions(doc: Document, judged: Judged, stack: Sequence[float] | None = None) -> list[Position]:
    """The clauses as the sequence labeller sees them: features (none when skipped) and the join
    features to the clause before when it may continue that clause's claim; ``stack`` holds the judge's
    probability of each clause when the labeller reads it (feature ``lp``)."""
    out = []
    cl = judged.clauses
    for k, c in enumerate(cl):
        if judged.skipped and judged.skipped[k]:
            out.append(Position({}))
            continue
        join = None
        if k and not (judged.skipped and judged.skipped[k - 1]) and _adjacent(doc, cl[k - 1], c):
            join = join_features(doc, cl[k - 1], c, 0.0, 0.0, (judged.scans[k - 1][1], judged.scans[k][1]))
            del join["pa"], join["pb"]
            first = _first_word(judged.feats[k])
            if first:  # 可望受惠 / 恐壓抑 continue a claim, 電子業可望 opens a new subject: the first word tells
                join["jw:" + first] = 1.0
        feats = judged.feats[k]
        if stack is not None:
            feats = {**feats, "lp": log_odds(stack[k])}
        out.append(Position(feats, join))
    return out


def _first_word(feats: Mapping[str, float]) -> str | None:
    """The first word of a clause, read from its ``b:W1|W2`` feature (:mod:`.lexical`; it comes after the
    clause's words and before at most three ``l:`` words, so the search runs from the end)."""
    for k in reversed(feats):
        if k.startswith("b:"):
            return k[2:].split("|", 1)[0]
    return None


def _adjacent(doc: Document, a: Clause, b: Clause) -> bool:
    """Next clause of the same sentence, same source, not after a semicolon or a closing quote mark
    (what follows those is a new assertion)."""
    if a.sent != b.sent or b.index != a.index + 1 or a.quote is not b.quote or a.holder != b.holder:
        return False
    return _CLOSE_GAP.search(doc.text, a.span.end, b.span.start) is None


_CLOSE_GAP = re.compile("[；;。！？!?」』”]")  # (one search in C instead of a generator over the gap)


def group_span(judged: Judged, run: Sequence[int]) -> Span:
    return Span(judged.clauses[run[0]].span.start, judged.clauses[run[-1]].span.end)
