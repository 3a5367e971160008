"""Looser English frames: a to-infinitive after a promise verb, a speaker and verb after the closing mark
whatever circumstance follows, an adverb between a set-aside and its verb, and a conjunction is never a speaker."""

from __future__ import annotations

from extractor.extractors.quotes import extract_quotes
from extractor.testing import make_doc


def pairs(text: str) -> list[tuple[str, str | None, str, str | None]]:
    quotes, _ = extract_quotes(make_doc(text))
    return [(q.kind, q.speaker, q.text.rstrip(","), q.cue) for q in quotes]


def test_promise_verb_reports_the_infinitive() -> None:
    out = pairs("Port director Ines Moura pledged to reopen the north quay before the regatta.")
    assert ("indirect", "Ines Moura", "to reopen the north quay before the regatta", "pledged") in out


def test_speaker_after_mark_with_trailing_circumstance() -> None:
    out = pairs("“Keep the valve closed,” Mr. Varga said as he tightened the last bolt on the pipe.")
    assert out == [("direct", "Varga", "Keep the valve closed", "said")]


def test_speaker_with_role_told_reporters_aboard() -> None:
    out = pairs("“We are watching the storm very closely,” port authority spokesman Dale Irwin told reporters "
                "aboard the coast guard cutter.")
    assert out[0][:2] == ("direct", "Dale Irwin")


def test_new_inventory_verbs() -> None:
    assert pairs("“Hold the rope tight,” instructed Wanda Kiel, the team's climbing coach.")[0][1] == "Wanda Kiel"
    out = pairs("Officials divulged on Friday that the dam had been inspected only twice in ten years.")
    assert ("indirect", "Officials", "the dam had been inspected only twice in ten years", "divulged") in out


def test_adverb_after_set_aside_is_not_the_speaker() -> None:
    out = pairs("Rosa Tillman, a retired judge from Ohio, once said that the law is a lamp, not a wall.")
    assert out and out[0][1] == "Rosa Tillman"


def test_conjunction_after_fragment_is_not_a_speaker() -> None:
    text = ("Governor Lena Brook said the cuts were \"painful and deserve a full review\" but insisted the "
            "budget would balance.")
    assert all(sp != "but" for _, sp, _, _ in pairs(text))
