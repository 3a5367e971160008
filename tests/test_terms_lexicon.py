"""The lexicon helpers the boundary relies on (lexicon.py)."""

from extractor.extractors.terms.lexicon import mentions, terms_lexicon
from extractor.normalize.script import to_taiwan


def test_short_forms_must_be_whole_words():
    assert not mentions("business outlook", ("us",))
    assert mentions("US Steel", ("us",))


def test_camel_case_is_split_before_matching():
    assert mentions("SiliconValleyBank", ("silicon valley",))


def test_prefix_needs_the_matching_english():
    lex = terms_lexicon()
    assert lex.prefix("不", "Unjust Enrichment Act")
    assert not lex.prefix("不", "Justice Department")
    assert lex.prefix("後", "post-truth") and not lex.prefix("後", "postal truth")


def test_lexicon_keys_match_taiwan_spelling_of_simplified_words():
    lex = terms_lexicon()
    assert lex.role(to_taiwan("游击手"), "Trea Turner")  # the walk folds jieba's words with to_taiwan
    assert lex.descriptor("競爭對手", "Apple") and not lex.descriptor("競爭對手", "rival firm")
