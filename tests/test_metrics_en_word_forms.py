"""English forms from a fresh batch of news: "a foot"/"a ton" after a qualifier is one unit ("up to a foot of snow"),
half-a-dozen / a half-dozen is about 6, a hyphenated fraction is a share ("a nearly one-third drop"), "49-per-cent
owned" is a percent, "$254-billion Canadian" names its dollar, and singular units (bitcoin, acre) are measures."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


@pytest.mark.parametrize("text,surface,value,unit,qualifier", [
    ("Up to a foot of rain fell overnight.", "Up to a foot", 1, "foot", "at_most"),
    ("They shipped about a ton of rice.", "about a ton", 1, "ton", "approx"),
    ("The group runs clinics in half-a-dozen countries.", "half-a-dozen", 6, "", "approx"),
    ("It involves a half-dozen labs.", "half-dozen", 6, "", "approx"),
    ("Prices saw a nearly one-third drop.", "nearly one-third", 100 / 3, "%", "approx"),
    ("The carrier is 51-per-cent owned by the state.", "51-per-cent", 51, "%", "exact"),
    ("The fund sold bonds worth $90-billion Canadian.", "$90-billion Canadian", 9e10, "CAD", "exact"),
    ("Hackers demanded 500 bitcoin from the firm.", "500 bitcoin", 500, "bitcoin", "exact"),
])
def test_forms(text: str, surface: str, value: float, unit: str, qualifier: str) -> None:
    found = {m.text: m for m in metrics_of(text, "en")}
    m = found[surface]
    assert (m.value, m.unit, m.qualifier) == (pytest.approx(value), unit, qualifier)


@pytest.mark.parametrize("text", ["Take a mile and walk.", "It was a ton of work."])
def test_article_a_stays_out(text: str) -> None:
    assert metrics_of(text, "en") == []
