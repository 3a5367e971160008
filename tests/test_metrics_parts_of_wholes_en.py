"""English "X of (the) Y nouns": the part X is the figure and the whole Y is only its base ("7 of the 9 judges",
"two of 12 banks"); a period right after a bracketed conversion belongs to both amounts ("40 km (25 miles) a day")."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


@pytest.mark.parametrize("sentence,text,value", [
    ("In the end 7 of the 9 judges backed the ruling.", "7", 7),
    ("Regulators said two of 12 banks failed the test.", "two", 2),
    ("By June, 41 of 60 districts had reopened schools.", "41", 41),
])
def test_the_part_is_the_figure(sentence: str, text: str, value: float) -> None:
    ms = metrics_of(sentence, "en")
    assert [(m.text, m.value) for m in ms] == [(text, value)]


def test_a_period_after_a_bracketed_conversion() -> None:
    ms = metrics_of("The ice sheet retreats up to 40 km (25 miles) a year.", "en")
    assert [(m.unit, m.qualifier, m.per) for m in ms] == [("km", "at_most", "year"), ("miles", "at_most", "year")]
