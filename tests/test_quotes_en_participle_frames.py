"""A participle of a reporting verb after the main clause ("…, saying (in a statement) that …", "…, arguing
that …", "…, while saying that …") reports what follows it, with the clause's subject as the speaker; a
participle with no "that" clause ("adding to pressure", "warning of strikes") reports nothing."""

from __future__ import annotations

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def triples(text: str) -> list[tuple[str, str | None, str]]:
    quotes, _ = extract_quotes(make_doc(text))
    return [(q.kind, q.speaker, q.text) for q in quotes]


def test_saying_with_a_setting_before_that() -> None:
    out = triples("The harbour board condemned the spill, saying in a statement that the tanker had ignored two warnings.")
    assert ("indirect", "The harbour board", "the tanker had ignored two warnings") in out


def test_saying_after_a_modal_clause() -> None:
    out = triples("The rail agency would not immediately explain the derailment, saying its engineers were on the line.")
    assert ("indirect", "The rail agency", "its engineers were on the line") in out


def test_other_participles_need_that() -> None:
    out = triples("The council rejected the bid, arguing that the price undervalued the old mill.")
    assert ("indirect", "The council", "the price undervalued the old mill") in out
    assert triples("Bread prices rose for a third month, adding to pressure on the central bank.") == []
    assert triples("The dock workers walked out on Monday, warning of longer strikes in spring.") == []


def test_while_saying_splits_two_reports_of_one_subject() -> None:
    out = triples("Norvale has said it is cooperating with the inspectors, while saying that it has survived "
                  "such audits many times.")
    assert ("indirect", "Norvale", "it is cooperating with the inspectors") in out
    assert ("indirect", "Norvale", "it has survived such audits many times") in out


def test_participle_after_an_attribution_keeps_its_speaker() -> None:
    out = triples('"The lake is so clear that divers can see the wreck," said Ilse Brandt, noting that light '
                  "reaches the bottom at noon.")
    assert ("indirect", "Ilse Brandt", "light reaches the bottom at noon") in out
    out = triples("Fares will rise in spring, the ferry operator said, arguing that fuel costs doubled.")
    assert ("indirect", "the ferry operator", "fuel costs doubled") in out


def test_participle_with_a_bare_clause() -> None:
    out = triples("The dean wrote to the board, insisting she was misreading the rules about the exams.")
    assert ("indirect", "The dean", "she was misreading the rules about the exams") in out
    out = triples("The dockers struck, warning the port would lose its biggest clients.")
    assert ("indirect", "The dockers", "the port would lose its biggest clients") in out
    assert triples("Grain prices rose again, warning signs for the bakers' union everywhere.") == []
