"""'Quillon fought a long battle with its supplier — claiming the supplier was …': a participle frame set off by a
dash reports like one set off by a comma."""

from extractor.testing import quotes_of


def test_dash_participle_frame() -> None:
    text = ("The dispute ended in November.\n\n"
            "Quillon Books had waged a bruising public battle with its printer — claiming the printer was acting "
            "as a bully by forcing prices down.")
    found = [(q.speaker, q.text) for q in quotes_of(text, language="en") if q.kind == "indirect"]
    assert found == [("Quillon Books", "the printer was acting as a bully by forcing prices down")]
