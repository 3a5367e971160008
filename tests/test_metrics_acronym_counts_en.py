"""English counts before an acronym and a plural noun ("two NASA astronauts", "three USB ports") or a quoted noun
(two "choice targets"), and "at least one" with a noun, are figures; a number before a model name alone
("737 MAX") is not, and a lone "one" stays the article or pronoun."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


@pytest.mark.parametrize("text,surface,value,qualifier", [
    ("The mission carries three ESA astronauts.", "three", 3, "exact"),
    ("The laptop has two HDMI ports on the side.", "two", 2, "exact"),
    ("Subjects saw two \"reward cues\" on the screen.", "two", 2, "exact"),
    ("The inspectors found at least one gas leak.", "at least one", 1, "at_least"),
])
def test_counts(text: str, surface: str, value: float, qualifier: str) -> None:
    found = {m.text: m for m in metrics_of(text, "en")}
    assert (found[surface].value, found[surface].qualifier) == (value, qualifier)


@pytest.mark.parametrize("text", ["The airline grounded its 737 MAX on Monday.", "One morning the bridge closed."])
def test_no_count(text: str) -> None:
    assert metrics_of(text, "en") == []
