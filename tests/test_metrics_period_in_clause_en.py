"""English periods that do not sit right after the figure: each/every + period (or annually) later in the same clause,
and a period adjective before an amount paid or earned ("its annual operating cost of $40 million"). A comma, another
figure or a statistic noun ("daily average") keeps the period off."""

from __future__ import annotations

import pytest

from extractor.testing import metrics_of


@pytest.mark.parametrize("text,surface,per", [
    ("More than 4,000 hikers cross the old pass every year.", "More than 4,000", "year"),
    ("The club raises about $2 million from its charity gala each year.", "about $2 million", "year"),
    ("Some 600 tonnes of plastic wash up on the shore annually.", "Some 600 tonnes", "year"),
    ("The museum has an annual operating budget of $12 million.", "$12 million", "year"),
    ("The clerk's monthly salary is $350, far below the city average.", "$350", "month"),
])
def test_period_found(text: str, surface: str, per: str) -> None:
    found = {m.text: m for m in metrics_of(text, "en")}
    assert found[surface].per == per


@pytest.mark.parametrize("text,surface", [
    ("Volume was below the daily average of 31 million shares.", "31 million"),
    ("The firm hired 300 engineers, and it holds a fair every year.", "300"),
    ("The town spent $5 million on roads five years ago.", "$5 million"),
])
def test_no_period(text: str, surface: str) -> None:
    found = {m.text: m for m in metrics_of(text, "en")}
    assert found[surface].per is None


@pytest.mark.parametrize("text,surface,unit", [
    ("The agency spent $30 million on seeds.", "$30 million", "USD"),
    ("A bonus $300 was paid.", "$300", "USD"),
    ("Tickets cost NT$300 at the gate.", "NT$300", "TWD"),
])
def test_dollar_after_word_ending_in_nt(text: str, surface: str, unit: str) -> None:
    """"spent $30 million": the letters before the sign end a word, they are no NT$ or US$ prefix."""
    found = {m.text: m for m in metrics_of(text, "en")}
    assert found[surface].unit == unit


def test_for_each_prices_a_unit() -> None:
    found = {m.text: m for m in metrics_of("The fee is about $40 for each year of membership.", "en")}
    assert found["about $40"].per is None
