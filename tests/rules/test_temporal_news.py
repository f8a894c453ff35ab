"""Time in running news text: rules of ``claimkit.temporal`` read in documents (issue 12).

Each case is an invented sentence read by :func:`claimkit.analyze` against a publication date; it
states only public values (spans and TIMEX3), so the rules can be rewritten freely.
"""

from __future__ import annotations

import datetime as dt

import pytest

import claimkit
from claimkit import normalize_date

REF = "2017-07-26"  # a Wednesday


def _times(text: str, published: str = REF) -> list[tuple[str, str | None]]:
    times = claimkit.analyze(text, published=published).times
    return [(t.span.text, t.value.timex if t.value else None) for t in times]


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales for the year rose 4% to $9 million.",
        "Sales for the full year rose 4%.",
        "Costs for the fiscal year fell.",
    ],
)
def test_reporting_period_for_the_year_is_this_year(sentence: str) -> None:
    assert [v for _, v in _times(sentence)] == ["2017"]


def test_reporting_period_keeps_the_stretch_elsewhere() -> None:
    assert _times("Sales rose throughout the year.") == [("the year", "P1Y")]
    assert _times("Profit for the year ended June 30 rose.")[0] == ("the year", "P1Y")
    # a phrase of its own, with no report around it, is a stretch
    assert normalize_date("for the year", reference=dt.date(2017, 7, 26)).timex == "P1Y"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The convoy left at 4 in the morning.", ("4 in the morning", "2017-07-26T04:00")),
        ("The shelling began at 10 at night.", ("10 at night", "2017-07-26T22:00")),
        ("The vote closed at 7 in the evening.", ("7 in the evening", "2017-07-26T19:00")),
        ("The hearing opened at midday.", ("midday", "2017-07-26T12:00")),
    ],
)
def test_clock_part_an_hour_with_its_part_of_the_day_is_a_clock_time(sentence: str, expected: tuple[str, str]) -> None:
    assert _times(sentence) == [expected]


def test_clock_on_day_across_a_time_in_another_zone() -> None:
    times = _times("The dam burst at about 9:15 a.m. (0615 GMT) Monday, flooding a village.")
    assert times[0] == ("about 9:15 a.m.", "2017-07-24T09:15")
