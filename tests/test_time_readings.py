"""Readings of time phrases added for issue 12: one minimal example per rule (own examples, no corpus phrases)."""

import datetime as dt

import pytest

from claimkit import TimeMod, normalize_date
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
    ],
)
def test_a_plan_reported_in_the_past_lies_ahead(processor, sentence, timex):
    doc = processor.parse(sentence)
    times = resolve_times(doc, (), reference=REF).times
    assert [t.value.timex for t in times if t.value] == [timex]
