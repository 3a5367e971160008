"""The English claim judge: the clause judge of :mod:`.judge` with English weights and English features.

Every clause of an English article is judged (own-voice sentences, what follows said / told / according
to, the words inside a direct quotation): the shared clause features of :mod:`.features` and
:mod:`.lexical` plus the English ones of :mod:`.en_features` (the reporting verb that introduces the
clause and its class, first person, plain past-tense narration, figures-only content …). Weights live in
``extractor/data/claims_model_en.json``, written by ``benchmarks/train_claims_en.py`` from annotated
English articles; inference is a dot product, deterministic and cheap.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from ...data import load_json
from ...document import Document
from .candidates import Clause
from .en_features import en_clause_features
from .en_holder import inline_holders
from .en_quoted import continued_quotes
from .en_signed import signed_holders
from .en_split import split_clauses
from .features import RuleSpans
from .judge import Judged, LangModel, Model, binary_probability, judge_clauses
from .lexicon import Lexicon
from .units import Figures

MODEL_FILE = "claims_model_en.json"


@lru_cache(maxsize=1)
def en_model() -> Model:
    """The committed English weights (loaded once per process); a model without an ``en`` block when the
    file is absent, so that the stance rules alone decide."""
    if not resources.files("extractor.data").joinpath(MODEL_FILE).is_file():
        return Model({})
    return Model.from_dict(load_json(MODEL_FILE))


def judge_en(doc: Document, clauses: Sequence[Clause], lex: Lexicon, figures: Figures, rules: RuleSpans,
             lm: LangModel | None) -> Judged:
    """:func:`.judge.judge_clauses` plus the English features; probabilities from ``lm`` (None: features only,
    for training). Every clause is judged, also one with no word of any class and nobody speaking (its
    function words and shape still tell an assessment, ``That does nothing to solve it``, from a report; held
    out on 60 articles: train/en 4-fold span .605 -> .607, with claimant .497 -> .517, en_probe .755 -> .749);
    only a bare attribution (``…, he said``) keeps empty features and probability 0, in training as at run
    time."""
    clauses, in_marks = continued_quotes(doc, clauses)
    # ", and for years …", ", when …", " — …": two assertions in one clause of the shared splitter are two clauses
    # (held out on 131 articles: train/en 4-fold .554 -> .560, en_probe .722 -> .732, dev_en article-out .694 -> .703)
    clauses, in_marks = split_clauses(doc.text, clauses, in_marks)
    judged = judge_clauses(doc, clauses, lex, figures, RuleSpans([]), None)
    feats, probs = judged.feats, judged.probs
    # ``Edmunds expects …``: the holder names the claimant; the clause is scored as held by it
    held = inline_holders(doc.text, judged.clauses, lex)
    for k, c in enumerate(judged.clauses):
        f = feats[k]
        attribution = "ends_cue" in f and "n:none" not in f
        if not attribution:
            en = en_clause_features(doc, judged.clauses, k, lex)
            f.update(en)
            who = "q" if c.quote is not None else "o"  # a modal or a past tense means one thing in a quote,
            f.update({f"{who}|{name}": 1.0 for name in en if not name.startswith("fw")})  # another in the article's own words
            if in_marks[k]:
                f["en:in_marks"] = 1.0
            if held[k].holder is not None and c.holder is None:
                f["en:inline"] = 1.0  # a stance verb after the clause's subject: the subject's forecast or view
        if attribution:
            feats[k] = {}
            probs[k] = 0.0
            continue
        probs[k] = binary_probability(lm.clause, f) if lm is not None else 0.0
    # the own-voice clauses of a signed section (a name heading over a contributor's text) are the contributor's
    judged.clauses[:] = signed_holders(doc, held)
    return judged
