"""'As the mayor later recalled, …' / 'But, as the committee has pointed out, …': a fronted "as X VERB" frame
with any reporting verb (auxiliaries, adverbs and an aside allowed) attributes the clause after it."""

from extractor.testing import quotes_of


def _indirect(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in quotes_of(text, language="en") if q.kind == "indirect"]


def test_as_frame_with_adverb() -> None:
    text = ("The bridge reopened on Monday.\n\n"
            "As the mayor later recalled, the ferry had carried every commuter for a month.")
    assert ("the mayor", "the ferry had carried every commuter for a month") in _indirect(text)


def test_as_frame_with_auxiliary_after_conjunction() -> None:
    text = ("Tolls will rise next year.\n\n"
            "But, as the Harbour Roads Committee has pointed out, the money would also pay for new lanes.")
    assert ("Harbour Roads Committee", "the money would also pay for new lanes") in _indirect(text)


def test_as_frame_with_aside_and_circumstance() -> None:
    text = ("Prices kept climbing in the spring.\n\n"
            "As Tomas Reyes, chairman of the pricing panel at Quill Bank, noted in a release, the gains are all "
            "about demand.")
    assert ("Tomas Reyes", "the gains are all about demand") in _indirect(text)


def test_as_with_no_reporting_verb_is_no_frame() -> None:
    text = ("Shares slid on Tuesday.\n\n"
            "As prices climbed, the harbour filled with idle boats and quiet cranes.")
    assert _indirect(text) == []
