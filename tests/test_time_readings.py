"""Readings of time phrases added for issue 12: one minimal example per rule (own examples, no corpus phrases)."""

import datetime as dt
import warnings

import pytest

from claimkit import DateNormalizationError, TimeMod, normalize_date
from claimkit.temporal import resolve_times
from claimkit.text import TextProcessor

REF = dt.date(2017, 7, 26)  # a Wednesday


@pytest.fixture(scope="module")
def processor() -> TextProcessor:
    return TextProcessor.from_lexicons()


@pytest.mark.parametrize(
    ("phrase", "timex", "mod"),
    [
        ("mid-afternoon yesterday", "2017-07-25TAF", TimeMod.MID),
        ("late yesterday afternoon", "2017-07-25TAF", TimeMod.END),
        ("early tomorrow morning", "2017-07-27TMO", TimeMod.START),
        ("late Monday night", "2017-07-24TNI", TimeMod.END),
        ("midmorning", "2017-07-26TMO", TimeMod.MID),
        ("mid evening", "2017-07-26TEV", TimeMod.MID),
    ],
)
def test_a_part_of_the_day_keeps_its_edge(phrase, timex, mod):
    v = normalize_date(phrase, reference=REF)
    assert (v.timex, v.mod) == (timex, mod)


@pytest.mark.needs_nltk_data
def test_a_part_of_the_day_before_its_day_is_one_expression(processor):
    doc = processor.parse("The storm hit mid-morning today.")
    times = resolve_times(doc, (), reference=REF).times
    assert [(t.span.text, t.value.timex if t.value else None) for t in times] == [
        ("mid-morning today", "2017-07-26TMO")
    ]


@pytest.mark.parametrize(
    ("reference", "phrase", "prefer", "timex"),
    [
        (REF, "winter", "future", "2018-WI"),
        (REF, "this winter", "future", "2018-WI"),
        (REF, "this winter", "past", "2017-WI"),
        (REF, "last winter", "past", "2017-WI"),
        (REF, "next winter", "past", "2018-WI"),
        (dt.date(2017, 1, 10), "winter", "future", "2017-WI"),
        (dt.date(2017, 1, 10), "last winter", "past", "2016-WI"),
        (dt.date(2017, 12, 10), "last winter", "past", "2017-WI"),
        (dt.date(2017, 12, 10), "next winter", "past", "2019-WI"),
    ],
)
def test_winter_year(reference, phrase, prefer, timex):
    assert normalize_date(phrase, reference=reference, prefer=prefer).timex == timex


@pytest.mark.needs_nltk_data
def test_a_winter_to_come_in_a_future_clause(processor):
    doc = processor.parse("Officials said prices will rise this winter.")
    times = resolve_times(doc, (), reference=REF).times
    assert [t.value.timex for t in times if t.value] == ["2018-WI"]


@pytest.mark.needs_nltk_data
@pytest.mark.parametrize(
    ("sentence", "timex"),
    [
        ("The vote was scheduled for Friday.", "2017-07-28"),  # rule past_schedule
        ("The talks were expected to resume Friday.", "2017-07-28"),
        ("The union planned a strike on Friday.", "2017-07-28"),  # rule planned
        ("Farmers were planning a march on Friday.", "2017-07-28"),
        ("The union held a strike on Friday.", "2017-07-21"),  # a plain past tense reads back
        ("She set aside her plans on Friday.", "2017-07-21"),  # "set" with no plan word after it
        ("On Friday, the union planned a strike.", "2017-07-21"),  # the time dates the planning
    ],
)
def test_a_plan_reported_in_the_past_lies_ahead(processor, sentence, timex):
    doc = processor.parse(sentence)
    times = resolve_times(doc, (), reference=REF).times
    assert [t.value.timex for t in times if t.value] == [timex]


@pytest.mark.parametrize(
    ("phrase", "begin", "end"),
    [
        ("from 3 to 9 this month", "2017-07-03", "2017-07-09"),  # rule range_frame, frame after
        ("between 2 and 5 next month", "2017-08-02", "2017-08-05"),
        ("10 till 12 of last month", "2017-06-10", "2017-06-12"),
        ("last week from Mon to Wed", "2017-07-17", "2017-07-19"),  # frame before
        ("March between 8 and 9", "2017-03-08", "2017-03-09"),
        ("from May to July in 2015", "2015-05", "2015-07"),
        ("4 March to 6 March in 2014", "2014-03-04", "2014-03-06"),
        ("Oct 3-Nov 4, 2012", "2012-10-03", "2012-11-04"),  # a day, a dash, a month name
        ("2011~2013", "2011", "2013"),  # a tilde between numbers
    ],
)
def test_a_range_with_a_shared_period(phrase, begin, end):
    v = normalize_date(phrase, reference=REF)
    assert (v.begin_point, v.end_point) == (begin, end)


def test_a_range_read_back_takes_the_next_numeric_date():
    v = normalize_date("from 7/20 to 8/2", reference=REF)  # 8/2 alone would be last August
    assert (v.begin_point, v.end_point) == ("2017-07-20", "2017-08-02")


def test_a_numeric_date_with_a_month_word_is_not_split():
    assert normalize_date("2016-jan-5", reference=REF).timex == "2016-01-05"


@pytest.mark.parametrize(
    ("phrase", "begin", "end", "timex"),
    [
        ("for 2 hours from 9 am", "2017-07-26T09:00", "2017-07-26T11:00", "PT2H"),  # rule lasting
        ("from 1pm for 90 minutes", "2017-07-26T13:00", "2017-07-26T14:30", "PT1H30M"),
        ("for 4 days, from tomorrow", "2017-07-27", "2017-07-30", "P4D"),
        ("2 days starting from next Monday", "2017-07-31", "2017-08-01", "P2D"),
        ("a week starting today", "2017-07-26", "2017-08-01", "P7D"),
    ],
)
def test_a_start_and_a_length(phrase, begin, end, timex):
    v = normalize_date(phrase, reference=REF)
    assert (v.begin_point, v.end_point, v.timex) == (begin, end, timex)


def test_a_day_counted_from_another_is_not_a_length():
    assert normalize_date("3 days from Monday", reference=REF).timex == "2017-07-27"


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        ("3 years and 2 months", "P3Y2M"),  # rule compound_duration
        ("one week, four days", "P1W4D"),
        ("2 hours 15 minutes", "PT2H15M"),
        ("a day and 6 hours", "P1DT6H"),
        ("thirty two years and one month", "P32Y1M"),
    ],
)
def test_a_length_in_several_units(phrase, timex):
    v = normalize_date(phrase, reference=REF)
    assert (v.timex, v.kind.value) == (timex, "duration")
    assert normalize_date(v.timex, reference=REF).timex == timex  # the value reads back


def test_a_length_in_several_units_keeps_its_modifier():
    assert normalize_date("less than 2 hours and 10 minutes", reference=REF).mod == TimeMod.LESS_THAN


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        ("2 months and 3 days ago", "2017-05-23"),
        ("1 year 2 days later", "2018-07-28"),
        ("3 hours 20 minutes ago", "2017-07-25T20:40:00"),  # to the second, as "in 3 hours"
    ],
)
def test_several_units_ago_or_later(phrase, timex):
    assert normalize_date(phrase, reference=REF).timex == timex


def test_the_week_of_a_period_is_not_a_length():
    assert normalize_date("the second week of this month", reference=REF).timex == "2017-W28"


@pytest.mark.parametrize(("phrase", "timex"), [("quarterly", "P3M"), ("annual", "P1Y"), ("everyday", "P1D")])
def test_a_set_word_alone_is_a_set(phrase, timex):  # rule set_phrase
    v = normalize_date(phrase, reference=REF)
    assert (v.timex, v.kind.value) == (timex, "set")


@pytest.mark.needs_nltk_data
def test_a_set_word_in_running_text_is_an_adjective(processor):
    doc = processor.parse("The firm posted quarterly results and an annual report.")
    assert resolve_times(doc, (), reference=REF).times == ()


@pytest.mark.parametrize(
    ("phrase", "begin", "end"),
    [
        ("the week of the 12th", "2017-07-10", "2017-07-17"),  # rule week_of_day: the week around the day
        ("the week of March 15", "2017-03-13", "2017-03-20"),
        ("the week starting March 15", "2017-03-15", "2017-03-22"),  # the seven days from it
        ("w/c 3 April", "2017-04-03", "2017-04-10"),
        ("the weekend of July 4", "2017-07-08", "2017-07-10"),
    ],
)
def test_a_week_told_by_a_day(phrase, begin, end):
    v = normalize_date(phrase, reference=REF)
    assert (v.start.date().isoformat(), v.end.date().isoformat()) == (begin, end)


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        ("last Easter", "2017-04-16"),  # rule relative_holiday
        ("next Easter", "2018-04-01"),
        ("previous Christmas", "2016-12-25"),
        ("this Christmas", "2017-12-25"),
    ],
)
def test_a_holiday_before_or_after_the_reference(phrase, timex):
    assert normalize_date(phrase, reference=REF).timex == timex


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        ("the same month", "2017-07"),  # rewrite same_unit: alone, the reference's own
        ("this calendar year", "2017"),  # rewrite calendar_year
        ("Friday the seventh", "2017-07-07"),  # a spelled day after a weekday
        ("Monday the 13th", "2017-03-13"),  # a weekday and a day that meet further back
        ("to date", "PRESENT_REF"),
    ],
)
def test_more_phrases(phrase, timex):
    assert normalize_date(phrase, reference=REF).timex == timex


@pytest.mark.parametrize(
    ("phrase", "timex", "mod"),
    [("early this evening", "2017-07-26TEV", TimeMod.START), ("late this morning", "2017-07-26TMO", TimeMod.END)],
)
def test_an_edge_of_a_part_of_today(phrase, timex, mod):
    v = normalize_date(phrase, reference=REF)
    assert (v.timex, v.mod) == (timex, mod)


@pytest.mark.parametrize(
    ("phrase", "begin", "end"),
    [
        ("the rest of my week", "2017-07-26", "2017-07-31"),
        ("rest of current month", "2017-07-26", "2017-08-01"),
    ],
)
def test_the_rest_of_a_period(phrase, begin, end):
    v = normalize_date(phrase, reference=REF)
    assert (v.start.date().isoformat(), v.end.date().isoformat()) == (begin, end)


def test_now_as_a_side_of_a_range():
    moment = dt.datetime(2017, 7, 26, 9, 0)
    v = normalize_date("between March 3 and now", reference=moment)
    assert (v.start, v.end, v.end_point) == (dt.datetime(2017, 3, 3), dt.datetime(2017, 7, 27), "2017-07-26")
    v = normalize_date("between now and August 30", reference=moment)
    assert (v.start, v.end_point) == (dt.datetime(2017, 7, 26), "2017-08-30")


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        ("every evening at 8pm", "XXXX-XX-XXT20:00"),  # a part of every day with a clock time
        ("everyday 7am", "XXXX-XX-XXT07:00"),
        ("Wednesday evenings", "XXXX-WXX-3TEV"),  # rule weekday_part_set
        ("every Monday at 9", "XXXX-WXX-1T09:00"),
    ],
)
def test_recurring_times(phrase, timex):
    v = normalize_date(phrase, reference=REF)
    assert (v.timex, v.kind.value) == (timex, "set")


@pytest.mark.needs_nltk_data
def test_a_weekday_part_in_the_plural_is_a_set(processor):
    doc = processor.parse("The club meets Thursday evenings.")
    times = resolve_times(doc, (), reference=REF).times
    assert [(t.span.text, t.value.timex) for t in times if t.value] == [("Thursday evenings", "XXXX-WXX-4TEV")]


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        ("tonite", "2017-07-26TNI"),
        ("the second quarter next year", "2018-Q2"),  # rewrite part_of_a_year
        ("the fourth quarter of the year", "2017-Q4"),
        ("the next decade", "202"),
        ("two thousand and nine", "2009"),  # rule spelled_year
        ("nineteen hundred and seventy two", "1972"),
        ("March third, two thousand twenty", "2020-03-03"),
    ],
)
def test_spellings_and_parts_of_a_year(phrase, timex):
    assert normalize_date(phrase, reference=REF).timex == timex


def test_a_spelled_count_of_years_is_not_a_year():
    assert normalize_date("two thousand years", reference=REF).timex == "P2000Y"


def test_an_open_range_up_to_an_edge():
    v = normalize_date("by the end of next month", reference=REF)
    assert (v.timex, v.mod, v.end) == ("2017-08", TimeMod.ON_OR_BEFORE, dt.datetime(2017, 9, 1))


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [("International Workers' Day 2016", "2016-05-01"), ("St. Patrick's Day 2015", "2015-03-17")],
)
def test_holiday_spellings(phrase, timex):
    assert normalize_date(phrase, reference=REF).timex == timex


@pytest.mark.needs_nltk_data
def test_a_saint_without_day_is_not_a_holiday(processor):
    doc = processor.parse("They met at St. Patrick's Cathedral.")
    assert resolve_times(doc, (), reference=REF).times == ()


def test_ramadan_spellings_are_the_month():
    assert normalize_date("Ramadhan 2017", reference=REF) == normalize_date("Ramadan 2017", reference=REF)


def test_now_beside_a_day_is_today():  # rule now_as_day
    moment = dt.datetime(2017, 7, 26, 15, 0)
    v = normalize_date("between now and July 30", reference=moment)
    assert (v.start, v.begin_point, v.timex) == (dt.datetime(2017, 7, 26), "2017-07-26", "P5D")
    v = normalize_date("between now and 5pm", reference=moment)  # beside a clock time it stays the moment
    assert v.start == moment


@pytest.mark.parametrize(("phrase", "mod"), [("end of March", TimeMod.END), ("beginning of May", TimeMod.START)])
def test_an_edge_without_the(phrase, mod):
    assert normalize_date(phrase, reference=REF).mod == mod


def test_a_part_of_the_day_fixes_a_recurring_clock_time():
    assert normalize_date("every night at 10", reference=REF).timex == "XXXX-XX-XXT22:00"


@pytest.mark.parametrize(
    ("phrase", "begin", "end", "timex"),
    [
        ("the past 2 hours", "2017-07-26T07:00:00", "2017-07-26T09:00:00", "PT2H"),  # rule clock_stretch
        ("the next 30 minutes", "2017-07-26T09:00:00", "2017-07-26T09:30:00", "PT30M"),
        ("last hour", "2017-07-26T08:00:00", "2017-07-26T09:00:00", "PT1H"),
        ("within 2 days and 3 hours", "2017-07-26T09:00:00", "2017-07-28T12:00:00", "P2DT3H"),
    ],
)
def test_stretches_of_clock_time_around_the_moment(phrase, begin, end, timex):
    v = normalize_date(phrase, reference=dt.datetime(2017, 7, 26, 9, 0))
    assert (v.begin_point, v.end_point, v.timex) == (begin, end, timex)


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        ("this night", "2017-07-26TNI"),
        ("next night", "2017-07-27TNI"),
        ("3 hours in the future", "2017-07-26T03:00:00"),
    ],
)
def test_nights_and_the_future(phrase, timex):
    assert normalize_date(phrase, reference=REF).timex == timex


@pytest.mark.parametrize(
    ("phrase", "begin", "end", "timex"),
    [
        ("the first six months of 2015", "2015-01-01", "2015-06-30", "P6M"),  # rule part_of_period
        ("the last 10 days of June", "2017-06-21", "2017-06-30", "P10D"),
        ("the first 2 weeks of 2016", "2016-01-04", "2016-01-17", "P2W"),  # ISO weeks: 2016-W01 starts Jan. 4
        ("the last 2 weeks of March", "2017-03-20", "2017-04-02", "P2W"),  # the week of Thursday March 30
    ],
)
def test_the_first_or_last_units_of_a_period(phrase, begin, end, timex):
    v = normalize_date(phrase, reference=REF)
    assert (v.begin_point, v.end_point, v.timex) == (begin, end, timex)


def test_more_units_than_the_period_holds():
    with pytest.raises(DateNormalizationError):
        normalize_date("the first 14 months of 2015", reference=REF)


@pytest.mark.parametrize(
    ("phrase", "prefer", "timex"),
    [("Feb 29", "past", "2016-02-29"), ("Feb 29", "future", "2020-02-29")],  # rule leap_day
)
def test_a_leap_day_without_a_year(phrase, prefer, timex):
    assert normalize_date(phrase, reference=REF, prefer=prefer).timex == timex


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [("20150304", "2015-03-04"), ("2014/oct/09", "2014-10-09"), ("2014-Oct-9", "2014-10-09")],
)
def test_compact_and_month_word_numeric_dates(phrase, timex):
    assert normalize_date(phrase, reference=REF).timex == timex


@pytest.mark.parametrize("phrase", ["1pm acdt", "1 pm NZDT", "1pm msk"])
def test_more_time_zones_after_a_clock_time(phrase):
    assert normalize_date(phrase, reference=REF).timex == "2017-07-26T13:00"


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("the past 3 weeks", dt.date(2017, 7, 5), REF),
        ("the last two days", dt.date(2017, 7, 24), REF),
        ("the next 2 days", dt.date(2017, 7, 27), dt.date(2017, 7, 29)),
    ],
)
def test_counted_past_days_end_before_the_reference_day(phrase, start, end):
    v = normalize_date(phrase, reference=REF)
    assert (v.start.date(), v.end.date()) == (start, end)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("the last two quarters", dt.date(2017, 1, 1), dt.date(2017, 7, 1)),
        ("the next 3 quarters", dt.date(2017, 10, 1), dt.date(2018, 7, 1)),
        ("the past two decades", dt.date(1990, 1, 1), dt.date(2010, 1, 1)),
        ("the next two decades", dt.date(2020, 1, 1), dt.date(2040, 1, 1)),
    ],
)
def test_quarters_and_decades_are_counted_whole(phrase, start, end):
    v = normalize_date(phrase, reference=REF)
    assert (v.start.date(), v.end.date()) == (start, end)


@pytest.mark.parametrize(
    ("phrase", "timex", "start", "end"),
    [
        ("earlier this year", "2017", dt.date(2017, 1, 1), dt.date(2017, 7, 1)),
        ("earlier this month", "2017-07", dt.date(2017, 7, 1), dt.date(2017, 7, 16)),
        ("later this month", "2017-07", REF, dt.date(2017, 8, 1)),
        ("later this week", "2017-W30", dt.date(2017, 7, 27), dt.date(2017, 7, 31)),
        ("earlier in the week", "2017-W30", dt.date(2017, 7, 24), REF),
        ("later in the year", "2017", REF, dt.date(2018, 1, 1)),
        ("earlier last week", "2017-W29", dt.date(2017, 7, 17), dt.date(2017, 7, 20)),
    ],
)
def test_earlier_or_later_in_a_period_is_its_part(phrase, timex, start, end):
    v = normalize_date(phrase, reference=REF)
    assert (v.timex, v.start.date(), v.end.date()) == (timex, start, end)


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        ("last Tuesday", "2017-07-18"),
        ("previous Thursday", "2017-07-20"),
        ("next Thursday", "2017-08-03"),
        ("following Tuesday", "2017-08-01"),
        ("this Friday", "2017-07-28"),
        ("this past Tuesday", "2017-07-25"),
        ("this coming Thursday", "2017-07-27"),
        ("the previous Thursday", "2017-07-20"),
    ],
)
def test_last_and_next_weekdays_are_in_the_last_and_next_week(phrase, timex):
    assert normalize_date(phrase, reference=REF).timex == timex


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        ("one and half hours", "PT1H30M"),
        ("one and a quarter years", "P1.25Y"),
        ("a year and a quarter", "P1.25Y"),
        ("two and three quarters hours", "PT2H45M"),
    ],
)
def test_fractions_after_a_count_or_a_unit(phrase, timex):
    assert normalize_date(phrase, reference=REF).timex == timex


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("nov 18 2014-dec 19 2015", dt.date(2014, 11, 18), dt.date(2015, 12, 20)),
        ("dec/2018-may/2019", dt.date(2018, 12, 1), dt.date(2019, 6, 1)),
        ("nov-feb 2017", dt.date(2016, 11, 1), dt.date(2017, 3, 1)),
        ("from march in 2015 to may in 2016", dt.date(2015, 3, 1), dt.date(2016, 6, 1)),
        ("from next thursday to Nov 2nd 2019", dt.date(2017, 8, 3), dt.date(2019, 11, 3)),
    ],
)
def test_ranges_between_dates_in_words(phrase, start, end):
    v = normalize_date(phrase, reference=REF)
    assert (v.start.date(), v.end.date()) == (start, end)


@pytest.mark.parametrize(
    ("phrase", "timex", "mod"),
    [
        ("year 2012 or later", "2012", TimeMod.ON_OR_AFTER),
        ("year greater than 2012", "2012", TimeMod.AFTER),
        ("after or equal to 1/1/2015", "2015-01-01", TimeMod.ON_OR_AFTER),
        ("before or equal to 1/1/2016", "2016-01-01", TimeMod.ON_OR_BEFORE),
        ("mid-may", "2017-05", TimeMod.MID),
    ],
)
def test_open_years_and_inclusive_sides(phrase, timex, mod):
    v = normalize_date(phrase, reference=REF)
    assert (v.timex, v.mod) == (timex, mod)


@pytest.mark.parametrize(("phrase", "timex"), [("23-2020-september", "2020-09-23"), ("15-Jan-82", "1982-01-15")])
def test_a_dash_inside_one_date_does_not_split_it(phrase, timex):
    assert normalize_date(phrase, reference=REF).timex == timex


@pytest.mark.parametrize(
    ("phrase", "timex", "mod"),
    [
        ("<6pm today", "2017-07-26T18:00", TimeMod.BEFORE),
        ("<= 6pm today", "2017-07-26T18:00", TimeMod.ON_OR_BEFORE),
        ("> 2019", "2019", TimeMod.AFTER),
        (">= 2019", "2019", TimeMod.ON_OR_AFTER),
        ("around the 18th this month", "2017-07-18", TimeMod.APPROX),
        ("about the 3rd of next month", "2017-08-03", TimeMod.APPROX),
    ],
)
def test_comparison_signs_and_approximate_days(phrase, timex, mod):
    v = normalize_date(phrase, reference=REF)
    assert (v.timex, v.mod) == (timex, mod)


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("between the 12th and 14th", dt.date(2017, 7, 12), dt.date(2017, 7, 15)),
        ("april 9th through 17th", dt.date(2017, 4, 9), dt.date(2017, 4, 18)),
    ],
)
def test_a_range_of_days_of_one_month(phrase, start, end):
    v = normalize_date(phrase, reference=REF)
    assert (v.start.date(), v.end.date()) == (start, end)


def test_bare_days_without_from_or_between_are_not_a_range():
    assert normalize_date("4-22", reference=REF).timex == "2017-04-22"


@pytest.mark.parametrize(("phrase", "timex"), [("the twenty-tens", "201"), ("the two thousands", "200")])
def test_spelled_decades_of_this_century(phrase, timex):
    assert normalize_date(phrase, reference=REF).timex == timex


def test_the_tens_alone_is_no_decade():
    with pytest.raises(DateNormalizationError):
        normalize_date("the tens", reference=REF)


@pytest.mark.parametrize(
    ("phrase", "start"),
    [
        ("next evening from 7 to 9", dt.datetime(2017, 7, 27, 19)),
        ("between 6 and 8 last morning", dt.datetime(2017, 7, 25, 6)),
        ("next morning 7:30am", dt.datetime(2017, 7, 27, 7, 30)),
    ],
)
def test_next_and_last_parts_of_the_day(phrase, start):
    assert normalize_date(phrase, reference=REF).start == start


@pytest.mark.parametrize(
    ("phrase", "timex", "mod"),
    [
        ("at or after 6:30PM today", "2017-07-26T18:30", TimeMod.ON_OR_AFTER),
        ("at or before noon", "2017-07-26T12:00", TimeMod.ON_OR_BEFORE),
        ("before next monday at 11:00", "2017-07-31T11:00", TimeMod.BEFORE),
    ],
)
def test_open_sides_of_a_day_with_a_time(phrase, timex, mod):
    v = normalize_date(phrase, reference=REF)
    assert (v.timex, v.mod) == (timex, mod)


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [("last Oct. 23", "2016-10-23"), ("next May 5", "2018-05-05"), ("last July 26", "2016-07-26")],
)
def test_last_or_next_before_a_day_and_month(phrase, timex):
    assert normalize_date(phrase, reference=REF).timex == timex


@pytest.mark.needs_nltk_data
def test_last_before_a_day_and_month_is_one_expression(processor):
    doc = processor.parse("He was shot last Oct. 23 at his home.")
    times = resolve_times(doc, (), reference=REF).times
    assert [(t.span.text, t.value.timex if t.value else None) for t in times] == [("last Oct. 23", "2016-10-23")]


@pytest.mark.needs_nltk_data
def test_shortly_is_no_time_expression(processor):
    doc = processor.parse("The minister will speak shortly, officials said.")
    assert resolve_times(doc, (), reference=REF).times == ()


@pytest.mark.needs_nltk_data
def test_the_week_of_a_day_is_one_expression(processor):
    doc = processor.parse("The vote is scheduled for the week of Aug. 7, officials said.")
    times = resolve_times(doc, (), reference=REF).times
    assert [(t.span.text, t.value.timex if t.value else None) for t in times] == [("the week of Aug. 7", "2017-W32")]


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        ("Q3 this year", "2017-Q3"),
        ("2016 the third quarter", "2016-Q3"),
        ("1990 s", "199"),
        ("april of 87", "1987-04"),
        ("August 15", "2016-08-15"),
        ("2016 -11", "2016-11"),
        ("the third month of 2021", "2021-03"),
        ("the 15th  century", "14"),
        ("my weekend", "2017-W30-WE"),
    ],
)
def test_more_ways_of_writing_a_period(phrase, timex):
    assert normalize_date(phrase, reference=REF).timex == timex


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("within 3 weeks from today", dt.date(2017, 7, 26), dt.date(2017, 8, 16)),
        ("4 weeks in the future", dt.date(2017, 7, 27), dt.date(2017, 8, 24)),
        ("last 3year", dt.date(2014, 7, 26), dt.date(2017, 7, 26)),
        ("next couple weeks", dt.date(2017, 7, 27), dt.date(2017, 8, 10)),
    ],
)
def test_more_ways_of_writing_a_stretch(phrase, start, end):
    v = normalize_date(phrase, reference=REF)
    assert (v.start.date(), v.end.date()) == (start, end)


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        ("two months ago", "2017-05-26"),
        ("in 4 years", "2021-07-26"),
        ("a year from now", "2018-07-26"),
        ("5 weeks later", "2017-08-30"),
        ("a decade ago", "2007"),  # a unit longer than a year stays a year
    ],
)
def test_an_offset_from_the_reference_is_the_day_that_far(phrase, timex):
    # rule offset_to_the_day
    v = normalize_date(phrase, reference=REF)
    assert v.timex == timex


@pytest.mark.needs_nltk_data
def test_an_offset_in_running_text_keeps_the_timeml_unit(processor):
    doc = processor.parse("The depot closed two months ago.")
    times = resolve_times(doc, (), reference=REF).times
    assert [(t.span.text, t.value.timex if t.value else None) for t in times] == [("two months ago", "2017-05")]


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        ("Feb 31", "XXXX-02-31"),
        ("April 31, 2015", "2015-04-31"),
        ("4/31/2015", "2015-04-31"),
        ("2015-4-31", "2015-04-31"),
    ],
)
def test_a_day_no_month_has_keeps_its_timex_without_an_interval(phrase, timex):
    # rule impossible_day
    v = normalize_date(phrase, reference=REF)
    assert (v.timex, v.start, v.end) == (timex, None, None)


@pytest.mark.parametrize("phrase", ["4/32/2015", "13/31/2015"])
def test_a_day_past_31_or_a_month_past_12_is_no_date(phrase):
    with pytest.raises(DateNormalizationError):
        normalize_date(phrase, reference=REF)


@pytest.mark.parametrize("prefer", ["past", "future"])
def test_a_weekday_and_a_day_of_the_reference_month_is_that_day(prefer):
    # rule weekday_day_this_month: 13 October 2017 is a Friday, three days after the reference
    assert normalize_date("Friday the 13th", reference=dt.date(2017, 10, 10), prefer=prefer).timex == "2017-10-13"
    # a weekday the reference month's day is not goes to the preferred side ("Monday the 13th": 2017-03-13)
    assert normalize_date("Monday the 13th", reference=dt.date(2017, 10, 10)).timex == "2017-03-13"


@pytest.mark.parametrize(
    ("phrase", "reference", "timex"),
    [
        ("two weeks from Christmas", dt.date(2017, 11, 20), "2018-01-08"),
        ("a week from January 15", dt.date(2017, 12, 20), "2018-01-22"),
        ("3 days from Friday", dt.date(2017, 7, 26), "2017-07-31"),
        ("two weeks before Christmas", dt.date(2017, 11, 20), "2016-12-11"),  # "before", "after": the past one
    ],
)
def test_the_day_an_offset_counts_from_is_the_nearest_one(phrase, reference, timex):
    # rule offset_from_nearest, even in the past reading
    assert normalize_date(phrase, reference=reference, prefer="past").timex == timex


@pytest.mark.parametrize(
    ("phrase", "timex"), [("next day", "2017-07-27"), ("the past day", "2017-07-25"), ("this day", "2017-07-26")]
)
def test_the_day_next_to_the_reference(phrase, timex):
    # rewrite neighbour_day
    assert normalize_date(phrase, reference=REF).timex == timex


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [("3/18/40", "1940-03-18"), ("7-4-29", "2029-07-04"), ("7-4-31", "1931-07-04"), ("7.4.31", "1931-07-04")],
)
def test_a_two_digit_year_from_30_on_is_of_the_1900s(phrase, timex):
    # rule two_digit_year (rewrite numeric_short_year for dashes and dots)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # day/month order: AmbiguousDateWarning
        assert normalize_date(phrase, reference=REF).timex == timex


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [("three Sundays from now", "2017-08-13"), ("3 Fridays ago", "2017-07-07"), ("two Wednesdays later", "2017-08-09")],
)
def test_a_count_of_weekdays_leaves_the_reference_day_out(phrase, timex):
    # rule counted_weekdays (REF is a Wednesday)
    assert normalize_date(phrase, reference=REF).timex == timex


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [("Friday of the first week of March", "2017-03-03"), ("the last week of 2015, on Monday", "2015-12-28")],
)
def test_a_weekday_of_a_week_told_another_way(phrase, timex):
    # rule weekday_in_week
    assert normalize_date(phrase, reference=REF).timex == timex


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        ("May 3, nineteen oh five", "1905-05-03"),
        ("July 4, seventeen seventy six", "1776-07-04"),
        ("8 March eighteen hundred twelve", "1812-03-08"),
    ],
)
def test_a_year_spelled_by_its_centuries(phrase, timex):
    # rule spelled_year: "oh" / "zero" before the ones, and the centuries 1600 to 1900
    assert normalize_date(phrase, reference=REF).timex == timex


@pytest.mark.parametrize(
    ("phrase", "reference", "timex"),
    [
        ("in six business days", dt.date(2017, 7, 24), "2017-08-01"),  # from a Monday, the weekend skipped
        ("3 working days ago", REF, "2017-07-21"),
        ("two business days from now", dt.date(2017, 7, 28), "2017-08-01"),
    ],
)
def test_business_days_skip_the_weekend(phrase, reference, timex):
    # rule business_days
    assert normalize_date(phrase, reference=reference).timex == timex


@pytest.mark.parametrize(
    ("phrase", "span"),
    [
        ("the next 3 business days", (dt.datetime(2017, 7, 27), dt.datetime(2017, 8, 1))),  # Thu, Fri, Mon
        ("the past 3 working days", (dt.datetime(2017, 7, 21), dt.datetime(2017, 7, 26))),  # Fri, Mon, Tue
    ],
)
def test_a_stretch_of_business_days_holds_them_and_the_weekend_between(phrase, span):
    # rule business_days
    v = normalize_date(phrase, reference=REF)
    assert (v.start, v.end) == span


@pytest.mark.parametrize(
    ("phrase", "reference", "span"),
    [
        ("Memorial Day weekend", dt.date(2017, 7, 2), ("2017-05-27", "2017-05-30")),  # Saturday to the Monday
        ("Thanksgiving weekend", dt.date(2017, 12, 1), ("2017-11-23", "2017-11-27")),  # Thursday to Sunday
        ("the weekend of Halloween 2015", REF, ("2015-10-31", "2015-11-02")),  # a Saturday: its weekend
    ],
)
def test_a_holiday_weekend_holds_a_holiday_next_to_it(phrase, reference, span):
    # rule holiday_weekend
    v = normalize_date(phrase, reference=reference)
    assert (v.start.date().isoformat(), v.end.date().isoformat()) == span


@pytest.mark.parametrize(
    ("phrase", "timex"), [("that weekend", "2017-W30-WE"), ("the following weekend", "2017-W31-WE")]
)
def test_an_anaphoric_weekend_is_a_weekend_not_a_week(phrase, timex):
    # rule ana_weekend
    assert normalize_date(phrase, reference=REF).timex == timex


def test_eoy_is_the_end_of_the_year():
    # rewrite end_of_period
    v = normalize_date("by eoy", reference=REF)
    assert (v.timex, v.mod) == ("2017", TimeMod.ON_OR_BEFORE)
    assert normalize_date("eom", reference=REF).mod == TimeMod.END


@pytest.mark.parametrize(
    ("phrase", "start"), [("year to date", dt.datetime(2017, 1, 1)), ("from April to date", dt.datetime(2017, 4, 1))]
)
def test_to_date_runs_to_the_reference_day(phrase, start):
    # rewrites year_to_date and to_date
    v = normalize_date(phrase, reference=REF)
    assert (v.start, v.end) == (start, dt.datetime(2017, 7, 27))


def test_a_weekday_with_its_day_is_a_side_of_a_range():
    v = normalize_date("from Friday the 28th until Monday the 31st", reference=REF)
    assert (v.start, v.end) == (dt.datetime(2017, 7, 28), dt.datetime(2017, 8, 1))


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [("monday the twenty fourth at six pm", "2017-07-24T18:00"), ("this night at 9", "2017-07-26T21:00")],
)
def test_a_day_told_in_words_before_its_clock_time(phrase, timex):
    # the day of a day-and-time phrase is tidied like a whole phrase (spelled days, "this night")
    assert normalize_date(phrase, reference=REF).timex == timex


def test_the_nth_day_of_a_period_past_its_end_is_no_day_of_the_next_one():
    """Rule day_of_period: 2017 has no 366th day, and it is not 1 January 2018; the 365th is 31 December."""
    with pytest.raises(DateNormalizationError):
        normalize_date("the 366th day of 2017", reference=REF)
    assert normalize_date("the 365th day of 2017", reference=REF).timex == "2017-12-31"
    v = normalize_date("the 31st day of June 2017", reference=REF)  # rule impossible_day
    assert (v.timex, v.start) == ("2017-06-31", None)


def test_a_clock_range_from_noon_takes_its_half_of_the_day_from_the_other_side():
    """ "between 12 and 2 pm": the bare 12 is noon, not midnight."""
    v = normalize_date("between 12 and 2 pm", reference=REF)
    assert (v.start, v.end) == (dt.datetime(2017, 7, 26, 12), dt.datetime(2017, 7, 26, 14))
