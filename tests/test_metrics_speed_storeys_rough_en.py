"""English units and qualifiers: a speed "miles per hour" / "miles an hour" is one unit (no rate period), a building
height in "stories"/"story"/"floors" is a measure, "closer to" is approximate and "ten or so" / "40 or so" too."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


@pytest.mark.parametrize("text,surface,value,unit,qualifier,per", [
    ("The train reached 180 miles per hour on the test track.", "180 miles per hour", 180, "miles per hour", "exact", None),
    ("Winds gusted at 60 miles an hour overnight.", "60 miles an hour", 60, "miles an hour", "exact", None),
    ("The fire spread through a twelve story tower.", "twelve story", 12, "story", "exact", None),
    ("The crane lifted it eight stories high.", "eight stories", 8, "stories", "exact", None),
    ("Turnout was closer to 45 percent this time.", "closer to 45 percent", 45, "%", "approx", None),
    ("The lab ran twenty or so trials.", "twenty or so", 20, "", "approx", None),
])
def test_units_and_qualifiers(text: str, surface: str, value: float, unit: str, qualifier: str, per: str | None) -> None:
    found = {m.text: m for m in metrics_of(text, "en")}
    m = found[surface]
    assert (m.value, m.unit, m.qualifier, m.per) == (value, unit, qualifier, per)
