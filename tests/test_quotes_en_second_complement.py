"""'X said that A, but that B': two complements of one reporting verb are two reports of X."""

from extractor.testing import quotes_of


def test_but_that_splits_the_report() -> None:
    text = ("Port officials said that the new cranes had cut waiting times by a third, but that labour "
            "shortages could undo the gains by winter.")
    found = [(q.speaker, q.text) for q in quotes_of(text, language="en") if q.kind == "indirect"]
    assert found == [("Port officials", "the new cranes had cut waiting times by a third"),
                     ("Port officials", "labour shortages could undo the gains by winter")]


def test_and_that_stays_one_report() -> None:
    text = "Inspectors said the pumps were old and that the wiring had never been replaced."
    found = [q.text for q in quotes_of(text, language="en") if q.kind == "indirect"]
    assert found == ["the pumps were old and that the wiring had never been replaced"]
