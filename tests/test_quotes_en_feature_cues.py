"""Reporting verbs of feature writing ('he recalls', 'she asks', 'he emails') attribute a direct quote; a
quote continued after such an attribution keeps its speaker; '"reports that"' reports."""

from extractor.testing import quotes_of


def test_recalls_and_asks_attribute() -> None:
    text = ("The depot stood empty for years.\n\n"
            "“Nobody wanted to work there, they were all too scared,” recalls Ivo Brandt, the old foreman.\n\n"
            "“Will you come back for dinner, all of you?” Marta Lind asks as she locks the gate.")
    found = {q.text: q.speaker for q in quotes_of(text, language="en") if q.kind == "direct"}
    assert found.get("Nobody wanted to work there, they were all too scared,") == "Ivo Brandt"
    assert found.get("Will you come back for dinner, all of you?") == "Marta Lind"


def test_emails_attributes_and_continues() -> None:
    text = ("Daniel Ode built the model on weekends.\n\n"
            "\"I was looking at old rainfall tables for fun,\" he emails. \"Then the numbers started to "
            "look strange to me.\"")
    found = {q.text: q.speaker for q in quotes_of(text, language="en") if q.kind == "direct"}
    assert found.get("I was looking at old rainfall tables for fun,") == "Daniel Ode"
    assert found.get("Then the numbers started to look strange to me.") == "Daniel Ode"


def test_reports_that() -> None:
    text = ("The port had a quiet week.\n\n"
            "The Harbour Gazette reports that the mayor was offered a new contract in March.")
    found = [(q.speaker, q.text) for q in quotes_of(text, language="en") if q.kind == "indirect"]
    assert ("Harbour Gazette", "the mayor was offered a new contract in March") in found
