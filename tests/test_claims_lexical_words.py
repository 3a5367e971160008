"""Word features of the claim judge (claims/lexical.py): the clause's own jieba words, its opening word
pair and the words just before it, figures folded to ``#``; a learned word weight moves a clause's
probability. Invented sentences."""

from __future__ import annotations

from extractor.document import Span
from extractor.extractors.claims.candidates import clause_candidates
from extractor.extractors.claims.features import RuleSpans
from extractor.extractors.claims.judge import Model, judge_clauses
from extractor.extractors.claims.lexical import Words, lexical_features
from extractor.extractors.claims.lexicon import lexicon
from extractor.extractors.claims.units import Figures
from extractor.testing import make_doc

FULL = ("normalize", "segment", "words", "terms", "metrics", "quotes")


def test_clause_words_left_context_and_figures() -> None:
    text = "研究員認為，這項政策恐怕不利於出口。工廠去年產量達到35萬噸。"
    doc = make_doc(text, stages=FULL, language="zh")
    words = Words(doc)
    start = text.index("這項")
    f = lexical_features(words, Span(start, text.index("。")), 0)
    assert "u:恐怕" in f and "u:政策" in f
    assert "l:认为" in f  # the cue before the clause (words are keyed in Simplified script)
    assert not any(k.startswith("u:研究") for k in f)  # the holder is context, not content
    assert any(k.startswith("b:") for k in f)
    g = lexical_features(words, Span(text.index("工廠"), len(text) - 1), text.index("工廠"))
    assert "u:#" in g and not any(k.startswith("l:") for k in g)  # nothing before a sentence's first clause


def test_simplified_input_reads_the_same_words_as_traditional() -> None:
    trad = make_doc("這項政策恐怕不利於出口。", stages=FULL, language="zh-Hant")
    simp = make_doc("这项政策恐怕不利于出口。", stages=FULL, language="zh-Hans")
    a = lexical_features(Words(trad), Span(0, 11), 0)
    b = lexical_features(Words(simp), Span(0, 11), 0)
    assert a == b


def test_a_word_weight_moves_the_judgement() -> None:
    doc = make_doc("房價恐怕會繼續下跌。", stages=FULL, language="zh")
    lex = lexicon("zh")
    clauses = clause_candidates(doc, set(), lex)

    def prob(weights):
        lm = Model.from_dict({"zh": {"clause": weights, "join": {}, "threshold": 0.5}}).for_lang("zh")
        return judge_clauses(doc, clauses, lex, Figures([]), RuleSpans([]), lm).probs[0]

    base = prob({"bias": -1.0})
    assert prob({"bias": -1.0, "u:恐怕": 3.0}) > 0.5 > base
    assert prob({"bias": -1.0, "u:下跌": -3.0}) < base


def test_simplified_and_traditional_input_give_the_same_clause_features() -> None:
    lex = lexicon("zh")
    names = []
    for text, lang in (("研究員王大明說：「這項政策恐怕不利於出口，廠商將會轉移。」", "zh-Hant"),
                       ("研究员王大明说：「这项政策恐怕不利于出口，厂商将会转移。」", "zh-Hans")):
        doc = make_doc(text, stages=FULL, language=lang)
        judged = judge_clauses(doc, clause_candidates(doc, set(), lex), lex, Figures([]), RuleSpans([]), None)
        names.append([sorted(f) for f in judged.feats])
    assert names[0] == names[1]
    assert any("q:cue_stance" in f for f in names[0])  # 说 is the stance cue 說
