"""Time: what a careful reader expects of invented phrases (issue 14, mutation testing).

The reference is Wednesday 26 July 2017. Each case names the normalization it pins; they were
written against mutants of ``claimkit.temporal`` that the other tests let through, but they
state only the public values (TIMEX3, bounds, mod), so the rules can be rewritten freely.
"""

from __future__ import annotations

import datetime as dt

import pytest

import claimkit
from claimkit import DateNormalizationError, TimeMod, normalize_date

REF = dt.date(2017, 7, 26)  # a Wednesday


def _timex(text: str, prefer: str = "past", reference: dt.date = REF) -> str:
    return normalize_date(text, reference=reference, prefer=prefer).timex


@pytest.mark.parametrize(
    ("text", "prefer", "timex"),
    [
        # "this <month>" is the month of the reference year, whatever the preference
        ("this September", "past", "2017-09"),
        ("this March", "future", "2017-03"),
        # a bare month: the latest before, or the next after, the reference
        ("March", "past", "2017-03"),
        ("March", "future", "2018-03"),
        ("Jan.", "past", "2017-01"),
        ("Jan.", "future", "2018-01"),
        # "next <weekday>" said on that weekday is a week later, not today
        ("next Wednesday", "past", "2017-08-02"),
        # a spelled day of the month up to the thirty-first
        ("May thirty-first", "past", "2017-05-31"),
        ("the thirty-first of May", "future", "2018-05-31"),
        # the last given weekday of a month
        ("the last Friday of July 2017", "past", "2017-07-28"),
        # "the second Tuesday" with no month: this month
        ("the second Tuesday", "past", "2017-07-11"),
        # a day of the month alone: the latest such day on or before the reference, skipping short months
        ("the 26th", "past", "2017-07-26"),
        ("the 27th", "past", "2017-06-27"),
        ("the 31st", "past", "2017-05-31"),
        ("the 31st", "future", "2017-07-31"),
        ("the 5th", "nearest", "2017-07-05"),  # the nearest month first: this one
        # a decade written with an apostrophe belongs to the reference's century
        ("the '10s", "past", "201"),
        ("the eighteenth century", "past", "17"),
        # holidays: the nearest occurrence, Easter by the Gregorian computus
        ("Christmas", "nearest", "2017-12-25"),
        ("Easter", "nearest", "2017-04-16"),
        ("Thanksgiving", "nearest", "2017-11-23"),
        ("Easter 2038", "past", "2038-04-25"),
        # sets
        ("every weekend", "past", "P1WE"),
        ("every other week", "past", "P2W"),
        # durations with a half and clock ranges with minutes
        ("two and a half years", "past", "P2.5Y"),
        ("from 2 p.m. to 4:30 p.m.", "past", "PT2H30M"),
    ],
)
def test_normalized_value(text: str, prefer: str, timex: str) -> None:
    assert _timex(text, prefer) == timex


@pytest.mark.parametrize(
    ("text", "mod"),
    [
        ("early 2016", TimeMod.START),
        ("late 2016", TimeMod.END),
        ("fewer than three days", TimeMod.LESS_THAN),
        ("more than three days", TimeMod.MORE_THAN),
    ],
)
def test_a_modifier_word_gives_the_mod(text: str, mod: TimeMod) -> None:
    assert normalize_date(text, reference=REF).mod is mod


@pytest.mark.parametrize(("text", "seconds"), [("within 30 seconds", 30), ("within 30 minutes", 1800)])
def test_within_a_clock_duration_runs_from_the_reference(text: str, seconds: int) -> None:
    value = normalize_date(text, reference=REF)
    assert value.start is not None
    assert value.end is not None
    assert (value.end - value.start).total_seconds() == seconds


def test_a_timestamp_with_seconds_lasts_one_second() -> None:
    value = normalize_date("2017-07-25T10:30:15", reference=REF)
    assert (value.start, value.end) == (dt.datetime(2017, 7, 25, 10, 30, 15), dt.datetime(2017, 7, 25, 10, 30, 16))


def test_a_decade_past_the_last_year_is_rejected() -> None:
    with pytest.raises(DateNormalizationError):
        normalize_date("the 9990s", reference=REF)


def test_the_reference_is_required() -> None:
    with pytest.raises(claimkit.InvalidInputError, match=r"^reference must be a date or datetime, got None$"):
        normalize_date("May 5", reference=None)  # type: ignore[arg-type]


def _times(text: str) -> list[tuple[str, str]]:
    return [(t.span.text, t.value.timex) for t in claimkit.analyze(text, published="2017-07-26").times]


def test_a_time_at_the_very_end_of_the_text() -> None:
    assert _times("The talks ended on Monday") == [("Monday", "2017-07-24")]


def test_may_the_month_after_a_preposition() -> None:
    assert _times("The talks resumed in May.") == [("May", "2017-05")]


def test_that_morning_is_the_morning_of_the_day_just_named() -> None:
    assert _times("On Monday the talks began. That morning, the mayor spoke.") == [
        ("Monday", "2017-07-24"),
        ("That morning", "2017-07-24TMO"),
    ]


def test_over_n_years_with_a_perfect_looks_back_from_the_publication() -> None:
    (t,) = claimkit.analyze("The mayor said the plant has grown over three years.", published="2017-07-26").times
    assert t.value.timex == "P3Y"
    assert (t.value.start, t.value.end) == (dt.datetime(2014, 7, 27), dt.datetime(2017, 7, 27))


@pytest.mark.parametrize(
    ("text", "timex"),
    [
        # a day or week told from another: "previous", "preceding", "prior", "before" look back,
        # "following", "next", "after" look ahead
        ("the previous day", "2017-07-25"),
        ("the preceding week", "2017-W29"),
        ("the prior week", "2017-W29"),
        ("the day before", "2017-07-25"),
        ("the following day", "2017-07-27"),
        ("the next day", "2017-07-27"),
        ("the day after", "2017-07-27"),
        ("the following week", "2017-W31"),
    ],
)
def test_a_day_or_week_told_from_the_reference(text: str, timex: str) -> None:
    assert _timex(text) == timex


def test_a_weekday_of_a_month_is_no_compound_day() -> None:
    assert _timex("Friday next week") == "2017-08-04"
    with pytest.raises(DateNormalizationError):
        normalize_date("Friday next month", reference=REF)


def _statement_times(text: str) -> list[str | None]:
    analysis = claimkit.analyze(text, published="2017-07-26")
    return [s.time.timex if s.time is not None else None for s in analysis.statements]


@pytest.mark.parametrize(
    ("offset", "timex"),
    [("two weeks", "2017-07-12"), ("48 hours", "2017-07-24"), ("three days", "2017-07-23")],
)
def test_a_statement_told_as_an_offset_before_the_report(offset: str, timex: str) -> None:
    text = f"The mayor spoke on Monday, {offset} after the governor said the bridge was safe."
    assert _statement_times(text) == [timex]


def test_a_dateline_after_a_short_headline_dates_the_story() -> None:
    # the headline's start is near the date too; the second paragraph's start is the one that opens the dateline
    text = "Strike ends in 2016\n\nPARIS, March 12 (Reuters) - Trains ran.\n\nThe mayor said the plant was safe."
    assert _statement_times(text) == ["2017-03-12"]


@pytest.mark.parametrize(
    ("text", "prefer", "reference", "timex"),
    [
        # 29 February: the leap year before or after the reference
        ("29 February", "past", REF, "2016-02-29"),
        ("29 February", "future", REF, "2020-02-29"),
        # one-letter unit abbreviations after a number
        ("10d", "past", REF, "P10D"),
        ("3h", "past", REF, "PT3H"),
        # "this winter" in January is the winter under way; in July, told of the future, the coming one
        ("this winter", "past", dt.date(2017, 1, 15), "2017-WI"),
        ("this winter", "future", REF, "2018-WI"),
        ("last winter", "past", REF, "2017-WI"),
        ("next winter", "past", REF, "2018-WI"),
        # "the weekend": the last one, the coming one when told of the future or on a weekend day
        ("the weekend", "past", REF, "2017-W29-WE"),
        ("the weekend", "future", REF, "2017-W30-WE"),
        ("the weekend", "past", dt.date(2017, 7, 29), "2017-W30-WE"),
        # the week or weekend of a day
        ("the week of July 10", "past", REF, "2017-W28"),
        ("the weekend of July 15", "past", REF, "2017-W28-WE"),
        # a quarter told from the reference's
        ("the latest quarter", "past", REF, "2017-Q2"),
        ("the current quarter", "past", REF, "2017-Q3"),
        ("the previous quarter", "past", REF, "2017-Q1"),
        ("the prior quarter", "past", REF, "2017-Q1"),
        ("the same quarter", "past", REF, "2017-Q2"),
        ("the year-ago quarter", "past", REF, "2016-Q2"),
        ("the year-earlier quarter", "past", REF, "2016-Q2"),
        # a part of the day told from the reference
        ("the following morning", "past", REF, "2017-07-27TMO"),
        ("the previous evening", "past", REF, "2017-07-25TEV"),
        # a weekday or a month with "last", "next", "this"
        ("last Monday", "past", REF, "2017-07-17"),
        ("next Monday", "past", REF, "2017-07-31"),
        ("this Monday", "past", REF, "2017-07-24"),
        ("this Monday", "future", REF, "2017-07-31"),
        ("last March", "past", REF, "2017-03"),
        ("next March", "past", REF, "2018-03"),
        # a clock time on a day, either way round
        ("3 p.m. on Monday", "past", REF, "2017-07-24T15:00"),
        ("Monday at 3 p.m.", "past", REF, "2017-07-24T15:00"),
        # the decade or century before or after the reference's
        ("the previous decade", "past", REF, "200"),
        ("the next decade", "past", REF, "202"),
        ("the last century", "past", REF, "19"),
        # named centuries
        ("the nineteenth century", "past", REF, "18"),
        ("the twentieth century", "past", REF, "19"),
        ("the twenty-first century", "past", REF, "20"),
        # a clock time on the day before or after the reference
        ("yesterday at 3 p.m.", "past", REF, "2017-07-25T15:00"),
        ("tomorrow at 3 p.m.", "past", REF, "2017-07-27T15:00"),
        # an offset from a named day, in days, weeks or months
        ("three days after July 4", "past", REF, "2017-07-07"),
        ("two weeks before Christmas", "past", REF, "2016-12-11"),
        ("a month after May 1", "past", REF, "2017-06-01"),
        ("a week ago", "past", REF, "2017-07-19"),
        # a duration of hours and minutes
        ("two hours and 30 minutes", "past", REF, "PT2H30M"),
        ("the year nineteen hundred", "past", REF, "1900"),
        ("nineteen hundred and five", "past", REF, "1905"),
        # years and decades in words
        ("the year two thousand", "past", REF, "2000"),
        ("the year two thousand and five", "past", REF, "2005"),
        ("the year two thousand ten", "past", REF, "2010"),
        ("the nineteen nineties", "past", REF, "199"),
        ("the twenty twenties", "past", REF, "202"),
    ],
)
def test_normalized_value_against_a_reference(text: str, prefer: str, reference: dt.date, timex: str) -> None:
    assert _timex(text, prefer, reference) == timex


def test_a_decade_runs_ten_years() -> None:
    value = normalize_date("the 2010s", reference=REF)
    assert (value.start, value.end) == (dt.datetime(2010, 1, 1), dt.datetime(2020, 1, 1))


def test_a_clock_range_takes_the_half_of_the_day_of_its_end() -> None:
    value = normalize_date("from 3 to 5 p.m.", reference=REF)
    assert (value.start, value.end) == (dt.datetime(2017, 7, 26, 15), dt.datetime(2017, 7, 26, 17))


def test_a_movable_feast_without_a_publication_date_has_no_year() -> None:
    times = claimkit.analyze("The talks end at Easter.").times
    assert [(t.span.text, t.value.timex if t.value else None) for t in times] == [("Easter", "XXXX")]


def test_year_earlier_after_a_quarter_is_that_quarter_a_year_before() -> None:
    text = "Sales rose in the second quarter of 2016. Year-earlier sales were lower."
    assert _times(text) == [("the second quarter of 2016", "2016-Q2"), ("Year-earlier", "2015-Q2")]


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # open_modal: a weekday under "would" / "may" / "might" is the nearer one (published on a Wednesday)
        ("The minister would travel to Paris on Thursday.", [("Thursday", "2017-07-27")]),
        ("The minister might travel to Paris on Monday.", [("Monday", "2017-07-24")]),
        ("The minister may have left on Thursday.", [("Thursday", "2017-07-20")]),  # "may have": the past
        # present_plan: a plan in the present tense, or a participle of planning with no auxiliary, lies ahead
        ("On Monday, the company plans to open a plant.", [("Monday", "2017-07-31")]),
        ("The talks, set to resume on Monday, were in danger.", [("Monday", "2017-07-31")]),
        ("The talks had been scheduled to resume on Monday.", [("Monday", "2017-07-24")]),  # a plan of the past
        # perfect_plan: "has scheduled ... Friday" is a plan ahead
        ("The mayor has scheduled a meeting on Monday.", [("Monday", "2017-07-31")]),
        ("The mayor has met the union on Monday.", [("Monday", "2017-07-24")]),
        # as_soon_as: "as soon as" / "as early as" put the time ahead unless the verb is in the past tense
        ("The minister would leave as soon as Monday.", [("Monday", "2017-07-31")]),
        ("As early as Monday, the minister had known.", [("Monday", "2017-07-24")]),
        # deferred_until: "until" a time after a verb of putting off
        ("The court postponed the hearing until Monday.", [("Monday", "2017-07-31")]),
        ("The court gave the parties until Monday to respond.", [("Monday", "2017-07-31")]),
        ("The hearing lasted until Monday.", [("Monday", "2017-07-24")]),
    ],
)
def test_the_verb_group_sets_the_weekday_direction(text: str, times: list[tuple[str, str]]) -> None:
    assert _times(text) == times


def test_a_month_after_publication_in_a_past_narrative_is_the_narrative_years() -> None:
    # rule narrative_year: the past tense and an earlier year just named place it in that year
    assert _times("In 2015 the company struggled. Its shares fell in Sept. after a recall.") == [
        ("2015", "2015"),
        ("Sept.", "2015-09"),
    ]
    assert _times("Its shares fell in Sept. after a recall.") == [("Sept.", "2017-09")]  # no narrative year: as before
    assert _times("In 2015 the company struggled. Its shares fell in May.") == [("2015", "2015"), ("May", "2017-05")]


def test_a_clock_length_from_a_start_is_the_range_it_covers() -> None:
    # rule lasting, clock units: three hours from ten
    v = normalize_date("for 3 hours from 10 am", reference=REF)
    assert (v.start, v.end) == (dt.datetime(2017, 7, 26, 10), dt.datetime(2017, 7, 26, 13))


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        ("in 3 hours", dt.datetime(2017, 7, 26, 13)),
        ("in 5 minutes", dt.datetime(2017, 7, 26, 10, 5)),
        ("in 30 seconds", dt.datetime(2017, 7, 26, 10, 0, 30)),
    ],
)
def test_in_a_clock_length_is_the_moment_that_far_after_the_reference(text: str, moment: dt.datetime) -> None:
    assert normalize_date(text, reference=dt.datetime(2017, 7, 26, 10)).start == moment


@pytest.mark.parametrize(("text", "timex"), [("1 yr 6 mo", "P1Y6M"), ("2 hr 30 min", "PT2H30M")])
def test_a_compound_length_with_two_letter_abbreviations(text: str, timex: str) -> None:
    assert _timex(text) == timex


def test_a_length_in_quarters_has_the_granularity_of_a_quarter() -> None:
    assert normalize_date("two quarters", reference=REF).granularity == claimkit.Granularity.QUARTER


@pytest.mark.parametrize(
    ("second", "timex"),
    [("The previous Friday", "2017-07-21"), ("The following Friday", "2017-07-28"), ("The same Monday", "2017-07-24")],
)
def test_the_previous_or_following_weekday_counts_from_the_last_named_day(second: str, timex: str) -> None:
    assert _times(f"On Monday the talks began. {second}, the mayor spoke.")[1] == (second, timex)


def test_a_range_side_with_minutes_takes_the_half_of_the_day_of_the_other() -> None:
    v = normalize_date("from 10:30 to 11:45 pm", reference=REF)
    assert (v.start, v.end) == (dt.datetime(2017, 7, 26, 22, 30), dt.datetime(2017, 7, 26, 23, 45))


def test_a_season_already_begun_read_ahead_is_next_years() -> None:
    assert _timex("spring", "future") == "2018-SP"  # spring 2017 is over by July


def test_a_recurring_part_of_the_day_sets_the_half_of_its_clock_time() -> None:
    assert _timex("every night at 9") == "XXXX-XX-XXT21:00"
    assert _timex("every morning at 7") == "XXXX-XX-XXT07:00"


def test_a_spelled_year_of_the_twentieth_century() -> None:
    assert _timex("twenty five January nineteen eighty six") == "1986-01-25"


def test_the_period_named_by_the_unit_alone_is_the_references() -> None:
    assert _timex("the month") == "2017-07"


def test_the_past_or_next_hours_run_from_the_reference_moment() -> None:
    moment = dt.datetime(2017, 7, 26, 10)
    v = normalize_date("the past 3 hours", reference=moment)
    assert (v.timex, v.start, v.end) == ("PT3H", dt.datetime(2017, 7, 26, 7), moment)
    v = normalize_date("the next 30 minutes", reference=moment)
    assert (v.timex, v.start, v.end) == ("PT30M", moment, dt.datetime(2017, 7, 26, 10, 30))


def test_the_first_weeks_of_a_year_are_the_iso_weeks_whose_thursday_is_in_it() -> None:
    v = normalize_date("the first two weeks of 2016", reference=REF)  # 1 January 2016 is a Friday
    assert (v.timex, v.start, v.end) == ("P2W", dt.datetime(2016, 1, 4), dt.datetime(2016, 1, 18))


@pytest.mark.parametrize(
    ("text", "timex"),
    [
        # a holiday with "this / last / next year", or after "last / next"
        ("Christmas this year", "2017-12-25"),
        ("Christmas last year", "2016-12-25"),
        ("Christmas next year", "2018-12-25"),
        ("last Christmas", "2016-12-25"),
        ("next Easter", "2018-04-01"),
        # a vague amount from now lies ahead
        ("a few days from now", "FUTURE_REF"),
        # twelve at night is the first minute of the day
        ("12 am", "2017-07-26T00:00"),
        # a day counted twice from today
        ("the day before yesterday", "2017-07-24"),
        ("the day after tomorrow", "2017-07-28"),
        # the first ISO week of a year
        ("week 1 of 2017", "2017-W01"),
    ],
)
def test_more_values_against_the_reference(text: str, timex: str) -> None:
    assert _timex(text) == timex


@pytest.mark.parametrize(
    ("text", "mod"), [("the beginning", TimeMod.START), ("the middle", TimeMod.MID), ("the end", TimeMod.END)]
)
def test_the_edge_of_a_year_has_its_mod(text: str, mod: TimeMod) -> None:
    v = normalize_date(f"{text} of 2018", reference=REF)
    assert (v.timex, v.mod) == ("2018", mod)


def test_a_range_with_one_year_at_its_end_puts_both_sides_in_that_year() -> None:
    v = normalize_date("Oct. 2 to Oct. 22, 2016", reference=REF)
    assert (v.start, v.end) == (dt.datetime(2016, 10, 2), dt.datetime(2016, 10, 23))


@pytest.mark.parametrize(
    ("text", "times"),
    [
        (
            "On Monday the talks began. Later that day, the mayor spoke.",
            [("Monday", "2017-07-24"), ("Later that day", "2017-07-24")],
        ),
        ("The strike lasted three days.", [("three days", "P3D")]),
        ("Sales rose in 2015. By year-end the company had grown.", [("2015", "2015"), ("year-end", "2015")]),
    ],
)
def test_times_found_in_running_text(text: str, times: list[tuple[str, str]]) -> None:
    assert _times(text) == times


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # month_verb: a month word between its subject and what follows a verb is the verb
        ("They May leave soon.", [("soon", "FUTURE_REF")]),
        ("Workers March to the square.", []),
        ("Prices rose in May.", [("May", "2017-05")]),  # after a preposition: the month
        ("Workers March 3 rallied.", [("March 3", "2017-03-03")]),  # a day follows: the date
    ],
)
def test_a_month_word_after_its_subject_before_a_verb_follower_is_a_verb(
    text: str, times: list[tuple[str, str]]
) -> None:
    assert _times(text) == times


def test_a_month_already_past_this_year_in_the_future_tense_is_next_years() -> None:
    # rule future_month: published in July, "will open in June" is next June
    assert _times("The company will open a plant in June.") == [("June", "2018-06")]
    assert _times("The company opened a plant in June.") == [("June", "2017-06")]
    assert _times("The company will open a plant in September.") == [("September", "2017-09")]


@pytest.mark.parametrize(
    ("text", "times"),
    [
        # clock_on_day: a clock time next to its day is on that day, not the publication's
        ("The strike ran from 3 to 5 p.m. on Monday.", [("5 p.m.", "2017-07-24T17:00"), ("Monday", "2017-07-24")]),
        ("The polls closed at 8 p.m. on July 3.", [("8 p.m.", "2017-07-03T20:00"), ("July 3", "2017-07-03")]),
        ("On Monday at 9 a.m. the talks began.", [("Monday", "2017-07-24"), ("9 a.m.", "2017-07-24T09:00")]),
        ("Polls close at 8 p.m. and results came Monday.", [("8 p.m.", "2017-07-26T20:00"), ("Monday", "2017-07-24")]),
    ],
)
def test_a_clock_time_next_to_its_day_is_on_that_day(text: str, times: list[tuple[str, str]]) -> None:
    assert _times(text) == times


def test_a_participle_after_a_noun_right_before_the_time_dates_a_past_act() -> None:
    # rule reduced_relative: "shares issued July 1" in a future-tense sentence is this year's July 1
    text = "The bank will buy shares issued in June, which will pay less."
    assert _times(text) == [("June", "2017-06")]
    assert _times("The bank will buy shares in June.") == [("June", "2018-06")]


def test_many_years_ago_after_a_month_is_a_year_not_that_month() -> None:
    # rule year_ago_period: only "a year ago" compares the period just named with the same one a year before
    assert _times("Sales fell in March, as they had a year ago.")[1] == ("a year ago", "2016-03")
    assert _times("Crowds rallied in March, as they had 41 years ago.")[1] == ("41 years ago", "1976")


@pytest.mark.parametrize(
    ("text", "timex"),
    [
        # the seconds of a clock time read with a weekday and a trailing year are kept
        ("wed oct 26 15:50:06 2016", "2016-10-26T15:50:06"),
        # dash_day_time: a day, a dash and a clock time alone is one moment, not a range up to today
        ("6 jan 2017 - 6:37am", "2017-01-06T06:37"),
        ("6 jan 2017 - 7 jan 2017", "P2D"),
        # a spelled hour after "at" is a clock time, as "at 3" is
        ("tomorrow at three", "2017-07-27T03:00"),
        # after "at", a dot between hour and minutes is no decimal
        ("at 17.30", "2017-07-26T17:30"),
        ("thursdays at 17.30", "XXXX-WXX-4T17:30"),
        # a time zone after am / pm on a part of the day
        ("tonight 9pm est", "2017-07-26T21:00"),
    ],
)
def test_clock_times_with_seconds_zones_and_spelled_hours(text: str, timex: str) -> None:
    assert _timex(text, reference=dt.datetime(2017, 7, 26, 23, 59)) == timex


def test_a_spelled_or_dotted_number_alone_is_no_clock_time() -> None:
    for text in ("three", "17.30"):
        with pytest.raises(DateNormalizationError):
            normalize_date(text, reference=REF)


def test_the_rest_of_the_day_runs_from_the_reference_moment_to_midnight() -> None:
    v = normalize_date("the rest of the day", reference=dt.datetime(2017, 7, 26, 16, 12))
    assert (v.timex, v.start, v.end) == ("PT7H48M", dt.datetime(2017, 7, 26, 16, 12), dt.datetime(2017, 7, 27))
    assert normalize_date("rest of today", reference=dt.datetime(2017, 7, 26, 23, 59, 30)).timex == "PT30S"


@pytest.mark.parametrize("text", ["end of day", "end of the day", "the end of the day", "eod", "by eod"])
def test_the_end_of_the_day_is_todays_end(text: str) -> None:
    v = normalize_date(text, reference=REF)
    assert (v.timex, v.mod) == ("2017-07-26", TimeMod.ON_OR_BEFORE if text.startswith("by") else TimeMod.END)


def test_mid_day_is_noon_not_the_middle_of_today() -> None:
    assert normalize_date("mid day", reference=REF).timex == "2017-07-26T12:00"


@pytest.mark.parametrize(
    ("text", "timex"),
    [
        # day_set: a day of the month, or of the year, that recurs
        ("the 19th of every month", "XXXX-XX-19"),
        ("every month on the first", "XXXX-XX-01"),
        ("every April 15", "XXXX-04-15"),
        ("each 4/15", "XXXX-04-15"),
        ("every Monday", "XXXX-WXX-1"),  # a weekday stays a weekday
        ("every April", "XXXX-04"),  # a month stays a month
    ],
)
def test_a_recurring_day_is_a_set_of_that_day(text: str, timex: str) -> None:
    v = normalize_date(text, reference=REF)
    assert (v.timex, v.kind) == (timex, claimkit.TimeKind.SET)


@pytest.mark.parametrize(
    ("text", "timex"),
    [
        # weekday_date: the written date decides, whatever the weekday before it says
        ("friday 7/14", "2017-07-14"),
        ("this friday (jul-14)", "2017-07-14"),
        ("friday 7/14/2016", "2016-07-14"),
        # "this" / "next" alone before a date: this year's, the next one
        ("this 9/14", "2017-09-14"),
        ("next 7/14", "2018-07-14"),
        ("Friday 13", "2017-01-13"),  # no month: the weekday still counts
    ],
)
def test_a_weekday_before_a_written_date_leaves_the_date_to_it(text: str, timex: str) -> None:
    assert _timex(text) == timex


def test_this_february_29th_in_a_common_year_is_no_date() -> None:
    with pytest.raises(DateNormalizationError):
        normalize_date("this 2/29", reference=REF)


@pytest.mark.parametrize(
    ("text", "timex"),
    [
        # weekday_offset: the weekday in the week of a day some time away
        ("friday three weeks from now", "2017-08-18"),
        ("in 3 days on friday", "2017-07-28"),
        ("saturday 3 days from now", "2017-07-29"),
        # dash_week_day: a week, a dash and a weekday is that weekday of the week
        ("previous week - monday", "2017-07-17"),
        ("next week - tuesday", "2017-08-01"),
    ],
)
def test_a_weekday_with_a_week_or_an_offset_is_in_that_week(text: str, timex: str) -> None:
    assert _timex(text) == timex


@pytest.mark.parametrize(
    ("text", "timex", "kind"),
    [
        # any_all_set: "any <unit>" and "all <units>" recur as "every <unit>" does
        ("any weekend", "P1WE", "set"),
        ("all weekends", "P1WE", "set"),
        ("any year", "P1Y", "set"),
        ("all year", "P1Y", "duration"),  # the whole of one year, not every year
    ],
)
def test_any_or_all_units_recur(text: str, timex: str, kind: str) -> None:
    v = normalize_date(text, reference=REF)
    assert (v.timex, v.kind.value) == (timex, kind)


@pytest.mark.parametrize(
    ("text", "timex"),
    [
        # plural_part_of_day: "mornings" recur, as "every morning" does
        ("mornings", "XXXX-XX-XXTMO"),
        ("mornings at 9am", "XXXX-XX-XXT09:00"),
        ("in the morning", "2017-07-26TMO"),  # one morning
        # a place's time after a plain clock time is read past
        ("10:30am montreal time", "2017-07-26T10:30"),
        ("sundays at 18.45 cairo time", "XXXX-WXX-7T18:45"),
    ],
)
def test_recurring_parts_of_the_day_and_places_times(text: str, timex: str) -> None:
    assert _timex(text, reference=dt.datetime(2017, 7, 26, 23, 0)) == timex


def test_a_bare_hour_before_a_place_word_and_time_is_no_clock_time() -> None:
    with pytest.raises(DateNormalizationError):
        normalize_date("at 9 bed time", reference=REF)


@pytest.mark.parametrize(
    ("text", "timex"),
    [
        # day_of_period: the first, Nth or last day of a period
        ("the last day of May", "2017-05-31"),
        ("the first day of next month", "2017-08-01"),
        ("the last day of the month", "2017-07-31"),
        ("the twenty first day of October", "2016-10-21"),  # the latest September
        ("the 100th day of 2017", "2017-04-10"),
    ],
)
def test_a_day_counted_in_a_period(text: str, timex: str) -> None:
    assert _timex(text) == timex


def test_a_day_counted_past_its_period_or_in_an_event_is_no_date() -> None:
    # ("the 31st day of February" is February 31: rule impossible_day keeps its TIMEX3 value, without an interval)
    for text in ("the 40th day of February", "the first day of the strike"):
        with pytest.raises(DateNormalizationError):
            normalize_date(text, reference=REF)


def test_a_weekday_offset_or_a_counted_day_is_read_once_not_nested() -> None:
    for text in ("monday friday 3 days from now", "the first day of the last day of May"):
        with pytest.raises(DateNormalizationError):
            normalize_date(text, reference=REF)
