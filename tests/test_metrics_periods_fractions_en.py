"""English periods and shares read from the sentence:
- a sentence opened by "Each year," / "Every month," gives its figures that period;
- "about one-tenth of" is a share of 10 %;
- a qualified count between dashes ("— more than 4,100 —") counts;
- "these two", "both three" refer back: no new count."""

from __future__ import annotations

from extractor.testing import metrics_of


def _all(sentence: str):
    return [(m.text, m.value, m.unit, m.qualifier, m.per) for m in metrics_of(sentence, "en")]


def test_each_year_opening_the_sentence() -> None:
    got = _all("The plant is old. Each year, managers said, it burns 40,000 tons of coal.")
    assert got == [("40,000 tons", 40000, "tons", "exact", "year")]


def test_an_opening_period_does_not_cross_the_sentence() -> None:
    assert _all("Each month, the club meets. It has 80 members.")[0][4] is None


def test_one_tenth_of() -> None:
    assert _all("Grants cover about one-tenth of the cost.") == [("about one-tenth", 10, "%", "approx", None)]


def test_a_qualified_count_between_dashes() -> None:
    assert _all("The crews fixed potholes — more than 4,100 — last winter.") == [
        ("more than 4,100", 4100, "", "over", None)]


def test_these_two_refers_back() -> None:
    assert _all("Talks between these two sides stalled.") == []


def test_more_years_is_a_duration_but_more_workers_a_count() -> None:
    assert _all("The ruling means three more years of talks.") == []
    assert _all("The plant hired 60 more workers.") == [("60", 60, "", "exact", None)]
