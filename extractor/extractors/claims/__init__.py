"""Claims: statements someone holds (assessments, warnings, predictions, causal arguments).

One job per module:

- ``clauses``     split sentences into clauses, keeping quotations and brackets whole
- ``lexicon``     the word lists of ``extractor/data/claims_*.json`` and their matchers
- ``units``       clause descriptions and the rule units built from marked clauses
- ``rules_zh`` / ``rules_en``  stance-cue and marker rules (one feature of the judgement)
- ``lexical``     the words of a clause and the cue words before it (features of the judge)
- ``judge``       clause features and probabilities; claim runs from the labeller (or thresholds)
- ``sequence``    the B/I/O labeller of claim runs (Viterbi decoding, perceptron training)
- ``completion``  condition / additive clauses kept with the clause they complete
- ``claimant``    who holds a claim, resolved like a quote's speaker
- ``reported``    the reporter of a sentence as claimant of its later own-voice clauses
- ``chooser``     a learned choice among the holders a claim could have (the chain's pick, own voice, …)
- ``evidence``    metrics and quotes supporting a claim
- ``assemble``    ``extract_claims``: candidates → dedupe → claimants → ``Claim`` items
"""

from .assemble import extract_claims

__all__ = ["extract_claims"]
