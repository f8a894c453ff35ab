"""Time: minimal examples of normalizations the other tests left unpinned (issue 14, mutation testing).

The reference is Wednesday 26 July 2017. Each case is what a reader of the phrase expects; a
mutant of ``claimkit.temporal`` that survived the other tests changes it.
"""

from __future__ import annotations

import datetime as dt

import pytest

import claimkit
from claimkit import DateNormalizationError, Granularity, normalize_date

REF = dt.date(2017, 7, 26)


def _v(text: str, prefer: str = "past") -> tuple[str, dt.datetime | None, dt.datetime | None]:
    value = normalize_date(text, reference=REF, prefer=prefer)
    return value.timex, value.start, value.end


def d(y: int, m: int, day: int, hour: int = 0) -> dt.datetime:
    return dt.datetime(y, m, day, hour)


@pytest.mark.parametrize(
    ("text", "timex", "start", "end"),
    [
        ("the 19th century", "18", d(1800, 1, 1), d(1900, 1, 1)),
        ("the 21st century", "20", d(2000, 1, 1), d(2100, 1, 1)),
        ("the weekend", "2017-W29-WE", d(2017, 7, 22), d(2017, 7, 24)),
        ("this weekend", "2017-W30-WE", d(2017, 7, 29), d(2017, 7, 31)),
        ("Q1 2016", "2016-Q1", d(2016, 1, 1), d(2016, 4, 1)),
        ("the second half of 2016", "2016-H2", d(2016, 7, 1), d(2017, 1, 1)),
        ("H1", "2017-H1", d(2017, 1, 1), d(2017, 7, 1)),
        ("the first half of next year", "2018-H1", d(2018, 1, 1), d(2018, 7, 1)),
        ("Sept. 5", "2016-09-05", d(2016, 9, 5), d(2016, 9, 6)),
        ("Sept 5", "2016-09-05", d(2016, 9, 5), d(2016, 9, 6)),
        ("July 4th", "2017-07-04", d(2017, 7, 4), d(2017, 7, 5)),
        ("the fourth of July", "2017-07-04", d(2017, 7, 4), d(2017, 7, 5)),
        ("the winter", "2017-WI", d(2016, 12, 1), d(2017, 3, 1)),
        ("12 pm", "2017-07-26T12:00", d(2017, 7, 26, 12), dt.datetime(2017, 7, 26, 12, 1)),
    ],
)
def test_calendar_periods_have_their_bounds(text: str, timex: str, start: dt.datetime, end: dt.datetime) -> None:
    assert _v(text) == (timex, start, end)


def test_the_5th_in_the_future_is_next_month() -> None:
    assert _v("the 5th", prefer="future")[0] == "2017-08-05"


def test_the_previous_quarter_is_the_one_before_the_latest_reported() -> None:
    # "the quarter" in a report is the latest one over (Q2 on 26 July); "the previous quarter" the one before
    assert _v("last quarter")[0] == "2017-Q2"
    for word in ("previous", "prior", "preceding"):
        assert _v(f"the {word} quarter")[0] == "2017-Q1", word


@pytest.mark.parametrize(
    ("text", "mod"),
    [
        ("early 2016", "START"),
        ("the beginning of 2016", "START"),
        ("the start of 2016", "START"),
        ("the early 1990s", "START"),
        ("less than a year", "LESS_THAN"),
        ("nearly two years", "LESS_THAN"),
    ],
)
def test_edges_and_approximations_give_a_mod(text: str, mod: str) -> None:
    value = normalize_date(text, reference=REF)
    assert value.mod is not None
    assert value.mod.value == mod


@pytest.mark.parametrize("text", ["every week", "twice a week", "weekly", "every Monday"])
def test_weekly_sets_have_the_granularity_of_a_week(text: str) -> None:
    assert normalize_date(text, reference=REF).granularity is Granularity.WEEK


@pytest.mark.parametrize(
    ("text", "timex"), [("a few days", "PXD"), ("several weeks", "PXW"), ("the past few months", "PXM")]
)
def test_an_unknown_count_of_units_is_an_x_duration(text: str, timex: str) -> None:
    assert _v(text)[0] == timex


def test_a_second_alone_is_an_ordinal_not_a_duration() -> None:
    with pytest.raises(DateNormalizationError):
        normalize_date("a second", reference=REF)
    assert _v("one second")[0] == "PT1S"


def test_recently_after_an_abbreviation_that_ends_a_sentence_is_found() -> None:
    a = claimkit.analyze("Acme Co. Recently, it said the plan failed.", published="2017-07-26")
    assert [(t.span.text, t.value and t.value.timex) for t in a.times] == [("Recently", "PAST_REF")]


def test_as_soon_as_is_no_time() -> None:
    a = claimkit.analyze("Ann Roe said the plan failed as soon as it began.", published="2017-07-26")
    assert a.times == ()
