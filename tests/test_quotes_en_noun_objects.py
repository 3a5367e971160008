"""'asked five volunteers to …', 'wrote books on …', 'reported record revenue': a reporting verb that also takes a
noun object reports words without "that" only when a clause follows; 'asked whether the plant was safe' and
'wrote that …' still report."""

from extractor.testing import quotes_of


def _indirect(text: str) -> list[str]:
    return [q.text for q in quotes_of(text, language="en") if q.kind == "indirect"]


def test_noun_objects_are_not_reported_words() -> None:
    text = ("The lab opened in May.\n\n"
            "The researchers asked five volunteers to watch moving dots on a screen.\n\n"
            "Over the years, Tomas Wendt wrote books on gardening, beekeeping and old orchards of the valley.\n\n"
            "Quillon Corp reported total quarterly revenue of nine billion dollars on Tuesday.")
    assert _indirect(text) == []


def test_clauses_after_the_same_verbs_still_report() -> None:
    text = ("The plant closed in June.\n\n"
            "Neighbours asked whether the water was still safe to drink after the spill.\n\n"
            "Tomas Wendt wrote that the orchards had been neglected for a decade.")
    found = _indirect(text)
    assert "the orchards had been neglected for a decade" in found
    assert any("the water was still safe to drink" in q for q in found)


def test_contracted_clause_after_tells_reports() -> None:
    text = ("The search engine is changing.\n\n"
            "I worry the change cannot be undone. Quillon, however, tells me that's not the case at all.")
    assert any(q.endswith("that's not the case at all") for q in _indirect(text))
