"""Reported speech that quotes a fragment keeps its indirect quote when the clause has its own subject
('The delay is “a scandal,” Ruiz said'), and reported speech inside a quotation is not a quote of its own."""

from __future__ import annotations

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def pairs(text: str) -> list[tuple[str, str | None, str]]:
    quotes, _ = extract_quotes(make_doc(text))
    return [(q.kind, q.speaker, q.text) for q in quotes]


def test_clause_with_quoted_fragment_is_also_indirect() -> None:
    out = pairs("The delay is “a scandal that the whole valley will pay for,” Marta Ruiz said.")
    kinds = {(k, sp) for k, sp, _ in out}
    assert ("indirect", "Marta Ruiz") in kinds and ("direct", "Marta Ruiz") in kinds


def test_said_that_fragment_is_indirect_too() -> None:
    out = pairs("Mayor Ken Okoro said the new tunnel would be “finished by the spring, whatever it costs.”")
    assert ("indirect", "Ken Okoro") in {(k, sp) for k, sp, _ in out}


def test_report_inside_quotation_is_not_separate() -> None:
    text = ("“Most drivers don't believe that the bridge could ever fail,” said Ana Lopes, an engineer.")
    out = pairs(text)
    assert [k for k, _, _ in out] == ["direct"]


def test_subject_then_quoted_predicate_attributed_after() -> None:
    out = pairs("Pupils taught this way “will read twice as fast by the age of nine,” Dr. Ellen Park said.")
    assert ("indirect", "Ellen Park") in {(k, sp) for k, sp, _ in out}


def test_the_group_noun_names_the_group_before() -> None:
    text = ("Harbor Gas officials say the pipes are old and brittle. "
            "To lower the risk, the officials said, the firm replaced most of its valves last year.")
    out = pairs(text)
    assert out[-1][1] == "Harbor Gas officials"
