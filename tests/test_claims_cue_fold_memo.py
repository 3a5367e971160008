"""Quote cues are folded to Traditional through a memo; the memo must answer what the plain folding does,
for Simplified, Traditional, mixed and English cues, asked repeatedly."""

from __future__ import annotations

from extractor.extractors.claims.features import folded_cue
from extractor.normalize.script import fold_to_traditional


def test_memoized_cue_folding_equals_plain_folding():
    cues = ["说", "說", "表示", "表示", "认为", "認為", "指出", "预计", "said", "", "强调说", "說", "认为"]
    for cue in cues * 2:
        assert folded_cue(cue) == fold_to_traditional(cue)
    assert folded_cue("认为") == "認為"  # Simplified cues meet the Traditional lexicon
