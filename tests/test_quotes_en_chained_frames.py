"""Several reports in one sentence: a second source with its own verb after "and"/"even as" (no comma
needed) takes over the rest of the sentence; reported words that open with a report of their own give
the inner report too; "said he thought that …" stays one report; one cue governing "that A, but that B"
gives one quote over both clauses."""

from __future__ import annotations

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def triples(text: str) -> list[tuple[str, str | None, str]]:
    quotes, _ = extract_quotes(make_doc(text))
    return [(q.kind, q.speaker, q.text) for q in quotes]


def test_even_as_a_second_source_reports() -> None:
    out = triples("The governor claimed the road tolls would pay for themselves even as the audit office "
                  "estimated that they would cost the province 40 million a year.")
    assert ("indirect", "The governor", "the road tolls would pay for themselves") in out
    assert ("indirect", "the audit office", "they would cost the province 40 million a year") in out


def test_and_without_comma_hands_over_to_a_new_source() -> None:
    out = triples("The ferry line said its boats were safe and the coast guard said it had found no fault.")
    assert ("indirect", "The ferry line", "its boats were safe") in out
    assert ("indirect", "the coast guard", "it had found no fault") in out


def test_plain_coordination_stays_one_report() -> None:
    assert triples("The bakery said flour prices rose and wages held steady.") == [
        ("indirect", "The bakery", "flour prices rose and wages held steady")]


def test_inner_report_is_a_quote_of_its_own() -> None:
    out = triples("The embassy said Ms Okonjo had told the foreign minister by telephone that she was unharmed.")
    assert ("indirect", "The embassy",
            "Ms Okonjo had told the foreign minister by telephone that she was unharmed") in out
    assert any(k == "indirect" and s and "Okonjo" in s and t == "she was unharmed" for k, s, t in out)


def test_said_he_thought_is_one_report() -> None:
    out = triples("Mr. Dorsey said he thought that the harbour fees were far too high.")
    assert len(out) == 1 and out[0][1] == "Dorsey"


def test_but_that_keeps_one_quote() -> None:
    out = triples("Port officials said that the cranes were old, but that new ones would arrive in May.")
    assert out == [("indirect", "Port officials", "the cranes were old, but that new ones would arrive in May")]
