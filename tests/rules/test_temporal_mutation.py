"""Time: behaviours of ``claimkit.temporal`` that no other test pinned (issue 14, mutation testing).

The reference is Wednesday 26 July 2017. Each test states what a careful reader expects of an invented
phrase or sentence (a TIMEX3 value, bounds, a mod), through :func:`claimkit.normalize_date`,
:func:`claimkit.analyze` or a rule-level helper; they were written against mutants of the module that the
other tests let through, but pin only behaviour, so the rules can be rewritten freely.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

import claimkit
from claimkit import DateNormalizationError, normalize_date, temporal
from claimkit.attribution import Attribution
from claimkit.model import Span, StatementKind
from claimkit.text import TextProcessor

REF = dt.date(2017, 7, 26)  # a Wednesday


def _timex(text: str, prefer: str = "past", reference: dt.date = REF) -> str:
    return normalize_date(text, reference=reference, prefer=prefer).timex


def _bounds(text: str, reference: dt.date | dt.datetime = REF) -> tuple[dt.datetime | None, dt.datetime | None]:
    value = normalize_date(text, reference=reference)
    return value.start, value.end


def _times(text: str, published: str | None = "2017-07-26") -> list[tuple[str, str | None]]:
    return [
        (t.span.text, t.value.timex if t.value is not None else None)
        for t in claimkit.analyze(text, published=published).times
    ]


@pytest.mark.parametrize(
    ("text", "prefer", "reference", "timex"),
    [
        # "last <month>" after the reference's month is that month of the year before
        ("last September", "past", REF, "2016-09"),
        # "this <holiday>" is the holiday of the reference's year, even when it is over
        ("this Easter", "past", REF, "2017-04-16"),
        # "last Christmas" said the day after it is that Christmas
        ("last Christmas", "past", dt.date(2017, 12, 26), "2017-12-25"),
        # a year of the twentieth century in words, with no ones
        ("nineteen seventy", "past", REF, "1970"),
        # "the <unit>" with a word between: the period of the reference
        ("the whole month", "past", REF, "2017-07"),
        ("the end of the year", "past", REF, "2017"),
        # a part of the day written with a hyphen
        ("day-time", "past", REF, "2017-07-26TDT"),
        ("night-time", "past", REF, "2017-07-26TNI"),
        # sets: a month every year, weekends in the plural
        ("every March", "past", REF, "XXXX-03"),
        ("on weekends", "past", REF, "P1WE"),
        ("weekends", "past", REF, "P1WE"),
    ],
)
def test_normalized_value(text: str, prefer: str, reference: dt.date, timex: str) -> None:
    assert _timex(text, prefer, reference) == timex


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # range_frame: the sides share a period said once
        ("from 4 to 22 this month", dt.datetime(2017, 7, 4), dt.datetime(2017, 7, 23)),
        ("4 to 22 this month", dt.datetime(2017, 7, 4), dt.datetime(2017, 7, 23)),
        ("next week between Tuesday and Thursday", dt.datetime(2017, 8, 1), dt.datetime(2017, 8, 4)),
        ("from February to May in 2016", dt.datetime(2016, 2, 1), dt.datetime(2016, 6, 1)),
        # a clock range over midnight ends on the next day
        ("from 10 pm to 2 am", dt.datetime(2017, 7, 26, 22), dt.datetime(2017, 7, 27, 2)),
        ("from 11 pm to 11 pm", dt.datetime(2017, 7, 26, 23), dt.datetime(2017, 7, 27, 23)),
        # lasting: a length from a start
        ("4 days starting from next Tuesday", dt.datetime(2017, 8, 1), dt.datetime(2017, 8, 5)),
    ],
)
def test_range_bounds(text: str, start: dt.datetime, end: dt.datetime) -> None:
    assert _bounds(text) == (start, end)


@pytest.mark.parametrize("text", ["Wednesday and Friday next week", "April and June in 2017"])
def test_two_sides_joined_by_and_without_between_are_no_range(text: str) -> None:
    with pytest.raises(DateNormalizationError):
        normalize_date(text, reference=REF)


@pytest.mark.parametrize(
    ("text", "published", "times"),
    [
        # a season told in the past tense once it has begun is this year's
        ("The plant closed in the summer.", "2017-06-10", [("the summer", "2017-SU")]),
        ("The plant closed in the spring.", "2017-03-10", [("the spring", "2017-SP")]),
        # a participle of planning as the last word of the text
        ("On Monday the talks were scheduled", "2017-07-26", [("Monday", "2017-07-24")]),
        # a fixed holiday with no publication date: its day of any year
        ("The talks end at Christmas.", None, [("Christmas", "XXXX-12-25")]),
        # a determiner before an adjectival length or quarter stays outside the extent (TimeML);
        # before a plural length it is part of it
        ("He signed a two year contract.", "2017-07-26", [("two year", "P2Y")]),
        ("The firm posted the third-quarter results.", "2017-07-26", [("third-quarter", "2017-Q3")]),
        ("Prices rose over the two years.", "2017-07-26", [("the two years", "P2Y")]),
        # an ISO timestamp in running text keeps its minutes
        ("The log shows 2017-07-25T10:30.", "2017-07-26", [("2017-07-25T10:30", "2017-07-25T10:30")]),
    ],
)
def test_times_in_running_text(text: str, published: str | None, times: list[tuple[str, str]]) -> None:
    assert _times(text, published) == times


def test_a_compound_length_has_the_granularity_of_its_first_unit() -> None:
    assert normalize_date("2 years and 3 months", reference=REF).granularity == claimkit.Granularity.YEAR


def test_a_vague_length_after_within_is_a_clean_normalization_error() -> None:
    with pytest.raises(DateNormalizationError):
        normalize_date("within a few days", reference=REF)


def test_an_hour_past_24_is_no_timex_interval() -> None:
    assert temporal._timex_interval("2017-07-26T24:30") is None
    assert temporal._timex_interval("2017-07-26T24:00") == (
        dt.datetime(2017, 7, 27),
        dt.datetime(2017, 7, 27, 0, 1),
        claimkit.Granularity.MINUTE,
    )


# ------------------------------------------------- tables built afresh (rules, word lists, patterns)


@pytest.fixture
def fresh_tables() -> None:
    """Empty the module's ``functools.cache`` tables, so that this test builds them again: a change in how
    they are built is caught here whatever ran before (and a mutation run maps the building code to it)."""
    for value in vars(temporal).values():
        clear = getattr(value, "cache_clear", None)
        if callable(clear):
            clear()


@pytest.mark.usefixtures("fresh_tables")
def test_every_rule_of_a_fresh_table_reads_its_own_example() -> None:
    wrong: list[tuple[str, str | None]] = []
    for rule in temporal._rules():
        found = temporal._find(rule.example)
        if not found or found[0].rule != rule.name or re.search(rule.pattern, rule.example) is None:
            wrong.append((rule.name, "not found"))
            continue
        words = rule.example[: found[0].start].split()
        ctx = temporal._Context(
            anchor=temporal._day(temporal.RULE_EXAMPLE_REFERENCE),
            tense=temporal._PAST,
            perfect=True,
            prev_word=words[-1].lower() if words else "",
        )
        value = temporal._interpret(rule.name, rule.example[found[0].start : found[0].end], ctx)
        if value is None or value.timex != rule.value:
            wrong.append((rule.name, value.timex if value is not None else None))
    assert wrong == []


@pytest.mark.usefixtures("fresh_tables")
@pytest.mark.parametrize(
    "text",
    [
        "Viewers watch the show Every Week on Monday.",  # set
        "He writes for Current Affairs on Monday.",  # vague
        "He read it in Recently magazine on Monday.",  # vague
    ],
)
def test_a_capitalized_set_or_vague_word_inside_a_sentence_is_part_of_a_name(text: str) -> None:
    assert _times(text) == [("Monday", "2017-07-24")]


@pytest.mark.usefixtures("fresh_tables")
@pytest.mark.parametrize(
    ("text", "timex"),
    [
        # holidays: a fixed day and a movable feast
        ("Christmas", "2016-12-25"),
        ("Easter", "2017-04-16"),
        # a weekday abbreviation in a compound
        ("Thu the 20th", "2017-07-20"),
        ("Tues. next week", "2017-08-01"),
        # a year spelled from its thousands, with tens
        ("the year two thousand twenty-one", "2021"),
    ],
)
def test_values_read_through_fresh_tables(text: str, timex: str) -> None:
    assert _timex(text) == timex


@pytest.mark.usefixtures("fresh_tables")
def test_as_soon_as_in_the_present_tense_puts_a_weekday_ahead() -> None:
    assert _times("The minister leaves as soon as Monday.") == [("Monday", "2017-07-31")]


def _said(text: str, aid: str, content: str, cue: str) -> Attribution:
    c, q = text.index(content), text.index(cue)
    return Attribution(
        id=aid,
        kind=StatementKind.INDIRECT,
        content=Span.from_text(text, c, c + len(content)),
        cue=cue,
        cue_span=Span.from_text(text, q, q + len(cue)),
    )


def test_a_cue_that_ends_its_outer_content_is_nested() -> None:
    # "Ann said that [Bo lied, Cy claimed]": Cy's saying is part of what Ann said
    text = "Ann said that Bo lied, Cy claimed."
    outer = _said(text, "a1", "that Bo lied, Cy claimed", "said")
    inner = _said(text, "a2", "Bo lied", "claimed")
    assert temporal._nested_cues([outer, inner]) == frozenset({"a2"})


def test_between_now_and_a_day_runs_from_the_start_of_today() -> None:
    # "now" as the side of a range of days is today, not the very moment of the reference
    assert _bounds("between now and Friday", dt.datetime(2017, 7, 26, 10)) == (
        dt.datetime(2017, 7, 26),
        dt.datetime(2017, 7, 29),
    )


def test_a_time_quoted_at_a_paragraph_opening_does_not_date_the_statements_after_it() -> None:
    # rule paragraph_opening takes the narrative's own times, not words in quotation marks
    analysis = claimkit.analyze(
        "“Last Monday” was the answer the mayor gave. The governor said the plant was safe.", published="2017-07-26"
    )
    times = [s.time.timex if s.time is not None else None for s in analysis.statements]
    assert times == ["2017-07-26"]


# ------------------------------------------------------------ eighth round (fresh survivors of the current source)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Workers met on Monday morning.", [("Monday morning", "2017-07-24TMO")]),
        ("The plant closed Friday evening.", [("Friday evening", "2017-07-21TEV")]),
    ],
)
def test_a_weekday_with_a_part_of_the_day_in_running_text(text: str, expected: list[tuple[str, str]]) -> None:
    # rule weekday_part: the part of that weekday, not an unread time
    assert _times(text) == expected


def test_an_edge_word_before_a_weekday_and_part_of_the_day_gives_the_mod() -> None:
    value = normalize_date("late Tuesday night", reference=REF)
    assert (value.timex, value.mod) == ("2017-07-25TNI", claimkit.TimeMod.END)


def test_a_name_holding_a_time_word_opening_the_text_is_no_time() -> None:
    # time_names.txt: "Sunday Times" is a name even as the text's first words (no word before it to say so)
    assert _times("Sunday Times reporters said on Monday that the plant was safe.") == [("Monday", "2017-07-24")]


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("the past 30 seconds", (dt.datetime(2017, 7, 25, 23, 59, 30), dt.datetime(2017, 7, 26))),
        ("the next 10 seconds", (dt.datetime(2017, 7, 26), dt.datetime(2017, 7, 26, 0, 0, 10))),
    ],
)
def test_the_past_or_next_seconds_run_from_the_reference_moment(
    text: str, bounds: tuple[dt.datetime, dt.datetime]
) -> None:
    # rule clock_stretch in seconds, as test_the_past_or_next_hours... pins it in hours
    assert _bounds(text) == bounds


@pytest.mark.parametrize(
    ("text", "timex", "start"),
    [
        ("Nov - Feb 2019", "P4M", dt.datetime(2018, 11, 1)),  # not the November before the reference
        ("from Nov. 28 to Feb. 2, 2019", "P67D", dt.datetime(2018, 11, 28)),
    ],
)
def test_a_range_side_without_a_year_is_in_the_year_before_the_other_side_when_it_must_be(
    text: str, timex: str, start: dt.datetime
) -> None:
    # _in_year_of: the first side takes the last side's year, or the year before when it would come after it
    value = normalize_date(text, reference=REF)
    assert (value.timex, value.start) == (timex, start)


@pytest.mark.parametrize(
    ("text", "timex"),
    [
        ("The results were expected Friday.", "2017-07-28"),
        ("The meeting was scheduled to take place Tuesday.", "2017-08-01"),
        ("The vote was due Friday.", "2017-07-28"),
    ],
)
def test_a_past_verb_before_a_word_of_planning_looks_ahead(text: str, timex: str) -> None:
    # rule past_schedule: "was scheduled", "were expected", "was due" put the day after the reference
    assert [t for _, t in _times(text)] == [timex]


@pytest.mark.parametrize(
    ("text", "timex"),
    [
        ("Officials who met Friday will vote.", "2017-07-21"),
        ("Workers who struck Monday will return.", "2017-07-24"),
    ],
)
def test_of_two_verbs_as_near_the_time_the_first_one_gives_the_tense(text: str, timex: str) -> None:
    # _tense: "met Friday will": a tie in distance goes to the verb read first (the one before the time)
    assert [t for _, t in _times(text)] == [timex]


def test_a_relative_clause_in_the_sentence_before_does_not_hide_a_time_from_the_cue() -> None:
    # _clause_time looks for "..., which ..." only from the start of the time's own sentence
    analysis = claimkit.analyze(
        "The mayor left, which was odd. On Monday the mayor said the plant was safe.", published="2017-07-26"
    )
    assert [s.time.timex if s.time is not None else None for s in analysis.statements] == ["2017-07-24"]


def _statement_times(text: str) -> list[str | None]:
    analysis = claimkit.analyze(text, published="2017-07-26")
    return [s.time.timex if s.time is not None else None for s in analysis.statements]


def test_a_dateline_opening_the_second_paragraph_dates_the_statements_after_it() -> None:
    # rule dateline: a year in a long headline before it is no dateline and does not end the search
    text = (
        "Plant talks on the future of the old mill by the river fail again in 2016\n\n"
        "LONDON, March 12 (Reuters) - The plant closed.\n\nThe mayor said the plant was safe."
    )
    assert _statement_times(text) == ["2017-03-12"]


@pytest.mark.parametrize(
    "opening",
    [
        "March 12 - The plant closed.",  # a dash but no place before the date
        "LONDON, March 12 was quiet.",  # a place but no dash after the date
    ],
)
def test_a_dateline_needs_both_a_place_before_and_a_dash_after_its_date(opening: str) -> None:
    assert _statement_times(f"{opening}\n\nThe mayor said the plant was safe.") == ["2017-07-26"]


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("earlier in the week", (dt.datetime(2017, 7, 24), dt.datetime(2017, 7, 26))),
        ("earlier in the year", (dt.datetime(2017, 1, 1), dt.datetime(2017, 7, 1))),
    ],
)
def test_earlier_in_the_unit_is_the_part_of_the_current_one_before_the_reference(
    text: str, bounds: tuple[dt.datetime, dt.datetime]
) -> None:
    # rule rel_unit without "this", "last" or "next": the current week or year
    assert _bounds(text) == bounds


@pytest.mark.parametrize(
    ("text", "timex"),
    [
        ("On Thursday the mayor would have resigned.", "2017-07-20"),  # "would have": what did not happen
        ("On Friday the mayor might have resigned.", "2017-07-21"),
        ("On Monday the vote is due.", "2017-07-31"),  # a word of planning after the verb
    ],
)
def test_the_words_after_a_verb_set_its_tense(text: str, timex: str) -> None:
    # _verb_group_tense reads the words just after the verb: "have" after a modal, "due" after "is"
    assert [t for _, t in _times(text)] == [timex]


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Eid al-Fitr 2005", dt.datetime(2005, 11, 3)),  # 1 Shawwal 1426 of the tabular calendar
        ("Ramadan 2005", dt.datetime(2005, 10, 4)),  # 1 Ramadan 1426
    ],
)
def test_a_holiday_of_the_islamic_calendar_in_a_year_with_a_leap_day_correction(text: str, start: dt.datetime) -> None:
    # _hijri_date: the leap days of the 30-year cycle, (3 + 11 * year) // 30, move AH 1426 by a day
    assert normalize_date(text, reference=REF).start == start


def test_a_pronoun_speaker_just_after_a_dated_statement_speaks_on_the_same_occasion() -> None:
    # rule same_occasion, recorded by name in TimeResult.statement_time_rules
    text = "Ms Novak said on Monday that the plan was dead. She said the talks were over."
    first = _said(text, "s1", "that the plan was dead", "said")
    s, q, c = text.index("She"), text.index("said", text.index("She")), text.index("the talks were over")
    second = Attribution(
        id="s2",
        kind=StatementKind.INDIRECT,
        content=Span.from_text(text, c, c + len("the talks were over")),
        cue="said",
        cue_span=Span.from_text(text, q, q + 4),
        speaker_span=Span.from_text(text, s, s + 3),
    )
    result = temporal.resolve_times(TextProcessor.from_lexicons().parse(text), (first, second), reference=REF)
    assert result.statement_times["s2"].timex == "2017-07-24"
    assert result.statement_time_rules["s2"] == "same_occasion"
    assert "same_occasion" in temporal.STATEMENT_TIME_RULES


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("from 3 to 2017-07-26T17:00", dt.datetime(2017, 7, 26, 15)),  # the afternoon of the other side
        ("from 9 to 2017-07-26T11:00", dt.datetime(2017, 7, 26, 9)),
    ],
)
def test_a_bare_hour_side_takes_the_day_and_half_of_a_timestamp_on_the_other(text: str, start: dt.datetime) -> None:
    # _complete: "3" in a range whose other side is a clock time is that hour on the same day and half of it
    assert _bounds(text)[0] == start


def test_a_spelled_year_of_the_two_thousands_skips_its_and() -> None:
    # rule year_words: "the year two thousand and five" is 2005, "and" adds nothing
    assert _times("The plant opened in the year two thousand and five.") == [("the year two thousand and five", "2005")]


def test_a_weekday_told_in_a_statement_dated_by_a_month_stays_within_that_month() -> None:
    # _h_weekday: a coarse anchor ("said in April") cannot pick the day, so the weekday takes the month
    assert _times("The mayor said in April that the plant closed on Friday.") == [
        ("April", "2017-04"),
        ("Friday", "2017-04"),
    ]


@pytest.mark.parametrize("text", ["E-commerce Today reported the closure.", "X-ray Weekly reported the closure."])
def test_a_capitalized_time_word_after_a_hyphenated_word_opening_the_sentence_is_a_name(text: str) -> None:
    # _inside_sentence: "E-commerce" is a word before the time, though its second character is no letter
    assert _times(text) == []


@pytest.mark.usefixtures("fresh_tables")  # builds the cached head words afresh, so a mutation run maps them here
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant closes on Mondays.", [("Mondays", "XXXX-WXX-1")]),  # a plural weekday is a head word
        ("The plant closed on Thanksgiving.", [("Thanksgiving", "2016-11-24")]),  # so are holiday names
        ("The plant will close on Christmas Eve.", [("Christmas Eve", "2017-12-24")]),
    ],
)
def test_plural_weekdays_and_holiday_names_are_found_in_running_text(
    text: str, expected: list[tuple[str, str]]
) -> None:
    # _heads: the words near which the grammar is tried (a fresh seed-1 sample showed these unpinned)
    assert _times(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales rose in the third quarter.", [("the third quarter", "XXXX-Q3")]),  # _h_quarter: no date to place it
        ("Prices will rise over the next three years.", [("the next three years", "P3Y")]),  # the length alone
    ],
)
def test_without_a_publication_date_quarters_and_spans_keep_their_timex(
    text: str, expected: list[tuple[str, str]]
) -> None:
    # a document without a date still names the quarter and the length, with no interval
    assert _times(text, published=None) == expected


def test_the_previous_quarter_counts_back_from_the_last_quarter_named() -> None:
    # _latest_quarter: the quarter of the story (2015-Q2), not the one before the publication date
    text = "Sales rose 5% in the second quarter of 2015. In the previous quarter, they fell."
    assert _times(text) == [("the second quarter of 2015", "2015-Q2"), ("the previous quarter", "2015-Q1")]


def test_recent_weeks_run_up_to_the_publication_day() -> None:
    # _h_dur_bare: "recent" keeps the anchor, so the span ends with the day of the reference
    assert normalize_date("recent weeks", reference=REF).timex == "PXW"
    assert _bounds("recent weeks") == (dt.datetime(2017, 7, 13), dt.datetime(2017, 7, 27))
