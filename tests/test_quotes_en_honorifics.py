"""British honorifics without a dot ("Mr Lindqvist", "Mrs Abara") shorten the full name given earlier,
and give the person a gender for later pronouns."""

from __future__ import annotations

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def speakers(text: str) -> list[tuple[str, str | None]]:
    quotes, _ = extract_quotes(make_doc(text))
    return [(q.kind, q.speaker) for q in quotes]


def test_mr_without_dot_resolves_to_full_name() -> None:
    text = ("Prime Minister Olaf Lindqvist has conceded that the harbour project is late.\n\n"
            "Speaking in Oslo, Mr Lindqvist said the delays were caused by a shortage of steel.\n\n"
            "\"We will finish it before the winter,\" he said.")
    out = speakers(text)
    assert ("indirect", "Olaf Lindqvist") in out
    assert ("direct", "Olaf Lindqvist") in out
    assert all(s == "Olaf Lindqvist" for _, s in out)


def test_mrs_without_dot_sets_gender_for_she() -> None:
    text = ("Grace Abara and her neighbour Tom Fell watched the river rise all night.\n\n"
            "Mrs Abara said the water had reached the second step by dawn.\n\n"
            "Tom Fell walked to the bridge with a torch.\n\n"
            "\"Nobody came to help us,\" she said.")
    out = speakers(text)
    assert out[-1] == ("direct", "Grace Abara")
