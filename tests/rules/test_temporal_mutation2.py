"""Time: more behaviours of ``claimkit.temporal`` pinned against surviving mutants (issue 14).

The reference is Wednesday 26 July 2017. Each test states what a careful reader expects of an invented
phrase through :func:`claimkit.normalize_date`; it pins only behaviour, so the rules can be rewritten freely.
"""

from __future__ import annotations

import datetime as dt

import pytest

import claimkit
from claimkit import DateNormalizationError, normalize_date, temporal

REF = dt.date(2017, 7, 26)  # a Wednesday


@pytest.fixture
def fresh_tables() -> None:
    """Empty the module's ``functools.cache`` tables, so that this test builds them again (and a mutation run
    maps the code building them to it)."""
    for value in vars(temporal).values():
        clear = getattr(value, "cache_clear", None)
        if callable(clear):
            clear()


def _timex(text: str, prefer: str = "past", reference: dt.date = REF) -> str:
    return normalize_date(text, reference=reference, prefer=prefer).timex


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("last July 26", REF, "2016-07-26"),  # said on the day itself: a year before, not two, not after
        ("last April 19", dt.date(2017, 4, 19), "2016-04-19"),
    ],
)
def test_last_day_month_on_that_very_day_is_a_year_before(text: str, reference: dt.date, expected: str) -> None:
    assert _timex(text, reference=reference) == expected


def test_bare_month_is_this_year_when_current_or_past() -> None:
    assert _timex("July", prefer="future") == "2017-07"  # the current month stays this year, even in the future
    assert _timex("August") == "2016-08"  # a month still ahead, read in the past, is last year's


def test_weekend_after_next_keeps_the_weekend() -> None:
    assert _timex("the weekend after next") == "2017-W32-WE"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("two hours and thirty minutes ago", "2017-07-25T21:30:00"),  # to the second, as "in 3 hours"
        ("three years and two months ago", "2014-05-26"),
    ],
)
def test_compound_duration_ago_counts_back(text: str, expected: str) -> None:
    assert _timex(text) == expected


@pytest.mark.usefixtures("fresh_tables")
@pytest.mark.parametrize("text", ["Sept 5", "sept. 5"])
def test_month_abbreviation_with_or_without_its_dot(text: str) -> None:
    assert _timex(text) == "2016-09-05"


@pytest.mark.parametrize(
    ("reference", "expected"),
    [
        (dt.date(2017, 1, 15), "2016-WI"),  # winter still under way in January: last winter began the year before
        (dt.date(2017, 12, 15), "2017-WI"),
    ],
)
def test_last_winter_while_winter_is_under_way(reference: dt.date, expected: str) -> None:
    assert _timex("last winter", reference=reference) == expected


@pytest.mark.parametrize(("text", "expected"), [("a few days later", "PXD"), ("several weeks later", "PXW")])
def test_vague_stretch_later_is_an_unknown_duration_not_the_future(text: str, expected: str) -> None:
    assert _timex(text) == expected


@pytest.mark.parametrize("sentence", ["Prices rose throughout the year.", "Prices rose over the year."])
def test_the_unit_after_an_extent_word_is_a_stretch_of_one_unit(sentence: str) -> None:
    times = claimkit.analyze(sentence, published=REF).times
    assert [t.value.timex if t.value else None for t in times] == ["P1Y"]


@pytest.mark.parametrize("text", ["midsummer", "midweek", "the midweek lull"])
def test_mid_prefix_is_the_middle(text: str) -> None:
    assert temporal._mod_of(text) == "MID"
    assert temporal._mod_of("midnight") is None


@pytest.mark.parametrize("text", ["two days after July", "a week after 2016"])
def test_offset_counts_only_from_a_day(text: str) -> None:
    with pytest.raises(DateNormalizationError):
        normalize_date(text, reference=REF)


def test_the_week_of_a_weekday_is_that_days_week() -> None:
    assert _timex("the week of Monday") == "2017-W30"


def test_statement_after_a_dated_one_in_the_same_paragraph_shares_its_time() -> None:
    text = (
        "Rain fell. Roads closed. The mayor said on Monday that the plant was safe. She also said the river was clean."
    )
    statements = claimkit.analyze(text, published=REF).statements
    assert [s.time.timex if s.time else None for s in statements] == ["2017-07-24", "2017-07-24"]


@pytest.mark.parametrize("text", ["Nov - Feb 2017", "from November to February 2017"])
def test_range_first_side_after_the_last_takes_the_year_before(text: str) -> None:
    value = normalize_date(text, reference=REF)
    assert value.start == dt.datetime(2016, 11, 1)


@pytest.mark.parametrize(("text", "expected"), [("2 and a half years", "P2.5Y"), ("3 and a half hours", "PT3H30M")])
def test_digits_and_a_half_add_the_half(text: str, expected: str) -> None:
    assert _timex(text) == expected


def test_timex_weekend_duration_has_week_granularity() -> None:
    assert normalize_date("P1WE", reference=REF).granularity.value == "week"


@pytest.mark.parametrize(
    ("text", "mod"),
    [("about two hours and thirty minutes", "APPROX"), ("more than two years and six months", "MORE_THAN")],
)
def test_compound_duration_keeps_its_hedge(text: str, mod: str) -> None:
    value = normalize_date(text, reference=REF)
    assert value.mod is not None
    assert value.mod.value == mod


@pytest.mark.usefixtures("fresh_tables")
@pytest.mark.parametrize(("text", "expected"), [("2 hr 30 min", "PT2H30M"), ("2 yr 3 mo", "P2Y3M")])
def test_compound_duration_with_two_letter_abbreviations(text: str, expected: str) -> None:
    assert _timex(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the fifth", "2017-07-05"),
        ("on the twenty-first", "2017-07-21"),
        ("on Monday, the twenty-fourth", "2017-07-24"),
    ],
)
def test_spelled_day_of_the_month(text: str, expected: str) -> None:
    assert _timex(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March was quiet at the plant, officials said it will", "2017-03"),  # the text's last word is not before it
        ("May was quiet at the plant, said Prime Minister", "2017-05"),  # nor a title before a surname
    ],
)
def test_month_opening_the_text_has_no_previous_word(text: str, expected: str) -> None:
    assert [t.value.timex if t.value else None for t in claimkit.analyze(text, published=REF).times] == [expected]
