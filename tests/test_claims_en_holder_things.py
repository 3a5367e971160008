"""An inline holder is someone who can hold a view: a subject of lowercase words after its first is a holder
only when its head names an organisation, group or role (``The central bank expects``), not a thing (``The
main feature suggests``). Invented sentences."""

from __future__ import annotations

from extractor.document import Span
from extractor.extractors.claims.candidates import Clause
from extractor.extractors.claims.en_holder import inline_holders
from extractor.extractors.claims.lexicon import lexicon


def holder_of(sentence: str) -> str | None:
    span = Span(0, len(sentence))
    c = inline_holders(sentence, [Clause(span, 0, 0, 1, None, span)], lexicon("en"))[0]
    return sentence[c.holder.start : c.holder.end] if c.holder else None


def test_a_thing_as_subject_is_no_holder() -> None:
    assert holder_of("The steep rise in refunds suggests the rollout went badly.") is None
    assert holder_of("A glance at the ledger suggests the cooperative is solvent.") is None
    assert holder_of("Several cautious measures predict a wider gap in the harbour budget.") is None


def test_organisations_groups_and_names_stay_holders() -> None:
    assert holder_of("The central bank expects inflation to ease by spring.") == "The central bank"
    assert holder_of("The growers’ association fears the frost will ruin the crop.") == "The growers’ association"
    assert holder_of("Harbour Freight Partners expects cargo volumes to recover.") == "Harbour Freight Partners"
