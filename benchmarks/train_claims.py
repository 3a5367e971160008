"""Train the claim judge (extractor/data/claims_model.json) from annotated articles.

    python benchmarks/train_claims.py                 # train on every set, write the weights
    python benchmarks/train_claims.py --heldout       # leave-one-set-out figures, weights unchanged
                                                      # (and 4 folds of the articles of a large set)

A set is a pair ``input.jsonl`` + ``gold.jsonl`` (the shapes of ``../shared/eval``, see ``extractor.dev.shared_dir``): the default
sets are the visible eval sets and every ``extractor/data/train/*/`` folder holding both files.
Each clause candidate (:mod:`extractor.extractors.claims.candidates`) is labelled from the gold:
positive when most of it lies in a gold claim (or a gold claim is most of it). Adjacent positive
clauses of the same gold claim teach the join model. The threshold is the
one the held-out figures chose (or, with THRESHOLD=oof, the F-beta optimum of clause decisions made
out of fold). Features: word classes and who speaks (``claims/features.py``) and the words themselves
(``claims/lexical.py``); weights under 0.005 are pruned. Training is plain
batch gradient descent with L2 penalty in pure Python (``claims/learn.py``): deterministic, no new
dependency. Only Chinese is learned: English has four annotated articles, and held out the stance
rules score higher there.

The claim runs are decided by the B/I/O sequence labeller (``claims/sequence.py``, trained here as an
averaged structured perceptron on the same clause features plus join features of adjacent clauses; gold
B = first clause of a gold claim, I = a later clause of the same claim, O = the rest); the logistic judge
adds runs in sentences the labeller leaves empty when it is at least FILL sure. Knobs of the labeller:
SEQ (1), EPOCHS (15), BEGIN_BIAS (1), FILL (0.6), BAGS (1), PLAIN (1: every clause judged), TIE (0), COST_MISS / COST_FP (0), STACK (0),
SEQ_LEX (1), LEX_SCALE (1); CARRY (1) and CARRY_T (0.5): the carry-over model of ``claims/carry.py``,
learned from the gold claimants (:func:`carry_rows`); HELDOUT_SETS limits --heldout to some sets, DUMP writes the k-fold predictions.

Experiment knobs (environment): L2 (penalty, 3), THRESHOLD (0.45, or "oof"), EXTEND (0.3), JOIN_T (0.75), MIN_DF (2),
STEPS (400), BETA (1.0), EXCLUDE (sets left out of
training, comma-separated), USE_RULES=1 (the zh stance rules as features), KEEP_RULES=1 (their units
kept beside the judge's). The committed weights use the defaults.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import unicodedata
from dataclasses import replace
from difflib import SequenceMatcher
from pathlib import Path

from extractor.dev import shared_dir

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.document import Span  # noqa: E402
from extractor.extractors.claims import assemble, chooser, judge  # noqa: E402
from extractor.extractors.claims.candidates import clause_candidates  # noqa: E402
from extractor.extractors.claims.carry import Carry  # noqa: E402
from extractor.extractors.claims.claimant import Names  # noqa: E402
from extractor.extractors.claims.features import RuleSpans, join_features  # noqa: E402
from extractor.extractors.claims.judge import Model, judge_clauses  # noqa: E402
from extractor.extractors.claims.learn import fit  # noqa: E402
from extractor.extractors.claims.lexicon import lexicon  # noqa: E402
from extractor.extractors.claims.reported import SentenceSources  # noqa: E402
from extractor.extractors.claims.rules_en import en_candidates  # noqa: E402
from extractor.extractors.claims.rules_zh import zh_candidates  # noqa: E402
from extractor.extractors.claims.sequence import Position, to_dict  # noqa: E402
from extractor.extractors.claims.sequence import train as train_sequence  # noqa: E402
from extractor.extractors.claims.units import Figures  # noqa: E402
from extractor.pipeline import Pipeline  # noqa: E402

EXCLUDE = set(filter(None, os.environ.get("EXCLUDE", "").split(",")))
KEEP_RULES = os.environ.get("KEEP_RULES", "0") == "1"
LEARNED = ("zh",)
USE_RULES = os.environ.get("USE_RULES", "0") == "1"
BETA = float(os.environ.get("BETA", "1.0"))
EVAL = shared_dir() / "eval"
OUT = ROOT / "extractor" / "data" / "claims_model.json"
L2 = float(os.environ.get("L2", "3"))
# Decision thresholds, chosen on the held-out figures of ``--heldout`` (udn 4-fold and dev2 left out; the
# P/R points are in the commit that set them). THRESHOLD="oof" picks the clause-level F-beta optimum of
# 5 out-of-fold predictions instead.
THRESHOLD = os.environ.get("THRESHOLD", "0.45")
EXTEND = float(os.environ.get("EXTEND", "0.3"))  # a clause this likely extends a claim run
L2_WORDS = float(os.environ.get("L2_WORDS", "10"))  # penalty of the word features (u:/b:/l:)
MIN_DF = int(os.environ.get("MIN_DF", "2"))  # articles a word must occur in to get a weight
LEXICAL = ("u:", "b:", "l:")
JOIN_T = float(os.environ.get("JOIN_T", "0.75"))  # the join model's decision threshold
STEPS = int(os.environ.get("STEPS", "400"))
SEQ = os.environ.get("SEQ", "1") == "1"  # the B/I/O sequence labeller decides the claim runs
EPOCHS = int(os.environ.get("EPOCHS", "15"))  # perceptron passes over the training articles
STACK = os.environ.get("STACK", "0") == "1"  # the judge's out-of-fold log-odds as a labeller feature
SEQ_LEX = os.environ.get("SEQ_LEX", "1") == "1"  # the labeller reads the word features too
DUMP = os.environ.get("DUMP", "")  # write the k-fold predictions here (JSON Lines)
COST_MISS = float(os.environ.get("COST_MISS", "0"))  # training margin on claim clauses
COST_FP = float(os.environ.get("COST_FP", "0"))  # training margin on other clauses
FILL = None if os.environ.get("FILL", "0.6") in ("", "none") else float(os.environ.get("FILL", "0.6"))  # judge fallback
LEX_SCALE = float(os.environ.get("LEX_SCALE", "1"))  # value of a word feature for the labeller (<1: a prior for the word classes)
TIE = os.environ.get("TIE", "0") == "1"  # B and I share the clause weights
BAGS = int(os.environ.get("BAGS", "1"))  # perceptrons (each in its own seeded article order) averaged
BEGIN_BIAS = float(os.environ.get("BEGIN_BIAS", "1"))  # added to every B score: the precision knob
CARRY = os.environ.get("CARRY", "1") == "1"  # learn the carry-over of the last speaker (claims/carry.py)
PLAIN = os.environ.get("PLAIN", "1") == "1"  # the labeller judges clauses without any word class too
CARRY_T = float(os.environ.get("CARRY_T", "0.5"))  # its decision threshold
CHOOSER = os.environ.get("CHOOSER", "1") == "1"  # learn the claimant chooser (claims/chooser.py)
CHOOSER_STEPS = int(os.environ.get("CHOOSER_STEPS", "300"))


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s or "").casefold()
    return "".join(ch for ch in s if not (ch.isspace() or unicodedata.category(ch)[0] in "PSZ"))


def overlap(a: str, b: str) -> tuple[float, float]:
    if not a or not b:
        return 0.0, 0.0
    m = sum(blk.size for blk in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    return m / len(a), m / len(b)


def default_sets() -> list[tuple[str, Path, Path]]:
    sets = [(n, EVAL / n / "input.jsonl", EVAL / n / "gold.jsonl") for n in ("seed", "dev", "dev2", "dev_en")]
    train = ROOT / "extractor" / "data" / "train"
    for folder in sorted(p for p in train.glob("*") if p.is_dir()) if train.is_dir() else []:
        if (folder / "input.jsonl").exists() and (folder / "gold.jsonl").exists():
            sets.append((f"train-{folder.name}", folder / "input.jsonl", folder / "gold.jsonl"))
    return [s for s in sets if s[1].exists() and s[2].exists()]


class Example:
    """One article: its Document, clause candidates, features, labels and gold."""

    def __init__(self, set_name: str, doc, gold: dict):
        self.set, self.doc, self.gold = set_name, doc, gold
        lang = "zh" if doc.is_zh else "en"
        self.lang = lang
        lex = lexicon(lang)
        metrics = Figures([Span(*m.span) for m in doc.get("metrics")])
        skip = assemble._headings(doc)
        find = zh_candidates if doc.is_zh else en_candidates
        rules = [] if not USE_RULES else assemble._dedupe(sorted(find(doc, lex, metrics, skip), key=lambda c: (c.span.start, -c.span.end)))
        judged = judge_clauses(doc, clause_candidates(doc, skip, lex), lex, metrics,
                               RuleSpans([(r.span, r.claimant is not None) for r in rules]), None)
        self.clauses, self.feats, self.scans = judged.clauses, judged.feats, judged.scans
        self.judged = judged
        self.labels, self.gold_of = label_clauses(doc, self.clauses, gold)


def _locate(doc, text: str) -> tuple[int, int] | None:
    """Where a gold claim stands in the article (its first occurrence), or None."""
    for hay in (doc.text, doc.folded or doc.text):
        i = hay.find(text)
        if i >= 0:
            return i, i + len(text)
    return None


def label_clauses(doc, clauses, gold: dict) -> tuple[list[int], list[int]]:
    """Each clause's label (1 when most of it lies in a gold claim, or a gold claim is most of it) and the
    index of that gold claim (-1 for none)."""
    golds = [g["text"] for g in gold.get("claims") or []]
    spans = [_locate(doc, g) for g in golds]
    labels, gold_of = [], []
    for c in clauses:
        t = norm(doc.text[c.span.start : c.span.end])
        best, which = 0.0, -1
        for i, g in enumerate(golds):
            sp = spans[i]
            if sp is not None:  # the gold claim stands in the text: label by character overlap
                inter = min(sp[1], c.span.end) - max(sp[0], c.span.start)
                a = inter / max(1, c.span.end - c.span.start)
                b = inter / max(1, sp[1] - sp[0])
            else:
                a, b = overlap(t, norm(g))
            score = a if a >= 0.6 else (min(a, b) if min(a, b) >= 0.5 else 0.0)
            if score > best:
                best, which = score, i
        labels.append(1 if which >= 0 else 0)
        gold_of.append(which)
    return labels, gold_of


def annotated_docs(sets, pipe: Pipeline, kind: str = "claims"):
    """(set name, Document, gold line) for every article with ``kind`` gold in ``sets`` of (name, input, gold)."""
    for name, inp, gold_path in sets:
        gold = {}
        for line in gold_path.read_text("utf-8").splitlines():
            if line.strip():
                g = json.loads(line)
                gold[g["id"]] = g
        for line in inp.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            rec = json.loads(line)
            g = gold.get(rec["id"])
            if g is None or kind not in g:
                continue
            src = rec.get("html") if rec.get("html") is not None else rec["text"]
            kw = {} if rec.get("html") is not None else {"content_type": "text/plain"}
            yield name, pipe.document(src, doc_id=rec["id"], url=rec.get("url"), record=rec, **kw), g


def load(sets, pipe: Pipeline) -> list[Example]:
    return [Example(name, doc, g) for name, doc, g in annotated_docs(sets, pipe)]


def probs_of(weights, feats):
    from extractor.extractors.claims.judge import probability

    return [probability(weights, f) for f in feats]


def _common_words(exs: list[Example]) -> set[str]:
    """Word features (``u:``/``b:``/``l:``) found in at least MIN_DF training articles: a word of one
    article names its topic (a person, a place), not a kind of statement."""
    df: dict[str, int] = {}
    for e in exs:
        for k in {k for f in e.feats for k in f if k[:2] in LEXICAL}:
            df[k] = df.get(k, 0) + 1
    return {k for k, n in df.items() if n >= MIN_DF}


def train_lang(exs: list[Example], lang: str) -> dict:
    exs = [e for e in exs if e.lang == lang and e.set not in EXCLUDE]
    common = _common_words(exs)
    rows = [({k: v for k, v in f.items() if k[:2] not in LEXICAL or k in common}, y)
            for e in exs for f, y in zip(e.feats, e.labels, strict=True)]
    clause_w = fit(rows, l2=L2, steps=STEPS, l2_words=L2_WORDS)
    jrows = []
    for e in exs:
        p = probs_of(clause_w, e.feats)
        for k in range(1, len(e.clauses)):
            a, b = e.clauses[k - 1], e.clauses[k]
            if judge._adjacent(e.doc, a, b) and e.labels[k - 1] and e.labels[k]:
                jrows.append((join_features(e.doc, a, b, p[k - 1], p[k], (e.scans[k - 1][1], e.scans[k][1])),
                              1 if e.gold_of[k - 1] == e.gold_of[k] else 0))
    join_w = fit(jrows, l2=L2, steps=STEPS) if jrows else {"bias": -5.0}
    if CARRY:
        rows = carry_rows(exs)
        block_carry = fit(rows, l2=L2, steps=STEPS, l2_words=L2_WORDS, words=("w:",)) if rows else None
    block = {"clause": clause_w, "join": join_w, "threshold": 0.5, "join_threshold": JOIN_T, "keep_rules": KEEP_RULES or lang == "en",
             "use_rules": USE_RULES or lang == "en", "extend_threshold": EXTEND}
    if PLAIN:
        block["judge_plain"] = True
    if CARRY and block_carry:
        block["carry"] = block_carry
        block["carry_threshold"] = CARRY_T
    if SEQ:
        oof = _oof_probs(exs, common) if STACK else [None] * len(exs)
        seq = train_sequence([seq_example(e, common, p) for e, p in zip(exs, oof, strict=True)], epochs=EPOCHS, miss=COST_MISS, false=COST_FP, tie=TIE, bags=BAGS)
        # (inference reads word features as 1.0: their training scale goes into the weights)
        seq = replace(seq, emit={f: (w if f[:2] not in LEXICAL else (w[0] * LEX_SCALE, w[1] * LEX_SCALE))
                                 for f, w in seq.emit.items()})
        block["seq"] = to_dict(seq)
        block["seq"]["stack"] = STACK
        block["seq"]["fill"] = FILL
        block["seq"]["begin_bias"] = BEGIN_BIAS
    if THRESHOLD != "oof":
        block["threshold"] = float(THRESHOLD)
        return _with_chooser(exs, lang, block)
    best = None
    oof = _out_of_fold(exs)  # probabilities of each clause from a model that did not see its article
    for t in [x / 100 for x in range(10, 95, 5)]:
        tp = sum(1 for p, y in oof if p >= t and y)
        fp = sum(1 for p, y in oof if p >= t and not y)
        fn = sum(1 for p, y in oof if p < t and y)
        prec, rec = tp / max(1, tp + fp), tp / max(1, tp + fn)
        # F-beta with beta < 1: a claims database full of facts is useless, so precision weighs more
        fb = (1 + BETA**2) * prec * rec / (BETA**2 * prec + rec) if prec + rec else 0.0
        if best is None or fb > best[0]:
            best = (fb, t)
    block["threshold"] = best[1] if best else 0.5
    return _with_chooser(exs, lang, block)


def _with_chooser(exs: list[Example], lang: str, block: dict) -> dict:
    """``block`` with the claimant chooser (``claims/chooser.py``) learned on the claims its own judge finds
    in the training articles: one row per option of each claim that matches a gold claim, 1 when the
    option names the gold claimant (the own voice when the gold has none)."""
    if not CHOOSER:
        return block
    rows = chooser_rows(exs, Model.from_dict({lang: block}))
    if rows:
        block["chooser"] = fit(rows, l2=L2, steps=CHOOSER_STEPS)
    return block


def chooser_rows(exs: list[Example], model: Model) -> list[tuple[dict[str, float], int]]:
    rows: list[tuple[dict[str, float], int]] = []
    for e in exs:
        golds = []
        for g in e.gold.get("claims") or []:
            at = _locate(e.doc, g["text"])
            if at is not None:
                golds.append((at, chooser.key(g.get("claimant"))))
        if not golds:
            continue
        cands, lex, _lm, speakers = assemble.held_candidates(e.doc, model)
        choices, names, prev = chooser.Choices(e.doc, lex), Names(e.doc, speakers), None
        for c in cands:
            best, holder = 0.0, None
            for (s0, s1), who in golds:
                inter = min(s1, c.span.end) - max(s0, c.span.start)
                share = min(inter / max(1, c.span.end - c.span.start), inter / max(1, s1 - s0))
                if share >= 0.5 and share > best:
                    best, holder = share, who
            opts = choices.options(c, prev)
            prev = c
            if holder is None:
                continue
            for o in opts:
                name = chooser.key(names.canonical(o.candidate(c.span))[0]) if o.name else ""
                y = name == holder if not name or not holder else (name in holder or holder in name)
                rows.append((o.feats, int(y)))
    return rows


def carry_rows(exs: list[Example]) -> list[tuple[dict[str, float], int]]:
    """Rows for the carry-over model: every gold claim outside attributed quotes and without a reporter
    earlier in its sentence that has an attributed quote within reach (:meth:`Carry.source`); 1 when
    its gold claimant is that quote's speaker, 0 when it is the article's own voice (a third holder
    teaches neither decision and is left out)."""
    rows, seen = [], []
    for e in exs:
        lex = lexicon(e.lang)
        carry, sources = Carry(e.doc, lex), SentenceSources(e.doc, lex)
        seen.append(len(rows))
        for g in e.gold.get("claims") or []:
            at = _locate(e.doc, g["text"])
            if at is None:
                continue
            span = Span(*at)
            if sources._quote(span) is not None or sources.claimant(span) is not None:
                continue
            got = carry.source(span)
            if got is None:
                continue
            holder = norm(g.get("claimant") or "")
            speaker = norm(got[0].speaker or "")
            if not holder:
                rows.append((got[1], 0))
            elif speaker and (holder in speaker or speaker in holder):
                rows.append((got[1], 1))
    df: dict[str, int] = {}  # a first word of one article only (a name) is no evidence: MIN_DF as for the judge
    for a, b in zip(seen, [*seen[1:], len(rows)], strict=True):
        for k in {k for f, _ in rows[a:b] for k in f if k.startswith("w:")}:
            df[k] = df.get(k, 0) + 1
    return [({k: v for k, v in f.items() if not k.startswith("w:") or df[k] >= MIN_DF}, y) for f, y in rows]


def _oof_probs(exs: list[Example], common: set[str], folds: int = 5) -> list[list[float]]:
    """Each clause's judge probability from a judge trained without its article (5 folds), so that the
    labeller learns how far to trust the judge on unseen text."""
    out: list[list[float]] = [[] for _ in exs]
    for k in range(folds):
        rows = [({f: v for f, v in f.items() if f[:2] not in LEXICAL or f in common}, y)
                for i, e in enumerate(exs) if i % folds != k for f, y in zip(e.feats, e.labels, strict=True)]
        w = fit(rows, l2=L2, steps=STEPS, l2_words=L2_WORDS)
        for i, e in enumerate(exs):
            if i % folds == k:
                out[i] = probs_of(w, e.feats)
    return out


def seq_example(e: Example, common: set[str], probs: list[float] | None = None) -> tuple[list[Position], list[int]]:
    """The positions of an article for the sequence labeller (rare words dropped, as for the judge) and
    its gold labels: B opens a gold claim, I continues the gold claim of the clause before (when the
    pair may be joined), O otherwise and on every skipped clause."""
    judged = replace(e.judged, skipped=e.judged.attributions) if PLAIN else e.judged
    positions = judge.positions(e.doc, judged, probs)
    gold: list[int] = []
    for k, pos in enumerate(positions):
        pos.feats = {f: (v if f[:2] not in LEXICAL else v * LEX_SCALE) for f, v in pos.feats.items()
                     if f[:2] not in LEXICAL or (SEQ_LEX and f in common)}
        if pos.join is not None:  # (a first word of one article only is no evidence either)
            pos.join = {f: v for f, v in pos.join.items() if not f.startswith("jw:") or "u:" + f[3:] in common}
        if not pos.feats or not e.labels[k]:
            gold.append(0)
        elif pos.join is not None and gold[k - 1] and e.gold_of[k] == e.gold_of[k - 1]:
            gold.append(2)
        else:
            gold.append(1)
    return positions, gold


def _out_of_fold(exs: list[Example], folds: int = 5) -> list[tuple[float, int]]:
    out = []
    for k in range(folds):
        train = [e for i, e in enumerate(exs) if i % folds != k]
        test = [e for i, e in enumerate(exs) if i % folds == k]
        w = fit([(f, y) for e in train for f, y in zip(e.feats, e.labels, strict=True)], l2=L2, steps=STEPS)
        for e in test:
            out.extend(zip(probs_of(w, e.feats), e.labels, strict=True))
    return out


def _folds(held: list[Example], rest: list[Example], lang: str, k: int) -> dict:
    mod = _scorer()
    sc = mod.Scorer()
    dumped: list[str] = []
    for f in range(k):
        test = [e for i, e in enumerate(held) if i % k == f]
        train = rest + [e for i, e in enumerate(held) if i % k != f]
        model = Model.from_dict({lang: train_lang(train, lang)})
        for e in test:
            claims = assemble.extract_claims(e.doc, model=model)
            pred = {"id": e.gold["id"], "claims": [{"text": c.text, "claimant": c.claimant} for c in claims]}
            sc.article({"id": e.gold["id"], "claims": e.gold["claims"]}, pred)
            if DUMP:  # the out-of-fold predictions, for error analysis
                pred.update(text=e.doc.text, claims=[{"text": c.text, "claimant": c.claimant, "span": list(c.span)} for c in claims])
                dumped.append(json.dumps(pred, ensure_ascii=False))
    if DUMP:
        Path(DUMP).write_text("\n".join(dumped) + "\n", "utf-8")
    empty = {"p": 0.0, "r": 0.0, "f1": 0.0}
    return {key: sc.summary().get(key, empty) for key in ("claims.span", "claims.with_claimant")}


def _by_article(exs: list[Example], lang: str) -> dict:
    mod = _scorer()
    sc = mod.Scorer()
    for i, e in enumerate(exs):
        model = Model.from_dict({lang: train_lang(exs[:i] + exs[i + 1 :], lang)})
        claims = assemble.extract_claims(e.doc, model=model)
        pred = {"id": e.gold["id"], "claims": [{"text": c.text, "claimant": c.claimant} for c in claims]}
        sc.article({"id": e.gold["id"], "claims": e.gold["claims"]}, pred)
    empty = {"p": 0.0, "r": 0.0, "f1": 0.0}
    return {k: sc.summary().get(k, empty) for k in ("claims.span", "claims.with_claimant")}


def _scorer():
    spec = importlib.util.spec_from_file_location("eval_score", EVAL / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def score(exs: list[Example], model: Model) -> dict:
    mod = _scorer()
    sc = mod.Scorer()
    for e in exs:
        claims = assemble.extract_claims(e.doc, model=model)
        pred = {"id": e.gold["id"], "claims": [{"text": c.text, "claimant": c.claimant} for c in claims]}
        sc.article({"id": e.gold["id"], "claims": e.gold["claims"]}, pred)
    summary = sc.summary()
    empty = {"p": 0.0, "r": 0.0, "f1": 0.0}
    return {k: summary.get(k, empty) for k in ("claims.span", "claims.with_claimant")}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--heldout", action="store_true", help="leave-one-set-out figures; do not write weights")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args(argv)
    sets = default_sets()
    exs = load(sets, Pipeline())
    langs = sorted({e.lang for e in exs})
    if args.heldout:
        only = set(filter(None, os.environ.get("HELDOUT_SETS", "").split(",")))
        for name, *_ in sets:
            if only and name not in only:
                continue
            held = [e for e in exs if e.set == name]
            rest = [e for e in exs if e.set != name]
            lang = held[0].lang if held else "zh"
            if not any(e.lang == lang for e in rest):  # the only set of its language: leave one article out
                r = _by_article(held, lang)
            else:
                r = score(held, Model.from_dict({lang: train_lang(rest, lang)}))
            if len(held) >= 20:  # a large set: also 4 folds of its articles, the other folds in training
                rf = _folds(held, rest, lang, 4)
                print(f"{name:12} 4-fold:   span P {rf['claims.span']['p']:.2f} R {rf['claims.span']['r']:.2f} "
                      f"F1 {rf['claims.span']['f1']:.3f}  with_claimant F1 {rf['claims.with_claimant']['f1']:.3f}")
            print(f"{name:12} held out: span P {r['claims.span']['p']:.2f} R {r['claims.span']['r']:.2f} F1 {r['claims.span']['f1']:.3f}  with_claimant F1 {r['claims.with_claimant']['f1']:.3f}", flush=True)
        return 0
    model = weights(sets, exs)
    for lang in langs:
        if lang in model:
            print(lang, "training fit:", json.dumps(score([e for e in exs if e.lang == lang], Model.from_dict({lang: model[lang]}))))
    Path(args.out).write_text(dumps(model), "utf-8")
    return 0


def weights(sets, exs: list[Example]) -> dict:
    """The model file's content: one block per learned language (the test of reproducibility compares it
    with the committed ``claims_model.json``)."""
    model = {"_doc": "Claim judge weights, written by benchmarks/train_claims.py; sets: "
                     + ", ".join(n for n, *_ in sets)}
    for lang in sorted({e.lang for e in exs}):
        if lang in LEARNED:  # English has its own judge (train_claims_en.py)
            model[lang] = train_lang(exs, lang)
    return model


def dumps(model: dict) -> str:
    return json.dumps(model, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
