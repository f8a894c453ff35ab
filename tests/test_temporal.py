import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit import (
    DateNormalizationError,
    Granularity,
    InvalidInputError,
    TimeKind,
    TimeMod,
    TimeSource,
    normalize_date,
    temporal,
)
from claimkit.attribution import Attribution
from claimkit.lang import clock
from claimkit.model import Span, StatementKind
from claimkit.temporal import _REWRITES, _tidy, _timex_interval, resolve_times
from claimkit.testing import documents
from claimkit.text import TextProcessor

REF = dt.date(2017, 7, 26)  # a Wednesday

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@pytest.fixture(scope="module")
def processor() -> TextProcessor:
    return TextProcessor.from_lexicons()


def times_of(processor, text, reference=REF, attributions=()):
    doc = processor.parse(text)
    return resolve_times(doc, attributions, reference=reference)


# ----------------------------------------------------------------- normalize_date


@pytest.mark.parametrize(
    ("expression", "timex", "granularity"),
    [
        ("in April", "2017-04", Granularity.MONTH),
        ("Wednesday", "2017-07-26", Granularity.DAY),
        ("on Monday", "2017-07-24", Granularity.DAY),
        ("yesterday", "2017-07-25", Granularity.DAY),
        ("two days ago", "2017-07-24", Granularity.DAY),
        ("last week", "2017-W29", Granularity.WEEK),
        ("next month", "2017-08", Granularity.MONTH),
        ("last year", "2016", Granularity.YEAR),
        ("earlier this year", "2017", Granularity.YEAR),
        ("July 25, 2017", "2017-07-25", Granularity.DAY),
        ("Feb. 28", "2017-02-28", Granularity.DAY),
        ("7/25/2017", "2017-07-25", Granularity.DAY),
        ("2017-07-25", "2017-07-25", Granularity.DAY),
        ("the third quarter", "2017-Q3", Granularity.QUARTER),
        ("the 1990s", "199", Granularity.DECADE),
        ("this summer", "2017-SU", Granularity.SEASON),
        ("Tuesday night", "2017-07-25TNI", Granularity.PART_OF_DAY),
        ("10 p.m. Wednesday", "2017-07-26T22:00", Granularity.MINUTE),
        ("1998", "1998", Granularity.YEAR),
    ],
)
def test_normalize_date_calendar_values(expression, timex, granularity):
    value = normalize_date(expression, reference=REF)
    assert value.timex == timex
    assert value.granularity is granularity
    assert value.start is not None
    assert value.end is not None


@pytest.mark.parametrize(
    ("expression", "timex", "kind"),
    [
        ("three years", "P3Y", TimeKind.DURATION),
        ("for months", "PXM", TimeKind.DURATION),
        ("the past 18 months", "P18M", TimeKind.DURATION),
        ("recently", "PAST_REF", TimeKind.VAGUE),
        ("now", "PRESENT_REF", TimeKind.VAGUE),
        ("in the past", "PAST_REF", TimeKind.VAGUE),
        ("every Monday", "XXXX-WXX-1", TimeKind.SET),
        ("weekly", "P1W", TimeKind.SET),
    ],
)
def test_normalize_date_other_kinds(expression, timex, kind):
    value = normalize_date(expression, reference=REF)
    assert (value.timex, value.kind) == (timex, kind)


def test_for_months_ends_at_the_reference():
    value = normalize_date("for months", reference=REF)
    assert value.end is not None
    assert value.start is not None
    assert value.end.date() == REF + dt.timedelta(days=1)


def test_whole_month_not_a_day():
    value = normalize_date("in April", reference=REF)
    assert (value.start, value.end) == (dt.datetime(2017, 4, 1), dt.datetime(2017, 5, 1))


@pytest.mark.parametrize("expression", ["we", "We", "may", "$27", "[A]s", "this news", "Another", "", "   "])
def test_normalize_date_refuses_non_times(expression):
    with pytest.raises(DateNormalizationError):
        normalize_date(expression, reference=REF)


def test_normalize_date_validates_reference_eagerly():
    with pytest.raises(InvalidInputError):
        normalize_date("in April", reference="2017-07-26")  # type: ignore[arg-type]
    with pytest.raises(InvalidInputError):
        normalize_date(42, reference=REF)  # type: ignore[arg-type]


def test_datetime_reference_uses_its_date():
    assert normalize_date("today", reference=dt.datetime(2017, 7, 26, 23, 59)).timex == "2017-07-26"


def test_public_name():
    assert claimkit.normalize_date is normalize_date


# ----------------------------------------------------------------- properties


@given(st.dates(min_value=dt.date(1900, 1, 8), max_value=dt.date(2100, 12, 31)), st.sampled_from(WEEKDAYS))
def test_weekday_in_past_context_is_within_six_days_up_to_reference(reference, weekday):
    value = normalize_date(f"on {weekday}", reference=reference)
    assert value.start is not None
    day = value.start.date()
    assert reference - dt.timedelta(days=6) <= day <= reference
    assert day.isoweekday() == WEEKDAYS.index(weekday) + 1


@given(st.dates(min_value=dt.date(1900, 2, 1), max_value=dt.date(2100, 11, 30)), st.sampled_from(MONTHS))
def test_month_name_is_exactly_one_calendar_month(reference, month):
    value = normalize_date(f"in {month}", reference=reference)
    assert value.start is not None
    assert value.end is not None
    assert value.start.day == 1
    assert value.start.month == MONTHS.index(month) + 1
    nxt = (value.start.year + value.start.month // 12, value.start.month % 12 + 1)
    assert (value.end.year, value.end.month, value.end.day) == (*nxt, 1)


_EXPRESSIONS = st.sampled_from(
    [
        "in April",
        "Wednesday",
        "two days ago",
        "last week",
        "this year",
        "the third quarter",
        "summer",
        "the 1980s",
        "the 20th century",
        "Tuesday night",
        "yesterday",
        "next month",
        "Feb. 28",
        "a year ago",
        "the weekend",
        "mid-1996",
        "noon",
    ]
)


@given(_EXPRESSIONS, st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2200, 1, 1)))
def test_intervals_are_ordered_and_timex_parses_back(expression, reference):
    value = normalize_date(expression, reference=reference)
    if value.start is not None and value.end is not None:
        assert value.start < value.end
        interval = _timex_interval(value.timex)
        assert interval is not None
        assert interval[:2] == (value.start, value.end)


@given(_EXPRESSIONS, st.dates(min_value=dt.date(1800, 1, 1), max_value=dt.date(2200, 1, 1)))
def test_normalization_is_deterministic_and_idempotent(expression, reference):
    value = normalize_date(expression, reference=reference)
    assert normalize_date(expression, reference=reference) == value
    again = normalize_date(value.timex, reference=reference)
    assert (again.timex, again.start, again.end, again.granularity) == (
        value.timex,
        value.start,
        value.end,
        value.granularity,
    )


@given(st.text(max_size=200), st.dates())
def test_any_text_gives_a_value_or_date_normalization_error(text, reference):
    try:
        value = normalize_date(text, reference=reference)
    except DateNormalizationError:
        return
    assert value.timex


# ----------------------------------------------------------------- documents


@pytest.mark.needs_nltk_data
def test_never_read_as_times(processor):
    text = (
        "We said we may pay $27 for it. “[A]s far as we know,” she said. "
        "Another group will march on the capital; this news surprised them."
    )
    result = times_of(processor, text)
    assert [t.span.text for t in result.times] == []


@pytest.mark.needs_nltk_data
def test_extents_leave_prepositions_out(processor):
    text = "The council met on Wednesday and voted in April for three years."
    result = times_of(processor, text)
    assert [t.span.text for t in result.times] == ["Wednesday", "April", "three years"]
    assert all(text[t.span.start : t.span.end] == t.span.text for t in result.times)


@pytest.mark.needs_nltk_data
def test_weekday_tense(processor):
    past = times_of(processor, "The board met Friday.").times[0].value
    future = times_of(processor, "The board will meet Friday.").times[0].value
    assert past is not None
    assert future is not None
    assert past.timex == "2017-07-21"
    assert future.timex == "2017-07-28"


@pytest.mark.needs_nltk_data
def test_march_as_verb_is_not_a_month(processor):
    result = times_of(processor, "Protesters will March to the square. The vote is in March.")
    assert [t.span.text for t in result.times] == ["March"]
    assert result.times[0].span.start > 40


@pytest.mark.needs_nltk_data
def test_anaphora_resolve_to_last_mention(processor):
    result = times_of(processor, "The mayor resigned in February. That month, the council met twice.")
    values = [t.value.timex for t in result.times if t.value is not None]
    assert values == ["2017-02", "2017-02"]


@pytest.mark.needs_nltk_data
def test_without_reference_relative_times_have_no_value(processor):
    result = times_of(processor, "The mayor left yesterday, in 1998.", reference=None)
    by_text = {t.span.text: t.value for t in result.times}
    assert by_text["yesterday"] is None
    assert by_text["1998"] is not None


def _attribution(text, aid, content, cue, *, continues=None, after=0):
    c = text.index(content, after)
    q = text.index(cue, after)
    return Attribution(
        id=aid,
        kind=StatementKind.DIRECT,
        content=Span.from_text(text, c, c + len(content)),
        cue=cue,
        cue_span=Span.from_text(text, q, q + len(cue)),
        continues=continues,
    )


@pytest.mark.needs_nltk_data
def test_quote_said_in_a_month_anchors_relative_times(processor):
    text = (
        "“We saw the attack two days ago,” the mayor said in March. “It was terrible.”\n\n"
        "That month, the governor visited the city. “We will rebuild,” she said."
    )
    attributions = (
        _attribution(text, "s1", "We saw the attack two days ago,", "said"),
        _attribution(text, "s2", "It was terrible.", "said", continues="s1"),
        _attribution(text, "s3", "We will rebuild,", "said", after=text.index("That month")),
    )
    result = times_of(processor, text, attributions=attributions)
    by_text = {t.span.text: t for t in result.times}
    ago = by_text["two days ago"]
    assert ago.value is not None
    assert ago.value.timex == "2017-03"
    assert ago.anchor is not None
    assert by_text["That month"].value.timex == "2017-03"
    assert {k: v.timex for k, v in result.statement_times.items()} == {
        "s1": "2017-03",
        "s2": "2017-03",
        "s3": "2017-03",
    }


@pytest.mark.needs_nltk_data
def test_nominal_cue_does_not_take_the_clause_time(processor):
    text = "The ministry on Monday denied the report, despite fears that the army is involved."
    attributions = (
        _attribution(text, "s1", "the report", "denied"),
        _attribution(text, "s2", "the army is involved", "fears"),
    )
    result = times_of(processor, text, attributions=attributions)
    assert {k: v.timex for k, v in result.statement_times.items()} == {"s1": "2017-07-24"}


@pytest.mark.needs_nltk_data
@given(documents())
def test_documents_offsets_slice_back(processor, text):
    result = times_of(processor, text)
    for t in result.times:
        assert text[t.span.start : t.span.end] == t.span.text
        if t.value is not None and t.value.start is not None and t.value.end is not None:
            assert t.value.start < t.value.end


@pytest.mark.needs_nltk_data
def test_year_earlier_keeps_the_period_and_does_not_drift(processor):
    text = "Profit rose in the third quarter. A year earlier, it fell. Sales also fell a year earlier."
    values = [t.value.timex for t in times_of(processor, text).times if t.value is not None]
    assert values == ["2017-Q3", "2016-Q3", "2016-Q3"]


@pytest.mark.needs_nltk_data
def test_previous_weekday_is_relative_to_the_last_mentioned_day(processor):
    text = "The strike began on July 14. The previous Monday, talks had failed."
    values = [t.value.timex for t in times_of(processor, text).times if t.value is not None]
    assert values == ["2017-07-14", "2017-07-10"]


@pytest.mark.parametrize(
    ("expression", "timex"),
    [
        ("5 p.m. EST, July 20", "2017-07-20T17:00"),
        ("noon Saturday", "2017-07-22T12:00"),
        ("a decade ago", "2007"),
        ("year-end", "2017"),
        ("the first half of 2016", "2016-H1"),
        ("nineteen ninety-six", "1996"),
        ("25.07.2017", "2017-07-25"),
    ],
)
def test_normalize_date_more(expression, timex):
    assert normalize_date(expression, reference=REF).timex == timex


@pytest.mark.needs_nltk_data
def test_time_in_a_relative_clause_does_not_date_the_statement(processor):
    text = "The minister, who resigned in March, said the plan had failed."
    attributions = (_attribution(text, "s1", "the plan had failed", "said"),)
    result = times_of(processor, text, attributions=attributions)
    # not March: with no time of its own, "said" is read as said by the publication date
    assert {k: v.timex for k, v in result.statement_times.items()} == {"s1": "2017-07-26"}
    assert dict(result.statement_time_sources) == {"s1": TimeSource.PUBLICATION}


@pytest.mark.needs_nltk_data
def test_a_statement_reported_inside_another_keeps_its_own_time(processor):
    # "according to a statement" holds the whole clause; "Monday" still dates "said"
    text = "The army said Monday that it had shot down drones, according to a statement."
    head = text[: text.index(", according")]
    attributions = (
        _attribution(text, "s1", head, "according to"),
        _attribution(text, "s2", "that it had shot down drones", "said"),
    )
    result = times_of(processor, text, attributions=attributions)
    assert {k: v.timex for k, v in result.statement_times.items()} == {"s2": "2017-07-24"}


@pytest.mark.needs_nltk_data
def test_year_ranges_give_both_years(processor):
    result = times_of(processor, "Prices rose in 2010-2012, not on line 555-2012.")
    assert [(t.span.text, t.value.timex) for t in result.times if t.value] == [("2010", "2010"), ("2012", "2012")]


@pytest.mark.parametrize(
    "expression", ["three years", "for months", "the past 18 months", "recently", "now", "weekly", "two hours"]
)
def test_normalizing_a_timex_value_again_keeps_it(expression):
    value = normalize_date(expression, reference=REF)
    again = normalize_date(value.timex, reference=REF)
    assert (again.timex, again.granularity) == (value.timex, value.granularity)


@pytest.mark.needs_nltk_data
def test_capitalized_time_words_inside_names_are_not_times(processor):
    result = times_of(processor, "He told the Daily Caller and USA TODAY so. Today, it rained.")
    assert [t.span.text for t in result.times] == ["Today"]


@pytest.mark.needs_nltk_data
def test_that_month_after_a_season_keeps_the_season(processor):
    result = times_of(processor, "Last summer the city closed a lane. That month, the council approved funds.")
    assert [t.value.timex for t in result.times if t.value is not None] == ["2016-SU", "2016-SU"]


@pytest.mark.needs_nltk_data
def test_a_pronoun_quote_after_a_dated_statement_is_from_that_day():
    import claimkit

    text = (
        "Mayor Tom Brandt told reporters on Wednesday that he trusted the schedule. "
        "“I was briefed two days ago,” he said."
    )
    a = claimkit.analyze(text, published="2024-03-14")
    assert [s.time.timex if s.time else None for s in a.statements] == ["2024-03-13", "2024-03-13"]
    assert {t.span.text: t.value.timex for t in a.times if t.value} == {
        "Wednesday": "2024-03-13",
        "two days ago": "2024-03-11",
    }


# ----------------------------------------------------------------- statement-time sources


@pytest.mark.needs_nltk_data
@pytest.mark.parametrize(
    "case",
    [
        (
            "The mayor said on Monday that the bridge was safe.",
            "the bridge was safe",
            "said",
            "2017-07-24",
            TimeSource.CLAUSE,
        ),
        (
            "On Monday the storm hit. The mayor said the bridge was safe.",
            "the bridge was safe",
            "said",
            "2017-07-24",
            TimeSource.CONTEXT,
        ),
        ("The mayor said the bridge was safe.", "the bridge was safe", "said", "2017-07-26", TimeSource.PUBLICATION),
        ("The mayor says the bridge is safe.", "the bridge is safe", "says", "2017-07-26", TimeSource.PUBLICATION),
        ("The mayor has said the bridge is safe.", "the bridge is safe", "said", "2017-07-26", TimeSource.PUBLICATION),
        (
            "LONDON, July 24 (Reuters) - The mayor said the bridge was safe.",
            "the bridge was safe",
            "said",
            "2017-07-24",
            TimeSource.DATELINE,
        ),
    ],
)
def test_statement_time_sources(processor, case):
    text, content, cue, timex, source = case
    attributions = (_attribution(text, "s1", content, cue),)
    result = times_of(processor, text, attributions=attributions)
    assert result.statement_times["s1"].timex == timex
    assert result.statement_time_sources["s1"] == source


@pytest.mark.needs_nltk_data
def test_a_future_cue_is_not_dated_by_the_publication(processor):
    text = "The mayor will say the bridge is safe."
    result = times_of(processor, text, attributions=(_attribution(text, "s1", "the bridge is safe", "say"),))
    assert dict(result.statement_times) == {}


@pytest.mark.needs_nltk_data
def test_a_nested_statement_is_not_dated_by_the_publication(processor):
    text = "The mayor said the engineers claimed the bridge was safe."
    attributions = (
        _attribution(text, "s1", "the engineers claimed the bridge was safe", "said"),
        _attribution(text, "s2", "the bridge was safe", "claimed"),
    )
    result = times_of(processor, text, attributions=attributions)
    assert set(result.statement_times) == {"s1"}


@pytest.mark.needs_nltk_data
def test_analyze_records_the_statement_time_source():
    a = claimkit.analyze("The mayor said on Monday that the bridge was safe.", published="2017-07-26")
    assert [(s.time.timex, s.time_source) for s in a.statements] == [("2017-07-24", TimeSource.CLAUSE)]


# ----------------------------------------------------------------- rules, one place each


@pytest.mark.parametrize("name", [rule.name for rule in temporal._rules()])
def test_every_rule_reads_its_own_example(name):
    # the rule is looked up when the test runs, not when it is collected: a changed rule table fails here
    rule = next(r for r in temporal._rules() if r.name == name)
    found = temporal._find(rule.example)[0]
    assert found.rule == rule.name
    words = rule.example[: found.start].split()
    ctx = temporal._Context(
        anchor=temporal._day(temporal.RULE_EXAMPLE_REFERENCE),
        tense=temporal._PAST,
        perfect=True,
        prev_word=words[-1].lower() if words else "",
    )
    value = temporal._interpret(rule.name, rule.example[found.start : found.end], ctx)
    assert value is not None
    assert value.timex == rule.value


def test_rule_names_are_unique():
    names = [rule.name for rule in temporal._rules()]
    assert len(names) == len(set(names))


def test_a_bug_in_a_rule_is_not_swallowed(monkeypatch):
    def broken(text, ctx):
        raise KeyError(text)

    rule = temporal._rule_table()["weekday"]
    monkeypatch.setattr(temporal, "_rule_table", lambda: {"weekday": attrs.evolve(rule, normalize=broken)})
    with pytest.raises(KeyError):
        temporal._interpret("weekday", "Monday", temporal._Context(anchor=temporal._day(REF)))


@pytest.mark.parametrize(
    ("word", "timex", "granularity"),
    [
        ("fortnight", "P2W", Granularity.WEEK),
        ("decade", "P10Y", Granularity.DECADE),
        ("century", "P1CE", Granularity.CENTURY),
        ("hour", "PT1H", Granularity.HOUR),
        ("night", "P1D", Granularity.DAY),
    ],
)
def test_the_unit_table_gives_duration_and_granularity(word, timex, granularity):
    unit = temporal._lexicon().units[word]
    assert unit.duration(1) == timex
    assert unit.granularity == granularity


@pytest.mark.parametrize(
    ("expression", "timex"),
    [
        ("two fortnights ago", "2017-06-28"),
        ("a decade ago", "2007"),
        ("every other week", "P2W"),
        ("every quarter", "P1Q"),
        ("every morning", "XXXX-XX-XXTMO"),
        ("a quarter of the vote", None),
    ],
)
def test_units_read_from_the_table(expression, timex):
    if timex is None:
        with pytest.raises(DateNormalizationError):
            normalize_date(expression, reference=REF)
    else:
        assert normalize_date(expression, reference=REF).timex == timex


# ----------------------------------------------------------------- normalize_date: the whole range


@pytest.mark.parametrize(
    ("prefer", "timex"),
    [("past", "2017-07-24"), ("future", "2017-07-31"), ("nearest", "2017-07-24")],
)
def test_prefer_decides_an_open_weekday(prefer, timex):
    assert normalize_date("Monday", reference=REF, prefer=prefer).timex == timex


def test_prefer_nearest_takes_the_closer_side():
    assert normalize_date("Friday", reference=REF, prefer="nearest").timex == "2017-07-28"


def test_prefer_must_be_known():
    with pytest.raises(InvalidInputError):
        normalize_date("Monday", reference=REF, prefer="soon")


@pytest.mark.parametrize(
    "case",
    [
        (
            "from 3 to 5 December 2019",
            "P3D",
            "2019-12-03",
            "2019-12-05",
            dt.datetime(2019, 12, 3),
            dt.datetime(2019, 12, 6),
        ),
        (
            "between 14 and 15 May",
            "P2D",
            "2017-05-14",
            "2017-05-15",
            dt.datetime(2017, 5, 14),
            dt.datetime(2017, 5, 16),
        ),
        ("1970-1975", "P6Y", "1970", "1975", dt.datetime(1970, 1, 1), dt.datetime(1976, 1, 1)),
        (
            "2019/04/01 - 2019/04/09",
            "P9D",
            "2019-04-01",
            "2019-04-09",
            dt.datetime(2019, 4, 1),
            dt.datetime(2019, 4, 10),
        ),
        ("November 19-20", "P2D", "2016-11-19", "2016-11-20", dt.datetime(2016, 11, 19), dt.datetime(2016, 11, 21)),
        (
            "Monday through Friday",
            "P5D",
            "2017-07-24",
            "2017-07-28",
            dt.datetime(2017, 7, 24),
            dt.datetime(2017, 7, 29),
        ),
        (
            "5 to 6 p.m.",
            "PT1H",
            "2017-07-26T17:00",
            "2017-07-26T18:00",
            dt.datetime(2017, 7, 26, 17),
            dt.datetime(2017, 7, 26, 18),
        ),
    ],
)
def test_ranges_have_both_ends_and_a_covering_interval(case):
    expression, timex, begin, end, start, stop = case
    v = normalize_date(expression, reference=REF)
    assert (v.timex, v.begin_point, v.end_point, v.start, v.end) == (timex, begin, end, start, stop)
    assert v.kind == TimeKind.DURATION


@pytest.mark.parametrize(
    ("expression", "timex", "mod"),
    [
        ("since 2018", "2018", TimeMod.ON_OR_AFTER),
        ("before 2018", "2018", TimeMod.BEFORE),
        ("after Monday", "2017-07-24", TimeMod.AFTER),
        ("until the end of June", "2017-06", TimeMod.ON_OR_BEFORE),
    ],
)
def test_an_open_range_keeps_its_value_and_says_which_side(expression, timex, mod):
    v = normalize_date(expression, reference=REF)
    assert (v.timex, v.mod) == (timex, mod)


@pytest.mark.parametrize(
    ("expression", "timex"),
    [
        ("Thanksgiving 2016", "2016-11-24"),
        ("Christmas Eve", "2016-12-24"),
        ("Independence Day 2015", "2015-07-04"),
        ("Easter 2018", "2018-04-01"),
        ("Good Friday 2019", "2019-04-19"),
        ("Memorial Day", "2017-05-29"),
        ("Labor Day 2017", "2017-09-04"),
        ("New Year's Eve", "2016-12-31"),
        ("Easter Monday of next year", "2018-04-02"),
        ("Q3 2019", "2019-Q3"),
        ("2016 Q3", "2016-Q3"),
        ("H1 2016", "2016-H1"),
        ("Friday next week", "2017-08-04"),
        ("next week on Friday", "2017-08-04"),
        ("the 3rd of next month", "2017-08-03"),
        ("next month on the 3rd", "2017-08-03"),
        ("the 21st", "2017-07-21"),
        ("Thursday the 20th", "2017-07-20"),
        ("June fourth 2012", "2012-06-04"),
        ("May twenty-first", "2017-05-21"),
        ("twenty five January nineteen eighty six", "1986-01-25"),
        ("15-Jan-82", "1982-01-15"),
        ("Oct-2", "2016-10-02"),
        ("9-18-15", "2015-09-18"),
        ("midnight Tuesday", "2017-07-25T24:00"),
        ("3 hrs", "PT3H"),
        ("10d", "P10D"),
        ("one hour and a half", "PT1H30M"),
        ("all day", "P1D"),
        ("every three weeks", "P3W"),
        ("once a week", "P1W"),
        ("every night", "XXXX-XX-XXTNI"),
        ("every other Friday", "XXXX-WXX-5"),
        ("monday", "2017-07-24"),
        ("in december", "2016-12"),
    ],
)
def test_normalize_date_reads_the_news_range_of_phrases(expression, timex):
    assert normalize_date(expression, reference=REF).timex == timex


@pytest.mark.parametrize(
    "expression", ["may be", "the fall of Rome", "the Sunday Times", "a quarter of the vote", "a second time", "3D"]
)
def test_what_only_looks_like_a_time_is_refused(expression):
    with pytest.raises(DateNormalizationError):
        normalize_date(expression, reference=REF)


def test_midnight_ends_its_day():
    v = normalize_date("midnight Tuesday", reference=REF)
    assert (v.start, v.end) == (dt.datetime(2017, 7, 26), dt.datetime(2017, 7, 26, 0, 1))


# ----------------------------------------------------------------- properties

_OPEN_PHRASES = st.one_of(
    st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
    st.sampled_from(["January", "April", "July", "September", "December"]).map(lambda m: f"in {m}"),
    st.tuples(st.integers(1, 28), st.sampled_from(["March", "June", "July", "October", "December"])).map(
        lambda t: f"{t[0]} {t[1]}"
    ),
    st.sampled_from(["Christmas", "Thanksgiving", "Easter", "Memorial Day", "Halloween", "Labor Day"]),
    st.sampled_from(["the first quarter", "the second quarter", "the third quarter", "the fourth quarter"]),
    st.integers(1, 28).map(lambda n: f"the {n}th"),
)
_REFERENCES = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31))


@given(_OPEN_PHRASES, _REFERENCES)
def test_a_past_reading_never_starts_after_the_reference(phrase, reference):
    v = normalize_date(phrase, reference=reference, prefer="past")
    assert v.start is not None
    assert v.start.date() <= reference


@given(_OPEN_PHRASES, _REFERENCES)
def test_a_future_reading_never_ends_before_the_reference(phrase, reference):
    v = normalize_date(phrase, reference=reference, prefer="future")
    assert v.end is not None
    assert v.end > dt.datetime(reference.year, reference.month, reference.day)


@given(
    st.one_of(_OPEN_PHRASES, st.sampled_from(["Q3 2019", "the 1990s", "last week", "2016-H1", "summer 2015"])),
    _REFERENCES,
)
def test_every_interval_parses_back_from_its_timex(phrase, reference):
    v = normalize_date(phrase, reference=reference)
    assert _timex_interval(v.timex)[:2] == (v.start, v.end)
    assert normalize_date(v.timex, reference=reference) == v


@given(
    st.tuples(
        st.integers(1, 14), st.integers(0, 14), st.sampled_from(["May", "August", "December"]), st.integers(1990, 2030)
    ),
    _REFERENCES,
)
def test_a_range_covers_both_ends(parts, reference):
    first, extra, month, year = parts
    v = normalize_date(f"from {first} to {first + extra} {month} {year}", reference=reference)
    a = _timex_interval(v.begin_point)
    b = _timex_interval(v.end_point)
    assert (v.start, v.end) == (a[0], b[1])


_WEEKDAY_OF_HOLIDAY = {
    "Thanksgiving": 4,
    "Memorial Day": 1,
    "Labor Day": 1,
    "Martin Luther King Day": 1,
    "Mother's Day": 7,
    "Easter": 7,
    "Good Friday": 5,
    "Easter Monday": 1,
    "Black Friday": 5,
    "Ash Wednesday": 3,
}


@given(st.lists(st.integers(1600, 2099), min_size=50, max_size=50, unique=True))
def test_holidays_land_on_their_weekday_for_fifty_years(years):
    for year in years:
        for name, iso in _WEEKDAY_OF_HOLIDAY.items():
            v = normalize_date(f"{name} {year}", reference=REF)
            assert v.start.isoweekday() == iso, (name, year)
            assert v.start.year == year
        assert normalize_date(f"Memorial Day {year}", reference=REF).start.day > 31 - 7
        assert normalize_date(f"Labor Day {year}", reference=REF).start.day <= 7


@given(
    st.sampled_from(["from 3 to 5 May", "Friday next week", "Christmas", "every other week", "Q3", "may 5"]),
    _REFERENCES,
)
def test_same_input_same_output(phrase, reference):
    assert normalize_date(phrase, reference=reference) == normalize_date(phrase, reference=reference)


# ----------------------------------------------------------------- documents: names, clauses, cues


@pytest.mark.needs_nltk_data
@pytest.mark.parametrize(
    "text",
    [
        "He told the Sunday Times that the plan had failed.",
        "She appeared on USA Today's front page.",
        "Thousands joined the Women’s March in the capital.",
        "The interview aired on 60 Minutes.",
    ],
)
def test_a_name_holding_a_time_word_is_not_a_time(processor, text):
    assert times_of(processor, text).times == ()


@pytest.mark.needs_nltk_data
def test_a_lower_case_phrase_is_not_taken_for_a_name(processor):
    result = times_of(processor, "The talks lasted less than 48 hours.")
    assert [t.span.text for t in result.times] == ["less than 48 hours"]


@pytest.mark.needs_nltk_data
def test_an_expression_takes_the_tense_of_its_own_clause(processor):
    text = "The envoy, who will meet the ministers in Brussels on Monday, has accused the army of lying."
    result = times_of(processor, text)
    assert [(t.span.text, t.value.timex) for t in result.times] == [("Monday", "2017-07-31")]


@pytest.mark.needs_nltk_data
def test_a_participle_cue_shares_its_clause_time(processor):
    text = (
        "The mayor said on Monday that the old bridge over the river was entirely safe for all traffic and "
        "pedestrians, accusing critics of panic."
    )
    attributions = (
        _attribution(
            text, "s1", "the old bridge over the river was entirely safe for all traffic and pedestrians", "said"
        ),
        _attribution(text, "s2", "critics of panic", "accusing"),
    )
    result = times_of(processor, text, attributions=attributions)
    assert result.statement_times["s2"].timex == "2017-07-24"
    assert result.statement_time_sources["s2"] == TimeSource.CONTEXT


@pytest.mark.needs_nltk_data
def test_a_cue_with_an_adverb_is_still_a_past_reporting_verb(processor):
    text = "The ministry flatly denied the report."
    result = times_of(processor, text, attributions=(_attribution(text, "s1", "the report", "flatly denied"),))
    assert result.statement_time_sources["s1"] == TimeSource.PUBLICATION


@pytest.mark.parametrize(
    ("expression", "timex"),
    [
        ("tomorrow at 7:45 pm", "2017-07-27T19:45"),
        ("Thursday 1 pm", "2017-07-20T13:00"),
        ("8am this morning", "2017-07-26T08:00"),
        ("noon Friday", "2017-07-21T12:00"),
        ("next week on Thursday 10 am", "2017-08-03T10:00"),
        ("10:20", "2017-07-26T10:20"),
        ("4 o'clock", "2017-07-26T04:00"),
        ("in 3 hours", "2017-07-26T03:00:00"),  # an offset from the reference moment: to the second
        ("30 minutes from now", "2017-07-26T00:30:00"),
        ("in 3 years", "2020-07-26"),  # rule offset_to_the_day: the reference moved by three years
        ("half past seven in the evening", "2017-07-26T19:30"),
        ("quarter to eight", "2017-07-26T07:45"),
        ("1140 a.m.", "2017-07-26T11:40"),
        ("3 p . m . pst", "2017-07-26T15:00"),
        ("7:56:30 pm", "2017-07-26T19:56:30"),
        ("tonight at 9", "2017-07-26T21:00"),
        ("last night at 8", "2017-07-25T20:00"),
    ],
)
def test_clock_times_with_a_day_and_offsets_from_now(expression, timex):
    assert normalize_date(expression, reference=REF).timex == timex


def test_an_offset_in_hours_counts_from_the_reference_moment():
    v = normalize_date("in 3 hours", reference=dt.datetime(2017, 7, 26, 22, 30))
    assert v.timex == "2017-07-27T01:30:00"


@pytest.mark.parametrize(
    ("expression", "timex"), [("the day before yesterday", "2017-07-24"), ("the day after tomorrow", "2017-07-28")]
)
def test_two_days_away(expression, timex):
    assert normalize_date(expression, reference=REF).timex == timex


def test_the_next_days_start_after_the_reference():
    v = normalize_date("the next three days", reference=REF)
    assert (v.timex, v.start, v.end) == ("P3D", dt.datetime(2017, 7, 27), dt.datetime(2017, 7, 30))


def test_the_rest_of_the_month_runs_to_its_end():
    v = normalize_date("the rest of the month", reference=REF)
    assert (v.timex, v.begin_point, v.end_point) == ("P6D", "2017-07-26", "2017-07-31")


@pytest.mark.parametrize("rule", clock.rules(), ids=lambda r: r.name)
def test_every_clock_rule_reads_its_example(rule):
    assert clock.rule_of(rule.example) == rule.name
    assert clock.read_clock(rule.example).hour == rule.hour


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("from 11 to 3 pm", (11, 15)),  # the open side takes the half of the day that makes the range shortest
        ("from 11 to 3 am", (23, 3)),
        ("from 2:30 to 2:15 pm", (2, 14)),
        ("between 7 and 9 pm est", (19, 21)),
        ("6 to eight in the morning", (6, 8)),
        ("from 6 to 7", (6, 7)),
    ],
)
def test_a_clock_range_fixes_the_open_side(text, hours):
    a, b = clock.clock_range(text)
    assert (a.hour, b.hour) == hours


@pytest.mark.parametrize("text", ["4-22", "1970-1975", "2014~2018", "from 3 to 5 December"])
def test_numbers_with_no_sign_of_a_clock_are_no_clock_range(text):
    assert clock.clock_range(text) is None


@pytest.mark.parametrize("text", ["7", "seven", "2.30", "May", "five thirty dollars"])
def test_a_bare_number_is_no_clock_time(text):
    assert clock.read_clock(text) is None


def test_a_time_zone_is_read_past_and_a_part_of_the_day_fixes_pm():
    assert clock.read_clock("5:00 pm eastern time").hour == 17
    assert clock.read_clock("11 at night").hour == 23
    assert clock.read_clock("around 5 in the morning").approx


@pytest.mark.parametrize(
    ("expression", "timex", "mod"),
    [
        ("after 2:00", "2017-07-26T02:00", TimeMod.AFTER),
        ("before 4", "2017-07-26T04:00", TimeMod.BEFORE),
        ("3 pm or later", "2017-07-26T15:00", TimeMod.ON_OR_AFTER),
        ("in the early-evening", "2017-07-26TEV", TimeMod.START),
        ("Tuesday late afternoon", "2017-07-25TAF", TimeMod.END),
    ],
)
def test_open_clock_ranges_and_parts_of_the_day(expression, timex, mod):
    v = normalize_date(expression, reference=REF)
    assert (v.timex, v.mod) == (timex, mod)


def test_a_day_with_a_clock_range_either_way_round():
    for phrase in ("Friday between 2PM and 5 PM", "2pm to 5pm on Friday"):
        v = normalize_date(phrase, reference=REF)
        assert (v.begin_point, v.end_point, v.timex) == ("2017-07-21T14:00", "2017-07-21T17:00", "PT3H")


@pytest.mark.parametrize("phrase", ["at present", "right now", "as we speak", "now"])
def test_present_references_are_the_reference_moment(phrase):
    moment = dt.datetime(2017, 7, 26, 9, 15)
    v = normalize_date(phrase, reference=moment)
    assert (v.timex, v.start) == ("PRESENT_REF", moment)


@pytest.mark.parametrize(
    ("phrase", "begin", "end"),
    [
        ("3:00 to 4:00 pm tomorrow", "2017-07-27T15:00", "2017-07-27T16:00"),
        ("yesterday afternoon from 2-6pm", "2017-07-25T14:00", "2017-07-25T18:00"),
        ("between 8 and 10 last night", "2017-07-25T20:00", "2017-07-25T22:00"),
        ("wednesday from 10-4", "2017-07-26T10:00", "2017-07-26T16:00"),  # after a day, "10-4" is a clock range
        ("from 3pm till tomorrow 5:15pm", "2017-07-26T15:00", "2017-07-27T17:15"),
    ],
)
def test_clock_ranges_on_a_day(phrase, begin, end):
    v = normalize_date(phrase, reference=REF)
    assert (v.begin_point, v.end_point) == (begin, end)


def test_a_day_with_an_open_clock_range_and_am_pm_alone():
    v = normalize_date("today before 4pm", reference=REF)
    assert (v.timex, v.mod) == ("2017-07-26T16:00", TimeMod.BEFORE)
    assert normalize_date("tomorrow am", reference=REF).timex == "2017-07-27TMO"


@pytest.mark.parametrize("rewrite", _REWRITES, ids=lambda r: r.name)
def test_every_rewrite_changes_its_example(rewrite):
    assert _tidy(rewrite.example) != rewrite.example


@pytest.mark.parametrize(
    ("phrase", "timex", "mod"),
    [
        ("end of year", "2017", TimeMod.END),
        ("the beginning of next week", "2017-W31", TimeMod.START),
        ("mid next week", "2017-W31", TimeMod.MID),
        ("week 10", "2017-W10", None),
        ("the last week of 2015", "2015-W53", None),
        ("the third week of July", "2017-W29", None),  # weeks belong to the month of their Thursday
        ("the seventies", "197", None),
        ("the week after next", "2017-W32", None),
        ("q3 2019", "2019-Q3", None),
        ("5 upcoming years", "P5Y", None),
        ("1/1/2016 and later", "2016-01-01", TimeMod.ON_OR_AFTER),
        ("before or on 1/1/2016", "2016-01-01", TimeMod.ON_OR_BEFORE),
    ],
)
def test_period_edges_weeks_decades_and_open_ranges(phrase, timex, mod):
    v = normalize_date(phrase, reference=REF)
    assert (v.timex, v.mod) == (timex, mod)


def test_within_runs_from_the_reference():
    v = normalize_date("within 5 days", reference=REF)
    assert (v.begin_point, v.end_point, v.timex) == ("2017-07-26", "2017-07-31", "P5D")
    v = normalize_date("within 2 hours", reference=dt.datetime(2017, 7, 26, 9, 0))
    assert (v.start, v.end) == (dt.datetime(2017, 7, 26, 9, 0), dt.datetime(2017, 7, 26, 11, 0))


@pytest.mark.parametrize(
    ("phrase", "timex"),
    [
        ("two days after today", "2017-07-28"),
        ("two weeks from tomorrow", "2017-08-10"),
        ("three days before yesterday", "2017-07-22"),
        ("the first Friday of July", "2017-07-07"),
        ("the third Tuesday of next month", "2017-08-15"),
        ("this past Wednesday", "2017-07-19"),
        ("every Sunday at 9am", "XXXX-WXX-7T09:00"),
        ("3pm every day", "XXXX-XX-XXT15:00"),
        ("half an hour", "PT0.5H"),
        ("tuesdays", "XXXX-WXX-2"),
    ],
)
def test_offsets_ranked_weekdays_and_clock_sets(phrase, timex):
    assert normalize_date(phrase, reference=REF).timex == timex


def test_a_rank_without_its_period_is_not_read_as_one():
    with pytest.raises(claimkit.DateNormalizationError):
        normalize_date("the second week", reference=REF)  # of a strike, a trial: not of this year
    assert normalize_date("last friday", reference=REF).timex == "2017-07-21"  # not the last Friday of July


def test_a_date_whose_day_and_month_could_be_swapped_warns():
    with pytest.warns(claimkit.AmbiguousDateWarning, match="read as 2017-03-04"):
        assert normalize_date("03/04/2017", reference=REF).timex == "2017-03-04"


@pytest.mark.parametrize("text", ["03/25/2017", "3/3/2017", "2017-03-04", "March 4"])
def test_an_unambiguous_date_does_not_warn(text):
    normalize_date(text, reference=REF)  # filterwarnings = error: a warning fails the test


@pytest.mark.parametrize(
    ("text", "timex"),
    [
        (
            "The minister was speaking the day after the prime minister Jane Doe said the attack was planned.",
            "2018-03-13",
        ),
        (
            "Less than 48 hours after the spokesman John Smith insisted that the crowd was the largest, it fell.",
            "2018-03-12",
        ),
    ],
)
def test_a_statement_told_as_an_offset_from_the_report_is_dated_back(text, timex):
    (statement,) = claimkit.analyze(text, published="2018-03-14").statements
    assert (statement.time.timex, statement.time_source) == (timex, TimeSource.CONTEXT)


def test_the_same_named_speaker_again_shares_the_occasion():
    text = (
        "The committee chairman Paul Green said on Monday that the plant would close. "
        "In a speech to parliament, Mr Green set a deadline. The decision was final, Mr Green said."
    )
    first, again = claimkit.analyze(text, published="2018-03-14").statements
    assert first.time.timex == again.time.timex == "2018-03-12"
    assert again.time_source == TimeSource.CONTEXT


@pytest.mark.parametrize(
    ("phrase", "begin", "end"),
    [
        ("from may to september", "2017-05", "2017-09"),  # "may" after "from", before "to": the month
        ("jan-feb 2017", "2017-01", "2017-02"),
        ("june-august 1992", "1992-06", "1992-08"),
    ],
)
def test_month_ranges_with_may_and_dashes(phrase, begin, end):
    v = normalize_date(phrase, reference=REF)
    assert (v.begin_point, v.end_point) == (begin, end)


def test_may_the_modal_is_still_no_month():
    with pytest.raises(claimkit.DateNormalizationError):
        normalize_date("may be", reference=REF)
    assert normalize_date("tue may 9", reference=REF).timex == "2017-05-09"


@pytest.mark.parametrize(
    ("text", "timex"),
    [
        ("The doctor was shot to death on Oct. 23 in his home.", "1998-10-23"),  # past tense: last October
        ("The doctor will testify on Oct. 23 in court.", "1999-10-23"),
        ("The doctor was questioned on June 2 in court.", "1999-06-02"),  # within three months: the anchor's year
    ],
)
def test_a_day_in_a_past_tense_clause_months_after_the_anchor_is_last_years(text, timex):
    (time,) = claimkit.analyze(text, published="1999-05-06").times
    assert time.value.timex == timex


@pytest.mark.parametrize(
    ("phrase", "timex", "begin"),
    [
        ("2019-04-01 - 2019-04-09", "P9D", "2019-04-01"),  # the spaced dash splits, not the date's own dashes
        ("friday 2018-7-6", "2018-07-06", None),  # a dash inside a numeric date splits no range
        ("sep-23-2020", "2020-09-23", None),
        ("october, 1st", "2016-10-01", None),
        ("28 june in 2020", "2020-06-28", None),
    ],
)
def test_dashes_inside_dates_split_no_range(phrase, timex, begin):
    v = normalize_date(phrase, reference=REF)
    assert (v.timex, v.begin_point) == (timex, begin)


def test_more_or_less_than_an_offset_is_an_open_or_bounded_range():
    v = normalize_date("more than 3 weeks after today", reference=REF)
    assert (v.timex, v.mod) == ("2017-08-16", TimeMod.AFTER)
    v = normalize_date("for 3 days from today", reference=REF)
    assert (v.begin_point, v.end_point) == ("2017-07-26", "2017-07-28")
    assert normalize_date("2019-h2", reference=REF).timex == "2019-H2"
    with pytest.raises(claimkit.DateNormalizationError):
        normalize_date("5.12", reference=REF)  # a clock time, a decimal or a date: no guess


def _spoken(text, aid, content, cue, speaker, *, after=0):
    a = _attribution(text, aid, content, cue, after=after)
    s = text.index(speaker, after)
    return attrs.evolve(a, speaker_span=Span.from_text(text, s, s + len(speaker)))


@pytest.mark.needs_nltk_data
def test_an_infinitive_cue_under_a_past_verb_is_dated_by_the_publication(processor):
    text = "The spokesman convened reporters in the briefing room to accuse them of lying."
    result = times_of(processor, text, attributions=(_attribution(text, "s1", "them of lying", "to accuse"),))
    assert result.statement_times["s1"].timex == "2017-07-26"
    assert result.statement_time_rules["s1"] == "publication"


@pytest.mark.needs_nltk_data
@pytest.mark.parametrize(
    "text",
    ["The spokesman is expected to accuse them of lying.", "The spokesman wants to accuse them of lying."],
)
def test_an_infinitive_cue_under_a_plan_or_a_wish_has_no_time(processor, text):
    result = times_of(processor, text, attributions=(_attribution(text, "s1", "them of lying", "to accuse"),))
    assert "s1" not in result.statement_times


@pytest.mark.needs_nltk_data
def test_the_same_speaker_opening_the_next_paragraph_goes_on_with_the_same_occasion(processor):
    text = "Ms Novak said on Monday that the plan was dead.\n\nMs Novak suggested the talks were over."
    attributions = (
        _spoken(text, "s1", "the plan was dead", "said", "Ms Novak"),
        _spoken(text, "s2", "the talks were over", "suggested", "Ms Novak", after=text.index("\n\n")),
    )
    result = times_of(processor, text, attributions=attributions)
    assert result.statement_times["s2"].timex == "2017-07-24"
    assert result.statement_time_rules["s2"] == "same_speaker_next_paragraph"
    assert result.statement_time_sources["s2"] == TimeSource.CONTEXT


@pytest.mark.needs_nltk_data
def test_the_same_speaker_next_paragraph_in_the_present_tense_is_a_new_occasion(processor):
    text = "Ms Novak said on Monday that the plan was dead.\n\nMs Novak says the talks are over."
    attributions = (
        _spoken(text, "s1", "the plan was dead", "said", "Ms Novak"),
        _spoken(text, "s2", "the talks are over", "says", "Ms Novak", after=text.index("\n\n")),
    )
    result = times_of(processor, text, attributions=attributions)
    assert result.statement_time_rules["s2"] == "publication"


@pytest.mark.needs_nltk_data
def test_a_participle_cue_takes_the_time_of_a_statement_listed_after_it(processor):
    text = (
        "The mayor said on Monday that the old bridge over the river was entirely safe for all traffic and "
        "pedestrians, accusing critics of panic."
    )
    attributions = (
        _attribution(text, "s2", "critics of panic", "accusing"),
        _attribution(
            text, "s1", "the old bridge over the river was entirely safe for all traffic and pedestrians", "said"
        ),
    )
    result = times_of(processor, text, attributions=attributions)
    assert result.statement_times["s2"].timex == "2017-07-24"
    assert result.statement_time_rules["s2"] == "participle_of_its_clause"


def test_every_statement_time_rule_is_documented_in_order():
    assert temporal.STATEMENT_TIME_RULES[0] == "said_before_now"
    assert temporal.STATEMENT_TIME_RULES[-1] == "publication"
    assert len(set(temporal.STATEMENT_TIME_RULES)) == len(temporal.STATEMENT_TIME_RULES)


@pytest.mark.needs_nltk_data
@pytest.mark.parametrize(
    ("text", "timex"),
    [
        ("The shares are to resume trading on Friday.", "2017-07-28"),  # be_to: a plan ahead
        ("The offer had been due to expire on Friday.", "2017-07-21"),  # past_perfect_plan: a plan of the past
        ("The offer is due to expire on Friday.", "2017-07-28"),  # a plan ahead, as before
    ],
)
def test_plans_in_the_verb_group_set_the_weekday_direction(processor, text, timex):
    assert [t.value.timex for t in times_of(processor, text).times] == [timex]


@pytest.mark.parametrize(
    ("expression", "timex"),
    [("5 1/2 hours", "PT5H30M"), ("a minute and a half", "PT1M30S"), ("2.5 years", "P2.5Y"), ("90 minutes", "PT90M")],
)
def test_a_fraction_of_an_hour_or_a_minute_is_written_in_the_next_clock_unit(expression, timex):
    value = normalize_date(expression, reference=REF)
    assert value.timex == timex
    assert normalize_date(value.timex, reference=REF) == value  # and reads back the same


def test_ramadan_is_the_whole_month_of_the_tabular_islamic_calendar():
    v = normalize_date("Ramadan 2020", reference=REF)
    assert (v.timex, v.begin_point, v.end_point) == ("P30D", "2020-04-24", "2020-05-23")


@pytest.mark.parametrize(
    ("reference", "prefer", "timex"),
    [
        (dt.date(2000, 12, 30), "past", "2000-12-28"),  # the second Eid al-Fitr of 2000
        (dt.date(2000, 6, 1), "past", "2000-01-08"),
        (dt.date(2000, 6, 1), "future", "2000-12-28"),
    ],
)
def test_an_eid_may_come_twice_in_a_year_and_the_reading_picks_one(reference, prefer, timex):
    assert normalize_date("Eid al-Fitr", reference=reference, prefer=prefer).timex == timex


@given(st.integers(1900, 2100))
def test_islamic_holidays_keep_their_order_in_every_year(year):
    table = temporal._holidays()
    start = table["ramadan"].days(year, year)
    for first in start:
        ramadan_end = first + dt.timedelta(days=table["ramadan"].length())
        assert ramadan_end in table["eid al-fitr"].days(year - 1, year + 1)  # Eid al-Fitr ends Ramadan


@pytest.mark.parametrize(
    ("expression", "timex"),
    [
        ("Tues. next week", "2017-08-01"),
        ("Tue next week", "2017-08-01"),
        ("next week Thu", "2017-08-03"),
        ("Thurs the 20th", "2017-07-20"),
    ],
)
def test_abbreviated_weekdays_in_compounds(expression, timex):
    assert normalize_date(expression, reference=REF).timex == timex


def test_mods_and_not_heads_come_from_the_time_vocabulary() -> None:
    vocab = temporal._lexicon()
    assert vocab.mods["nearly"] == "LESS_THAN"
    assert list(vocab.mods)[:3] == ["early", "beginning of", "start of"]  # tried in the file's order
    assert {"the", "second", "few"} <= vocab.not_heads <= vocab.modifiers
    assert not vocab.not_heads & temporal._heads()
    assert "late" not in vocab.not_heads
    assert temporal._mod_of("late-night") == "END"
    assert temporal._mod_of("lately") is None
    assert temporal._mod_of("the middle of May") == "MID"


@pytest.mark.parametrize(
    ("phrase", "timex", "mod"),
    [
        ("the 3rd quarter of 2016", "2016-Q3", None),  # "the" before an ordinal in figures is part of the phrase
        ("at least three days", "P3D", "MORE_THAN"),  # "at" read as a preposition first, then as the phrase's own
        ("H2 2016", "2016-H2", None),
    ],
)
def test_phrases_with_a_determiner_or_a_leading_word(phrase: str, timex: str, mod: str | None) -> None:
    value = claimkit.normalize_date(phrase, reference=dt.date(2017, 7, 26))
    assert (value.timex, value.mod.value if value.mod else None) == (timex, mod)


def test_a_half_or_quarter_that_does_not_exist_is_no_date() -> None:
    with pytest.raises(claimkit.DateNormalizationError):
        claimkit.normalize_date("H3 2016", reference=dt.date(2017, 7, 26))


@pytest.mark.parametrize(
    ("text", "times"),
    [
        ("May the talks succeed, he said.", []),  # rule may_wish
        ('He said: "May they rest in peace."', []),
        ("May was a hard month for the party.", ["May"]),
        ("In May the talks failed.", ["May"]),
    ],
)
def test_may_opening_a_wish_is_not_the_month(text: str, times: list[str]) -> None:
    analysis = claimkit.analyze(text, published="2017-07-26")
    assert [t.span.text for t in analysis.times] == times


@pytest.mark.needs_nltk_data
def test_a_statement_without_a_time_of_its_own_takes_its_paragraphs_opening_time(processor):
    text = "On Monday, the council met in the city hall. The mayor said the plan was dead."
    result = times_of(processor, text, attributions=(_spoken(text, "s1", "the plan was dead", "said", "The mayor"),))
    assert result.statement_times["s1"].timex == "2017-07-24"
    assert result.statement_time_rules["s1"] == "paragraph_opening"
    assert result.statement_time_sources["s1"] == TimeSource.CONTEXT
