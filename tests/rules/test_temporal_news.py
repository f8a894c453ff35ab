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
    assert _times("The shop closed for the day.") == [("the day", "P1D")]
    assert _times("Profit for the year ended June 30 rose.")[0] == ("the year", "P1Y")
    # a phrase of its own, with no report around it, is a stretch
    assert normalize_date("for the year", reference=dt.date(2017, 7, 26)).timex == "P1Y"


def test_clock_on_day_across_a_time_in_another_zone() -> None:
    times = _times("The dam burst at about 9:15 a.m. (0615 GMT) Monday, flooding a village.")
    assert times[0] == ("about 9:15 a.m.", "2017-07-24T09:15")


def test_latest_quarter_is_one_already_over() -> None:
    text = "Zorvex's third-quarter net rose. A flood will add a fourth-quarter charge. Sales fell in the latest quarter"
    assert _times(text, "2017-11-02")[-1] == ("the latest quarter", "2017-Q3")
    # a plain "the quarter" is still the last one mentioned
    assert _times("Zorvex expects a fourth-quarter charge. Sales fell in the quarter.", "2017-11-02")[-1] == (
        "the quarter",
        "2017-Q4",
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("By mid afternoon, the crowd had left.", ("mid afternoon", "2017-07-26TAF")),
        ("By late afternoon, the crowd had left.", ("late afternoon", "2017-07-26TAF")),
        ("The banks reopened on Monday. Traders sold in the morning.", ("the morning", "2017-07-24TMO")),
    ],
)
def test_part_of_day_is_the_part_of_the_day_the_text_is_about(sentence: str, expected: tuple[str, str]) -> None:
    assert _times(sentence)[-1] == expected


def test_part_of_day_reads_a_day_long_before_as_no_narrative_day() -> None:
    # a day three weeks back is history, not the day the report is about
    assert _times("The dam was finished on July 3. Traders sold in the morning.")[-1] == (
        "the morning",
        "2017-07-26TMO",
    )
    # "the morning of" a day is not read alone, nor a part of the day before a noun
    assert _times("They left in the morning of July 3.") == [("July 3", "2017-07-03")]
    assert _times("He shows charts in the morning meetings.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rebels shelled the port overnight.", "2017-07-25TNI"),
        ("At Monday's debate, she spoke. He took to the radio overnight to attack her.", "2017-07-25TNI"),
        ("Crews will work overnight.", "2017-07-26TNI"),
    ],
)
def test_overnight_is_the_night_before_unless_ahead(sentence: str, expected: str) -> None:
    assert [v for t, v in _times(sentence) if t == "overnight"] == [expected]


def test_paragraph_opening_ends_at_a_statement_dated_by_its_own_clause() -> None:
    text = (
        "On Friday, the mayor said the bridge was safe. The engineer said on Sunday that it was sound. "
        "“We will paint it today,” the builder said."
    )
    a = claimkit.analyze(text, published=REF)
    assert [(s.time.timex if s.time else None, s.time_source) for s in a.statements] == [
        ("2017-07-21", claimkit.TimeSource.CLAUSE),
        ("2017-07-23", claimkit.TimeSource.CLAUSE),
        ("2017-07-26", claimkit.TimeSource.PUBLICATION),
    ]
    assert [v for t, v in _times(text) if t == "today"] == ["2017-07-26"]


def test_paragraph_opening_still_dates_the_statements_right_after_it() -> None:
    text = "On Friday, the mayor spoke to reporters. “The bridge is safe,” she said."
    a = claimkit.analyze(text, published=REF)
    assert [(s.time.timex if s.time else None, s.time_source) for s in a.statements] == [
        ("2017-07-21", claimkit.TimeSource.CONTEXT)
    ]


def test_year_ago_period_is_a_year_before_a_quarter_already_over() -> None:
    text = "Zorvex expects gains in the first quarter of 2018. Sales rose from the year-ago period."
    assert _times(text, "2017-11-02")[-1] == ("the year-ago period", "2016-Q3")


@pytest.mark.parametrize("sentence", ["Ms Vask, 52 years old, will succeed him.", "The dam is 30 years old."])
def test_an_age_in_years_old_is_no_time(sentence: str) -> None:
    assert _times(sentence) == []
    assert _times("The dam took 30 years to build.") == [("30 years", "P30Y")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("The convoy left at 4 in the morning.", ("4 in the morning", "2017-07-26T04:00"), id="clock_part"),
        pytest.param("The shelling began at 10 at night.", ("10 at night", "2017-07-26T22:00"), id="clock_part"),
        pytest.param("The vote closed at 7 in the evening.", ("7 in the evening", "2017-07-26T19:00"), id="clock_part"),
        pytest.param("The hearing opened at midday.", ("midday", "2017-07-26T12:00"), id="clock_part"),
        pytest.param(
            "Profit rose from the 2016 second quarter.", ("the 2016 second quarter", "2016-Q2"), id="quarter_determiner"
        ),
        pytest.param(
            "Sales fell from the year-ago second quarter.",
            ("the year-ago second quarter", "2016-Q2"),
            id="quarter_determiner",
        ),
        pytest.param("The third-quarter results were good.", ("third-quarter", "2017-Q3"), id="quarter_determiner"),
        pytest.param("The envoy left a week or so ago.", ("a week or so ago", "2017-07-19"), id="or_so"),
        pytest.param("The repairs took three days or so.", ("three days or so", "P3D"), id="or_so"),
        pytest.param("Prices will rise over the next year or so.", ("the next year or so", "2018"), id="or_so"),
        pytest.param(
            "Profit will grow in the current fiscal year.", ("the current fiscal year", "2017"), id="whole_extent"
        ),
        pytest.param(
            "Eight trading days after the crash, shares rose.", ("Eight trading days", "P8D"), id="whole_extent"
        ),
        pytest.param("Refunds take five business days.", ("five business days", "P5D"), id="whole_extent"),
        pytest.param(
            "Sales rose 5% from the corresponding year-ago quarter.",
            ("the corresponding year-ago quarter", "2016-Q2"),
            id="whole_extent",
        ),
        pytest.param("Sales fell in recent quarters.", ("recent quarters", "PXQ"), id="whole_extent"),
        pytest.param("The plant will open in the near future.", ("the near future", "FUTURE_REF"), id="whole_extent"),
        pytest.param(
            "The plant has been shut since last Thanksgiving.",
            ("last Thanksgiving", "2016-11-24"),
            id="relative_holiday",
        ),
        pytest.param("The plant will reopen next Easter.", ("next Easter", "2018-04-01"), id="relative_holiday"),
        pytest.param("The plant will reopen this Christmas.", ("this Christmas", "2017-12-25"), id="relative_holiday"),
        pytest.param(
            "The plant opened this Easter 2016, late.", ("this Easter 2016", "2016-03-27"), id="relative_holiday"
        ),
        pytest.param(
            "The strike began in March nineteen eighty-six.",
            ("March nineteen eighty-six", "1986-03"),
            id="spoken_year",
        ),
        pytest.param(
            "In the winter of nineteen eighty-nine, the river froze.",
            ("the winter of nineteen eighty-nine", "1989-WI"),
            id="spoken_year",
        ),
        pytest.param("The mill closed in nineteen eighty-six.", ("nineteen eighty-six", "1986"), id="spoken_year"),
    ],
)
def test_news_expression_is_one_whole_extent_with_its_value(sentence: str, expected: tuple[str, str]) -> None:
    """Rules clock_part, relative_holiday; the determiner of a noun quarter, "or so", spoken years, news phrases."""
    assert _times(sentence) == [expected]
