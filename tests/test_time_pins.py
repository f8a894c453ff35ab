"""Readings of ``normalize_date`` pinned one by one (each a minimal phrase of its own).

Written against mutants of ``claimkit.temporal`` that the other time tests let through
(``scripts/mutation.py temporal``): the day a clock time falls on, "a day ago" against "two days
ago", how long "now" lasts, "every other", a day of every month.
"""

from __future__ import annotations

import datetime as dt

import pytest

import claimkit
from claimkit.model import Granularity

REF = dt.datetime(2020, 3, 10, 12, 0)


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        ("yesterday at 5 pm", "2020-03-09T17:00"),
        ("tomorrow at 5 pm", "2020-03-11T17:00"),
        ("at 5 pm", "2020-03-10T17:00"),
    ],
)
def test_a_clock_time_falls_on_the_day_named_with_it(phrase: str, timex: str) -> None:
    assert claimkit.normalize_date(phrase, reference=REF).timex == timex


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("a day ago", dt.datetime(2020, 3, 9)),
        ("one day ago", dt.datetime(2020, 3, 9)),
        ("two days ago", dt.datetime(2020, 3, 8)),
    ],
)
def test_days_ago_is_the_day_so_many_days_back(phrase: str, day: dt.datetime) -> None:
    value = claimkit.normalize_date(phrase, reference=REF)
    assert (value.start, value.end, value.granularity) == (day, day + dt.timedelta(days=1), Granularity.DAY)


def test_now_is_the_reference_moment_and_lasts_one_second() -> None:
    value = claimkit.normalize_date("now", reference=REF)
    assert (value.timex, value.start, value.end) == ("PRESENT_REF", REF, REF + dt.timedelta(seconds=1))


@pytest.mark.parametrize(
    ("phrase", "timex"), [("every other week", "P2W"), ("every other day", "P2D"), ("each week", "P1W")]
)
def test_every_other_doubles_the_period(phrase: str, timex: str) -> None:
    assert claimkit.normalize_date(phrase, reference=REF).timex == timex


def test_a_day_of_every_month_is_a_set() -> None:
    assert claimkit.normalize_date("the 15th of every month", reference=REF).timex == "XXXX-XX-15"
    with pytest.raises(claimkit.ClaimkitError):
        claimkit.normalize_date("the 32nd of every month", reference=REF)
