"""Time: find time expressions and normalize them against the right anchor.

claimkit reads time the way a careful news reader does:

* a weekday in a past-tense sentence is the latest such day on or before the
  publication date (the publication day itself included); in a future-tense one,
  the next such day;
* a month without a year is its nearest occurrence consistent with the tense, and
  "in April" is the whole month, a year the whole year;
* inside a statement said at another time ("two days ago" in a quote said in April)
  relative expressions are read against the time the statement was made;
* anaphora ("that month", "a year earlier") resolve to the last mentioned time.

Extents follow TimeML: prepositions ("in", "on", "for") stay outside.

>>> import datetime as dt
>>> normalize_date("in April", reference=dt.date(2017, 7, 26)).timex
'2017-04'
>>> normalize_date("Wednesday", reference=dt.date(2017, 7, 26)).start
datetime.datetime(2017, 7, 26, 0, 0)

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import itertools
import re
import warnings
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

from claimkit import _dateparser, _openings
from claimkit.errors import AmbiguousDateWarning, DateNormalizationError, InvalidInputError, short_repr
from claimkit.lang import clock as _clock
from claimkit.lang import morphology, tags, timewords, wordclass
from claimkit.lang.resources import rows, wordlist
from claimkit.model import Granularity, Span, TimeExpression, TimeKind, TimeMod, TimeSource, TimeValue

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

    from claimkit.attribution import Attribution
    from claimkit.text import Document, Token

__all__ = ["TimeResult", "normalize_date", "resolve_times"]

MAX_EXPRESSION_CHARS = 200
""":func:`normalize_date` refuses longer strings."""


@attrs.frozen(kw_only=True)
class TimeResult:
    """What :func:`resolve_times` found: the time expressions and each statement's time."""

    times: tuple[TimeExpression, ...] = ()
    statement_times: Mapping[str, TimeValue] = attrs.field(factory=dict)
    """Attribution id -> the time its statement was made."""
    statement_time_sources: Mapping[str, TimeSource] = attrs.field(factory=dict)
    """Attribution id -> where its time comes from (same keys as *statement_times*)."""
    statement_time_rules: Mapping[str, str] = attrs.field(factory=dict)
    """Attribution id -> the name of the rule that set its time (one of :data:`STATEMENT_TIME_RULES`)."""


# =========================================================================== lexicon


def _lexicon() -> timewords.TimeVocabulary:
    """The time vocabulary (:mod:`claimkit.lang.timewords`: words and units), read once there."""
    return timewords.vocabulary()


def _alt(words: Iterable[str], *, capitalized: bool = False) -> str:
    """A regex alternation of *words*, longest first; capitalized words match as Title case.

    The words sharing a beginning share its pattern (a trie: ``re`` then tries a word only where its
    first letters are there), with the longer words first at every branch, so the first word to match
    is the one the plain alternation, longest first, would have matched.

    >>> _alt(["may", "march", "mar", "jun"])
    'ma(?:r(?:ch)?|y)|jun'
    """
    items = sorted(set(words), key=lambda w: (-len(w), w))
    if capitalized:
        items = [w[:1].upper() + w[1:] for w in items]
    return _trie_pattern([[r"\s+" if c == " " else re.escape(c) for c in w] for w in items if w])


_Trie = dict[str, "_Trie"]
_END = ""
"""The key of a trie node's entry that ends a word there (every other key is one character's pattern)."""


def _trie_pattern(words: Sequence[Sequence[str]]) -> str:
    """The alternation of *words* (each a sequence of one-character patterns), tried in their order."""
    root: _Trie = {}
    for word in words:
        node = root
        for atom in word:
            node = node.setdefault(atom, {})
        node.setdefault(_END, {})
    if _ambiguous(root):  # two branches one text may take (with case ignored): keep the words' own order
        return "|".join("".join(w) for w in words)
    return _branches(root)


def _ambiguous(node: _Trie) -> bool:
    folded = {atom.casefold() for atom in node}
    return len(folded) < len(node) or any(_ambiguous(child) for child in node.values())


def _branches(node: _Trie) -> str:
    """The pattern of a node's branches: the longer words first, the word ending here last."""
    alts = [atom + _node_pattern(child) for atom, child in node.items() if atom != _END]
    return "|".join(alts)


def _node_pattern(node: _Trie) -> str:
    if not node or list(node) == [_END]:
        return ""
    body = _branches(node)
    ends = _END in node
    if len(node) - ends == 1 and not ends:
        return body
    return f"(?:{body})?" if ends else f"(?:{body})"


# =========================================================================== grammar


@functools.cache
def _number_words() -> Mapping[str, int]:
    """The number words of ``time_words.tsv`` written as one word, below a hundred ("one" .. "ninety")."""
    numbers = _lexicon().numbers
    return MappingProxyType(
        {w: int(v) for w, v in numbers.items() if v.isdigit() and int(v) < 100 and w.isalpha() and w not in {"a", "an"}}
    )


def _ones() -> str:
    """An alternation of "one" .. "nine"."""
    return _alt(w for w, n in _number_words().items() if n < 10)  # the ones


def _tens() -> Mapping[str, int]:
    """ "twenty" .. "ninety" -> 20 .. 90."""
    return MappingProxyType({w: n for w, n in _number_words().items() if n >= 20})  # the tens


@attrs.frozen(kw_only=True)
class _Rule:
    """One temporal rule, HeidelTime-style: its name, its pattern, its normalization and an example.

    *example* is a text whose first match is this rule's; *value* is the TIMEX3 value it normalizes to
    against :data:`RULE_EXAMPLE_REFERENCE` in a past-tense sentence (a test checks every rule this way).
    """

    name: str
    pattern: str
    normalize: Callable[[str, _Context], TimeValue]
    example: str
    value: str


_POD = r"(?:morning|afternoon|evening|night|overnight)"
_DAYWORD = r"(?:yesterday|today|tomorrow|tonight)"
RULE_EXAMPLE_REFERENCE = dt.date(2017, 7, 26)
"""The reference date of the rules' examples (a Wednesday)."""


@attrs.frozen(kw_only=True)
class _Macros:
    """The named sub-patterns the rules are written with (HeidelTime's macros), built from the time vocabulary."""

    month: str
    wd: str
    wd_full: str
    """A weekday written in full."""
    year: str
    daynum: str
    tens: str
    small: str
    numwords: str
    num: str
    """A count: figures, number words, "a" / "an"."""
    units: str
    ordinal: str
    pod: str
    dayword: str
    approx: str
    rel: str
    yearref: str
    clock: str
    spoken_year: str
    """A year said in words, as broadcast transcripts write it ("nineteen eighty-nine")."""


@functools.cache
def _macros() -> _Macros:
    """The macros, built once."""
    lex = _lexicon()
    month = f"(?:{_alt(lex.months, capitalized=True)})"
    wd = f"(?:{_alt(lex.weekdays, capitalized=True)})"
    wd_full = f"(?:{_alt((w for w in lex.weekdays if not w.endswith('.')), capitalized=True)})"
    year = r"(?:1[6-9]\d\d|20\d\d)(?![\d%])(?![.,]\d)"
    daynum = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d%])(?!:\d)(?![.,]\d)"
    tens, small = _alt(_tens()), _ones()
    numwords = _alt(w for w in lex.numbers if w not in {"a", "an"})
    num = (
        rf"(?:(?!(?:1[6-9]|20)\d\d(?!\d))\d+(?:\.\d+)?(?:\s+\d/\d)?|(?:{tens})(?:[-\s](?:{small}))?|{numwords}|an?)"
        rf"(?:\s+{_alt(lex.fractions)})?"
    )
    units = f"(?:{_unit_alternation()})"
    ordinal = _alt(lex.ordinals)
    pod, dayword = _POD, _DAYWORD
    approx = (
        r"(?:about|almost|nearly|roughly|some|around|approximately|"
        r"more\s+than|less\s+than|fewer\s+than|at\s+least|up\s+to|no\s+more\s+than|as\s+many\s+as|as\s+long\s+as)"
    )
    rel = (
        r"(?:last|next|this|coming|past|previous|current"
        r"|the\s+past|the\s+last|the\s+previous|the\s+coming|the\s+current)"
    )
    yearref = rf"(?:(?:fiscal\s+)?{year}|this\s+year|last\s+year|next\s+year)"
    clock = (
        r"(?:\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|a\.m(?!\w)|p\.m(?!\w)|am(?!\w)|pm(?!\w)|o'clock)"
        r"|\d{1,2}(?::\d\d)?\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)|noon|midday|midnight)"
    )
    return _Macros(
        month=month,
        wd=wd,
        wd_full=wd_full,
        year=year,
        daynum=daynum,
        tens=tens,
        small=small,
        numwords=numwords,
        num=num,
        units=units,
        ordinal=ordinal,
        pod=pod,
        dayword=dayword,
        approx=approx,
        rel=rel,
        yearref=yearref,
        clock=clock,
        spoken_year=rf"(?i:nineteen[-\s]+(?:{tens})(?:[-\s]+(?:{small}))?)",
    )


@functools.cache
def _rules() -> tuple[_Rule, ...]:
    """The temporal rules, in priority order (an earlier rule wins at the same position)."""
    return (*_date_rules(), *_day_rules(), *_period_rules(), *_year_rules(), *_duration_rules())


def _date_rules() -> tuple[_Rule, ...]:
    """Dates written out or in figures, holidays, quarters by their abbreviation, clock times."""
    m = _macros()
    return (
        _Rule(
            name="iso",
            pattern=r"\d{4}-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d)?)?",
            normalize=_h_iso,
            example="2017-07-25",
            value="2017-07-25",
        ),
        _Rule(
            name="slash",
            pattern=r"(?<![\d/])\d{1,2}/\d{1,2}/(?:\d{4}|\d\d)(?![\d/])",
            normalize=_h_slash,
            example="7/25/2017",
            value="2017-07-25",
        ),
        _Rule(
            name="holiday",
            pattern=(
                rf"(?i:(?:(?:last|next|this|previous|coming)\s+)?(?:{_alt(_holidays())}))"
                rf"(?:,?\s+(?i:of\s+)?{m.yearref})?"
            ),
            normalize=_h_holiday,
            example="Thanksgiving 2016",
            value="2016-11-24",
        ),
        _Rule(
            name="quarter_abbr",
            pattern=rf"(?:[QH][1-4](?:\s*{m.year})?|{m.year}\s*[QH][1-4])(?![\w-])",
            normalize=_h_quarter_abbr,
            example="Q3 2019",
            value="2019-Q3",
        ),
        _Rule(
            name="dmy",
            pattern=(
                rf"(?:(?i:last|next)\s+(?={m.month}))?(?:{m.wd},?\s+)?"
                rf"(?:(?i:the\s+)?{m.daynum}\s+(?i:of\s+)?{m.month}|{m.month}\s+(?i:the\s+)?{m.daynum})"
                rf"(?:,?\s+{m.year})?"
            ),
            normalize=_h_dmy,
            example="25 July 2017",
            value="2017-07-25",
        ),
        _Rule(
            name="clock",
            pattern=(
                rf"(?i:(?:{m.approx}|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?(?i:{m.clock})"
                r"(?:\s+(?:[A-Z][DS]?T|GMT|UTC|(?i:local\s+time)))?"
                rf"(?:,?\s+(?:(?i:{m.dayword})|{m.wd}(?:,?\s+{m.month}\s+{m.daynum})?|{m.month}\s+{m.daynum}))?"
            ),
            normalize=_h_clock,
            example="3:30 p.m. Tuesday",
            value="2017-07-25T15:30",
        ),
        _Rule(
            name="month_year",
            pattern=(
                rf"(?i:(?:early|late|mid)[-\s]+|the\s+(?:end|beginning|start|middle)\s+of\s+)?"
                rf"{m.month}(?:\s+of)?,?\s+(?:{m.year}|{m.spoken_year})"
            ),
            normalize=_h_month_year,
            example="April 2016",
            value="2016-04",
        ),
        _Rule(
            name="month_rel",
            pattern=rf"{m.month}\s+(?i:(?:of\s+)?(?:this|last|next)\s+year)",
            normalize=_h_month_rel,
            example="April of last year",
            value="2016-04",
        ),
    )


def _day_rules() -> tuple[_Rule, ...]:
    """Weekdays, the week of a day, the days around the anchor, and times that far before or after it."""
    m = _macros()
    return (
        _Rule(
            name="week_of_day",
            pattern=(
                rf"(?i:(?:the\s+)?(?:week|weekend)\s+of\s+)"
                rf"(?:(?i:the\s+)?{m.daynum}\s+(?i:of\s+)?{m.month}|{m.month}\s+{m.daynum})(?:,?\s+{m.year})?"
            ),
            normalize=_h_week_of_day,
            example="the week of March 6",
            value="2017-W10",
        ),
        _Rule(
            name="wd_set",
            pattern=rf"(?i:(?:every|each)\s+(?:other\s+)?){m.wd_full}|{m.wd_full}s?\s+(?i:{m.pod})s|{m.wd_full}s(?![\w'’])",
            normalize=_h_wd_set,
            example="every Monday",
            value="XXXX-WXX-1",
        ),
        _Rule(
            name="weekday",
            pattern=(
                rf"(?:(?i:late|early|earlier|later|this\s+(?:past|coming|upcoming)|past|coming|upcoming|last|previous"
                rf"|next|following|this|the\s+(?:previous|following|next|same))\s+)?{m.wd}"
                rf"(?:\s+(?i:{m.pod}))?"
            ),
            normalize=_h_weekday,
            example="Monday",
            value="2017-07-24",
        ),
        _Rule(
            name="dayword",
            pattern=(
                rf"(?i:(?:the\s+)?day\s+(?:before\s+yesterday|after\s+tomorrow)"
                rf"|(?:(?:late|early|earlier|later)\s+)?{m.dayword}(?:\s+{m.pod})?"
                rf"|(?:(?:late|early|mid)[-\s]?)?{m.pod}\s+(?:yesterday|today|tomorrow)"
                rf"|(?:(?:earlier|later|early|late)\s+)?this\s+(?:morning|afternoon|evening)|last\s+night|overnight)"
            ),
            normalize=_h_dayword,
            example="yesterday",
            value="2017-07-25",
        ),
        _Rule(
            name="part_of_day",
            pattern=(
                r"(?i:(?:(?:early|late|mid)[-\s]?|(?<=\bin\s)the\s+)(?:morning|afternoon|evening))(?!\s+(?:of|on)\b)"
            ),
            normalize=_h_part_of_day,
            example="late afternoon",
            value="2017-07-26TAF",
        ),
        _Rule(
            name="ago",
            pattern=(
                rf"(?i:(?:{m.approx}\s+)?{m.num}[-\s]+(?:more\s+)?{m.units}\s+(?:or\s+so\s+)?"
                r"(?:ago|earlier|later|from\s+now|hence|before(?=\s*[,.;:!?)”\"]|\s*$)|after(?=\s*[,.;:!?)”\"]|\s*$)))"
            ),
            normalize=_h_ago,
            example="two days ago",
            value="2017-07-24",
        ),
        _Rule(
            name="year_ago",
            pattern=r"(?i:year-(?:earlier|ago|before))",
            normalize=_h_year_ago,
            example="year-earlier",
            value="2016",
        ),
    )


def _period_rules() -> tuple[_Rule, ...]:
    """Quarters, halves and the periods named from the anchor or an earlier mention."""
    m = _macros()
    lex = _lexicon()
    return (
        _Rule(
            name="quarter",
            pattern=(
                rf"(?i:(?:the\s+|(?:this|last|next)\s+year's\s+|{m.year}'s\s+)?(?:year-(?:ago|earlier)\s+|comparable\s+|{m.year}\s+)?"
                rf"(?:(?:fiscal|calendar)\s+)?"
                rf"(?:first|second|third|fourth|1st|2nd|3rd|4th)[-\s]+(?:fiscal[-\s]+)?quarter"
                rf"(?:\s+of\s+(?:the\s+)?{m.yearref})?)"
            ),
            normalize=_h_quarter,
            example="the third quarter",
            value="2017-Q3",
        ),
        _Rule(
            name="half",
            pattern=rf"(?i:(?:the\s+)?(?:first|second|last)\s+half\s+of\s+(?:the\s+)?{m.yearref})",
            normalize=_h_half,
            example="the first half of 2016",
            value="2016-H1",
        ),
        _Rule(
            name="year_period",
            pattern=rf"(?i:(?:the\s+)?(?:comparable\s+|same\s+)?{m.year}\s+(?:fiscal\s+)?(?:quarter|period))",
            normalize=_h_year_period,
            example="the 2016 quarter",
            value="2016-Q2",
        ),
        _Rule(
            name="quarter_ana",
            pattern=(
                r"(?i:(?:the\s+|this\s+|that\s+)?(?:(?:comparable|same|corresponding)\s+(?=year-))?(?:latest|current|year-ago|year-earlier|previous|prior|same|"
                r"comparable|recent|last|past|preceding|year-before|most\s+recent)\s+(?:fiscal\s+)?(?:quarter|period)"
                r"|the\s+(?:fiscal\s+)?quarter)"
            ),
            normalize=_h_quarter_ana,
            example="the latest quarter",
            value="2017-Q2",
        ),
        _Rule(
            name="rel_unit",
            pattern=(
                rf"(?i:(?:(?:early|late|earlier|later)\s+)?{m.rel}\s+(?:week|weekend|month|year|quarter|decade|century)"
                r"(?:\s+or\s+so\b)?|(?:earlier|later)\s+in\s+the\s+(?:week|month|year)"
                rf"|(?:(?:early|late|earlier|later)\s+)?(?:this|last|next)\s+(?:{_alt(lex.seasons)}))"
            ),
            normalize=_h_rel_unit,
            example="last week",
            value="2017-W29",
        ),
        _Rule(
            name="ana",
            pattern=(
                r"(?i:(?:earlier|later)\s+that\s+(?:day|week|month|year|morning|afternoon|evening|night)"
                r"|(?:that|the\s+same|the\s+following|the\s+next|the\s+previous|the\s+preceding|the\s+prior)\s+"
                r"(?:day|week|weekend|month|quarter|year|morning|afternoon|evening|night)(?:\s+or\s+so\b)?"
                r"|the\s+(?:day|night|week|month|year)\s+(?:before|after)(?=\s*[,.;:!?)”\"]|\s*$))"
            ),
            normalize=_h_ana,
            example="the next day",
            value="2017-07-27",
        ),
        _Rule(
            name="weekend",
            pattern=r"(?i:the\s+weekend)",
            normalize=_h_weekend,
            example="the weekend",
            value="2017-W29-WE",
        ),
    )


def _year_rules() -> tuple[_Rule, ...]:
    """Years, seasons, decades, centuries, months and sets."""
    m = _macros()
    lex = _lexicon()
    return (
        _Rule(
            name="year_end",
            pattern=r"(?i:year(?:-|\s+|['’]s\s+)end)",
            normalize=_h_year_end,
            example="year-end",
            value="2017",
        ),
        _Rule(
            name="season",
            pattern=(
                rf"(?i:(?:(?:early|late|mid|the)[-\s]+)?(?:spring|summer|autumn|winter)"
                rf"(?:\s+(?:of\s+)?(?:{m.year}|{m.spoken_year}))?"
                rf"|(?:early|late|the)\s+fall(?:\s+(?:of\s+)?{m.year})?|fall\s+(?:of\s+)?{m.year}|{m.year}\s+(?:{_alt(lex.seasons)}))"
            ),
            normalize=_h_season,
            example="summer 2015",
            value="2015-SU",
        ),
        _Rule(
            name="decade",
            pattern=(
                rf"(?i:(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?(?:1[6-9]\d0|20\d0|['’]\d0)['’]?s"
                rf"|(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?(?:\d{{1,2}}(?:st|nd|rd|th)|{m.ordinal}|eighteenth|nineteenth|"
                rf"twentieth|twenty-first)[-\s]century)"
            ),
            normalize=_h_decade,
            example="the 1990s",
            value="199",
        ),
        _Rule(
            name="year",
            pattern=(
                rf"(?i:(?:early|late|mid)[-\s]+|the\s+(?:end|beginning|start|middle)\s+of\s+|fiscal\s+(?:year\s+)?|"
                rf"calendar\s+(?:year\s+)?|the\s+year\s+)?(?<![\w$£€#.,/:]){m.year}"
            ),
            normalize=_h_year,
            example="1998",
            value="1998",
        ),
        _Rule(
            name="month",
            pattern=(
                rf"(?:(?i:(?:early|late|mid|last|next|this)[-\s]+|(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+))?"
                rf"{m.month}"
            ),
            normalize=_h_month,
            example="April",
            value="2017-04",
        ),
        _Rule(
            name="set",
            pattern=(
                rf"(?i:(?:every|each)\s+(?:other\s+|{m.num}\s+)?(?:{m.units}|morning|afternoon|evening|night|weekends?|"
                rf"spring|summer|fall|autumn|winter)"
                rf"|(?:once|twice|thrice|one|\d+\s+times)\s+(?:a|an|per|every)\s+(?:{m.units}))"
                rf"|(?i:(?:every|each)\s+){m.month}|(?i:{_alt(lex.sets)})|(?i:weekends)(?![\w'’])"
            ),
            normalize=_h_set,
            example="every week",
            value="P1W",
        ),
        _Rule(
            name="year_words",
            pattern=(
                rf"(?i:(?:the\s+year\s+)?nineteen[-\s]+(?:{m.tens})(?:[-\s]+(?:{m.small}))?"
                rf"|the\s+year\s+two\s+thousand(?:\s+and)?(?:[-\s]+(?:{m.small}|ten))?)"
            ),
            normalize=_h_year_words,
            example="nineteen ninety-six",
            value="1996",
        ),
    )


def _duration_rules() -> tuple[_Rule, ...]:
    """Durations, and the vague references to a time."""
    m = _macros()
    lex = _lexicon()
    return (
        _Rule(
            name="year_ended",
            pattern=r"(?i:the\s+(?:fiscal\s+)?year(?=\s+(?:ended|ending)\b))",
            normalize=_h_year_ended,
            example="the year ended Sept. 30",
            value="P1Y",
        ),
        _Rule(
            name="the_unit",
            pattern=(
                r"(?i:(?:the\s+(?:end|beginning|start|middle)\s+of\s+)?the\s+(?:full\s+|fiscal\s+|calendar\s+|"
                r"entire\s+|whole\s+|current\s+(?:fiscal\s+|calendar\s+)?)?(?:year|month|week|day))"
            ),
            normalize=_h_the_unit,
            example="the month",
            value="2017-07",
        ),
        _Rule(
            name="dur_abbr",
            pattern=(
                rf"(?<![\w.])\d+(?:\.\d+)?(?:\s?(?:{_alt(a for a in lex.unit_abbreviations if len(a) > 1)})"
                rf"|(?:{_alt(a for a in lex.unit_abbreviations if len(a) == 1)}|{_alt(lex.unit_words)}))(?![\w.])"
            ),
            normalize=_h_dur_abbr,
            example="3 hrs",
            value="PT3H",
        ),
        _Rule(
            name="dur_all",
            pattern=r"(?i:(?:all|another)\s+(?:day|week|month|year|night)(?!\s+of\b))",
            normalize=_h_dur_all,
            example="all day",
            value="P1D",
        ),
        _Rule(
            name="dur",
            pattern=(
                rf"(?i:(?:(?:the|a|an)\s+)?(?:(?:past|last|next|first|previous|coming|final|latest|following|initial|"
                rf"remaining|entire|full|whole|same)\s+)?(?:{m.approx}\s+)?{m.num}[-\s]+(?:more\s+|additional\s+|full\s+|"
                rf"straight\s+|consecutive\s+|trading\s+|business\s+|working\s+)?{m.units}(?:-(?:old|long)|\s+old\b|\s+{_alt(lex.fractions)})?(?:\s+or\s+so\b)?)"
            ),
            normalize=_h_dur,
            example="three years",
            value="P3Y",
        ),
        _Rule(
            name="dur_bare",
            pattern=(
                r"(?i:(?:(?<=for\s)|(?<=over\s)|(?<=within\s)|(?<=in\s)|(?<=after\s)|(?<=lasted\s)|(?<=took\s))"
                r"(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)"
                r"|(?:the\s+(?:past|last|next|coming)\s+(?:few\s+|several\s+)?|recent\s+|coming\s+)"
                r"(?:days|weeks|months|quarters|years|decades)"
                r"|(?:hours|days|weeks|months|years)(?=\s+(?:after|before|later|earlier)\b))"
            ),
            normalize=_h_dur_bare,
            example="for months",
            value="PXM",
        ),
        _Rule(
            name="vague",
            pattern=rf"(?i:{_alt(lex.vague)})",
            normalize=_h_vague,
            example="recently",
            value="PAST_REF",
        ),
    )


_FRAME = (r"(?<![\w$£€'’])(?:", r")(?!\w)(?![-–](?!(?:1[6-9]|20)\d\d(?!\d))\w)")
"""What stands around the rules: no word before, none after (a hyphen only where a year range goes on:
"2010-2012")."""


@functools.cache
def _grammar() -> re.Pattern[str]:
    """All rules as one pattern, a named group per rule."""
    body = "|".join(f"(?P<{rule.name}>{rule.pattern})" for rule in _rules())
    return re.compile(_FRAME[0] + body + _FRAME[1])


_OPENING_WIDTH = 6
"""How many characters of text pick the rules worth trying at a position (:class:`_Matcher`)."""


@functools.cache
def _rule_patterns() -> tuple[tuple[re.Pattern[str], ...], _openings.Table]:
    """Each rule alone in the grammar's frame, in the grammar's order, and the table of their openings."""
    rules = _rules()
    patterns = tuple(re.compile(_FRAME[0] + f"(?P<{rule.name}>{rule.pattern})" + _FRAME[1]) for rule in rules)
    return patterns, _openings.table([rule.pattern for rule in rules], _OPENING_WIDTH)


@functools.lru_cache(maxsize=1024)
def _patterns_of(mask: int) -> tuple[re.Pattern[str], ...]:
    """The rule patterns of *mask* (bit *i* for rule *i*), in the grammar's order."""
    return tuple(p for i, p in enumerate(_rule_patterns()[0]) if mask >> i & 1)


class _Matcher:
    """:func:`_grammar`'s ``match`` in one *text*, trying only the rules whose openings fit the text there.

    The grammar is an ordered choice: its match at a position is the first rule's that matches there.
    A rule that cannot open with the text there cannot match, so leaving it out changes nothing. The
    matcher folds only the windows it is asked about, and remembers the rules worth trying after each
    (:func:`_patterns_at`).

    >>> m = _Matcher("It rained on Friday.")
    >>> m.match(13).lastgroup, m.match(3)
    ('weekday', None)
    """

    def __init__(self, text: str) -> None:
        self._text = text

    def match(self, pos: int) -> re.Match[str] | None:
        """The grammar's match at *pos* of the text, or None."""
        for pattern in _patterns_at(self._text[pos : pos + _OPENING_WIDTH]):
            m = pattern.match(self._text, pos)
            if m is not None:
                return m
        return None


@functools.lru_cache(maxsize=1 << 12)
def _patterns_at(window: str) -> tuple[re.Pattern[str], ...]:
    """The rule patterns worth trying where the text reads *window* (:class:`_Matcher`), remembered across
    texts: the windows of news repeat ("Monday", "last w", "2017, "), and their keys cost a few steps each."""
    return _patterns_of(_rule_patterns()[1].candidates(_openings.key(window)))


@functools.cache
def _rule_table() -> Mapping[str, _Rule]:
    return MappingProxyType({rule.name: rule for rule in _rules()})


# =========================================================================== calendar


@functools.cache
def _parts() -> Mapping[str, tuple[int, int]]:
    """The hours of each part of the day (``daypart`` rows of ``time_words.tsv``): "MO" -> (5, 12)."""
    return MappingProxyType({r[1]: (int(r[2]), int(r[3])) for r in rows("time_words.tsv") if r[0] == "daypart"})


_SEASONS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
_WINTER_ENDS = 3
"""The month after winter: winter Y runs from December Y-1 to February Y."""
_GRAN_ORDER = [
    Granularity.SECOND,
    Granularity.MINUTE,
    Granularity.HOUR,
    Granularity.PART_OF_DAY,
    Granularity.DAY,
    Granularity.WEEK,
    Granularity.MONTH,
    Granularity.SEASON,
    Granularity.QUARTER,
    Granularity.HALF_YEAR,
    Granularity.YEAR,
    Granularity.DECADE,
    Granularity.CENTURY,
    Granularity.UNKNOWN,
]
_RANK = {g: i for i, g in enumerate(_GRAN_ORDER)}


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day)


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def _month_start(year: int, month: int) -> dt.datetime:
    return dt.datetime(year, month, 1)


_TIMEX_DATE = (
    r"(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d)(?:T(?:(?P<hh>\d\d):(?P<mm>\d\d)(?::(?P<ss>\d\d))?|(?P<pod>MO|MI|AF|EV|NI|DT)))?)?"
    r"|W(?P<w>\d\d)(?P<we>-WE)?|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?"
)
_TIMEX_CENTURY = r"\d{2,3}"


@functools.cache
@functools.cache
def _rx(pattern: str) -> re.Pattern[str]:
    """*pattern*, compiled on first use (kept here: the other stages' patterns may push it out of ``re``'s cache)."""
    return re.compile(pattern)


def _timex_interval(timex: str) -> tuple[dt.datetime, dt.datetime, Granularity] | None:
    """The interval a calendar TIMEX3 value denotes, or ``None`` for anything else.

    >>> _timex_interval("2017-04")[:2]
    (datetime.datetime(2017, 4, 1, 0, 0), datetime.datetime(2017, 5, 1, 0, 0))
    """
    if _rx(_TIMEX_CENTURY).fullmatch(timex):
        n = int(timex)
        if len(timex) == 2:
            return dt.datetime(max(n * 100, 1), 1, 1), dt.datetime(n * 100 + 100, 1, 1), Granularity.CENTURY
        if n * 10 + 10 > dt.MAXYEAR:
            return None
        return dt.datetime(max(n * 10, 1), 1, 1), dt.datetime(n * 10 + 10, 1, 1), Granularity.DECADE
    m = _rx(_TIMEX_DATE).fullmatch(timex)
    if m is None:
        return None
    y = int(m["y"])
    if not 1 <= y < dt.MAXYEAR:
        return None
    try:
        return _interval_of(m, y)
    except (ValueError, OverflowError):
        return None


def _interval_of(m: re.Match[str], y: int) -> tuple[dt.datetime, dt.datetime, Granularity] | None:  # noqa: C901  one normalization rule's cases
    if m["d"] is not None:
        day = dt.datetime(y, int(m["m"]), int(m["d"]))
        if m["hh"] is not None:  # "T24:00" is midnight at the end of the day
            if int(m["hh"]) > 23 and (m["hh"], m["mm"]) != ("24", "00"):
                return None
            start = day + dt.timedelta(hours=int(m["hh"]), minutes=int(m["mm"]))
            if m["ss"] is not None:
                start += dt.timedelta(seconds=int(m["ss"]))
                return start, start + dt.timedelta(seconds=1), Granularity.SECOND
            return start, start + dt.timedelta(minutes=1), Granularity.MINUTE
        if m["pod"] is not None:
            lo, hi = _parts()[m["pod"]]
            return day + dt.timedelta(hours=lo), day + dt.timedelta(hours=hi), Granularity.PART_OF_DAY
        return day, day + dt.timedelta(days=1), Granularity.DAY
    if m["m"] is not None:
        month = int(m["m"])
        ny, nm = _add_months(y, month, 1)
        return _month_start(y, month), _month_start(ny, nm), Granularity.MONTH
    if m["w"] is not None:
        monday = dt.datetime.combine(dt.date.fromisocalendar(y, int(m["w"]), 1), dt.time())
        if m["we"]:
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=7), Granularity.WEEK
        return monday, monday + dt.timedelta(days=7), Granularity.WEEK
    if m["q"] is not None:
        q = int(m["q"])
        ny, nm = _add_months(y, 3 * q - 2, 3)
        return _month_start(y, 3 * q - 2), _month_start(ny, nm), Granularity.QUARTER
    if m["h"] is not None:
        h = int(m["h"])
        ny, nm = _add_months(y, 6 * h - 5, 6)
        return _month_start(y, 6 * h - 5), _month_start(ny, nm), Granularity.HALF_YEAR
    if m["s"] is not None:
        first = _SEASONS[m["s"]]
        sy, sm = (y - 1, 12) if m["s"] == "WI" else (y, first)
        ny, nm = _add_months(sy, sm, 3)
        return _month_start(sy, sm), _month_start(ny, nm), Granularity.SEASON
    return dt.datetime(y, 1, 1), dt.datetime(y + 1, 1, 1), Granularity.YEAR


def _value(timex: str, *, kind: TimeKind | None = None, mod: str | None = None) -> TimeValue:
    """A TimeValue for a TIMEX3 value: calendar values get their interval from the timex itself."""
    interval = _timex_interval(timex)
    if interval is None:
        if timex.endswith("_REF"):
            return TimeValue(timex=timex, kind=kind or TimeKind.VAGUE, granularity=Granularity.UNKNOWN, mod=mod)
        if timex.startswith("P"):
            return TimeValue(timex=timex, kind=kind or TimeKind.DURATION, granularity=_p_granularity(timex), mod=mod)
        return TimeValue(timex=timex, kind=kind or TimeKind.DATE, granularity=_x_granularity(timex), mod=mod)
    start, end, gran = interval
    if kind is None:
        kind = TimeKind.TIME if "T" in timex else TimeKind.DATE
    return TimeValue(timex=timex, kind=kind, granularity=gran, start=start, end=end, mod=mod)


_OTHER_TIMEX = r"(?:PRESENT|PAST|FUTURE)_REF|XXXX-(?:\d\d|WXX-[1-7]|Q[1-4]|SP|SU|FA|WI)"
_P_UNITS = r"P(T?)(?:[\dX.]+)(DE|CE|ML|WE|[YMWDHSQ])"
_P_CLOCK_PAIR = r"PT\d+(?:H\d+(?P<m>M)|M\d+(?P<s>S))"
"""A clock duration in two units ("PT5H30M", "PT1M30S": a fraction of an hour or a minute, as TimeML writes it)."""
_P_COMPOUND = r"P(?:(?P<d>[\d.]+[YMWD])(?:[\d.]+[YMWD])*(?:T(?:[\d.]+[HMS])+)?|T(?P<c>[\d.]+[HMS])(?:[\d.]+[HMS])+)"
"""A duration in several units ("P1M21D", "P2YT3H"): its first unit is its granularity."""


def _p_granularity(timex: str) -> Granularity:
    """The unit of a duration value: "P3Y" is years, "PT3M" minutes, "PT5H30M" hours (its first unit)."""
    pair = _rx(_P_CLOCK_PAIR).fullmatch(timex)
    if pair is not None:
        return Granularity.HOUR if pair["m"] else Granularity.MINUTE
    m = _rx(_P_UNITS).fullmatch(timex)
    compound = _rx(_P_COMPOUND).fullmatch(timex) if m is None else None
    if m is not None:
        clock, letter = m.group(1), m.group(2)
    elif compound is not None:
        clock, letter = ("T", compound["c"][-1]) if compound["c"] else ("", compound["d"][-1])
    else:
        return Granularity.UNKNOWN
    if clock:
        return {"H": Granularity.HOUR, "M": Granularity.MINUTE, "S": Granularity.SECOND}.get(
            letter, Granularity.UNKNOWN
        )
    return {
        "Y": Granularity.YEAR,
        "M": Granularity.MONTH,
        "W": Granularity.WEEK,
        "WE": Granularity.WEEK,
        "D": Granularity.DAY,
        "Q": Granularity.QUARTER,
        "DE": Granularity.DECADE,
        "CE": Granularity.CENTURY,
        "ML": Granularity.CENTURY,
    }.get(letter, Granularity.UNKNOWN)


def _x_granularity(timex: str) -> Granularity:
    if "-W" in timex:
        return Granularity.WEEK
    if "-Q" in timex:
        return Granularity.QUARTER
    if timex.count("-") == 1:
        return Granularity.MONTH
    return Granularity.UNKNOWN


def _day(d: dt.date) -> TimeValue:
    return _value(d.isoformat())


def _month(y: int, m: int) -> TimeValue:
    return _value(f"{y:04d}-{m:02d}")


def _year(y: int, mod: str | None = None) -> TimeValue:
    return _value(f"{y:04d}", mod=mod)


def _week(d: dt.date, *, weekend: bool = False) -> TimeValue:
    iy, iw, _ = d.isocalendar()
    return _value(f"{iy:04d}-W{iw:02d}" + ("-WE" if weekend else ""))


def _quarter(y: int, q: int) -> TimeValue:
    return _value(f"{y:04d}-Q{q}")


def _quarter_of(d: dt.date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def _shift_quarter(y: int, q: int, n: int) -> tuple[int, int]:
    k = y * 4 + (q - 1) + n
    return k // 4, k % 4 + 1


def _with_mod(v: TimeValue, mod: str | None) -> TimeValue:
    return v if mod is None else attrs.evolve(v, mod=mod)


# =========================================================================== context


class _Reject(Exception):  # noqa: N818  (control flow, never escapes this module)
    """The match is not a time expression after all ("May" the modal, "March" the verb)."""


class _Unresolved(Exception):  # noqa: N818  (control flow, never escapes this module)
    """A time expression that needs a reference date it does not have."""


_PAST, _FUTURE = "past", "future"


@attrs.frozen(kw_only=True)
class _Context:
    """What one expression is read against."""

    anchor: TimeValue | None
    """The day (publication) or the statement time relative expressions are read from."""
    tense: str | None = None
    perfect: bool = False
    history: tuple[TimeValue, ...] = ()
    prev_word: str = ""
    prev_raw: str = ""
    prev_tag: str | None = None
    sentence_initial: bool = True
    tokens: tuple[tuple[str, str], ...] = ()
    """(text, tag) of the tokens in the expression, when known."""
    next_tag: str | None = None
    """The tag of the token after the expression, when known."""
    strict: bool = False
    """Whether the tense is a firm preference (:func:`normalize_date`'s *prefer*): a past reading never
    lies after the anchor, a future one never before. In running text the tense is a guess from the
    nearest verb, and a date within six months of the anchor keeps the anchor's year."""

    @property
    def day(self) -> dt.date:
        if self.anchor is None or self.anchor.start is None:
            raise _Unresolved
        return self.anchor.start.date()

    @property
    def coarse(self) -> bool:
        """Whether the anchor is coarser than a day (a statement said "in April")."""
        return self.anchor is not None and _RANK[self.anchor.granularity] > _RANK[Granularity.DAY]

    def coarser_than(self, granularity: Granularity) -> bool:
        return self.anchor is not None and _RANK[self.anchor.granularity] > _RANK[granularity]


def _anchor_of(ctx: _Context) -> TimeValue:
    if ctx.anchor is None:
        raise _Unresolved
    return ctx.anchor


def _mod_of(text: str) -> str | None:
    """The TimeML mod of a time phrase by its first words (``mod`` rows of ``time_words.tsv``).

    >>> _mod_of("the end of 2016"), _mod_of("about three weeks"), _mod_of("midsummer"), _mod_of("midnight")
    ('END', 'APPROX', 'MID', None)
    """
    t = text.lower()
    t = t.removeprefix("the ")
    for phrase, mod in _lexicon().mods.items():
        if t.startswith(phrase) and (len(t) == len(phrase) or t[len(phrase)].isspace() or t[len(phrase)] == "-"):
            return mod
    if t.startswith("mid") and not t.startswith("midnight"):
        return "MID"  # "midsummer", "midweek"
    return None


# =========================================================================== handlers

_NUM_TOKEN = r"(\d+(?:\.\d+)?)(?:\s+(\d)/(\d))?"


def _unit_alternation() -> str:
    """The unit words, singular and plural; a fraction word ("quarter") only where no "of" follows."""
    parts = []
    for unit in _lexicon().units.values():
        words = _alt((unit.word, unit.plural))
        parts.append(rf"(?:{words})(?!\s+of\b)" if unit.fraction else words)
    return "|".join(parts)


@functools.cache
def _unit_word_rx() -> re.Pattern[str]:
    """Any unit word, singular or plural (the first in a text is the phrase's unit)."""
    return re.compile(rf"(?i)({_alt(_lexicon().unit_words)})")


def _unit(name: str) -> timewords.TimeUnit:
    return _lexicon().units[name]


def _gran(unit: str, default: Granularity = Granularity.DAY) -> Granularity:
    """The granularity of *unit*, *default* for a word that is not a unit ("weekend")."""
    found = _lexicon().units.get(unit)
    return default if found is None else found.granularity


_YEAR_IN = r"(?<!\d)(1[6-9]\d\d|20\d\d)(?!\d)"


@functools.cache
def _fraction_rx() -> re.Pattern[str]:
    """ "and a half", "and a quarter" (the ``fraction`` rows of ``time_words.tsv``)."""
    return _rx(rf"\b(?:{_alt(_lexicon().fractions)})\b")


def _unit_of(text: str) -> str:
    m = _unit_word_rx().search(_fraction_rx().sub(" ", text))  # the unit of "one and a quarter years" is the year
    if m is None:
        raise _Reject
    return _lexicon().unit_words[m.group(1).lower()]


def _count_of(text: str) -> float | None:
    """The number in a duration phrase; ``None`` for "several", "a few", "many".

    >>> _count_of("a two-year"), _count_of("almost a hundred years"), _count_of("several days")
    (2.0, 100.0, None)
    """
    low = text.lower()
    m = _rx(_NUM_TOKEN).search(low)
    lex = _lexicon()
    part = _fraction_rx().search(low)
    half = lex.fractions[" ".join(part.group().split())] if part is not None else 0.0
    if m is not None:
        value = float(m.group(1))
        if m.group(2):
            value += int(m.group(2)) / int(m.group(3))
        return value + half
    words = _rx(r"[a-z]+").findall(low[: part.start()] + low[part.end() :] if part is not None else low)
    total = 0.0
    found = False
    i = 0
    while i < len(words):
        if words[i] in lex.unit_words:
            break
        pair = f"{words[i]} {words[i + 1]}" if i + 1 < len(words) else ""
        triple = f"{pair} {words[i + 2]}" if i + 2 < len(words) else ""
        for key, size in ((triple, 3), (pair, 2), (words[i], 1)):
            if key and key in lex.numbers:
                v = lex.numbers[key]
                if v == "X":
                    return None
                if key not in {"a", "an"}:
                    total += float(v)
                    found = True
                i += size
                break
        else:
            i += 1
    return (total if found else 1.0) + half


_fmt_count = timewords.format_count


def _duration_timex(n: float | None, unit: str) -> str:
    return _unit(unit).duration(n)


def _shift(d: dt.date, unit: str, n: int) -> dt.date:
    """*d* moved by *n* units (calendar-aware for months and years); clock units leave the day."""
    found = _lexicon().units.get(unit)
    if found is None or not (found.days or found.months):
        return d
    if found.days:
        return d + dt.timedelta(days=n * found.days)
    y, m = _add_months(d.year, d.month, n * found.months)
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def _at_unit(d: dt.date, unit: str) -> TimeValue:
    """The calendar unit containing *d*."""
    gran = _gran(unit, Granularity.YEAR)
    if _RANK[gran] <= _RANK[Granularity.DAY]:
        return _day(d)
    if gran == Granularity.WEEK:
        return _week(d)
    if gran == Granularity.MONTH:
        return _month(d.year, d.month)
    if gran == Granularity.QUARTER:
        return _quarter(*_quarter_of(d))
    if gran == Granularity.DECADE:
        return _value(f"{d.year // 10:03d}")
    if gran == Granularity.CENTURY:
        return _value(f"{d.year // 100:02d}")
    return _year(d.year)


def _shift_value(v: TimeValue, unit: str, n: int) -> TimeValue:
    """A calendar value moved by *n* units, keeping its own granularity."""
    if v.start is None:
        raise _Unresolved
    d = _shift(v.start.date(), unit, n)
    g = v.granularity
    if g == Granularity.QUARTER:
        return _quarter(*_quarter_of(d))
    if g == Granularity.HALF_YEAR:
        return _value(f"{d.year:04d}-H{1 if d.month <= 6 else 2}")
    if g in {Granularity.MONTH, Granularity.SEASON}:
        return _month(d.year, d.month) if g == Granularity.MONTH else _value(f"{d.year:04d}{v.timex[4:]}")
    if g == Granularity.WEEK:
        return _week(d)
    if g == Granularity.YEAR:
        return _year(d.year)
    if g in {Granularity.DECADE, Granularity.CENTURY}:
        return _at_unit(d, "decade" if g == Granularity.DECADE else "century")
    return _day(d)


def _relative(ctx: _Context, unit: str, n: int) -> TimeValue:
    """The unit *n* units away from the anchor; a coarser anchor absorbs finer offsets."""
    if ctx.anchor is None:
        raise _Unresolved
    if ctx.coarser_than(_gran(unit)):
        return ctx.anchor
    return _at_unit(_shift(ctx.day, unit, n), unit)


_WEEKDAY_MODIFIERS = MappingProxyType(
    {"last": "week-1", "previous": "week-1", "next": "week+1", "following": "week+1", "this": "week+0"}
    | {"past": "last", "coming": "next", "upcoming": "next"}
)
"""Rule weekday_week: "last Friday" is the Friday of last week, "next Friday" (or "following Friday") the Friday of
next week, "this Friday" this week's (in a future reading never one before the anchor); "this past Friday" and
"this coming Friday" are the nearest one before or after the anchor day (they override "this")."""


def _weekday(ctx: _Context, iso: int, modifier: str) -> dt.date:
    if ctx.anchor is None:
        raise _Unresolved
    ref = ctx.day
    if modifier.startswith("week"):  # rule weekday_week
        day = ref + dt.timedelta(days=iso - ref.isoweekday(), weeks=int(modifier[4:]))
        return day + dt.timedelta(weeks=1) if modifier == "week+0" and ctx.tense == _FUTURE and day < ref else day
    back = (ref.isoweekday() - iso) % 7
    fwd = (iso - ref.isoweekday()) % 7
    if modifier == "last":
        return ref - dt.timedelta(days=back or 7)
    if modifier == "next":
        return ref + dt.timedelta(days=fwd or 7)
    if modifier == "this":
        return ref + dt.timedelta(days=fwd) if ctx.tense == _FUTURE else ref - dt.timedelta(days=back)
    if ctx.tense == _FUTURE or (ctx.tense == _NEAREST and fwd < back):
        return ref + dt.timedelta(days=fwd)
    return ref - dt.timedelta(days=back)


_PAST_TENSE_MONTHS = 3
"""In running text, a month more than this many months after the anchor, in a past-tense clause, is last year's."""


def _month_year(ctx: _Context, month: int, modifier: str = "") -> int:
    """The year of the nearest *month* consistent with tense (or the modifier)."""
    ref = ctx.day
    if modifier == "last":
        return ref.year if month < ref.month else ref.year - 1
    if modifier == "next":
        return ref.year if month > ref.month else ref.year + 1
    if modifier == "this":
        return ref.year
    diff = month - ref.month
    if ctx.strict and ctx.tense == _PAST:
        return ref.year - 1 if diff > 0 else ref.year
    if ctx.strict and ctx.tense == _FUTURE:
        return ref.year + 1 if diff < 0 else ref.year
    narrative = _narrative_year(ctx) if 0 < diff <= _PAST_TENSE_MONTHS and ctx.tense == _PAST else None
    if narrative is not None:  # rule narrative_year: "In 2015 ... shares fell in Sept." published in July 2017
        return narrative  # is 2015's September, not one still to come
    if (diff > 6 and ctx.tense != _FUTURE) or (diff > _PAST_TENSE_MONTHS and ctx.tense == _PAST):
        return ref.year - 1  # "was shot on Oct. 23" written in May: last October
    if diff < 0 and ctx.tense == _FUTURE:
        return ref.year + 1  # rule future_month: "will open a plant in June" written in July: next June
    if diff < -6 and ctx.tense != _PAST:
        return ref.year + 1
    return ref.year


def _narrative_year(ctx: _Context) -> int | None:
    """The year of the last dated time before this one, when it is earlier than the anchor's: the year a past
    narrative is about."""
    last = next((v for v in reversed(ctx.history) if v.start is not None), None)
    if last is None or last.start is None or last.start.year >= ctx.day.year:
        return None
    return last.start.year


def _month_number(word: str) -> int | None:
    return _lexicon().months.get(word.lower())


_TITLE_WORD = r"[A-Z][a-z]+\.?"


def _month_in(text: str) -> tuple[str, int] | None:
    """The first month name in *text* (as written) and its number."""
    for m in _rx(_TITLE_WORD).finditer(text):
        word = m.group(0)
        number = _month_number(word)
        if number is None and word.endswith("."):
            number = _month_number(word[:-1])
            word = word[:-1]
        if number is not None:
            return word, number
    return None


def _h_dmy(text: str, ctx: _Context) -> TimeValue:
    lex = _lexicon()
    first = text.split(maxsplit=1)[0].lower()
    if first in {"last", "next"}:  # rule dmy_last_next: "last Oct. 23" is the latest before the anchor
        ctx = attrs.evolve(ctx, tense=_PAST if first == "last" else _FUTURE, strict=True)
    month = None
    day = None
    for tok in _rx(r"[A-Za-z]+\.?|\d+").findall(text):
        low = tok.lower()
        if month is None and (low in lex.months or low.rstrip(".") in lex.months):
            month = lex.months.get(low, lex.months.get(low.rstrip(".")))
        elif tok.isdigit() and len(tok) <= 2 and day is None:
            day = int(tok)
    years = _rx(_YEAR_IN).findall(text)
    if month is None or day is None:
        raise _Reject
    if years:
        y = int(years[-1])
    elif ctx.anchor is None:
        return _value(f"XXXX-{month:02d}-{day:02d}")
    else:
        y = _dmy_year(ctx, month, day, first)
    return _calendar_day(y, month, day, written_year=bool(years))


_LONGEST_MONTH = 31


def _calendar_day(y: int, month: int, day: int, *, written_year: bool = True) -> TimeValue:
    """The day *y*-*month*-*day*; rule impossible_day: a day no such month has ("Feb. 31", "2/29/2015") keeps its
    TIMEX3 value and gets no interval (the year only when the text wrote it), for a time that does not exist is
    neither another day nor no time at all; a month past 12 or a day past 31 is no date."""
    try:
        return _day(dt.date(y, month, day))
    except ValueError as e:
        if not (1 <= month <= len(calendar.month_name) - 1 and 1 <= day <= _LONGEST_MONTH and 1 <= y < dt.MAXYEAR):
            raise _Reject from e
    timex = f"{f'{y:04d}' if written_year else 'XXXX'}-{month:02d}-{day:02d}"
    return attrs.evolve(_value(timex), granularity=Granularity.DAY)


def _dmy_year(ctx: _Context, month: int, day: int, first: str) -> int:
    """The year of a day and month told without one, by tense (a firm preference puts this month's day on the
    right side of the anchor) and by "last" / "next" (never the anchor's own day)."""
    y = _month_year(ctx, month)
    if ctx.strict and month == ctx.day.month:
        # this month's day on the wrong side of the reference is a year away
        if ctx.tense == _PAST and day > ctx.day.day:
            y -= 1
        elif ctx.tense == _FUTURE and day < ctx.day.day:
            y += 1
    if first in {"last", "next"} and (month, day) == (ctx.day.month, ctx.day.day):
        y += -1 if first == "last" else 1  # "last April 19" said on April 19: a year before
    return _leap_year_for(y, month, day, -1 if ctx.tense == _PAST else 1)


_LEAP_DAY = (2, 29)


def _leap_year_for(y: int, month: int, day: int, step: int) -> int:
    """*y*, or for February 29 in a common year the nearest leap year in the direction *step* (rule leap_day:
    "Feb. 29" read in 2017 is 2016's)."""
    if (month, day) != _LEAP_DAY:
        return y
    while not calendar.isleap(y):
        y += step
    return y


@attrs.frozen(kw_only=True)
class _Holiday:
    """One row of ``holidays.tsv``: how to find the holiday's day in a given year."""

    rule: str
    args: tuple[int, ...]

    def day(self, year: int) -> dt.date:
        """The holiday's day in *year*.

        >>> _holidays()["thanksgiving"].day(2017), _holidays()["good friday"].day(2017)
        (datetime.date(2017, 11, 23), datetime.date(2017, 4, 14))
        """
        if self.rule == "fixed":
            return dt.date(year, self.args[0], self.args[1])
        if self.rule == "hijri":
            return self.days(year, year)[0]
        if self.rule == "easter":
            return _easter(year) + dt.timedelta(days=self.args[0])
        month, weekday, n, *offset = self.args
        if n > 0:
            first = dt.date(year, month, 1)
            day = first + dt.timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
        else:
            ny, nm = _add_months(year, month, 1)
            last = dt.date(ny, nm, 1) - dt.timedelta(days=1)
            day = last - dt.timedelta(days=(last.isoweekday() - weekday) % 7 + 7 * (-n - 1))
        return day + dt.timedelta(days=offset[0] if offset else 0)

    def days(self, first: int, last: int) -> list[dt.date]:
        """The holiday's (first) days in the years *first* to *last*, in order: a holiday of the Islamic calendar
        (354 or 355 days a year) may come twice in one year.

        >>> _holidays()["eid al-fitr"].days(2000, 2000)
        [datetime.date(2000, 1, 8), datetime.date(2000, 12, 28)]
        """
        if self.rule != "hijri":
            return [self.day(y) for y in range(first, last + 1)]
        month, day = self.args[0], self.args[1] or 1
        around = int((first - _HIJRI_EPOCH_YEAR) * _HIJRI_YEARS_PER_YEAR)
        found = (_hijri_date(h, month, day) for h in range(around - 1, around + (last - first) + 3))
        return [d for d in found if first <= d.year <= last]

    def length(self) -> int:
        """How many days the holiday lasts: a whole month of the Islamic calendar ("Ramadan") or one day."""
        return _hijri_month_days(self.args[0]) if self.rule == "hijri" and self.args[1] == 0 else 1


_HIJRI_EPOCH_YEAR = 622
_HIJRI_YEARS_PER_YEAR = 1.0307
"""Islamic (lunar) years in a Gregorian year, about 365.2425 / 354.367."""
_HIJRI_EPOCH_JDN = 1948439
"""The Julian day number before 1 Muharram AH 1 (16 July 622, Julian) in the tabular (civil) Islamic calendar."""
_ORDINAL_JDN = 1721425
"""The Julian day number before 1 January AD 1 (proleptic Gregorian), to turn a day number into a date."""


def _hijri_date(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of a day of the tabular Islamic calendar (the arithmetic, civil one: the observed
    months start with the new moon's sighting, a day or two from it).

    >>> _hijri_date(1, 1, 1), _hijri_date(1445, 9, 1)
    (datetime.date(622, 7, 19), datetime.date(2024, 3, 11))
    """
    jdn = day + (59 * (month - 1) + 1) // 2 + (year - 1) * 354 + (3 + 11 * year) // 30 + _HIJRI_EPOCH_JDN
    return dt.date.fromordinal(jdn - _ORDINAL_JDN)


def _hijri_month_days(month: int) -> int:
    """The days of a month of the tabular Islamic calendar in a common year: 30 in odd months, 29 in even ones."""
    return 30 if month % 2 else 29


@functools.cache
def _holidays() -> Mapping[str, _Holiday]:
    """``holidays.tsv``: holiday name (lower case) -> its rule."""
    out = {}
    for row in rows("holidays.tsv"):
        name, rule, args = row[0], row[1], row[2]
        numbers = tuple(int(a) for a in args.replace("-", " -").split()) if rule not in {"fixed", "hijri"} else ()
        if rule in {"fixed", "hijri"}:
            month, _, day = args.partition("-")
            numbers = (int(month), int(day or 0))  # a hijri month alone ("09"): the whole month
        out[name] = _Holiday(rule=rule, args=numbers)
    return MappingProxyType(out)


def _easter(year: int) -> dt.date:
    """Easter Sunday of *year* in the Gregorian calendar (the anonymous Gregorian computus).

    >>> _easter(2018), _easter(2019)
    (datetime.date(2018, 4, 1), datetime.date(2019, 4, 21))
    """
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


_HOLIDAY_SIDES = MappingProxyType({"last": -1, "previous": -1, "this": 0, "next": 1, "coming": 1})


def _h_holiday(text: str, ctx: _Context) -> TimeValue:
    low = " ".join(text.lower().split())
    side = _HOLIDAY_SIDES.get(low.split()[0])
    if side is not None:  # rule relative_holiday: "last Thanksgiving", "next Easter", "this Christmas"
        low = low.split(None, 1)[1]
        if side and ctx.anchor is not None:
            moved = _day(ctx.day + dt.timedelta(days=side))
            ctx = attrs.evolve(ctx, anchor=moved, tense=_PAST if side < 0 else _FUTURE)
        elif ctx.anchor is not None and not _rx(_YEAR_IN).search(low):
            low = f"{low} {ctx.day.year}"
    table = _holidays()
    name = max((n for n in table if low.startswith(n)), key=len, default=None)
    if name is None:
        raise _Reject
    holiday = table[name]
    year = _year_in(low[len(name) :], ctx) if ctx.anchor is not None or _rx(_YEAR_IN).search(low) else None
    if year is not None:
        return _holiday_value(holiday, holiday.day(year))
    if ctx.anchor is None:
        if holiday.rule != "fixed":
            return _value("XXXX")  # a movable feast without a year: its year is unknown
        return _value(f"XXXX-{holiday.args[0]:02d}-{holiday.args[1]:02d}")
    ref = ctx.day
    days = holiday.days(ref.year - 1, ref.year + 1)
    if ctx.tense == _FUTURE:
        return _holiday_value(holiday, next(d for d in days if d >= ref))
    if ctx.tense == _PAST:
        return _holiday_value(holiday, next(d for d in reversed(days) if d <= ref))
    return _holiday_value(holiday, min(days, key=lambda d: abs((d - ref).days)))


def _holiday_value(holiday: _Holiday, first: dt.date) -> TimeValue:
    """The holiday starting on *first*: its day, or the range of its days (a month: "Ramadan")."""
    if holiday.length() == 1:
        return _day(first)
    return _range_value(_day(first), _day(first + dt.timedelta(days=holiday.length() - 1)))


def _h_quarter_abbr(text: str, ctx: _Context) -> TimeValue:
    """ "Q3 2019", "2019 Q3", "H1 2016", "Q3": a quarter or a half, this year's if no year is given."""
    m = _rx(r"([QH])([1-4])").search(text)
    if m is None or (m.group(1) == "H" and m.group(2) not in {"1", "2"}):
        raise _Reject
    y = _year_in(text, ctx)
    if y is None:
        if ctx.anchor is None:
            return _value(f"XXXX-{m.group(1)}{m.group(2)}")
        y = ctx.day.year
    return _value(f"{y:04d}-{m.group(1)}{m.group(2)}")


def _h_iso(text: str, ctx: _Context) -> TimeValue:
    del ctx
    if (m := _rx(r"(\d{4})-(\d\d)-(\d\d)").fullmatch(text)) is not None:
        return _calendar_day(int(m[1]), int(m[2]), int(m[3]))
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError as e:
        raise _Reject from e
    if "T" in text:
        return _value(moment.strftime("%Y-%m-%dT%H:%M"))
    return _day(moment.date())


def _h_slash(text: str, ctx: _Context) -> TimeValue:
    del ctx
    m_s, d_s, y_s = text.split("/")
    return _calendar_day(_full_year(y_s), int(m_s), int(d_s))


_CLOCK = (
    r"(?i)(\d{1,2})(?::(\d\d))?\s*(a\.?m|p\.?m|o'clock|in\s+the\s+(?:morning|afternoon|evening)|at\s+night)?"
    r"|(noon|midday|midnight)"
)
_HALF_OF_PART = MappingProxyType({"morning": "am", "afternoon": "pm", "evening": "pm", "night": "pm"})
"""Rule clock_part: the half of the day a part of the day gives an hour ("4 in the morning", "10 at night")."""


def _h_clock(text: str, ctx: _Context) -> TimeValue:
    m = _rx(_CLOCK).search(text)
    if m is None:
        raise _Reject
    if m.group(4):
        hour, minute = (24, 0) if m.group(4).lower() == "midnight" else (12, 0)  # midnight ends its day: T24:00
    else:
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        half = (m.group(3) or "").lower().replace(".", "")
        half = _HALF_OF_PART.get(half.split()[-1], half) if half else half
        if half == "pm" and hour < 12:
            hour += 12
        elif half == "am" and hour == 12:
            hour = 0
    if (hour > 23 and (hour, minute) != (24, 0)) or minute > 59:
        raise _Reject
    low = text.lower()
    lex = _lexicon()
    day: dt.date | None = None
    for word, iso in lex.weekdays.items():
        if _rx(rf"\b{re.escape(word)}").search(low):
            day = _weekday(ctx, iso, "")
    found = _month_in(text)
    dom = _rx(r"(?<![\d:])(\d{1,2})(?:st|nd|rd|th)?\s*$").search(text)
    if found is not None and dom is not None:
        day = dt.date(_month_year(ctx, found[1]), found[1], int(dom.group(1)))
    if day is None:
        offset = 1 if "tomorrow" in low else -1 if "yesterday" in low else 0
        day = ctx.day + dt.timedelta(days=offset)
    return _value(f"{day.isoformat()}T{hour:02d}:{minute:02d}", mod=_mod_of(text))


def _h_week_of_day(text: str, ctx: _Context) -> TimeValue:
    """ "the week of March 6": the ISO week (or its weekend) holding that day."""
    m = _rx(r"(?i)(?:the\s+)?(week|weekend)\s+of\s+(.+)").fullmatch(text)
    if m is None:
        raise _Reject
    day = _h_dmy(m.group(2), ctx)
    if day.start is None:
        return _value(f"XXXX-WXX{'-WE' if m.group(1).lower() == 'weekend' else ''}")
    return _week(day.start.date(), weekend=m.group(1).lower() == "weekend")


def _h_month_year(text: str, ctx: _Context) -> TimeValue:
    del ctx
    found = _month_in(text)
    years = _rx(_YEAR_IN).findall(text)
    year = int(years[-1]) if years else _spoken_year(text)  # "March nineteen eighty-six"
    if found is None or year is None:
        raise _Reject
    month = found[1]
    return _with_mod(_month(year, month), _mod_of(text))


def _h_month_rel(text: str, ctx: _Context) -> TimeValue:
    found = _month_in(text)
    if found is None:
        raise _Reject
    month = found[1]
    low = text.lower()
    y = ctx.day.year + (1 if "next" in low else -1 if "last" in low else 0)
    return _month(y, month)


def _h_wd_set(text: str, ctx: _Context) -> TimeValue:
    del ctx
    lex = _lexicon()
    words = [w.rstrip("s") for w in text.lower().split()]
    iso = next((lex.weekdays[w] for w in words if w in lex.weekdays), None)
    if iso is None:
        raise _Reject
    pod = lex.parts_of_day.get(words[-1])  # rule weekday_part_set: "Tuesday nights" is every Tuesday night
    return _value(f"XXXX-WXX-{iso}" + (f"T{pod}" if pod else ""), kind=TimeKind.SET)


def _h_weekday(text: str, ctx: _Context) -> TimeValue:  # noqa: C901  one normalization rule's cases (tense, next/last, this)
    lex = _lexicon()
    words = text.split()
    modifier = ""
    iso = None
    pod = None
    for w in words:
        low = w.lower()
        if low in lex.weekdays:
            iso = lex.weekdays[low]
        elif low in _WEEKDAY_MODIFIERS and modifier not in {"last", "next"}:
            modifier = _WEEKDAY_MODIFIERS[low]
        elif low in lex.parts_of_day:
            pod = lex.parts_of_day[low]
    if iso is None:
        raise _Reject
    if ctx.anchor is None:
        return _value(f"XXXX-WXX-{iso}")
    lowered = text.lower()
    if lowered.startswith("the "):  # "the previous Friday": relative to the last mentioned day
        base = next((v for v in reversed(ctx.history) if v.granularity == Granularity.DAY and v.start), None)
        if base is not None and base.start is not None:
            ctx = attrs.evolve(ctx, anchor=_day(base.start.date()))
        modifier = "last" if "previous" in lowered else "" if "same" in lowered else "next"
    if ctx.coarse:
        return _anchor_of(ctx)
    day = _weekday(ctx, iso, modifier)
    if pod is not None:  # rule weekday_part: "late Tuesday night": the part of that day, its edge
        return _with_mod(_value(f"{day.isoformat()}T{pod}"), _mod_of(text))
    return _with_mod(_day(day), _mod_of(text))


def _h_dayword(text: str, ctx: _Context) -> TimeValue:
    low = text.lower()
    lex = _lexicon()
    if ctx.coarse:
        return _anchor_of(ctx)
    ref = ctx.day
    twice = 2 if low.startswith(("day ", "the day ")) else 1  # "the day before yesterday"
    if "yesterday" in low or "last night" in low:
        day = ref - dt.timedelta(days=twice)
    elif "tomorrow" in low:
        day = ref + dt.timedelta(days=twice)
    elif low == "overnight" and ctx.tense != _FUTURE:
        day = ref - dt.timedelta(days=1)  # rule overnight: "shelled the port overnight": the night that just ended
    else:
        day = ref
    pod = next((code for word, code in lex.parts_of_day.items() if _rx(rf"\b{word}\b").search(low)), None)
    if "tonight" in low or "last night" in low:
        pod = "NI"
    if pod is not None:  # rule dayword_part: "late yesterday afternoon", "mid-afternoon yesterday": the part, its edge
        return _with_mod(_value(f"{day.isoformat()}T{pod}"), _mod_of(text))
    return _with_mod(_day(day), _mod_of(text))


_NEWS_WEEK = 7
"""How many days from the anchor a day mentioned just before may lie and still be the day a report is about."""


def _narrative_day(ctx: _Context) -> dt.date:
    """The day the text is about: that of the time mentioned just before, when it is a day within
    :data:`_NEWS_WEEK` days of the anchor, else the anchor's."""
    last = ctx.history[-1] if ctx.history else None
    if last is None or last.start is None or last.granularity not in {Granularity.DAY, *_CLOCK_GRANULARITIES}:
        return ctx.day
    day = last.start.date()
    return day if abs((day - ctx.day).days) <= _NEWS_WEEK else ctx.day


def _h_part_of_day(text: str, ctx: _Context) -> TimeValue:
    """Rule part_of_day: a part of the day with no day of its own ("late afternoon", "in the morning") is the part
    of the day the text is about: "Shares fell Friday. Dealers bought in the morning" is Friday morning."""
    if ctx.coarse:
        return _anchor_of(ctx)
    low = text.lower()
    pod = next((code for word, code in _lexicon().parts_of_day.items() if _rx(rf"{word}\b").search(low)), None)
    if pod is None or ctx.next_tag in tags.NOUN_TAGS:
        raise _Reject  # "in the morning meetings": a kind of meeting, no time
    return _with_mod(_value(f"{_narrative_day(ctx).isoformat()}T{pod}"), _mod_of(text))


def _h_ago(text: str, ctx: _Context) -> TimeValue:  # noqa: C901  one normalization rule's cases (units, vague amounts)
    low = text.lower()
    unit = _unit_of(low)
    n = _count_of(low)
    forward = bool(_rx(r"\b(?:later|from now|hence|after)$").search(low))
    sign = 1 if forward else -1
    deictic = low.endswith("ago") or "from now" in low or "hence" in low
    if n is None:
        if not deictic:  # "a few days later": an unknown stretch after the last mentioned time
            return _anchored_duration(None, unit, attrs.evolve(ctx, anchor=None))
        if ctx.anchor is None:
            raise _Unresolved
        return _value("FUTURE_REF" if forward else "PAST_REF")
    k = round(n)
    length = _unit(unit)
    year = _unit("year").months
    if length.months > year:  # "a decade ago": the year, ten years back
        k *= length.months // year
        unit = "year"
    if ctx.strict and (0 < length.months <= year or length.days > 1) and (deictic or not ctx.history):
        # rule offset_to_the_day: normalize_date reads "two months ago", "in 3 years", "5 weeks later" as the day
        # that far from the reference, as date libraries do (in running text TimeML's month or year stays; "a
        # decade ago" stays a year)
        return _day(_shift(ctx.day, unit, sign * k))
    if deictic:
        if unit == "year" and k == 1 and ctx.history and ctx.history[-1].granularity in _PERIODS:
            # rule year_ago_period: "a year ago" after a quarter or a month is that period a year before; "41
            # years ago" compares no reporting periods and stays a year
            return _shift_value(ctx.history[-1], unit, sign * k)
        if length.days > 1:  # "two weeks ago": the day, fourteen days back
            return _relative(ctx, "day", sign * k * length.days)
        return _relative(ctx, unit, sign * k)
    # "a year earlier", "two days later": relative to the last mentioned time
    if ctx.history:
        base = ctx.history[-1]
        unit_gran = _gran(unit)
        if _RANK[base.granularity] > _RANK[unit_gran]:
            return base
        if base.start is not None and base.granularity not in _PERIODS and _RANK[base.granularity] < _RANK[unit_gran]:
            return _at_unit(_shift(base.start.date(), unit, sign * k), unit)
        return _shift_value(base, unit, sign * k)
    return _relative(ctx, unit, sign * k)


_PERIODS = frozenset({Granularity.QUARTER, Granularity.HALF_YEAR, Granularity.MONTH, Granularity.SEASON})
"""Reporting periods: "a year earlier" after one of them means the same period a year before."""


def _h_year_ago(text: str, ctx: _Context) -> TimeValue:
    del text
    if ctx.history and ctx.history[-1].granularity in _PERIODS:
        return _shift_value(ctx.history[-1], "year", -1)
    return _year(ctx.day.year - 1)


def _latest_quarter(ctx: _Context, *, ended: bool = False) -> tuple[int, int]:
    """The last quarter mentioned, else the one before the anchor's. *ended*: only a quarter over by the anchor
    (rule latest_quarter: "a fourth-quarter charge ... fell in the latest quarter" is the third quarter)."""
    for v in reversed(ctx.history):
        if v.granularity == Granularity.QUARTER and v.start is not None:
            if ended and v.end is not None and v.end.date() > ctx.day:
                continue
            return _quarter_of(v.start.date())
    return _shift_quarter(*_quarter_of(ctx.day), -1)


def _year_in(text: str, ctx: _Context) -> int | None:
    years = _rx(_YEAR_IN).findall(text)
    if years:
        return int(years[-1])
    low = text.lower()
    if "nineteen" in low:
        return _spoken_year(low)  # "the winter of nineteen eighty-nine"
    if "this year" in low:
        return ctx.day.year
    if "last year" in low:
        return ctx.day.year - 1
    if "next year" in low:
        return ctx.day.year + 1
    return None


def _h_quarter(text: str, ctx: _Context) -> TimeValue:
    low = text.lower()
    m = _rx(r"(first|second|third|fourth|1st|2nd|3rd|4th)").search(low)
    if m is None:
        raise _Reject
    q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}[m.group(1)]
    y = _year_in(low, ctx)
    if y is None:
        if ctx.anchor is None:
            return _value(f"XXXX-Q{q}")
        ry, rq = _quarter_of(ctx.day)
        ahead = ctx.tense == _FUTURE and ctx.strict and q < rq  # a firm future: the quarter next year
        behind = ctx.tense != _FUTURE and q > rq
        y = ry + 1 if ahead else ry - 1 if behind else ry
        if "year-" in low:
            y -= 1
    return _quarter(y, q)


def _h_half(text: str, ctx: _Context) -> TimeValue:
    y = _year_in(text, ctx)
    if y is None:
        raise _Reject
    return _value(f"{y:04d}-H{1 if 'first' in text.lower() else 2}")


def _h_year_period(text: str, ctx: _Context) -> TimeValue:
    y = _year_in(text, ctx)
    if y is None:
        raise _Reject
    if ctx.anchor is None:
        return _year(y)
    return _quarter(y, _latest_quarter(ctx)[1])


def _h_year_ended(text: str, ctx: _Context) -> TimeValue:
    """ "The year ended Sept. 30": a reporting period, one unit long."""
    del ctx
    unit = text.lower().split()[-1]
    return TimeValue(timex=_duration_timex(1, unit), kind=TimeKind.DURATION, granularity=_unit(unit).granularity)


def _h_the_unit(text: str, ctx: _Context) -> TimeValue:
    low = text.lower()
    unit = low.split()[-1]
    gran = _unit(unit).granularity
    lex = _lexicon()
    # rule reporting_period: in running text "sales for the year" is this year (the period a report covers);
    # "throughout the year", and "for the year" as a phrase of its own, a stretch of one year
    reporting = ctx.prev_word in lex.period_extent and not ctx.strict and unit != "day"
    if ctx.prev_word in lex.extent and not reporting and low.startswith("the "):
        return TimeValue(timex=_duration_timex(1, unit), kind=TimeKind.DURATION, granularity=gran)
    if ctx.coarser_than(gran):
        return _anchor_of(ctx)
    return _with_mod(_at_unit(ctx.day, unit), _mod_of(low))


def _h_year_end(text: str, ctx: _Context) -> TimeValue:
    del text
    base = next((v for v in reversed(ctx.history) if v.granularity == Granularity.YEAR and v.start is not None), None)
    year = base.start.year if base is not None and base.start is not None else ctx.day.year
    return _year(year, mod="END")


def _spoken_year(text: str) -> int | None:
    """The year *text* says in words ("nineteen eighty-nine", "the year two thousand and five"), if it says one."""
    words = _rx(r"[a-z]+").findall(text.lower())
    for word, century in (("nineteen", 1900), ("thousand", 2000)):
        if word in words:
            return century + sum(_number_words().get(w, 0) for w in words[words.index(word) + 1 :])
    return None


def _h_year_words(text: str, ctx: _Context) -> TimeValue:
    del ctx
    year = _spoken_year(text)
    if year is None:
        raise _Reject
    return _year(year)


_ENDED_QUARTER_WORDS = ("latest", "recent", "last", "past", "year-")
"""Words that make "the ... quarter" one already over, or a year before one ("the latest quarter", "the most recent
quarter", "the year-ago period")."""


def _h_quarter_ana(text: str, ctx: _Context) -> TimeValue:
    low = text.lower()
    if "current" in low:
        return _quarter(*_quarter_of(ctx.day))
    y, q = _latest_quarter(ctx, ended=any(w in low for w in _ENDED_QUARTER_WORDS))
    if "year-" in low:
        y -= 1
    elif any(w in low for w in ("previous", "prior", "preceding")):
        y, q = _shift_quarter(y, q, -1)
    return _quarter(y, q)


_REL_OFFSET = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0, "current": 0}


def _h_rel_unit(text: str, ctx: _Context) -> TimeValue:
    low = text.lower()
    words = low.split()
    lex = _lexicon()
    offset = next((_REL_OFFSET[w] for w in words if w in _REL_OFFSET), 0)
    last = words[-1]
    mod = _mod_of(low)
    if last in lex.seasons:
        code = lex.seasons[last]
        ref = ctx.day
        y = _winter_year(ref, offset, ctx.tense) if code == "WI" else ref.year + offset
        return _with_mod(_value(f"{y:04d}-{code}"), mod)
    if last == "weekend":
        ref = ctx.day
        monday = ref - dt.timedelta(days=ref.isoweekday() - 1)
        return _week(monday + dt.timedelta(weeks=offset), weekend=True)
    value = _with_mod(_relative(ctx, last, offset), mod)
    return _period_part(value, words[0], ctx) if words[0] in _PART_WORDS else value


_PART_WORDS = frozenset({"earlier", "later"})


def _period_part(value: TimeValue, word: str, ctx: _Context) -> TimeValue:
    """Rule period_part: "earlier this year" is the year up to the anchor day (at most its first half), "later
    this week" the week from the anchor day (at least its second half); in a period the anchor is not in, its
    first or second half ("earlier last week"). The timex stays the period's: TIMEX3 has no value for the part.

    >>> v = normalize_date("later this month", reference=dt.date(2018, 5, 10))
    >>> v.timex, v.start.date(), v.end.date()
    ('2018-05', datetime.date(2018, 5, 16), datetime.date(2018, 6, 1))
    """
    if value.start is None or value.end is None or ctx.anchor is None or ctx.anchor.start is None:
        return value
    middle = value.start + (value.end - value.start) / 2
    middle = middle.replace(day=1) if _RANK[value.granularity] >= _RANK[Granularity.YEAR] else middle
    middle = _midnight(middle.date())
    day = _midnight(ctx.day)
    inside = value.start <= day < value.end
    if word == "earlier":
        start, end = value.start, min(day, middle) if inside else middle
    else:
        start, end = max(day, middle) if inside else middle, value.end
    return attrs.evolve(value, start=start, end=end) if start < end else value


def _h_ana(text: str, ctx: _Context) -> TimeValue:
    low = text.lower()
    unit = _unit_of(low) if _unit_word_rx().search(low) else "day"
    pod = next((code for word, code in _lexicon().parts_of_day.items() if word in low.split()), None)
    if pod is not None:
        unit = "day"
    offset = 0
    if any(w in low for w in ("following", "next", "after")):
        offset = 1
    elif any(w in low for w in ("previous", "preceding", "prior", "before")):
        offset = -1
    gran = _gran(unit)
    latest = next((v for v in reversed(ctx.history) if v.start is not None), None)
    if offset == 0 and pod is None and latest is not None and _RANK[latest.granularity] > _RANK[gran]:
        return latest  # "Last summer ... That month": no finer time to point at; the coarser one holds it
    base = next(
        (v for v in reversed(ctx.history) if v.start is not None and _RANK[v.granularity] <= _RANK[gran]),
        None,
    )
    if base is None or base.start is None:
        if ctx.anchor is None:
            raise _Unresolved
        base_day = ctx.day
    else:
        base_day = base.start.date()
    day = _shift(base_day, unit, offset)
    if "weekend" in low.split():  # rule ana_weekend: "that weekend" is the weekend of that week, not the week
        return _week(day, weekend=True)
    value = _at_unit(day, unit)
    if pod is not None and value.start is not None:
        return _value(f"{value.start.date().isoformat()}T{pod}")
    return value


def _h_weekend(text: str, ctx: _Context) -> TimeValue:
    del text
    ref = ctx.day
    monday = ref - dt.timedelta(days=ref.isoweekday() - 1)
    if ctx.tense == _FUTURE or ref.isoweekday() >= 6:
        return _week(monday, weekend=True)
    return _week(monday - dt.timedelta(weeks=1), weekend=True)


def _h_season(text: str, ctx: _Context) -> TimeValue:
    low = text.lower()
    lex = _lexicon()
    code = next((c for w, c in lex.seasons.items() if _rx(rf"\b{w}\b").search(low)), None)
    if code is None:
        raise _Reject
    mod = _mod_of(low)
    y = _year_in(low, ctx)
    if y is None:
        if ctx.anchor is None:
            return _value(f"XXXX-{code}")
        ref = ctx.day
        y = ref.year
        start_month = _SEASONS[code]
        if code == "WI":
            y = _winter_year(ref, 0, ctx.tense)
        elif ctx.tense == _PAST and start_month > ref.month:
            y -= 1
        elif ctx.tense == _FUTURE and start_month + 3 <= ref.month:
            y += 1
    return _with_mod(_value(f"{y:04d}-{code}"), mod)


def _winter_year(ref: dt.date, offset: int, tense: str | None) -> int:
    """The year of "this" (*offset* 0), "last" (-1) or "next" (+1) winter seen from *ref* (winter Y runs from
    December Y-1 to February Y).

    Rule winter_year: between March and November the latest winter has ended, so "last winter" is that one
    and "this winter" in the future tense is the coming one.
    """
    current = ref.year + (1 if ref.month == 12 else 0)  # the winter under way or the latest one
    ended = _WINTER_ENDS <= ref.month < 12
    if offset < 0:
        return current - (0 if ended else 1)
    if offset > 0:
        return current + 1
    return current + (1 if ended and tense == _FUTURE else 0)


def _h_decade(text: str, ctx: _Context) -> TimeValue:
    low = text.lower()
    mod = _mod_of(low.removeprefix("the "))
    if "century" in low:
        m = _rx(r"(\d{1,2})(?:st|nd|rd|th)").search(low)
        lex = _lexicon()
        n: int | None
        if m is not None:
            n = int(m.group(1))
        else:
            word = _rx(r"([a-z-]+)[-\s]century").search(low)
            named = {"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21}
            n = None
            if word is not None:
                n = named.get(word.group(1), lex.ordinals.get(word.group(1)))
        if n is None or not 1 <= n <= 99:
            raise _Reject
        return _with_mod(_value(f"{n - 1:02d}"), mod)
    m = _rx(r"(\d{4})['’]?s").search(low)
    if m is not None:
        return _with_mod(_value(m.group(1)[:3]), mod)
    m = _rx(r"['’](\d)0['’]?s").search(low)
    if m is None:
        raise _Reject
    ref_year = ctx.day.year if ctx.anchor is not None else 2000
    century = ref_year // 100
    if century * 100 + int(m.group(1)) * 10 > ref_year:
        century -= 1
    return _with_mod(_value(f"{century:02d}{m.group(1)}"), mod)


def _h_year(text: str, ctx: _Context) -> TimeValue:
    del ctx
    years = _rx(_YEAR_IN).findall(text)
    if not years:
        raise _Reject
    return _year(int(years[-1]), mod=_mod_of(text))


def _h_month(text: str, ctx: _Context) -> TimeValue:
    found = _month_in(text)
    if found is None:
        raise _Reject
    word, month = found
    tag = next((tg for tx, tg in ctx.tokens if tx == word), None)
    if tag is not None and (tag == "MD" or tag.startswith("VB")):
        raise _Reject  # "may" the modal, "March" the verb
    if word == "May" and tag is not None and not tag.startswith("NN"):
        raise _Reject
    if text == "May" and ctx.next_tag in _WISH_SUBJECT_TAGS and not _inside_sentence(ctx):
        raise _Reject  # rule may_wish: "May the talks succeed", "May God bless you": a wish, not the month
    if text.startswith(word) and ctx.prev_tag == "MD":
        raise _Reject  # "will March": a verb after a modal
    if text.startswith(word) and ctx.prev_tag == "NNP" and ctx.prev_raw[:1].isupper():
        raise _Reject  # a surname: "Prime Minister May"
    if text == word and ctx.prev_tag in _SUBJECT_TAGS and ctx.next_tag in _VERB_FOLLOWER_TAGS:
        raise _Reject  # rule month_verb: "They May leave soon", "Workers March to the square": a verb after its subject
    low = text.lower()
    modifier = next((w for w in ("last", "next", "this") if low.startswith(w)), "")
    mod = _mod_of(low)
    if ctx.anchor is None:
        return _value(f"XXXX-{month:02d}", mod=mod)
    if ctx.coarser_than(Granularity.MONTH):
        return _anchor_of(ctx)
    return _with_mod(_month(_month_year(ctx, month, modifier), month), mod)


_WISH_SUBJECT_TAGS = frozenset({"DT", "PRP", "PRP$"}) | tags.PROPER_NOUN_TAGS
"""What follows "May" opening a wish: its subject ("the talks", "they", "God")."""
_SUBJECT_TAGS = frozenset({"PRP", "NNS", "NNPS"})
"""What a month word read as a verb follows: its subject ("they", "workers")."""
_VERB_FOLLOWER_TAGS = frozenset({"VB", "TO", "IN", "RB", "DT"})
"""What follows a month word read as a verb after its subject: the verb a modal governs ("May leave"), or what
follows a verb of motion ("March to", "March on", "March the prisoners"); a date is followed by a number or a noun."""


def _set_timex(word: str, *, count: float = 1.0) -> str | None:
    """The TIMEX3 value of "every *count* *word*", ``None`` if *word* does not recur."""
    lex = _lexicon()
    if word in lex.parts_of_day:  # before the units: "every night" is the night, not a day
        return f"XXXX-XX-XXT{lex.parts_of_day[word]}"
    if word in lex.units:
        return lex.units[word].duration(count)
    if word == "weekend":
        return f"P{_fmt_count(count)}WE"
    if word in lex.seasons:
        return f"XXXX-{lex.seasons[word]}"
    return None


def _h_set(text: str, ctx: _Context) -> TimeValue:
    del ctx
    low = text.lower()
    lex = _lexicon()
    if low in lex.sets:
        return _value(lex.sets[low], kind=TimeKind.SET)
    words = low.split()
    last = words[-1]
    month = lex.months.get(last)
    if month is not None:
        return _value(f"XXXX-{month:02d}", kind=TimeKind.SET)
    last = lex.unit_words.get(last, last.removesuffix("s") if last == "weekends" else last)
    count = 1.0
    if words[0] in {"every", "each"} and len(words) > 2 and words[1] != "other":
        count = _count_of(" ".join(words[1:])) or 1.0  # "every three weeks"
    timex = _set_timex(last, count=2.0 if "other" in words else count)
    if timex is None:
        raise _Reject
    return _value(timex, kind=TimeKind.SET)


_CLOCK_GRANULARITIES = frozenset({Granularity.HOUR, Granularity.MINUTE, Granularity.SECOND})
"""Units of the clock: "3 hours in the future" is a moment, "4 weeks in the future" the weeks up to it."""
_WHOLE_UNITS = frozenset({Granularity.QUARTER, Granularity.DECADE, Granularity.CENTURY})
"""Units counted whole, from their calendar edges: "the last two quarters" are the two quarters before this one,
"the next three decades" the three decades after this one (rule whole_units)."""


def _whole_units(day: dt.date, unit: str, first: int, count: int) -> tuple[dt.datetime, dt.datetime] | None:
    """The *count* calendar units from the *first*-th one after the unit holding *day* (negative: before it)."""
    if _gran(unit, Granularity.UNKNOWN) not in _WHOLE_UNITS:
        return None
    current = _at_unit(day, unit).start
    if current is None:
        return None
    return _midnight(_shift(current.date(), unit, first)), _midnight(_shift(current.date(), unit, first + count))


def _anchored_duration(
    n: float | None, unit: str, ctx: _Context, mod: str | None = None, *, before: bool = False
) -> TimeValue:
    """A duration that ends with its anchor ("for months": through the anchor's day). With *before* ("the past
    three weeks") it ends before the anchor's day when the anchor is a day and the unit a day or longer (rule
    past_units: today is not one of "the past three days"), and counts whole quarters, decades and centuries."""
    timex = _duration_timex(n, unit)
    gran = _gran(unit, Granularity.UNKNOWN)
    if ctx.anchor is None or ctx.anchor.end is None:
        return TimeValue(timex=timex, kind=TimeKind.DURATION, granularity=gran, mod=mod)
    end = ctx.anchor.end
    count = 2 if n is None else max(round(n), 1)
    found = _lexicon().units.get(unit)
    if (
        before
        and ctx.anchor.start is not None
        and ctx.anchor.granularity == Granularity.DAY
        and found
        and (found.days or found.months)
    ):
        whole = _whole_units(ctx.anchor.start.date(), unit, -count, count)
        start, end = whole if whole is not None else (_midnight(_shift(ctx.day, unit, -count)), ctx.anchor.start)
        return TimeValue(timex=timex, kind=TimeKind.DURATION, granularity=gran, start=start, end=end, mod=mod)
    start = _midnight(_shift(end.date(), unit, -count))
    if not start < end:
        start = end - dt.timedelta(days=1)
    return TimeValue(timex=timex, kind=TimeKind.DURATION, granularity=gran, start=start, end=end, mod=mod)


def _forward_duration(n: float, unit: str, ctx: _Context, mod: str | None) -> TimeValue:
    """A duration that starts when its anchor ends ("the next three days" after publication); whole quarters,
    decades and centuries start at the next one (rule whole_units)."""
    timex = _duration_timex(n, unit)
    gran = _gran(unit, Granularity.UNKNOWN)
    found = _lexicon().units.get(unit)
    if ctx.anchor is None or ctx.anchor.end is None or found is None or not (found.days or found.months):
        return TimeValue(timex=timex, kind=TimeKind.DURATION, granularity=gran, mod=mod)
    start = ctx.anchor.end
    whole = _whole_units(start.date() - dt.timedelta(days=1), unit, 1, max(round(n), 1))
    start, end = whole if whole is not None else (start, _midnight(_shift(start.date(), unit, max(round(n), 1))))
    return TimeValue(timex=timex, kind=TimeKind.DURATION, granularity=gran, start=start, end=end, mod=mod)


_RATE_WORDS = frozenset({"percent", "%", "times", "once", "twice", "thrice", "dollars", "cents", "points"})


def _h_dur(text: str, ctx: _Context) -> TimeValue:
    low = text.lower()
    unit = _unit_of(low)
    n = _count_of(low)
    if unit == "second" and _rx(r"(?:the\s+)?an?\s+second").match(low):
        raise _Reject  # "a second time"
    if _rx(r"[-\s]old$").search(low):
        raise _Reject  # "a 42-year-old", "Ms Roe, 52 years old": an age, not a time
    if _rx(r"an?\s+[a-z]+").fullmatch(low) and (ctx.prev_word in _RATE_WORDS or ctx.prev_word[:1].isdigit()):
        return _value(_duration_timex(1, unit), kind=TimeKind.SET)  # "20 percent a year", "twice a week"
    mod = _mod_of(low.removeprefix("the ").removeprefix("a ").removeprefix("an "))
    looks_back = _rx(r"(?:the\s+)?(?:past|last|previous)\b").match(low) is not None
    if looks_back or (ctx.prev_word in {"for", "over"} and ctx.perfect):
        return _anchored_duration(n, unit, ctx, mod, before=looks_back and n is not None)
    if n is not None and _rx(r"(?:the\s+)?(?:next|coming|following)\b").match(low) and ctx.anchor is not None:
        return _forward_duration(n, unit, ctx, mod)  # "the next three days": from the day after the anchor
    return TimeValue(
        timex=_duration_timex(n, unit),
        kind=TimeKind.DURATION,
        granularity=_gran(unit, Granularity.UNKNOWN),
        mod=mod,
    )


def _h_dur_abbr(text: str, ctx: _Context) -> TimeValue:
    """ "3 hrs", "10d", "3.5years": a number and an abbreviated or attached unit."""
    del ctx
    m = _rx(r"(\d+(?:\.\d+)?)\s?([A-Za-z]+)").fullmatch(text)
    if m is None:
        raise _Reject
    lex = _lexicon()
    word = m.group(2)
    unit = lex.unit_abbreviations.get(word) or lex.unit_words.get(word.lower())
    if unit is None:
        raise _Reject
    n = float(m.group(1))
    return TimeValue(timex=_duration_timex(n, unit), kind=TimeKind.DURATION, granularity=_unit(unit).granularity)


def _h_dur_all(text: str, ctx: _Context) -> TimeValue:
    """ "all day", "another week": one unit long."""
    del ctx
    unit = _unit_of(text.lower())
    return TimeValue(timex=_duration_timex(1, unit), kind=TimeKind.DURATION, granularity=_unit(unit).granularity)


def _h_dur_bare(text: str, ctx: _Context) -> TimeValue:
    low = text.lower()
    unit = _unit_of(low)
    if low.startswith(("coming", "the coming", "the next")):
        return _anchored_duration(None, unit, attrs.evolve(ctx, anchor=None))
    if low.startswith("recent"):
        return _anchored_duration(None, unit, ctx)
    looks_back = low.startswith(("the past", "the last"))
    if looks_back or (ctx.prev_word in {"for", "over", "in"} and ctx.tense != _FUTURE):
        return _anchored_duration(None, unit, ctx)
    return _anchored_duration(None, unit, attrs.evolve(ctx, anchor=None))


def _h_vague(text: str, ctx: _Context) -> TimeValue:
    low = " ".join(text.lower().split())
    timex = _lexicon().vague.get(low)
    if timex is None:
        raise _Reject
    if low == "soon" and ctx.prev_word == "as":
        raise _Reject
    return _value(timex)


_SHIFTING_RULES = frozenset({"ago", "year_ago", "quarter_ana", "year_period"})
"""Rules whose values are shifted from an earlier mention: they do not become antecedents themselves
(else "a year earlier ... a year earlier" would drift a year each time)."""


_NAME_PRONE_RULES = frozenset({"set", "vague", "dayword"})
_SENTENCE_OPENERS = frozenset({"", ".", "!", "?", ":", ";", "—", "–", "--", "(", "[", "“", "‘", '"', "'", "``"})


def _inside_sentence(ctx: _Context) -> bool:
    """Whether the expression follows a word of its sentence (not a sentence opening)."""
    if ctx.sentence_initial or ctx.prev_raw.endswith("."):  # "... Co. Recently, ...": a missed sentence end
        return False
    return ctx.prev_raw not in _SENTENCE_OPENERS and ctx.prev_raw[:1] not in {"“", '"', "‘", "'", "("}


def _interpret(rule: str, text: str, ctx: _Context) -> TimeValue | None:
    """The value of one match, ``None`` if it needs a reference it lacks; raises _Reject."""
    if rule in _NAME_PRONE_RULES and text[:1].isupper() and _inside_sentence(ctx):
        raise _Reject  # "the Daily Caller", "USA TODAY", "Current Affairs": part of a name
    try:
        return _rule_table()[rule].normalize(text, ctx)
    except _Unresolved:
        return None
    except (ValueError, OverflowError):
        # calendar arithmetic out of range (year 9999 + 1): recognized, not normalizable. A KeyError or
        # an IndexError is a bug in a rule's normalization and is not caught here.
        return None


# =========================================================================== tense

_FUTURE_WORDS = frozenset({"will", "'ll", "’ll", "shall", "wo"})
_SCHEDULE_WORDS = frozenset(
    {"scheduled", "expected", "due", "set", "planned", "slated", "going", "plans", "plan", "planning"}
)
_HAVE = frozenset({"have", "has", "had", "'ve", "’ve"})
_OPEN_MODALS = frozenset({"would", "may", "might"})
"""Modals of an act not yet done or only possible: a weekday under one is the nearer one, before or after."""
_PLAN_VERBS = frozenset({"planned", "scheduled"})
_WINDOW = 10
_CLAUSE_WINDOW = 20
"""Tokens searched for an expression's verb: within its own clause up to this far, else within :data:`_WINDOW`."""
_CLAUSE_BREAKS = frozenset({",", ";", ":", "—", "–", "-", "--", "(", ")"})


def _be_to(tokens: Sequence[Token], i: int, last: int) -> bool:
    """Whether token *i* is a form of "be" followed by "to" and a verb ("is to resume", "were to meet")."""
    return (
        i + 2 < last
        and tokens[i + 1].text.lower() == "to"
        and tokens[i + 2].tag == "VB"
        and morphology.lemmatize(tokens[i].text.lower(), tokens[i].tag) == "be"
    )


_TENSED_TAGS = frozenset({"MD", "VBD", "VBZ", "VBP", "VBN"})


def _tense_index(tokens: Sequence[Token], first: int, last: int) -> tuple[list[int], list[int]]:
    """The indexes of the tokens ``[first, last)`` that may carry a tense (:func:`_tense`), and of the clause breaks."""
    tensed = [i for i in range(first, last) if tokens[i][3] in _TENSED_TAGS]
    breaks = [i for i in range(first, last) if tokens[i][2] in _CLAUSE_BREAKS]
    return tensed, breaks


def _tense(
    tokens: Sequence[Token], lo: int, hi: int, first: int, last: int, *, index: tuple[list[int], list[int]]
) -> tuple[str | None, bool]:
    """The tense of the verb nearest tokens ``[lo, hi)`` within their sentence, and whether it is perfect.

    *index* is :func:`_tense_index` of the sentence's tokens ``[first, last)``.
    """
    if _reduced_relative(tokens, lo, first):
        return _PAST, False
    tensed, breaks = index
    best: tuple[int, int] | None = None  # (distance, index)
    lower = bisect.bisect_left(tensed, max(first, lo - _CLAUSE_WINDOW))
    upper = bisect.bisect_left(tensed, min(last, hi + _CLAUSE_WINDOW))
    for i in tensed[lower:upper]:
        if lo <= i < hi:
            continue
        if (
            tokens[i].tag == "VBN"
            and not (i > first and tokens[i - 1].text.lower() in _HAVE)
            and not _reduced_plan(tokens, i, first, last)
        ):
            continue
        dist = lo - i if i < lo else i - hi + 1
        between = (i + 1, lo) if i < lo else (hi, i)
        k = bisect.bisect_left(breaks, between[0])
        if k < len(breaks) and breaks[k] < between[1]:
            dist += _WINDOW  # the verb of another clause counts only when its own clause has none
        elif dist > _WINDOW:
            dist = _WINDOW  # far in the same clause: as near as the window's edge
        if dist <= 2 * _WINDOW and (best is None or dist < best[0]):
            best = (dist, i)
    if best is None:
        return None, False
    tense, perfect = _verb_group_tense(tokens, best[1], first, last, plan_first=best[1] < lo)
    if _ahead_by_lead_in(tokens, lo, first, best[1], tense):
        return _FUTURE, False
    return tense, perfect


_UNTIL = frozenset({"until", "till"})


def _ahead_by_lead_in(tokens: Sequence[Token], lo: int, first: int, verb: int, tense: str | None) -> bool:
    """Whether the words just before a time put it ahead whatever the verb at token *verb* says otherwise."""
    if lo <= first:
        return False
    last = tokens[lo - 1].text.lower()
    if tense != _PAST and last in _ahead_ends():  # the phrase is looked at only where its last word is
        before = " ".join(t.text.lower() for t in tokens[max(first, lo - 3) : lo])
        if any(before == w or before.endswith(f" {w}") for w in _lexicon().ahead):
            return True  # rule as_soon_as: "would leave as soon as Tuesday", "could come as early as Friday"
    # rule deferred_until: "postponed the vote until Tuesday", "extended its deadline until Friday": still to come
    return last in _UNTIL and tokens[verb].text.lower() in _deferral_forms()


@functools.cache
def _ahead_ends() -> frozenset[str]:
    """The last words of the ``ahead`` phrases of ``time_words.tsv`` ("as")."""
    return frozenset(w.split()[-1] for w in _lexicon().ahead)


@functools.cache
def _deferral_forms() -> frozenset[str]:
    """Every form of the verbs of putting off (the ``defer`` rows of ``time_words.tsv``)."""
    lemmas = _lexicon().deferrals
    irregular = {form for form, lemma in morphology.irregular_lemmas().items() if lemma in lemmas}
    return frozenset(irregular.union(*map(morphology.verb_forms, lemmas)))


def _reduced_relative(tokens: Sequence[Token], lo: int, first: int) -> bool:
    """Rule reduced_relative: a past participle right after a noun and right before the time ("shares issued July 1",
    "the report released in June") dates what was done, in the past, whatever the tense of the clause around it."""
    i = lo - 2 if lo - 1 > first and tokens[lo - 1].text.lower() in {"on", "in"} else lo - 1
    return (
        i > first
        and tokens[i].tag == "VBN"
        and tokens[i].text.lower() not in _SCHEDULE_WORDS
        and tokens[i - 1].tag in tags.NOUN_TAGS
    )


def _reduced_plan(tokens: Sequence[Token], i: int, first: int, last: int) -> bool:
    """Whether token *i* is a participle of planning before "to" with no auxiliary of its own ("the talks, set to
    resume Monday"): a verb group of its own, unlike "had been scheduled to", whose auxiliary carries the tense."""
    return (
        tokens[i].tag == "VBN"
        and tokens[i].text.lower() in _SCHEDULE_WORDS
        and i + 1 < last
        and tokens[i + 1].text.lower() == "to"
        and not (i > first and (tokens[i - 1].tag or "").startswith(("VB", "MD")))
    )


def _scheduled(tokens: Sequence[Token], i: int, last: int) -> bool:
    """Whether token *i* (or the one after "been" / "being" there) is a word of planning ("scheduled", "due")."""
    if i < last and tokens[i].text.lower() in {"been", "being"}:
        i += 1
    return i < last and tokens[i].text.lower() in _SCHEDULE_WORDS


def _modal_tense(word: str, following: set[str]) -> str | None:
    """The tense a modal gives its verb group (*following*: the words just after it)."""
    if word in _FUTURE_WORDS:
        return _FUTURE
    if word in _OPEN_MODALS and not following & _HAVE:
        return _NEAREST  # rule open_modal: "would travel Thursday", "might come Tuesday": the nearer one
    return None


def _plan_ahead(tokens: Sequence[Token], i: int, first: int, last: int, *, plan_first: bool) -> bool:
    """Whether the verb at token *i*, not in the past tense, reports a plan whose time lies ahead."""
    tok = tokens[i]
    word = tok.text.lower()
    if word in _SCHEDULE_WORDS and (tok.tag in {"VBZ", "VBP"} or _reduced_plan(tokens, i, first, last)):
        return True  # rule present_plan: "plans to hold a news conference", "set to resume Monday"
    # rule perfect_plan: "has scheduled a news conference Thursday"
    return tok.tag == "VBN" and word in _PLAN_VERBS and plan_first and i > first and tokens[i - 1].text.lower() in _HAVE


def _verb_group_tense(
    tokens: Sequence[Token], i: int, first: int, last: int, *, plan_first: bool = True
) -> tuple[str | None, bool]:
    """The tense of the verb group around token *i* (a finite verb, a modal or a participle after "have").

    *plan_first*: the verb comes before the time expression, so a plan it reports may be what the time dates
    ("planned a strike on Friday"); after it, the time dates the planning ("On Friday, they planned ...")."""
    tok = tokens[i]
    word = tok.text.lower()
    following = {t.text.lower() for t in tokens[i + 1 : min(last, i + 4)]}
    if tok.tag == "MD":
        return _modal_tense(word, following), False
    perfect = word in _HAVE or (tok.tag == "VBN") or bool(following & {"been"})
    if tok.tag == "VBN" and i > first and tokens[i - 1].text.lower() == "had":
        return _PAST, True  # rule past_perfect_plan: "had been due to expire Friday" is a plan of the past
    if _be_to(tokens, i, last):
        return _FUTURE, False  # rule be_to: "is to resume trading Tuesday", "was to meet on Friday"
    if tok.tag == "VBD" and word in _PLAN_VERBS and plan_first:
        return _FUTURE, False  # rule planned: "planned a march on Saturday": what was planned lies ahead
    if tok.tag == "VBD" and word not in _HAVE and plan_first and _scheduled(tokens, i + 1, last):
        return _FUTURE, False  # rule past_schedule: "was scheduled to meet Tuesday", "were expected Friday"
    if tok.tag == "VBD":
        return _PAST, perfect and word == "had"
    if _plan_ahead(tokens, i, first, last, plan_first=plan_first) or following & _SCHEDULE_WORDS:
        return _FUTURE, False
    if word in _HAVE or any(t.tag == "VBN" for t in tokens[i + 1 : min(last, i + 3)]):
        return _PAST, True
    if tok.tag == "VBN":
        return _PAST, perfect
    return None, False


# =========================================================================== extraction


@attrs.frozen(kw_only=True)
class _Found:
    start: int
    end: int
    rule: str


_ADJECTIVAL = (
    r"(?i)(?:the|a|an)\s+(?=\S*-|\d(?!\d*(?:st|nd|rd|th)\b)|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)"
)
"""A determiner before an adjectival duration ("a two-year contract", "the third-quarter results")
stays outside the extent, as in TimeML."""


def _found(m: re.Match[str]) -> _Found | None:
    rule = m.lastgroup
    if rule is None:
        return None
    text = m.string
    s, e = m.span()
    while e > s and text[e - 1] in " \t\n,":
        e -= 1
    if rule in {"dur", "quarter"}:
        det = _rx(_ADJECTIVAL).match(text, s, e)
        if det is not None:
            # a duration is adjectival when hyphenated anywhere ("a two-year contract"), a quarter when its last
            # word is ("the third-quarter results"): "the year-ago second quarter" keeps its determiner
            words = text[det.end() : e].split()
            head = " ".join(words) if rule == "dur" else words[-1] if words else ""
            if "-" in head or (rule == "dur" and text[e - 1] != "s"):
                s = det.end()
    return _Found(start=s, end=e, rule=rule) if e > s else None


def _find(text: str, start: int = 0, end: int | None = None) -> list[_Found]:
    pattern = _grammar()
    out = []
    for m in pattern.finditer(text, start, len(text) if end is None else end):
        found = _found(m)
        if found is not None:
            out.append(found)
    return out


_LOOKAHEAD_TOKENS = 9
"""A time expression's head word lies within this many tokens of its first word."""


@functools.cache
def _heads() -> frozenset[str]:
    """Words that make a time expression: months, weekdays, units, time nouns and adverbs."""
    lex = _lexicon()
    words: set[str] = set()
    for group in (lex.months, lex.weekdays, lex.seasons, lex.parts_of_day, lex.sets, lex.ordinals):
        words.update(group)
    words.update(w for entry in lex.vague for w in entry.split())
    words.update(w for entry in lex.numbers for w in entry.split())
    words.update(lex.unit_words)
    words.update(w for name in _holidays() for w in name.split())
    words.update({"q1", "q2", "q3", "q4", "h1", "h2"})
    words.update(w + "s" for w in lex.weekdays)
    words.update(lex.heads)
    words.difference_update(lex.not_heads)
    return frozenset(words)


def _key(token: str) -> tuple[str, str]:
    low = token.lower()
    if "-" in low:
        return low.split("-", 1)[0], low.rsplit("-", 1)[-1]
    return low, low


def _word_kind(word: str, heads: frozenset[str], modifiers: frozenset[str]) -> int:
    """2 for a head word of a time expression (or a digit, or a leading apostrophe), 1 for a modifier, else 0."""
    low = word.lower()
    if word.isalpha():
        return 2 if low in heads else 1 if low in modifiers else 0
    first, last = _key(word)
    digit = _rx(r"\d").search(word) is not None
    if word[:1] in "'’" or first in heads or last in heads or digit:
        return 2
    return 1 if first in modifiers else 0


@functools.cache
def _time_words() -> tuple[frozenset[str], frozenset[str]]:
    """The head and modifier words (lower case), and those some rule may open with.

    A word of letters outside the first set is neither (:func:`_word_kind` 0); one of ASCII letters opens
    a rule as its lower case does (:meth:`claimkit._openings.Table.word_candidates` folds case).
    """
    table = _rule_patterns()[1]
    words = _heads() | _lexicon().modifiers
    return words, frozenset(w for w in words if table.word_candidates(w) != 0)


def _classify(words: Sequence[str]) -> tuple[set[str], set[str]]:
    """The distinct *words* that are head words (:func:`_word_kind` 2), and those some rule may open with.

    Only the words of letters that are time words, and the words not of letters, are looked at closely.
    """
    heads, modifiers = _heads(), _lexicon().modifiers
    time_words, openers = _time_words()
    table = _rule_patterns()[1]
    distinct = set(words)
    letters = list(filter(str.isalpha, distinct))
    heads_at: set[str] = set()
    opening: set[str] = set()
    # the time words among them, picked out without a Python step per word (most words are none)
    for w in itertools.compress(letters, map(time_words.__contains__, map(str.lower, letters))):
        low = w.lower()
        if low in heads:
            heads_at.add(w)
        if low in openers if w.isascii() else table.word_candidates(w) != 0:
            opening.add(w)
    for w in distinct.difference(letters):
        kind = _word_kind(w, heads, modifiers)
        if kind == 2:  # a head word
            heads_at.add(w)
        if kind and table.word_candidates(w) != 0:
            opening.add(w)
    return heads_at, opening


def _find_in_tokens(text: str, tokens: Sequence[Token]) -> list[_Found]:
    """Like :func:`_find`, but tries the grammar only where a head word is near (linear and fast)."""
    words = [t[2] for t in tokens]
    heads_at, opening = _classify(words)
    head_at = list(itertools.compress(range(len(words)), map(heads_at.__contains__, words)))
    head_at.append(len(tokens))
    pattern = _Matcher(text)
    out: list[_Found] = []
    done = 0
    h = 0
    for i in itertools.compress(range(len(words)), map(opening.__contains__, words)):
        while head_at[h] < i:
            h += 1
        start, end = tokens[i][0], tokens[i][1]
        if start < done or head_at[h] - i > _LOOKAHEAD_TOKENS:
            continue
        pos = start
        while pos < end:
            m = pattern.match(pos)
            found = _found(m) if m is not None else None
            if m is None or found is None:
                break
            out.append(found)
            done = pos = m.end()
            if pos < end and text[pos] in "-–":  # the second year of a range inside one token
                pos += 1
            else:
                break
    return out


_TRAILING_FILLER = r"[\s,.;:!?()\"“”'‘’]*"
_LEADING_MARKS = r"(?i)[\s,.;:!?()\"“”'‘’]*"
_LEADING_FILLER = _LEADING_MARKS + r"(?:(?:in|on|at|for|during|of|about|around|as\s+of)\s+)?"
_OPEN_MODS = (
    (r"(?i)^(?:before|prior\s+to|earlier\s+than|in\s+advance\s+of)\s+", TimeMod.BEFORE),
    (r"(?i)^(?:after|later\s+than)\s+", TimeMod.AFTER),
    (r"(?i)^(?:(?:any\s*time\s+)?(?:since|from)|starting(?:\s+from)?|as\s+early\s+as)\s+", TimeMod.ON_OR_AFTER),
    (r"(?i)^(?:until|till|til|through|thru|by|no\s+later\s+than|as\s+late\s+as)\s+", TimeMod.ON_OR_BEFORE),
    (
        (
            r"(?i)^(?:(?:on|at)\s+or\s+(?:before|earlier\s+than)|(?:before|earlier\s+than)\s+or\s+(?:on|in|at|equal\s+to)"
            r"|ending\s+(?:with|on))\s+"
        ),
        TimeMod.ON_OR_BEFORE,
    ),
    (
        r"(?i)^(?:(?:on|at)\s+or\s+after|(?:after|later\s+than)\s+or\s+(?:on|in|at|equal\s+to))\s+",
        TimeMod.ON_OR_AFTER,
    ),
    (r"(?i)^(?:beginning|commencing)(?:\s+(?:on|from|in))?\s+", TimeMod.ON_OR_AFTER),
    (r"(?i)^(?:greater|later)\s+than\s+", TimeMod.AFTER),
    (r"(?i)^(?:sooner|less)\s+than\s+", TimeMod.BEFORE),
    (r"(?i)\s+(?:or|and)\s+(?:later|after|greater|beyond|onwards?)$", TimeMod.ON_OR_AFTER),
    (r"(?i)\s+(?:or|and)\s+(?:earlier|before|sooner)$", TimeMod.ON_OR_BEFORE),
    (r"(?i)\s+onwards?$", TimeMod.ON_OR_AFTER),
)
"""A word that opens a range on one side ("since 2018", "until Friday", "3 pm or later"): the value keeps
its interval and says which side of it is meant."""
_PART_OF_DAY = (
    r"(?i)(?:in\s+(?:the\s+)?)?(?:(?P<edge>early|late|later)(?:\s+in\s+the\s+|[\s-]+)|(?P<mid>mid)[\s-]?)?"
    r"(?P<pod>morning|afternoon|evening|night|day[\s-]?time|night[\s-]?time|business\s+hours)s?"
)
"""A part of the day alone ("morning", "in the early-evening"); its code is in ``time_words.tsv``."""


_EDGE = (
    r"(?i)(?:the\s+)?(?:(?P<edge>end|beginning|start|middle|mid)(?:\s+of)?|(?P<edge2>early|late|mid)-?)"
    r"\s+(?:the\s+)?(?P<rest>.+)"
)
"""A period's edge: "the end of", "beginning of", "mid", "early" before a period ("next week", "2000", "year")."""
_WEEK_OF = r"(?i)(?:the\s+)?(?:week\s+(?P<n>[1-5]?\d)|(?P<rank>[a-z0-9]+)\s+week)(?:\s+(?:of|in)\s+(?P<period>.+))?"
"""A week by number or rank, in a year or a month ("week 31", "the third week of 2027")."""
_DECADE_WORDS = (
    r"(?i)(?:the\s+)?(?:(?P<century>nineteen|twenty|two\s+thousand(?:\s+and)?)[\s-]+)?"
    r"(?:(?P<digit>[1-9]0)\s*['’]?\s*s|(?P<word>[a-z]+ies|tens))|(?:the\s+)?(?P<thousands>two\s+thousands)"
)
"""A decade by its tens ("the 70s", "the seventies", "the nineteen seventies", "the twenty-tens", "the two
thousands")."""


def _week_rank(word: str, weeks: int) -> int | None:
    """The number of a week written as a rank ("third", "3rd", "last") in a period of *weeks* weeks."""
    low = word.lower()
    if low == "last":
        return weeks
    digits = _rx(r"(\d{1,2})(?:st|nd|rd|th)").fullmatch(low)  # "3rd", and "3th" from a spelled "third"
    return int(digits.group(1)) if digits else _lexicon().ordinals.get(low)


def _tens_of(word: str) -> int | None:
    """The tens a decade word names: "seventies" -> 70 (from the number words of ``time_words.tsv``)."""
    value = _lexicon().numbers.get(word.lower()[:-3] + "y")
    return int(value) if value is not None and value.isdigit() and int(value) in range(20, 100, 10) else None


_OFFSET_FROM = (
    r"(?i)(?P<amount>.+?\s+(?:days?|weeks?|months?|years?))\s+(?P<dir>from|after|before|since)\s+(?P<anchor>.+)"
)
"""A day told as an offset from another day ("two weeks from tomorrow")."""
_NTH_WEEKDAY = (
    r"(?i)(?:the\s+)?(?P<rank>[a-z0-9]+)\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"(?:\s+(?:of|in)\s+(?P<period>.+))?"
)
"""A weekday by its rank in a month ("the first Friday of July")."""


_HALF_DAYS = MappingProxyType({"am": "MO", "pm": "AF"})
"""A day's "am" / "pm" written alone after it ("tomorrow am"): its morning or afternoon."""


@functools.cache
def _pod_words() -> Mapping[str, str]:
    """A part of the day's TIMEX3 code -> its first word in ``time_words.tsv`` ("NI" -> "night")."""
    out: dict[str, str] = {}
    for word, code in _lexicon().parts_of_day.items():
        out.setdefault(code, word)
    return MappingProxyType(out)


def _clock_value(day: dt.date, clock: _clock.Clock) -> TimeValue:
    """*clock* on *day*: a TIME value to the minute (to the second when it has seconds)."""
    moment = dt.datetime.combine(day, dt.time(clock.hour, clock.minute, clock.second))
    timex = moment.strftime("%Y-%m-%dT%H:%M:%S" if clock.second else "%Y-%m-%dT%H:%M")
    return _value(timex, mod="APPROX" if clock.approx else None)


def _clock_span(day: dt.date, a: _clock.Clock, b: _clock.Clock) -> TimeValue:
    """The range from clock *a* to clock *b* on *day* (*b* on the next day when it is not after *a*)."""
    first = _clock_value(day, a)
    last = _clock_value(day, b)
    if first.start is not None and last.start is not None and last.start <= first.start:
        last = _clock_value(day + dt.timedelta(days=1), b)
    return _range_value(first, last)


PREFERENCES = ("past", "future", "nearest")
""":func:`normalize_date`'s choices for a date the phrase leaves open ("Monday", "in December")."""


def normalize_date(expression: str, /, *, reference: dt.date | dt.datetime, prefer: str = "past") -> TimeValue:
    """Normalize one time expression against *reference*.

    The expression may carry a leading preposition ("in April", "on Wednesday").
    *prefer* decides a date the phrase leaves open: ``"past"`` (the default, the news reading:
    the latest such date on or before *reference*), ``"future"`` (the next one on or after it)
    or ``"nearest"``.

    >>> import datetime as dt
    >>> ref = dt.date(2017, 7, 26)
    >>> normalize_date("two days ago", reference=ref).timex
    '2017-07-24'
    >>> normalize_date("for months", reference=ref).timex
    'PXM'
    >>> normalize_date("last week", reference=ref).timex
    '2017-W29'
    >>> normalize_date("Monday", reference=ref, prefer="future").timex
    '2017-07-31'
    >>> v = normalize_date("from 3 to 5 December 2019", reference=ref)
    >>> v.timex, v.begin_point, v.end_point, v.start, v.end
    ('P3D', '2019-12-03', '2019-12-05', datetime.datetime(2019, 12, 3, 0, 0), datetime.datetime(2019, 12, 6, 0, 0))

    Raises:
        InvalidInputError: if *expression* is not a str, *reference* not a date or *prefer* not one of
            :data:`PREFERENCES`.
        DateNormalizationError: if *expression* is not a time expression claimkit can read.
    """
    day = _check_reference(reference)
    if day is None:
        msg = "reference must be a date or datetime, got None"
        raise InvalidInputError(msg)
    if not isinstance(expression, str):
        msg = f"expression must be a str, got {type(expression).__name__}: {short_repr(expression)}"
        raise InvalidInputError(msg)
    if prefer not in PREFERENCES:
        msg = f"prefer must be one of {', '.join(PREFERENCES)}, got {short_repr(prefer)}"
        raise InvalidInputError(msg)
    text = expression.strip()
    if not text or len(text) > MAX_EXPRESSION_CHARS:
        msg = f"cannot normalize {short_repr(expression)}"
        raise DateNormalizationError(msg)
    timex_forms = (_OTHER_TIMEX, _P_UNITS, _P_CLOCK_PAIR, _P_COMPOUND)
    if _timex_interval(text) is not None or any(_rx(p).fullmatch(text) for p in timex_forms):
        return _value(text)  # already a TIMEX3 value: normalizing is idempotent
    moment = reference if isinstance(reference, dt.datetime) else _midnight(day)
    reading = _Reading(anchor=_day(day), prefer=prefer, moment=moment.replace(tzinfo=None))
    value = reading.phrase(text)
    if value is None:
        msg = f"cannot normalize {short_repr(expression)}"
        raise DateNormalizationError(msg)
    _warn_if_ambiguous(text, value)
    return value


_DAY_MONTH_ORDER = r"(?:on\s+)?(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)\d{2,4}"
"""An all-number date whose first two numbers could each be the month ("03/04/2017")."""


def _warn_if_ambiguous(text: str, value: TimeValue) -> None:
    """Warn (:class:`AmbiguousDateWarning`) when *text* is an all-number date whose day and month could be swapped:
    both numbers are 12 or less and differ. claimkit reads the month first, as US news does."""
    m = _rx(_DAY_MONTH_ORDER).fullmatch(text)
    if m is None or m["a"] == m["b"] or int(m["a"]) > 12 or int(m["b"]) > 12:
        return
    msg = f"{text!r} could be day/month or month/day; read as {value.timex}"
    warnings.warn(AmbiguousDateWarning(msg), stacklevel=3)


@attrs.frozen(kw_only=True)
class _Reading:
    """One :func:`normalize_date` call: the anchor and the preferred direction."""

    anchor: TimeValue
    prefer: str
    moment: dt.datetime
    """The reference as a moment (midnight when a date was given)."""

    @property
    def tense(self) -> str | None:
        return {"past": _PAST, "future": _FUTURE}.get(self.prefer, _NEAREST)

    def phrase(self, text: str) -> TimeValue | None:
        """A whole phrase: one expression, an open range ("since May") or a range ("from 3 to 5 May")."""
        # "may" is the month or the modal by the whole phrase, not by a part of it; runs of spaces are one space
        text = _cased(_tidy(" ".join(text.split())))
        if _rx(_NUMERIC_DATE).fullmatch(text):
            return self.single(text) or self.explicit(text)  # "9-18-15" is one date, not a range
        for read in _readers():
            value = read(self, text)
            if value is not None:
                return value
        return None

    def single(self, text: str) -> TimeValue | None:
        """One time expression filling *text*, read by the rules: after a preposition ("in April"), or with
        what reads as one as its first word ("at least three days")."""
        cased = _cased(text)
        value = self._single(cased, _LEADING_FILLER)
        return value if value is not None else self._single(cased, _LEADING_MARKS)

    def _single(self, cased: str, leading: str) -> TimeValue | None:
        lead = _rx(leading).match(cased)
        prev = ""
        body_start = 0
        if lead is not None:
            body_start = lead.end()
            words = cased[: lead.end()].split()
            prev = words[-1].lower() if words else ""
        found = _find(cased, body_start)
        if len(found) != 1:
            return None
        f = found[0]
        if f.start != body_start or not _rx(_TRAILING_FILLER).fullmatch(cased[f.end :]):
            return None
        ctx = _Context(anchor=self.anchor, tense=self.tense, perfect=self.prefer == "past", prev_word=prev, strict=True)
        try:
            return _interpret(f.rule, cased[f.start : f.end], ctx)
        except _Reject:
            return None

    def day_with_time(self, text: str) -> TimeValue | None:
        """A day and a time of it, either way round: "tomorrow at 7:45 pm", "3pm to 4pm tomorrow",
        "Friday between 2PM and 5 PM", "tuesday in the morning", "Feb 5 AM", "8 a.m. this morning"."""
        words = text.split()
        for i in range(1, len(words)):
            left, right = " ".join(words[:i]), " ".join(words[i:])
            for day_part, time_part in ((left, right), (right, left)):
                day_text = _rx(r"(?i)^(?:on|of)\s+|[\s,]+(?:at|@|on|of)?$").sub("", day_part.strip(" ,"))
                time_text = _rx(r"(?i)^(?:on|of)\s+").sub("", time_part.strip(" ,"))
                value = self._time_of(day_text, time_text)
                if value is not None:
                    return value
        return None

    def _time_of(self, day_text: str, time_text: str) -> TimeValue | None:
        """*time_text* (a clock time, a clock range, a part of the day, one side of a clock range) on the day
        *day_text* says ("tomorrow", "Feb 5"); a part of a day ("tonight", "this morning") fixes am / pm."""
        if not day_text or not time_text:
            return None
        value = self._time_on(day_text, time_text)
        if value is not None:
            return value
        for pattern, mod in _OPEN_MODS:  # "today before 4pm", "3 pm or later on monday"
            m = _rx(pattern).search(time_text)
            if m is not None:
                inner = self._time_on(day_text, (time_text[: m.start()] + time_text[m.end() :]).strip())
                return None if inner is None or inner.kind != TimeKind.TIME else attrs.evolve(inner, mod=mod)
        return None

    def _time_on(self, day_text: str, time_text: str) -> TimeValue | None:
        day = _day_part(self, day_text)
        if day is None or day.start is None or day.granularity not in {Granularity.DAY, Granularity.PART_OF_DAY}:
            return None
        on = day.start.date()
        if day.granularity == Granularity.PART_OF_DAY:
            word = _pod_words().get(day.timex.rsplit("T", 1)[-1])
            if word is None:
                return None
            clock = _clock.read_clock(f"{time_text} in the {word}", bare=True)
            if clock is None:  # "tonight 9pm est": a time zone after am / pm leaves no room for the part of the day
                clock = _clock.read_clock(time_text)
                clock = clock if clock is not None and clock.meridiem else None
            ends = None if clock is not None else _clock.clock_range(f"{time_text} in the {word}", strict=False)
            return _clock_value(on, clock) if clock is not None else _clock_span(on, *ends) if ends else None
        return self._on_day(on, time_text)

    def _on_day(self, on: dt.date, time_text: str) -> TimeValue | None:
        """A clock time, a part of the day ("in the morning", "pm") or a clock range on the day *on*."""
        clock = _clock.read_clock(time_text)
        if clock is not None:
            return _clock_value(on, clock)
        code = _HALF_DAYS.get(time_text.lower().replace(".", ""))
        if code is not None:  # "tomorrow am", "Feb 5 PM"
            return _value(f"{on.isoformat()}T{code}")
        part = self.part_of_day(time_text)
        if part is not None:
            return _value(f"{on.isoformat()}T{part.timex.rsplit('T', 1)[1]}", mod=part.mod.value if part.mod else None)
        ends = _clock.clock_range(time_text, strict=False)
        return _clock_span(on, *ends) if ends is not None else None

    def clock(self, text: str) -> TimeValue | None:
        """A clock time on the reference day: "7:45 pm", "noon", "half past seven", "at 7"."""
        clock = _clock.read_clock(text)
        if clock is None or self.anchor.start is None:
            return None
        return _clock_value(self.anchor.start.date(), clock)

    def clock_span(self, text: str) -> TimeValue | None:
        """A clock range on the reference day: "from 3 to 5 pm", "4pm-5pm", "between 9 to 10:30"."""
        ends = _clock.clock_range(text)
        if ends is None or self.anchor.start is None:
            return None
        return _clock_span(self.anchor.start.date(), *ends)

    def part_of_day(self, text: str) -> TimeValue | None:
        """A part of the reference day: "morning", "in the evening", "early morning", "in the late-night"."""
        m = _rx(_PART_OF_DAY).fullmatch(text)
        code = _lexicon().parts_of_day.get(m["pod"].lower().replace("-", "").replace(" ", "")) if m else None
        if m is None or code is None or self.anchor.start is None:
            return None
        edge = (m["edge"] or m["mid"] or "").lower()
        mod = "START" if edge == "early" else "END" if edge.startswith("late") else "MID" if edge == "mid" else None
        return _value(f"{self.anchor.start.date().isoformat()}T{code}", mod=mod)

    def open_range(self, text: str) -> TimeValue | None:
        """One side of a range: "since May", "until Friday", "after 2:00", "3 pm or later"."""
        for pattern, mod in _OPEN_MODS:
            m = _rx(pattern).search(text)
            if m is None:
                continue
            inner = (text[: m.start()] + text[m.end() :]).strip()
            if _rx(r"\d{1,2}").fullmatch(inner):
                value = self.clock(f"at {inner}")  # "before 4": a bare hour, not the 4th
            else:
                value = (
                    self.single(inner)
                    or self.compound(inner)
                    or self.clock(inner)
                    or self.edge(inner)
                    or self.day_with_time(inner)
                )
            if value is not None:
                return attrs.evolve(value, mod=mod)
        return None

    def after(self, text: str) -> TimeValue | None:
        """ "in 3 hours", "five minutes from now", "30 min later": the moment that far after the reference."""
        m = _rx(r"(?i)in\s+(?P<a>.+)|(?P<b>.+?)\s+(?:from\s+now|later|hence|in\s+the\s+future)").fullmatch(text)
        if m is None:
            return None
        amount = m["a"] or m["b"]
        duration = self.single(amount)
        if duration is None or duration.kind != TimeKind.DURATION or self.anchor.start is None:
            return None
        if _rx(r"PT(?:[\d.]+[HMS])+").fullmatch(duration.timex) is None:
            return self.single(f"{amount} from now") if m["a"] else None  # "in 3 years": the year, three years on
        parts = _rx(r"([\d.]+)([HMS])").findall(duration.timex)
        seconds = sum(float(n) * {"H": 3600, "M": 60, "S": 1}[letter] for n, letter in parts)
        moment = self.moment + dt.timedelta(seconds=seconds)
        return _value(moment.strftime("%Y-%m-%dT%H:%M:%S"), mod=duration.mod.value if duration.mod else None)

    def present(self, text: str) -> TimeValue | None:
        """ "now", "at present", "right now", "as we speak": PRESENT_REF, at the reference moment."""
        low = _rx(r"(?i)^(?:right|just)\s+").sub("", text.lower().strip())
        vocab = timewords.vocabulary()
        if vocab.vague.get(low) != "PRESENT_REF" and low not in vocab.present:
            return None
        return TimeValue(
            timex="PRESENT_REF",
            kind=TimeKind.VAGUE,
            granularity=Granularity.UNKNOWN,
            start=self.moment,
            end=self.moment + dt.timedelta(seconds=1),
        )

    def compound(self, text: str) -> TimeValue | None:
        """A day told in two parts: "Friday next week", "the 3rd of next month", "the 21st", "Thursday the 21st"."""
        m = _rx(_with_weekdays(_COMPOUND_WEEKDAY)).fullmatch(text)
        if m is not None:
            week = self.single(m["week"] or m["week2"])
            iso = _weekday_number(m["wd"] or m["wd2"])
            if week is None or week.start is None or week.granularity != Granularity.WEEK or iso is None:
                return None
            return _day(week.start.date() + dt.timedelta(days=iso - 1))
        m = _rx(_with_weekdays(_COMPOUND_DAY)).fullmatch(text)
        if m is None:
            return None
        n = int(m["day"] or m["day2"])
        month_text = m["month"] or m["month2"]
        if month_text:
            month = self.single(month_text)
            if month is None or month.start is None or month.granularity != Granularity.MONTH:
                return None
            try:
                return _day(month.start.date().replace(day=n))
            except ValueError:
                return None
        return _day_of_month(self, n, m["wd3"])

    def explicit(self, text: str) -> TimeValue | None:
        """An explicit date string the rules do not read ("25.07.2017"), through dateparser.

        Only strings whose words all belong to a date are handed over (dateparser skips words it does
        not know, and "monday 12-4" is not the 4th of December), and only years the rules read come back.
        """
        if self.anchor.start is None or _rx(r"\d{1,2}[.:]\d\d").fullmatch(text):
            return None  # "5.12": a clock time, a decimal or a date; not for dateparser to guess
        if _rx(r"(?i)(?<![a-z])[qh]\d").search(text):
            return None  # "H3 2016", "Q5": a half or a quarter the rules did not read is no date
        lex = _lexicon()
        weekdays = set()
        for word in _rx(r"[A-Za-z]+").findall(text):
            low = word.lower()
            iso = lex.weekdays.get(low, lex.weekdays.get(f"{low}."))
            if iso is not None:
                weekdays.add(iso)
            elif low not in _EXPLICIT_WORDS and low not in lex.months and f"{low}." not in lex.months:
                return None
        prefer = _dateparser.PreferDates.FUTURE if self.prefer == "future" else _dateparser.PreferDates.PAST
        settings = _dateparser.DateSettings(relative_base=self.anchor.start, prefer_dates_from=prefer)
        parsed = _dateparser.parse_explicit(text, settings)
        if parsed is None or not _rx(_YEAR_IN).fullmatch(str(parsed.moment.year)):
            return None
        if weekdays and weekdays != {parsed.moment.isoweekday()}:
            return None  # "Friday, 12 May 2017" must be a Friday
        return _from_parsed(parsed)

    def edge(self, text: str) -> TimeValue | None:
        """ "end of year", "the beginning of next week", "mid next week", "end of 2000": the period with its mod."""
        m = _rx(_EDGE).fullmatch(text)
        if m is None:
            return None
        rest = m["rest"]
        if rest.lower() == "day" and (m["edge"] or m["edge2"]).lower() not in {"mid", "middle"}:
            rest = "today"  # "end of day": today's end ("mid day" is noon)
        elif _rx(r"(?i)(?:week|weekend|month|quarter|year)").fullmatch(rest):
            rest = f"this {rest}"  # "end of year": this year's end
        value = self.single(rest) or _week_of(self, rest)
        if value is None or value.start is None or _RANK[value.granularity] < _RANK[Granularity.DAY]:
            return None
        word = (m["edge"] or m["edge2"]).lower()
        mod = "START" if word in {"beginning", "start", "early"} else "END" if word in {"end", "late"} else "MID"
        return attrs.evolve(value, mod=TimeMod(mod))

    def point(self, text: str) -> TimeValue | None:
        """One side of a range: a date, a clock time, a day with a clock time, "now", a weekday with its day of the
        month ("from Thursday the 3rd until Monday the 7th")."""
        return (
            self.present(text)
            or self.single(text)
            or self.clock(text)
            or self.day_with_time(text)
            or self.explicit(text)
            or (self.compound(text) if _rx(_with_weekdays(r"(?i)(?:{weekdays})")).match(text) else None)
        )

    def range(self, text: str) -> TimeValue | None:
        """ "from 3 to 5 December 2019", "1970-1975", "between 14 and 15 May", "Monday through Friday".

        A word or a spaced dash splits the phrase before a dash between numbers does ("2019-04-01 - 2019-04-09"),
        and a dash inside a numeric date never does ("friday 2018-07-06").
        """
        for pattern in (_RANGE_SPACED, _RANGE):
            m = _rx(pattern).match(text)
            if m is None or any(d.start() < m.start("sep") < d.end() for d in _rx(_DASHED_DATE).finditer(text)):
                continue
            value = self._range_of(m)
            if value is not None:
                return value
        return None

    def _range_of(self, m: re.Match[str]) -> TimeValue | None:
        a_text, b_text = m["a"].strip(), m["b"].strip()
        if m["lead"] is None and m["sep"].lower() == "and":
            return None  # "X and Y" alone is two times, not a range
        a, b = _range_sides(self, a_text, b_text, led=m["lead"] is not None)
        if a is not None and b is not None:  # "between now and May 3": today, not this very moment
            a, b = _now_as_day(a, b), _now_as_day(b, a)
        if a is None or b is None or a.start is None or b.end is None:
            return None
        if a.kind not in _RANGE_SIDE_KINDS or b.kind not in _RANGE_SIDE_KINDS:
            return None
        if m["sep"].strip() in {"-", "–", "—"} and (dashed := _dashed(self, a, a_text, b_text)) is not None:
            return dashed
        if not a.start < _range_end(b):  # "Monday through Friday" read in the past: Friday follows Monday
            b = _Reading(anchor=_day(a.start.date()), prefer="future", moment=a.start).point(b_text)
            if b is None or b.end is None or not a.start < _range_end(b):
                return None
        return _range_value(a, b)


def _day_part(reading: _Reading, day_text: str) -> TimeValue | None:
    """The day of a day-and-time phrase ("tomorrow", "Feb 5", "10/3"); a day told in words is tidied first, as a
    whole phrase is ("monday the twenty fourth" as "monday the 24th", "this night" as "tonight")."""
    day = reading.single(day_text) or reading.compound(day_text)
    if day is None and _rx(r"(?i)\bthe\s+[a-z]+(?:[-\s][a-z]+)?$|^this\s+night$").search(day_text):
        day_text = _tidy(day_text)
        day = reading.single(day_text) or reading.compound(day_text)
    if day is None and _rx(r"[\d/.-]+").fullmatch(day_text):
        day = reading.explicit(day_text)
    return day


def _dashed(reading: _Reading, a: TimeValue, a_text: str, b_text: str) -> TimeValue | None:
    """A day or a week, a dash, then what is in it: rule dash_day_time ("6 jan 2017 - 6:37am" is one moment), rule
    dash_week_day ("previous week - monday" is the Monday of that week); else a range of the two."""
    if a.start is not None and a.granularity == Granularity.DAY and reading.clock(b_text) is not None:
        return reading._on_day(a.start.date(), b_text)  # noqa: SLF001  (a reading's own helper)
    if a.granularity == Granularity.WEEK and _weekday_number(b_text):
        week = _rx(r"(?i)^the\s+").sub("", a_text)
        return reading.phrase(f"{b_text} {week}") or reading.phrase(f"{b_text} of the {week}")
    return None


def _range_sides(
    reading: _Reading, a_text: str, b_text: str, *, led: bool
) -> tuple[TimeValue | None, TimeValue | None]:
    """The two sides of a range, a side that leaves something out completed from the other ("3" in "3 to 5
    December"); a bare day on both sides after "from" or "between" is a day of one month ("between the 21st and
    23rd")."""
    bare_a, bare_b = (_rx(_BARE_DAY).fullmatch(t) is not None for t in (a_text, b_text))
    b = None if bare_b else reading.point(b_text)
    a = None if bare_a else reading.point(a_text)
    if a is None and b is None and bare_a and bare_b and led:
        a = reading.compound(a_text)
    if a is None and b is not None:
        a = _complete(a_text, b)
    elif b is None and a is not None:
        b = _complete(b_text, a)
    elif a is not None and b is not None and not _rx(_YEAR_IN).search(a_text) and _rx(_YEAR_IN).search(b_text):
        a = _in_year_of(reading, a_text, a, b)  # "Oct. 2 to Oct. 22, 2016", "Nov - Feb 2017"
    return a, b


def _in_year_of(reading: _Reading, a_text: str, a: TimeValue, b: TimeValue) -> TimeValue | None:
    """The first side of a range in the year its last side names ("Oct. 2" in "Oct. 2 to Oct. 22, 2016"), or
    the year before when it would come after that side ("Nov" in "Nov - Feb 2017"); a side without digits
    that takes no year stays as read ("next Friday" in "from next Thursday to Nov 2nd 2019")."""
    if b.start is None:
        return a
    for year in (b.start.year, b.start.year - 1):
        value = reading.single(f"{a_text} {year}")
        if value is not None and value.start is not None and value.start < _range_end(b):
            return value
    return None if _rx(r"\d").search(a_text) else a


def _approximate(reading: _Reading, text: str) -> TimeValue | None:
    """ "around the 21st", "about the 3rd of next month": the time after a word of approximation (the ``APPROX``
    rows of the ``mod`` group of ``time_words.tsv``) with the mod ``APPROX`` (rule approximate)."""
    words = [w for w, mod in _lexicon().mods.items() if mod == TimeMod.APPROX.value]
    m = _rx(rf"(?i)(?:{_alt(words)})\s+(?P<rest>.+)").fullmatch(text)
    value = reading.compound(m["rest"]) if m is not None else None
    return None if value is None else attrs.evolve(value, mod=value.mod or TimeMod.APPROX)


def _week_of(reading: _Reading, text: str) -> TimeValue | None:
    """ "week 10", "the first week of 2015", "the last week of July": a week in a year or a month.

    A week belongs to the month (the year) its Thursday falls in, as ISO 8601 weeks do.
    """
    m = _rx(_WEEK_OF).fullmatch(text)
    if m is None:
        return None
    period = reading.single(m["period"]) if m["period"] else _year(reading.moment.year)
    if period is None or period.start is None or period.end is None:
        return None
    if period.granularity not in {Granularity.YEAR, Granularity.MONTH}:
        return None
    first = period.start.date() + dt.timedelta(days=(3 - period.start.weekday()) % 7)  # its first Thursday
    weeks = ((period.end.date() - first).days - 1) // 7 + 1
    if m["rank"] and not m["period"]:
        return None  # "the second week" of something the phrase does not say
    n = int(m["n"]) if m["n"] else _week_rank(m["rank"], weeks)
    if n is None or not 1 <= n <= weeks:
        return None
    return _week(first + dt.timedelta(weeks=n - 1, days=-3))


def _decade(reading: _Reading, text: str) -> TimeValue | None:
    """ "the 70s", "70's", "the seventies", "the nineteen seventies": a decade."""
    m = _rx(_DECADE_WORDS).fullmatch(text)
    if m is None:
        return None
    if m["thousands"]:
        return reading.single("the 2000s")
    century = m["century"]
    word = (m["word"] or "").lower()
    if word == "tens" and not century:
        return None  # "the tens" alone is no decade
    tens = int(m["digit"]) if m["digit"] else 10 if word == "tens" else _tens_of(word)
    if tens is None:
        return None
    if century:
        base = 19 if century.lower() == "nineteen" else 20
        return reading.single(f"the {base}{tens // 10}0s")
    return reading.single(f"the '{tens // 10}0s")


def _offset_from(reading: _Reading, text: str) -> TimeValue | None:
    """ "two days after today", "two weeks from tomorrow", "16 days from 01/02/2018": a day that far
    from another one.

    Rule offset_from_nearest: after "from", a day the anchor leaves open ("4 days from Thursday", "two weeks from
    March 9") is its nearest occurrence, before or after the reference, whatever the preferred direction:
    "a week from Tuesday" counts on from a day in view. After "after" and "before" the preferred direction
    decides ("two weeks before Christmas" read in the past is last Christmas's)."""
    m = _rx(_OFFSET_FROM).fullmatch(text)
    if m is None:
        return None
    duration = reading.single(m["amount"])
    from_day = m["dir"].lower() == "from"
    anchor = (attrs.evolve(reading, prefer=_NEAREST) if from_day else reading).point(m["anchor"])
    if duration is None or anchor is None or anchor.start is None or anchor.granularity != Granularity.DAY:
        return None
    found = _rx(r"P(\d+)([YMWD])").fullmatch(duration.timex)
    if found is None:
        return None
    before = m["dir"].lower() == "before"
    unit = {"Y": "year", "M": "month", "W": "week", "D": "day"}[found.group(2)]
    start = anchor.start.date()
    day = _shift(start, unit, int(found.group(1)) * (-1 if before else 1))
    if m["amount"].lower().startswith("for ") and not before:  # "for 3 days from today": the days themselves
        return _range_value(_day(start), _day(day - dt.timedelta(days=1)))
    if duration.mod == TimeMod.LESS_THAN and not before:  # "less than 4 days after tomorrow": until then
        return _range_value(_day(start), _day(day - dt.timedelta(days=1)))
    if duration.mod in {TimeMod.MORE_THAN, TimeMod.LESS_THAN}:  # "more than 3 weeks after today"
        side = TimeMod.AFTER if (duration.mod == TimeMod.MORE_THAN) != before else TimeMod.BEFORE
        return attrs.evolve(_day(day), mod=side)
    return _day(day)


def _nth_weekday(reading: _Reading, text: str) -> TimeValue | None:
    """ "the first Friday of July", "the third Tuesday of next month", "third Tuesday" (of this month)."""
    m = _rx(_NTH_WEEKDAY).fullmatch(text)
    if m is None:
        return None
    iso = timewords.vocabulary().weekdays.get(m["wd"].lower())
    period = reading.single(m["period"]) if m["period"] else reading.single("this month")
    if iso is None or period is None or period.start is None or period.granularity != Granularity.MONTH:
        return None
    first = period.start.date()
    first += dt.timedelta(days=(iso - first.isoweekday()) % 7)
    days = [first + dt.timedelta(weeks=k) for k in range(5)]
    days = [d for d in days if d.month == first.month]
    rank = m["rank"].lower()
    if rank == "last" and not m["period"]:
        return None  # "last Friday" is the one before the reference
    n = len(days) if rank == "last" else _week_rank(rank, len(days))
    return _day(days[n - 1]) if n is not None and 1 <= n <= len(days) else None


def _day_of_month(reading: _Reading, n: int, weekday: str | None) -> TimeValue | None:
    """ "the 21st" (of a month left open), "Thursday the 21st" (the month where the 21st is a Thursday).

    Rule weekday_day_this_month: when the reference month's 21st is a Thursday, "Thursday the 21st" is that day,
    on either side of the reference (the weekday names the month; "Tuesday the 11th" said on Monday the 10th is
    the next day, not a Tuesday the 11th months before)."""
    ref = reading.anchor.start.date() if reading.anchor.start is not None else None
    if ref is None:
        return None
    iso = _weekday_number(weekday) if weekday else None
    reach = 14 if iso is not None else 2  # a weekday fits the day once in 14 months at most
    sign = -1 if reading.prefer == "past" else 1
    order = (
        sorted(range(-reach, reach + 1), key=abs) if reading.prefer == "nearest" else range(0, sign * (reach + 1), sign)
    )
    for k in (*order, -sign):
        y, mth = _add_months(ref.year, ref.month, k)
        try:
            day = dt.date(y, mth, n)
        except ValueError:
            continue
        if iso is not None and day.isoweekday() != iso:
            continue
        this_month = iso is not None and k == 0
        if not this_month and ((reading.prefer == "past" and day > ref) or (reading.prefer == "future" and day < ref)):
            continue
        return _day(day)
    return None


def _within(reading: _Reading, text: str) -> TimeValue | None:
    """ "within 5 days", "within the next 3 years", "within 2h", "within 1 day and 5 hours": from the reference
    until that long after it."""
    m = _rx(r"(?i)within\s+(?:the\s+)?(?:next\s+|upcoming\s+|coming\s+)?(.+)").fullmatch(text)
    if m is None or reading.anchor.start is None:
        return None
    duration = reading.single(m.group(1)) or _compound_duration(reading, m.group(1))
    amounts = _amounts_of(duration.timex) if duration is not None and duration.kind == TimeKind.DURATION else None
    if duration is None or amounts is None:
        return None
    if any(clock for clock, _ in amounts):
        start, end = reading.moment, _moved(reading.moment, amounts, 1)
        begin, finish = start.strftime("%Y-%m-%dT%H:%M:%S"), end.strftime("%Y-%m-%dT%H:%M:%S")
    else:
        day = reading.anchor.start.date()
        start, end = _midnight(day), _moved(_midnight(day), amounts, 1)
        begin, finish = day.isoformat(), end.date().isoformat()
    return attrs.evolve(duration, start=start, end=end, begin_point=begin, end_point=finish)


def _amounts_of(timex: str) -> dict[tuple[bool, str], float] | None:
    """A duration value's amounts by (clock unit?, letter): "P1DT5H" -> {(False, "D"): 1, (True, "H"): 5};
    None for a value with no count ("PXD") or a unit of its own ("P2Q")."""
    m = _rx(r"P((?:\d+[YMWD])*)(?:T((?:\d+[HMS])+))?").fullmatch(timex)
    if m is None or timex in {"P", "PT"}:
        return None
    out: dict[tuple[bool, str], float] = {}
    for clock, part in ((False, m.group(1)), (True, m.group(2) or "")):
        for n, letter in _rx(r"(\d+)([YMWDHS])").findall(part):
            out[clock, letter] = float(n)
    return out


def _moved(moment: dt.datetime, amounts: Mapping[tuple[bool, str], float], sign: int) -> dt.datetime:
    """*moment* moved by *amounts*: calendar units first, then clock units."""
    day = moment.date()
    for letter, unit in (("Y", "year"), ("M", "month"), ("W", "week"), ("D", "day")):
        day = _shift(day, unit, sign * int(amounts.get((False, letter), 0)))
    seconds = sum(amounts.get((True, x), 0.0) * k for x, k in zip(_CLOCK_LETTERS, (3600, 60, 1), strict=True))
    return dt.datetime.combine(day, moment.time()) + dt.timedelta(seconds=sign * seconds)


def _after_next(reading: _Reading, text: str) -> TimeValue | None:
    """ "the week after next", "the year after the next": two units on."""
    m = _rx(r"(?i)(?:the\s+)?(week|weekend|month|year)\s+after\s+(?:the\s+)?next").fullmatch(text)
    if m is None:
        return None
    unit = m.group(1).lower()
    value = reading.single(f"next {unit}")
    if value is None or value.start is None:
        return None
    if unit == "weekend":
        return _week(value.start.date() + dt.timedelta(weeks=1), weekend=True)
    return _shift_value(value, unit, 1)


def _rest(reading: _Reading, text: str) -> TimeValue | None:
    """ "the rest of the week/month/year": from the reference day to the end of that unit; "the rest of the day":
    from the reference moment to midnight."""
    m = _rx(
        r"(?i)(?:the\s+)?(?:rest|remainder)\s+(?:of\s+)?(?:the\s+|this\s+|my\s+|current\s+)?(week|month|year|day|today)"
    ).fullmatch(text)
    if m is None or reading.anchor.start is None:
        return None
    if m.group(1).lower() in {"day", "today"}:
        return _rest_of_day(reading.moment)
    whole = _at_unit(reading.anchor.start.date(), m.group(1).lower())
    if whole.end is None:
        return None
    start, end = reading.anchor.start, whole.end
    return TimeValue(
        timex=f"P{(end - start).days}D",
        kind=TimeKind.DURATION,
        granularity=Granularity.DAY,
        start=start,
        end=end,
        begin_point=start.date().isoformat(),
        end_point=(end - dt.timedelta(days=1)).date().isoformat(),
    )


def _rest_of_day(moment: dt.datetime) -> TimeValue:
    """From *moment* to the midnight that ends its day: a duration in hours, minutes and seconds.

    >>> v = _rest_of_day(dt.datetime(2016, 11, 7, 16, 12))
    >>> v.timex, v.begin_point, v.end_point
    ('PT7H48M', '2016-11-07T16:12:00', '2016-11-08T00:00:00')
    """
    end = _midnight(moment.date() + dt.timedelta(days=1))
    seconds = int((end - moment).total_seconds())
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    timex = "PT" + "".join(f"{n}{u}" for n, u in ((hours, "H"), (minutes, "M"), (secs, "S")) if n)
    return TimeValue(
        timex=timex,
        kind=TimeKind.DURATION,
        granularity=Granularity.SECOND if secs else Granularity.MINUTE,
        start=moment,
        end=end,
        begin_point=moment.strftime("%Y-%m-%dT%H:%M:%S"),
        end_point=end.strftime("%Y-%m-%dT%H:%M:%S"),
    )


def _framed_range(reading: _Reading, text: str) -> TimeValue | None:
    """A range whose sides share a period said once (rule range_frame): "from 4 to 22 this month",
    "next week between Tuesday and Thursday", "from February to May in 2016", "Nov. 18-Dec. 19, 2015"."""
    for found in (_rx(_FRAME_AFTER).fullmatch(text), _rx(_FRAME_BEFORE).fullmatch(text)):
        value = _framed(reading, found["range"], found["frame"]) if found is not None else None
        if value is not None:
            return value
    return None


def _framed(reading: _Reading, text: str, frame: str) -> TimeValue | None:
    for pattern in (_RANGE_SPACED, _RANGE):
        r = _rx(pattern).match(text)
        if r is None or (r["lead"] is None and r["sep"].lower() == "and"):
            continue
        a = _in_frame(reading, r["a"].strip(), frame)
        b = _in_frame(reading, r["b"].strip(), frame)
        if a is None or b is None or a.start is None or b.end is None:
            continue
        if a.kind in _RANGE_SIDE_KINDS and b.kind in _RANGE_SIDE_KINDS and a.start < _range_end(b):
            return _range_value(a, b)
    return None


def _in_frame(reading: _Reading, side: str, frame: str) -> TimeValue | None:
    """One side of a framed range read inside its frame: "4" in "this month", "Wednesday" in "next week"."""
    if _rx(r"\d{1,2}").fullmatch(side):
        side = f"the {side}{_ordinal_suffix(int(side))}"
    for joined in (f"{side} {frame}", f"{side} of {frame}", f"{side}/{frame}"):
        value = reading.single(joined) or reading.compound(joined)
        if value is None and "/" in joined:
            value = reading.explicit(joined)
        if value is not None:
            return value
    return None


def _lasting(reading: _Reading, text: str) -> TimeValue | None:
    """A start and how long from it (rule lasting): "for 3 hours from 10 am", "from 2pm for 2 hours",
    "for a week, from Monday", "4 days starting from next Tuesday": the range it covers."""
    m = _rx(_LASTING).fullmatch(text)
    if m is None:
        return None
    duration = reading.single(m["amount"] or m["amount2"])
    start = reading.point(m["start"] or m["start2"])
    if duration is None or duration.kind != TimeKind.DURATION or start is None or start.start is None:
        return None
    found = _rx(r"P(T?)(\d+(?:\.\d+)?)([YMWDHS])").fullmatch(duration.timex)
    if found is None or duration.mod is not None:
        return None
    n, letter = float(found.group(2)), found.group(3)
    if found.group(1):
        if _RANK[start.granularity] >= _RANK[Granularity.DAY]:
            return None
        end = start.start + dt.timedelta(seconds=n * {"H": 3600, "M": 60, "S": 1}[letter])
        return _range_value(start, _value(end.strftime("%Y-%m-%dT%H:%M")))
    if start.granularity != Granularity.DAY or not n.is_integer():
        return None
    unit = {"Y": "year", "M": "month", "W": "week", "D": "day"}[letter]
    last = _shift(start.start.date(), unit, int(n)) - dt.timedelta(days=1)
    return _range_value(start, _day(last))


def _clock_set(reading: _Reading, text: str) -> TimeValue | None:
    """ "every Sunday at 9am", "tuesdays at 9am", "3pm every day", "every morning at 7": a recurring clock time."""
    words = text.split()
    for i in range(1, len(words)):
        halves = (" ".join(words[:i]), " ".join(words[i:]))
        for set_text, clock_text in (halves, halves[::-1]):
            clock = _clock.read_clock(clock_text)
            if clock is None:
                continue
            value = reading.single(set_text.strip(" ,")) or _set_phrase(reading, set_text)
            base = _set_base(value)
            pod = _pod_words().get(value.timex.rsplit("T", 1)[-1]) if value is not None and "T" in value.timex else None
            if pod is not None:  # "every night at 9": the part of the day fixes am or pm
                clock = _clock.read_clock(f"{clock_text} in the {pod}", bare=True) or clock
            if base is not None:
                return _value(f"{base}T{clock.hour:02d}:{clock.minute:02d}", kind=TimeKind.SET)
    return None


_DAY_OF_EVERY_MONTH = (
    r"(?i)(?:on\s+)?(?:the\s+)?(?P<n>\d{1,2}(?:st|nd|rd|th)?|[a-z]+(?:[\s-][a-z]+)?)(?:\s+day)?\s+of\s+(?:every|each)\s+month"
    r"|(?:every|each)\s+month\s+on\s+the\s+(?P<n2>\d{1,2}(?:st|nd|rd|th)?|[a-z]+(?:[\s-][a-z]+)?)"
)
"""A day of the month that recurs ("the 19th of every month", "every month on the first")."""


def _day_set(reading: _Reading, text: str) -> TimeValue | None:
    """A day that recurs (rule day_set): "the 19th of every month" (``XXXX-XX-19``), "every April 15" and "each
    4/15" (``XXXX-04-15``)."""
    m = _rx(_DAY_OF_EVERY_MONTH).fullmatch(text)
    if m is not None:
        word = (m["n"] or m["n2"]).lower()
        digits = _rx(r"\d+").match(word)
        n = int(digits.group()) if digits else _lexicon().ordinals.get(re.sub(r"[\s-]+", "-", word))
        n = n if n is not None else _lexicon().ordinals.get(re.sub(r"[\s-]+", " ", word))
        return _value(f"XXXX-XX-{n:02d}", kind=TimeKind.SET) if n is not None and 1 <= n <= 31 else None
    m = _rx(r"(?i)(?:every|each)\s+(?P<date>.+)").fullmatch(text)
    if m is None or _rx(_YEAR_IN).search(m["date"]):
        return None
    if _month_in(m["date"]) is None and not _rx(r"\d{1,2}/\d{1,2}").fullmatch(m["date"]):
        return None  # "every Monday", "every day": sets of their own
    day = reading.single(m["date"]) or reading.explicit(m["date"])
    if day is None or day.start is None or day.granularity != Granularity.DAY:
        return None
    return _value(f"XXXX-{day.start.month:02d}-{day.start.day:02d}", kind=TimeKind.SET)


_WEEKDAY_DATE = r"(?i)(?:(?P<mod>this|next)\s+)?(?:(?P<wd>(?:{weekdays}))[\s,-]*)?\(?(?P<date>[^()]*\d[^()]*?)\)?"
"""A weekday or "this" / "next" before a date with digits ("friday 5/12", "this friday (jun-15)", "next 5/12")."""


def _weekday_and_date(reading: _Reading, text: str) -> TimeValue | None:
    """The date a weekday or "this" / "next" introduces (rule weekday_date): the date decides ("friday 5/12" is 12 May
    whatever its weekday); "this 5/12" is this year's, "next 5/12" the next one after the reference."""
    m = _rx(_with_weekdays(_WEEKDAY_DATE)).fullmatch(text.strip())
    if m is None or not (m["mod"] or m["wd"]):
        return None
    date = m["date"].strip(" ,-")
    if _month_in(date) is None and not _rx(r"\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?").fullmatch(date):
        return None  # "Friday 12", "next 3 days": no month, no date of this kind
    shifted = bool(m["mod"]) and not m["wd"] and not _rx(_YEAR_IN).search(date)
    if shifted and m["mod"].lower() == "next":
        reading = _Reading(anchor=reading.anchor, prefer="future", moment=reading.moment)
    value = reading.single(date) or reading.explicit(date)
    if value is None or value.start is None or value.granularity != Granularity.DAY:
        return None
    if shifted and m["mod"].lower() == "this":
        day = value.start.date()
        return (
            _day(day.replace(year=reading.moment.year))
            if calendar.isleap(reading.moment.year) or ((day.month, day.day) != (2, 29))
            else None
        )
    return value


_WEEKDAY_OFFSET = r"(?i)(?:(?P<wd>(?:{weekdays})),?\s+(?P<rest>.+)|(?P<rest2>.+?),?\s+on\s+(?P<wd2>(?:{weekdays})))"
"""A weekday with a day some time away ("friday three weeks from now", "in 3 days on friday")."""


def _weekday_offset(reading: _Reading, text: str) -> TimeValue | None:
    """The weekday in the week of a day some time away (rule weekday_offset): "friday three weeks from now" is the
    Friday of the week three weeks from now, "in 3 days on friday" the Friday of the week three days ahead."""
    m = _rx(_with_weekdays(_WEEKDAY_OFFSET)).fullmatch(text.strip())
    if m is None:
        return None
    rest = (m["rest"] or m["rest2"]).strip(" ,")
    if not _rx(r"(?i)\b(?:from|after|later|in|hence)\b").search(rest):
        return None  # "Friday next week", "Tuesday the 11th": read elsewhere
    if _rx(_with_weekdays(r"(?i)\b(?:{weekdays})(?!\w)")).search(rest):
        return None  # one weekday only (and no reading within a reading within a reading)
    day = reading.phrase(rest)
    iso = _weekday_number(m["wd"] or m["wd2"])
    if day is None or day.start is None or day.granularity != Granularity.DAY or iso is None:
        return None
    d = day.start.date()
    return _day(d + dt.timedelta(days=iso - d.isoweekday()))


_WEEKDAY_IN_WEEK = (
    r"(?i)(?:on\s+)?(?P<wd>(?:{weekdays})),?\s+(?:of|in)\s+(?P<week>.*\bweek\b.*)"
    r"|(?P<week2>.*\bweek\b.*?),?\s+on\s+(?P<wd2>(?:{weekdays}))"
)
"""A weekday and the week it is in ("Friday of the first week of October", "the last week of May on Monday")."""


def _weekday_in_week(reading: _Reading, text: str) -> TimeValue | None:
    """That weekday of a week told some other way than "next week" (rule weekday_in_week): "the first week of
    October, on Friday" is the Friday of the week "the first week of October" reads as."""
    m = _rx(_with_weekdays(_WEEKDAY_IN_WEEK)).fullmatch(text.strip())
    iso = _weekday_number((m["wd"] or m["wd2"]) if m is not None else "")
    if m is None or iso is None:
        return None
    week_text = m["week"] or m["week2"]
    if _rx(_with_weekdays(r"(?i)\b(?:{weekdays})(?!\w)")).search(week_text):
        return None  # one weekday only
    week = reading.phrase(week_text)
    if week is None or week.start is None or week.granularity != Granularity.WEEK or week.timex.endswith("WE"):
        return None
    return _day(week.start.date() + dt.timedelta(days=iso - week.start.date().isoweekday()))


_HOLIDAY_WEEKEND = r"(?i)(?:the\s+)?(?:(?P<h>.+?)\s+weekend(?:\s+(?P<y>\d{4}))?|weekend\s+of\s+(?:the\s+)?(?P<h2>.+))"
_LONG_WEEKEND_REACH = 2
"""A holiday at most this many days from its weekend's Saturday (Thursday to Monday) makes the weekend longer."""


def _holiday_weekend(reading: _Reading, text: str) -> TimeValue | None:
    """The weekend of a holiday (rule holiday_weekend): "Memorial Day weekend" is the Saturday to the Monday of
    Memorial Day, "Thanksgiving weekend" Thursday to Sunday, "Halloween weekend" the weekend Halloween falls in or is
    nearest to; a holiday from Thursday to Monday is part of its weekend."""
    m = _rx(_HOLIDAY_WEEKEND).fullmatch(text.strip())
    name = (m["h"] or m["h2"]) if m is not None else None
    if m is None or name is None or not any(name.lower().startswith(h) for h in _holidays()):
        return None
    holiday = reading.single(f"{name} {m['y']}" if m["y"] else name)
    if holiday is None or holiday.start is None or holiday.granularity != Granularity.DAY:
        return None
    day = holiday.start.date()
    offset = (6 - day.isoweekday() + 3) % 7 - 3  # to the nearest Saturday, -3 .. +3 days
    saturday = day + dt.timedelta(days=offset)
    if abs(offset) > _LONG_WEEKEND_REACH or day.isoweekday() > _WORKING_WEEK:
        return _week(saturday, weekend=True)
    return _range_value(_day(min(day, saturday)), _day(max(day, saturday + dt.timedelta(days=1))))


_COUNTED_WEEKDAYS = (
    r"(?i)(?P<n>\d{1,2}|[a-z]+)\s+(?P<wd>(?:{weekdays}))s?\s+(?P<dir>ago|back|before|from\s+now|later|hence|after)"
)
"""A count of weekdays from the reference ("two Sundays ago", "three Fridays from now")."""


def _counted_weekdays(reading: _Reading, text: str) -> TimeValue | None:
    """The Nth such weekday before or after the reference day, that day left out (rule counted_weekdays): "two
    Sundays from now" said on a Monday is the second Sunday after it, "three Fridays ago" the third before."""
    m = _rx(_with_weekdays(_COUNTED_WEEKDAYS)).fullmatch(text.strip())
    iso = _weekday_number(m["wd"]) if m is not None else None
    if m is None or iso is None or reading.anchor.start is None:
        return None
    n = int(m["n"]) if m["n"].isdigit() else _number_words().get(m["n"].lower())
    if n is None or not 1 <= n <= _COUNTED_WEEKDAYS_MAX:
        return None
    ref = reading.anchor.start.date()
    if m["dir"].lower() in {"ago", "back", "before"}:
        first = ref - dt.timedelta(days=(ref.isoweekday() - iso) % 7 or 7)
        return _day(first - dt.timedelta(weeks=n - 1))
    first = ref + dt.timedelta(days=(iso - ref.isoweekday()) % 7 or 7)
    return _day(first + dt.timedelta(weeks=n - 1))


_COUNTED_WEEKDAYS_MAX = 52
_WORKING_WEEK = 5
"""Monday to Friday: the ISO weekdays a count of business days steps over."""


def _business_days(reading: _Reading, text: str) -> TimeValue | None:
    """The day a count of business days away (rule business_days): "in six business days" said on a Monday is
    the Tuesday after next, weekends skipped; "3 working days ago" counts back; "the next 4 business days" and "the
    past 4 business days" are the stretches of days that hold them, after or before the reference day (the
    ``workday`` rows of ``time_words.tsv``)."""
    words = _alt(_lexicon().workdays)
    m = _rx(
        rf"(?i)(?:in\s+(?P<n>\w+)\s+(?:{words})\s+days?"
        rf"|(?P<n2>\w+)\s+(?:{words})\s+days?\s+(?P<dir>from\s+now|later|hence|ago)"
        rf"|(?:the\s+)?(?P<side>next|coming|following|previous|past|last)\s+(?P<n3>\w+)\s+(?:{words})\s+days)"
    ).fullmatch(text.strip())
    if m is None or reading.anchor.start is None:
        return None
    count = m["n"] or m["n2"] or m["n3"]
    n = int(count) if count.isdigit() else _number_words().get(count.lower())
    if n is None or not 1 <= n <= _COUNTED_WEEKDAYS_MAX * _WORKING_WEEK:
        return None
    back = (m["dir"] or "").lower() == "ago" or (m["side"] or "").lower() in {"previous", "past", "last"}
    ref = reading.anchor.start.date()
    day = ref
    first = None
    while n:
        day += dt.timedelta(days=-1 if back else 1)
        if day.isoweekday() <= _WORKING_WEEK:
            n -= 1
            first = first or day
    if m["side"] is None or first is None:
        return _day(day)
    if back:  # the past ones: from the earliest to the day before the reference
        return _range_value(_day(day), _day(ref - dt.timedelta(days=1)))
    return _range_value(_day(first), _day(day))


def _set_base(value: TimeValue | None) -> str | None:
    """The day part of a set a clock time can join: a weekday ("XXXX-WXX-2"), or every day ("daily", "every
    morning": "XXXX-XX-XX")."""
    if value is None or value.kind != TimeKind.SET:
        return None
    if _rx(r"XXXX-WXX-[1-7]").fullmatch(value.timex):
        return value.timex
    if value.timex == "P1D" or _rx(r"XXXX-XX-XXT(?:MO|AF|EV|NI)").fullmatch(value.timex):
        return "XXXX-XX-XX"
    return None


_CLOCK_STRETCH = (
    r"(?i)(?:the\s+)?(?:(?P<back>past|last|previous)|(?P<ahead>next|coming|following|upcoming))\s+"
    r"(?:(?P<n>\d+|[a-z]+)\s+)?(?P<unit>hours?|hrs?|minutes?|mins?|seconds?|secs?)"
)
"""The last or next few hours, minutes or seconds ("the past 3 hours", "the next minute")."""


def _clock_stretch(reading: _Reading, text: str) -> TimeValue | None:
    """The hours, minutes or seconds just before or after the reference moment (rule clock_stretch): "the past 3
    hours" ends at the reference moment, "the next hour" starts there."""
    m = _rx(_CLOCK_STRETCH).fullmatch(text)
    if m is None:
        return None
    lex = _lexicon()
    word = m["unit"].lower()
    unit = _unit(lex.unit_words.get(word) or lex.unit_abbreviations[word])
    n = _count_of(f"{m['n'] or 'one'} {unit.word}")
    if n is None or not unit.letter.startswith("T"):
        return None
    seconds = n * unit.multiplier * {"TH": 3600, "TM": 60, "TS": 1}[unit.letter]
    far = reading.moment + dt.timedelta(seconds=seconds if m["ahead"] else -seconds)
    first, last = sorted((reading.moment, far))
    value = _range_value(_value(first.strftime("%Y-%m-%dT%H:%M:%S")), _value(last.strftime("%Y-%m-%dT%H:%M:%S")))
    return attrs.evolve(value, timex=_duration_timex(n, unit.word))


_PART_OF_PERIOD = (
    r"(?i)(?:the\s+)?(?P<side>first|1st|last)\s+(?P<n>\d+|[a-z]+)\s+(?P<unit>days|weeks|months)\s+of\s+(?P<period>.+)"
)
"""The first or last few days, weeks or months of a period ("the first six months of 2019")."""


_DAY_OF_PERIOD = (
    r"(?i)(?:the\s+)?(?P<side>last|final|\d{1,3}(?:st|nd|rd|th)|[a-z]+(?:[\s-][a-z]+)?)\s+day\s+of\s+(?:the\s+)?"
    r"(?P<period>.+)"
)
"""The first, Nth or last day of a period ("the last day of May", "the 23rd day of September", "the first day of
next month")."""


def _day_of_period(reading: _Reading, text: str) -> TimeValue | None:
    """The first, Nth or last day of a period (rule day_of_period): "the last day of May" is 31 May, "the first day
    of the year" 1 January, "the twenty first day of October" 21 October."""
    m = _rx(_DAY_OF_PERIOD).fullmatch(text.strip())
    if m is None:
        return None
    period = m["period"]
    if _rx(r"(?i)\bday\s+of\b").search(period):
        return None  # "the first day of the last day of ...": one day of one period
    if _rx(r"(?i)(?:week|month|quarter|year)").fullmatch(period):
        period = f"this {period}"  # "the last day of the month": this month's
    value = reading.phrase(period)
    if value is None or value.start is None or value.end is None or value.kind != TimeKind.DATE:
        return None
    if _RANK[value.granularity] <= _RANK[Granularity.DAY]:
        return None
    side = m["side"].lower()
    if side in {"last", "final"}:
        return _day(value.end.date() - dt.timedelta(days=1))
    digits = _rx(r"\d+").match(side)
    n = int(digits.group()) if digits else _lexicon().ordinals.get(re.sub(r"[\s-]+", "-", side))
    n = n if n is not None else _lexicon().ordinals.get(re.sub(r"[\s-]+", " ", side))
    if n is None or n < 1:
        return None
    day = value.start.date() + dt.timedelta(days=n - 1)
    return _day(day) if day < value.end.date() else None


def _week_boundary(day: dt.date) -> dt.date:
    """The Monday that starts the first week whose Thursday is on or after *day*."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday if monday + dt.timedelta(days=3) >= day else monday + dt.timedelta(weeks=1)


def _part_of_period(reading: _Reading, text: str) -> TimeValue | None:
    """The first or last days, weeks or months of a year or a month (rule part_of_period): "the first six months
    of 2019" is January to June 2019; weeks are ISO weeks, each in the year its Thursday falls in."""
    m = _rx(_PART_OF_PERIOD).fullmatch(text)
    period = reading.single(m["period"]) if m is not None else None
    if m is None or period is None or period.start is None or period.end is None:
        return None
    unit = _lexicon().unit_words[m["unit"].lower()]
    n = _count_of(f"{m['n']} {unit}")
    if n is None or not n.is_integer() or period.granularity not in {Granularity.YEAR, Granularity.MONTH}:
        return None
    first, end = period.start.date(), period.end.date()
    if unit == "week":  # whole weeks whose Thursday is in the period
        first, end = _week_boundary(first), _week_boundary(end)
    if m["side"].lower() != "last":
        start, stop = first, _shift(first, unit, int(n))
    else:
        start, stop = _shift(end, unit, -int(n)), end
    if not period.start.date() - dt.timedelta(days=7) <= start < stop <= period.end.date() + dt.timedelta(days=7):
        return None  # more of them than the period holds
    value = _range_value(_day(start), _day(stop - dt.timedelta(days=1)))
    return attrs.evolve(value, timex=_duration_timex(n, unit))


def _set_phrase(reading: _Reading, text: str) -> TimeValue | None:
    """A word that is a set only as the whole phrase (rule set_phrase): "quarterly", "annual" (``setphrase`` rows of
    ``time_words.tsv``; in running text they are adjectives: "quarterly results")."""
    del reading
    timex = timewords.vocabulary().set_phrases.get(text.lower().strip())
    return _value(timex, kind=TimeKind.SET) if timex is not None else None


_WEEK_OF_DAY = (
    r"(?i)(?:the\s+)?(?P<unit>week|weekend)\s+(?P<how>of|starting|beginning|commencing)(?:\s+(?:on|from))?\s+(?P<day>.+)"
    r"|w/c\s+(?P<wc>.+)"
)
"""A week told by a day in it or its first day ("the week of April 10", "the week starting Monday", "w/c 4 Feb")."""


def _week_of_day(reading: _Reading, text: str) -> TimeValue | None:
    """The week (or weekend) around a day (rule week_of_day): "the week of the 18th" is that day's week, "the week
    starting February 4" the seven days from it."""
    m = _rx(_WEEK_OF_DAY).fullmatch(text)
    if m is None:
        return None
    day = reading.point(m["day"] or m["wc"]) or reading.compound(m["day"] or m["wc"])
    if day is None or day.start is None or day.granularity != Granularity.DAY:
        return None
    first = day.start.date()
    if m["wc"] or m["how"].lower() != "of":
        return _range_value(day, _day(first + dt.timedelta(days=6)))
    return _week(first, weekend=m["unit"].lower() == "weekend")


_RELATIVE_HOLIDAY = r"(?i)(?P<rel>last|previous|next|following|coming|this)\s+(?P<name>.+)"


def _relative_holiday(reading: _Reading, text: str) -> TimeValue | None:
    """A holiday before or after the reference (rule relative_holiday): "last Easter" is the latest one before it,
    "next Christmas" the first one after it, "this Easter" the one of its year."""
    m = _rx(_RELATIVE_HOLIDAY).fullmatch(text)
    if m is None or _rx(r"(?i)" + _alt(_holidays())).fullmatch(m["name"].strip()) is None:
        return None
    rel = m["rel"].lower()
    if rel == "this":
        return reading.single(f"{m['name']} {reading.moment.year}")
    prefer = "past" if rel in {"last", "previous"} else "future"
    moment = reading.moment + dt.timedelta(days=-1 if prefer == "past" else 1)
    return _Reading(anchor=_day(moment.date()), prefer=prefer, moment=moment).single(m["name"])


_DURATION_PART = r"(?:{number})\s+(?:{units})\b"
_COMPOUND_DURATION = (
    r"(?i)(?P<mod>(?:more|less|fewer)\s+than|about|around|almost|nearly|over|at\s+least)?\s*"
    r"(?P<parts>{part}(?:\s*,?\s*(?:and\s+)?{part})+)"
    r"(?:\s+(?P<dir>ago|later|from\s+now|hence|earlier|before|after))?"
)
"""A length told in several units ("1 month and 21 days", "2 hours 30 minutes ago")."""
_DATE_LETTERS = ("Y", "M", "W", "D")
_CLOCK_LETTERS = ("H", "M", "S")


@functools.cache
def _compound_duration_rx() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(:data:`_COMPOUND_DURATION`, one part of it) with the unit words of ``time_words.tsv`` filled in."""
    lex = _lexicon()
    units = _alt((*lex.unit_words, *(a for a in lex.unit_abbreviations if len(a) > 1)))
    words = _alt(w for w, v in lex.numbers.items() if v != "X")
    number = rf"\d+(?:\.\d+)?|(?:(?:{_alt(_tens())})[-\s])?(?:{words})"
    part = _DURATION_PART.replace("{units}", units).replace("{number}", number)
    return re.compile(_COMPOUND_DURATION.replace("{part}", part)), re.compile(rf"(?i)({number})\s+({units})\b")


def _compound_duration(reading: _Reading, text: str) -> TimeValue | None:
    """A length in several units (rule compound_duration): "1 month and 21 days" (``P1M21D``), "2 hours 30
    minutes" (``PT2H30M``); with "ago" / "later" the moment that far before or after the reference."""
    whole, one = _compound_duration_rx()
    m = whole.fullmatch(text)
    if m is None:
        return None
    lex = _lexicon()
    amounts: dict[tuple[bool, str], float] = {}
    for found in one.finditer(m["parts"]):
        word = found.group(2).lower()
        unit = _unit(lex.unit_words.get(word) or lex.unit_abbreviations[word])
        n = _count_of(f"{found.group(1)} {unit.word}")
        clock = unit.letter.startswith("T")
        key = (clock, unit.letter.removeprefix("T"))
        if n is None or key in amounts or unit.granularity in {Granularity.QUARTER, Granularity.CENTURY}:
            return None
        amounts[key] = n * unit.multiplier
    if len(amounts) < 2:  # one unit is a plain duration, read by the rules
        return None
    date = "".join(f"{_fmt_count(amounts[False, x])}{x}" for x in _DATE_LETTERS if (False, x) in amounts)
    hours = "".join(f"{_fmt_count(amounts[True, x])}{x}" for x in _CLOCK_LETTERS if (True, x) in amounts)
    timex = f"P{date}" + (f"T{hours}" if hours else "")
    if m["dir"] is None:
        return _value(timex, kind=TimeKind.DURATION, mod=_mod_of(m["mod"] + " ") if m["mod"] else None)
    back = m["dir"].lower() in {"ago", "earlier", "before"}
    return _shifted_moment(reading, amounts, -1 if back else 1)


def _shifted_moment(reading: _Reading, amounts: Mapping[tuple[bool, str], float], sign: int) -> TimeValue | None:
    """The reference moved by *amounts* (calendar units first, then clock units): a day, or, when a clock unit is
    among them, the moment to the second, as "in 3 hours" is."""
    if any(not n.is_integer() for (clock, _), n in amounts.items() if not clock):
        return None
    moment = _moved(reading.moment, amounts, sign)
    if not any(clock for clock, _ in amounts):
        return _day(moment.date())
    return _value(moment.strftime("%Y-%m-%dT%H:%M:%S"))


@functools.cache
def _readers() -> tuple[Callable[[_Reading, str], TimeValue | None], ...]:
    """The readers :meth:`_Reading.phrase` tries, in order: the first value wins."""
    return (
        _Reading.present,
        _compound_duration,
        _clock_stretch,
        _part_of_period,
        _day_of_period,
        _set_phrase,
        _holiday_weekend,
        _week_of_day,
        _relative_holiday,
        _Reading.after,
        _business_days,  # before the rules: "in six business days" is a day, not the duration "six business days"
        _Reading.single,
        _Reading.edge,
        _week_of,
        _decade,
        _after_next,
        _within,
        _offset_from,
        _lasting,
        _nth_weekday,
        _clock_set,
        _day_set,
        _weekday_and_date,
        _approximate,
        _Reading.compound,
        _rest,
        _Reading.clock_span,
        _Reading.clock,
        _Reading.open_range,
        _Reading.part_of_day,
        _Reading.day_with_time,
        _Reading.range,
        _framed_range,
        _weekday_offset,
        _counted_weekdays,
        _weekday_in_week,
        _Reading.explicit,
    )


_NEAREST = "nearest"
_EXPLICIT_WORDS = frozenset(
    {"am", "pm", "a", "p", "m", "at", "of", "the", "on", "t", "z", "utc", "gmt", "h", "st", "nd", "rd", "th"}
)
"""Words besides month names that an explicit date string may hold ("2017/07/25 at 3 pm")."""
_NUMERIC_DATE = r"\d{1,4}([-/.])\d{1,2}\1\d{1,4}"
_WD_WORD = "(?:{weekdays})"
"""A weekday name or abbreviation in a compound ("Tues. next week", "Thu the 21st"): the ``weekday`` rows of
``time_words.tsv``, an abbreviation with or without its dot (filled in by :func:`_with_weekdays`)."""


@functools.cache
def _with_weekdays(pattern: str) -> str:
    """*pattern* with :data:`_WD_WORD` filled in from the time vocabulary."""
    names = sorted(_lexicon().weekdays, key=lambda w: (-len(w), w))
    alternation = "|".join(re.escape(w[:-1]) + r"\.?" if w.endswith(".") else re.escape(w) for w in names)
    return pattern.replace("{weekdays}", alternation)


def _weekday_number(word: str) -> int | None:
    """The ISO weekday of a name or abbreviation, with or without its dot ("Tues", "tues.", "Tuesday")."""
    low = word.lower()
    weekdays = _lexicon().weekdays
    return weekdays.get(low) or weekdays.get(low + ".")


_WEEK_REF = r"(?:(?:this|next|last|the\s+following|the\s+previous|the\s+coming|the\s+past)\s+week)"
_COMPOUND_WEEKDAY = (
    rf"(?i)(?:on\s+)?(?:(?P<wd>{_WD_WORD}),?\s+(?:of\s+)?(?P<week>{_WEEK_REF})"
    rf"|(?P<week2>{_WEEK_REF}),?\s+(?:on\s+)?(?P<wd2>{_WD_WORD}))"
)
_MONTH_REF = (
    r"(?:(?:this|next|last|the\s+following|the\s+previous|the\s+coming|the\s+past)\s+month"
    r"|[A-Z][a-z]+\.?(?:,?\s+\d{4})?)"
)
_DOM = r"(?:3[01]|[12]\d|0?[1-9])"
_COMPOUND_DAY = (
    rf"(?i)(?:on\s+)?(?:(?:(?P<wd3>{_WD_WORD}),?\s+)?(?:the\s+)?(?P<day>{_DOM})(?:st|nd|rd|th)?(?:\s+(?:(?:of|in)\s+)?(?P<month>{_MONTH_REF}))?"
    rf"|(?P<month2>{_MONTH_REF}),?\s+on\s+the\s+(?P<day2>{_DOM})(?:st|nd|rd|th)?)"
)
_TENS_WORDS = {"twenty": 20, "thirty": 30}


@attrs.frozen(kw_only=True)
class _Rewrite:
    """A way of writing a phrase that :func:`normalize_date` first turns into the one the rules read."""

    name: str
    pattern: str
    replacement: str | Callable[[re.Match[str]], str]
    example: str
    """A phrase the rewrite applies to; a test checks that it changes it."""


_MONTH_ABBREVIATIONS = r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
"""The first three letters of every month name: a month written in a numeric date ("sep-23-2020")."""


def _nth_month(m: re.Match[str]) -> str:
    """ "the third month of 2021" as "March 2021": the month of that rank (an ordinal of ``ordinals.tsv``)."""
    rank = _lexicon().ordinals.get(m.group(1).lower())
    names = [w for w, n in _lexicon().months.items() if n == rank and not w.endswith(".")]
    return f"{max(names, key=len)} " if rank is not None and names else m.group(0)


def _spaced_dash(m: re.Match[str]) -> str:
    """ " - " for a dash between two dates told in words ("nov 18 2014-dec 19 2015", "nov-feb 2017"), the dash
    itself inside one date written with dashes ("23-2020-september", "15-jan-82")."""
    left = m.string[: m.start()]
    words = _rx(r"[a-z]+").findall(left.lower())
    return " - " if " " in left.strip() or any(_month_number(w) for w in words) else "-"


def _pad_iso(m: re.Match[str]) -> str:
    """ "2018-7-" as "2018-07-", "2018-07-6" as "2018-07-06"."""
    return f"{m.group(1)}-0{m.group(2)}-" if m.group(1) else f"{m.group(3)}-0{m.group(4)}"


_PERIOD_LETTERS = MappingProxyType({"w": "week", "m": "month", "q": "quarter", "y": "year"})
"""The period after "eo" in "eow", "eom", "eoq", "eoy" (the end of the week, month, quarter, year)."""


_REWRITES = (
    _Rewrite(name="abbreviation", pattern=r"(?i)\b(?:tmrw|tmr)\b", replacement="tomorrow", example="tmrw"),
    _Rewrite(name="end_of_day", pattern=r"(?i)\beod\b", replacement="end of day", example="by eod"),
    _Rewrite(
        name="year_to_date",
        pattern=r"(?i)^(?:the\s+)?(?:year[-\s]to[-\s]date|ytd)$",
        replacement="from the start of the year to today",
        example="year-to-date",
    ),
    _Rewrite(
        name="to_date",
        pattern=r"(?i)^(from\s+.+?)\s+(?:to|till|until)\s+(?:the\s+)?(?:current\s+)?date$",
        replacement=r"\1 to today",
        example="from april to date",
    ),
    _Rewrite(
        name="end_of_period",
        pattern=r"(?i)\beo([wmqy])\b",
        replacement=lambda m: f"end of {_PERIOD_LETTERS[m[1].lower()]}",
        example="by eoy",
    ),
    _Rewrite(
        name="plural_part_of_day",
        pattern=r"(?i)^(?:on\s+)?(morning|afternoon|evening|night)s\b",
        replacement=r"every \1",
        example="mornings at 9am",
    ),
    _Rewrite(
        name="any_all_set",
        pattern=r"(?i)^(?:any\s+(?P<one>week|weekend|month|quarter|year)|all\s+(?P<all>week|weekend|month|quarter|year)s)$",
        replacement=lambda m: f"every {m['one'] or m['all']}",
        example="all weekends",
    ),
    _Rewrite(
        name="compact_iso",
        pattern=r"^((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$",
        replacement=r"\1-\2-\3",
        example="20170302",
    ),
    _Rewrite(
        name="year_month_word_day",
        pattern=rf"(?i)\b((?:19|20)\d\d)[-/]((?:{_MONTH_ABBREVIATIONS})[a-z]*)[-/](\d{{1,2}})\b",
        replacement=r"\3 \2 \1",
        example="2019/sep/01",
    ),
    _Rewrite(
        name="tonight_spelling", pattern=r"(?i)\btonite\b|^this\s+night$", replacement="tonight", example="tonite"
    ),
    _Rewrite(
        name="numeric_short_year",
        pattern=r"^(\d{1,2})([-.])(\d{1,2})\2(\d\d)$",
        replacement=lambda m: f"{m[1]}{m[2]}{m[3]}{m[2]}{_full_year(m[4])}",
        example="4-9-26",
    ),
    _Rewrite(
        name="neighbour_day",
        pattern=r"(?i)^(?:the\s+)?(?:(?P<next>next)|last|past)\s+day$|^(?P<this>this)\s+day$",
        replacement=lambda m: "today" if m["this"] else "the next day" if m["next"] else "the previous day",
        example="next day",
    ),
    _Rewrite(
        name="next_night",
        pattern=r"(?i)^next\s+(?=(?:morning|afternoon|evening|night)\b)",
        replacement="tomorrow ",
        example="next evening from 7 to 9",
    ),
    _Rewrite(
        name="last_morning",
        pattern=r"(?i)\blast\s+(?=(?:morning|afternoon|evening)\b)",
        replacement="yesterday ",
        example="between 6 and 8 last morning",
    ),
    _Rewrite(
        name="part_of_a_year",
        pattern=r"(?i)^((?:the\s+)?\w+\s+(?:quarter|week|month))\s+(?:of\s+)?(?:the\s+year|(this|next|last)\s+year)$",
        replacement=lambda m: f"{m.group(1)} of {m.group(2) or 'this'} year",
        example="the third quarter next year",
    ),
    _Rewrite(
        name="next_decade", pattern=r"(?i)^the\s+next\s+decade$", replacement="next decade", example="the next decade"
    ),
    _Rewrite(name="quarter_case", pattern=r"\bq([1-4])\b", replacement=r"Q\1", example="q3 2019"),
    _Rewrite(name="year_quarter", pattern=r"\b(\d{4})\s*-?\s*Q([1-4])\b", replacement=r"Q\2 \1", example="2017-Q1"),
    _Rewrite(name="quarter_dash_year", pattern=r"\bQ([1-4])-(\d{4})\b", replacement=r"Q\1 \2", example="Q1-2019"),
    _Rewrite(name="half_case", pattern=r"\bh([12])\b", replacement=r"H\1", example="2019 h2"),
    _Rewrite(name="year_half", pattern=r"\b(\d{4})\s*-?\s*H([12])\b", replacement=r"H\2 \1", example="2019-H2"),
    _Rewrite(
        name="comparison_sign",
        pattern=r"^\s*([<>])\s*(=?)\s*",
        replacement=lambda m: ("on or " if m.group(2) else "") + ("before " if m.group(1) == "<" else "after "),
        example=">= 6pm today",
    ),
    _Rewrite(
        name="year_word",
        pattern=r"(?i)^(?:the\s+)?(?:calendar\s+)?year\s+(?=\d{4}$|\d{4}\s+(?:or|and)\s|(?:greater|later|earlier)\s+than\s)",
        replacement="",
        example="year 2012 or later",
    ),
    _Rewrite(
        name="same_unit",
        pattern=r"(?i)^(?:the\s+)?same\s+(?=(?:week|month|year)$)",
        replacement="this ",
        example="the same month",
    ),
    _Rewrite(
        name="calendar_year",
        pattern=r"(?i)\b(this|last|next)\s+calendar\s+(?=year$)",
        replacement=r"\1 ",
        example="this calendar year",
    ),
    _Rewrite(
        name="following",
        pattern=r"(?i)^(?:the\s+)?(?:following|upcoming)\s+(?=(?:week|weekend|month|year|quarter)$)",
        replacement="next ",
        example="the following week",
    ),
    _Rewrite(
        name="year_dash_month",
        pattern=r"^(\d{4})(?:\s+-\s*|\s*-\s+)(\d{1,2})$",
        replacement=r"\1-\2",
        example="2016 -11",
    ),
    _Rewrite(
        name="couple_of",
        pattern=r"(?i)\bcouple\s+(?=(?:{units})\b)",
        replacement="couple of ",
        example="next couple weeks",
    ),
    _Rewrite(
        name="nth_month_of",
        pattern=r"(?i)^the\s+([a-z0-9]+)\s+month\s+of\s+(?=\S)",
        replacement=_nth_month,
        example="the third month of 2021",
    ),
    _Rewrite(
        name="iso_padding",
        pattern=r"\b(\d{4})-(\d)-(?=\d)|\b(\d{4}-\d\d)-(\d)\b",
        replacement=_pad_iso,
        example="2018-7-6",
    ),
    _Rewrite(
        name="month_dash_day_year",
        pattern=rf"(?i)\b({_MONTH_ABBREVIATIONS})[a-z]*\.?-(\d{{1,2}})-(\d{{4}})\b",
        replacement=r"\1 \2 \3",
        example="sep-23-2020",
    ),
    _Rewrite(
        name="month_comma_day",
        pattern=rf"(?i)^((?:{_MONTH_ABBREVIATIONS})[a-z]*\.?),\s+(?=\d{{1,2}}(?:st|nd|rd|th)?$)",
        replacement=r"\1 ",
        example="october, 1st",
    ),
    _Rewrite(
        name="day_month_in_year",
        pattern=rf"(?i)\b((?:\d{{1,2}}\s+)?(?:{_MONTH_ABBREVIATIONS})[a-z]*\.?)\s+in\s+(?=\d{{4}}\b)",
        replacement=r"\1 ",
        example="28 june in 2020",
    ),
    _Rewrite(
        name="month_slash_year",
        pattern=rf"(?i)\b((?:{_MONTH_ABBREVIATIONS})[a-z]*\.?)/(?=\d{{4}}\b)",
        replacement=r"\1 ",
        example="dec/2018",
    ),
    _Rewrite(
        name="dash_before_month",
        pattern=rf"(?i)(?<=[\da-z.])(?<!mid)(?<!late)(?<!early)-(?=(?:{_MONTH_ABBREVIATIONS})[a-z]*\.?(?:\s|$))",
        replacement=_spaced_dash,
        example="nov 18 2014-dec 19 2015",
    ),
    _Rewrite(
        name="ordinal_day_of",
        pattern=r"(?i)\b(\d{1,2}(?:st|nd|rd|th))\s+day\s+of\b",
        replacement=r"\1 of",
        example="the 12th day of next month",
    ),
    _Rewrite(
        name="unit_hyphen",
        pattern=r"(?i)\b(\d+(?:\.\d+)?)-(min|mins|minutes?|hours?|hrs?|days?|weeks?|months?|years?)\b",
        replacement=r"\1 \2",
        example="30-min",
    ),
    _Rewrite(name="hour_letter", pattern=r"(?i)^(\d+(?:\.\d+)?)\s*h$", replacement=r"\1 hours", example="3 h"),
    _Rewrite(
        name="half_unit",
        pattern=r"(?i)^half\s+(?:an?\s+)?(hour|day|week|month|year)$",
        replacement=r"half a \1",
        example="half hour",
    ),
    _Rewrite(
        name="whole_unit",
        pattern=r"(?i)^(?:a\s+)?(?:full|whole)[\s-]+(day|week|month|year)$|^all-(day|week|month|year)$",
        replacement=r"all \1\2",
        example="full-week",
    ),
    _Rewrite(
        name="decade_space",
        pattern=r"\b(\d{3}0)\s+s\b",
        replacement=r"\1s",
        example="1990 s",
    ),
    _Rewrite(
        name="month_short_year",
        pattern=rf"(?i)\b((?:{_MONTH_ABBREVIATIONS})[a-z]*\.?)\s+(?:of\s+)?['’]?(3[2-9]|[4-9]\d)$",
        replacement=lambda m: f"{m[1]} {_full_year(m[2])}",
        example="april of 87",
    ),
    _Rewrite(
        name="my_period",
        pattern=r"(?i)^(?:my\s+)?(?=weekend$)|^my\s+(?=week$)",
        replacement="this ",
        example="my weekend",
    ),
    _Rewrite(
        name="within_from_now",
        pattern=r"(?i)^(within\s+.+?)\s+(?:from|after)\s+(?:today|now)$",
        replacement=r"\1",
        example="within 3 weeks from today",
    ),
    _Rewrite(
        name="in_the_future",
        pattern=r"(?i)^(\d+|{count})\s+({units})\s+in\s+the\s+future$",
        replacement=lambda m: (
            m[0] if _unit(_unit_of(m[2].lower())).granularity in _CLOCK_GRANULARITIES else f"the next {m[1]} {m[2]}"
        ),
        example="4 weeks in the future",
    ),
    _Rewrite(
        name="attached_unit",
        pattern=r"(?i)\b(\d+)(?=(?:{units})$)",
        replacement=r"\1 ",
        example="last 3year",
    ),
    _Rewrite(
        name="quarter_of_year",
        pattern=r"(?i)^Q([1-4])\s+(?:of\s+)?((?:this|last|next)\s+year)$",
        replacement=lambda m: f"the {m[1]}{_ordinal_suffix(int(m[1]))} quarter of {m[2]}",
        example="Q3 this year",
    ),
    _Rewrite(
        name="year_then_quarter",
        pattern=r"(?i)^(\d{4})\s+(the\s+[a-z0-9]+\s+quarter)$",
        replacement=r"\2 of \1",
        example="2016 the third quarter",
    ),
    _Rewrite(
        name="count_before_next",
        pattern=r"(?i)^(\d+|{count})\s+(?:upcoming|next|coming|following)\s+({units})$",
        replacement=r"the next \1 \2",
        example="5 upcoming years",
    ),
    _Rewrite(
        name="count_before_past",
        pattern=r"(?i)^(\d+|{count})\s+(?:past|previous|last)\s+({units})$",
        replacement=r"the past \1 \2",
        example="10 previous weeks",
    ),
)
"""The rewrites :func:`_tidy` applies, in order."""


@functools.cache
def _rewrite_rx(pattern: str) -> re.Pattern[str]:
    """A rewrite's pattern with ``{count}`` (a one-word number of ``time_words.tsv`` but "a" / "an") and
    ``{units}`` (the unit words, :func:`_macros`) filled in."""
    count = _alt(w for w in _lexicon().numbers if w.isalpha() and w not in {"a", "an"})
    return re.compile(pattern.replace("{count}", count).replace("{units}", _macros().units))


def _tidy(text: str) -> str:
    """A phrase made easy for the rules: "Oct-2"/"Oct2" as "Oct. 2", spelled days and years as digits
    ("June fourth 2012" -> "June 4th 2012", "nineteen eighty six" -> "1986"), "tmrw" as "tomorrow"."""
    for rewrite in _REWRITES:
        text = _rewrite_rx(rewrite.pattern).sub(rewrite.replacement, text)
    text = _rx(r"(?i)(?<=\d)[-/](jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?[-/](\d{2,4})\b").sub(
        lambda m: f" {m.group(1)} {_full_year(m.group(2))}", text
    )
    text = _rx(
        r"(?i)\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|may|june|july|august|september|october|november|december)\.?\s*[-/.]?\s*(?=\d)"
    ).sub(lambda m: m.group(1) + " ", text)
    text = _spelled_years(text)
    lex = _lexicon()
    has_month = any(w in lex.months or f"{w}." in lex.months for w in _rx(r"[a-z]+").findall(text.lower()))
    if not has_month and not _rx(r"(?i)^(?:on\s+)?(?:[a-z]+day,?\s+)?(?:the\s+)?[a-z]+(?:[-\s][a-z]+)?$").match(text):
        return text
    numbers = _number_words()
    text = _rx(
        rf"(?i)\b(sixteen|seventeen|eighteen|nineteen)[-\s]+(?:({_alt(_tens())})(?:[-\s]+({_ones()}))?|(?:zero|oh)[-\s]+({_ones()}))\b"
    ).sub(lambda m: str(_spelled_century_year(m, numbers)), text)
    ordinals = {w: n for w, n in lex.ordinals.items() if w.isalpha() and n <= 31}
    cardinals = {
        w: n for w, n in numbers.items() if n < 20 or n in _TENS_WORDS.values()
    }  # one to nineteen, twenty, thirty
    words = "|".join(sorted((*ordinals, *cardinals), key=len, reverse=True))

    def spelled(tens_word: str | None, word: str, whole: str) -> str:
        tens = _TENS_WORDS.get((tens_word or "").lower(), 0)
        n = tens + ordinals.get(word.lower(), cardinals.get(word.lower(), 0))
        if not 1 <= n <= 31 or (tens and n - tens > 9):
            return whole
        return f"{n}{_ordinal_suffix(n)}" if word.lower() in ordinals else str(n)

    if has_month:
        return _rx(rf"(?i)\b(?:(twenty|thirty)[-\s]+)?({words})\b").sub(
            lambda m: spelled(m.group(1), m.group(2), m.group(0)), text
        )
    return _rx(rf"(?i)^((?:on\s+)?(?:[a-z]+day,?\s+)?the\s+)(?:(twenty|thirty)[-\s]+)?({words})$").sub(
        lambda m: m.group(1) + spelled(m.group(2), m.group(3), m.group(0)[len(m.group(1)) :]), text
    )


def _spelled_century_year(m: re.Match[str], numbers: Mapping[str, int]) -> int:
    """ "nineteen eighty six" as 1986, "nineteen oh one" (or "zero one") as 1901, "seventeen seventy six" as 1776:
    the century's hundreds, then the tens and ones or "oh" and the ones (rule spelled_year)."""
    year = numbers[m.group(1).lower()] * 100
    if m.group(2):
        return year + numbers[m.group(2).lower()] + (numbers[m.group(3).lower()] if m.group(3) else 0)
    return year + numbers[m.group(4).lower()]


_CENTURY_WORDS = MappingProxyType(
    {"two thousand": 2000, "twenty hundred": 2000, "nineteen hundred": 1900, "eighteen hundred": 1800}
    | {"seventeen hundred": 1700, "sixteen hundred": 1600}
)


@functools.cache
def _spelled_year_rx() -> re.Pattern[str]:
    """A year spelled from its thousands ("two thousand and fifteen", "nineteen hundred eighty seven")."""
    small = {w: int(v) for w, v in _lexicon().numbers.items() if v.isdigit() and int(v) < 100 and " " not in w}
    units = _alt(w for w, n in small.items() if n < 10)  # the ones
    below = _alt(w for w, n in small.items() if n < 20)  # one to nineteen
    tens = _alt(w for w, n in small.items() if n >= 20)  # twenty to ninety
    counted = _alt(_lexicon().unit_words)  # "two thousand years" is a count, not a year
    century = "|".join(w.replace(" ", r"\s+") for w in _CENTURY_WORDS)
    return re.compile(
        rf"(?i)\b(?P<century>{century})(?:\s+and)?(?:[-\s]+(?P<n>(?:{tens})(?:[-\s](?:{units}))?|{below}))?\b"
        rf"(?!\s+(?:{counted})\b)"
    )


def _spelled_years(text: str) -> str:
    """*text* with years spelled from their thousands written in digits (rule spelled_year):
    "two thousand and fifteen" -> "2015", "nineteen hundred eighty seven" -> "1987"."""
    numbers = _lexicon().numbers

    def year(m: re.Match[str]) -> str:
        n = sum(int(numbers[w]) for w in _rx(r"[a-z]+").findall((m["n"] or "").lower()))
        return str(_CENTURY_WORDS[" ".join(m["century"].lower().split())] + n)

    return _spelled_year_rx().sub(year, text)


_TWO_DIGIT_PIVOT = 30
"""Rule two_digit_year: a two-digit year from 30 on is of the 1900s, one below 30 of the 2000s (the window 1930-2029
of spreadsheets and the .NET calendar): dates in news lie mostly in the past, and "3/18/40" is 1940."""


def _full_year(digits: str) -> int:
    """A two-digit year as a four-digit one (rule two_digit_year: "82" and "35" are 1982 and 1935, "15" is 2015)."""
    y = int(digits)
    if len(digits) == 2:
        y += 1900 if y >= _TWO_DIGIT_PIVOT else 2000
    return y


_RANGE_SIDE_KINDS = frozenset({TimeKind.DATE, TimeKind.TIME, TimeKind.VAGUE})
"""What a side of a range may be: a date, a clock time, or "now" ("between now and nine o'clock")."""
_RANGE = (
    r"(?i)^(?P<lead>from|between)?\s*(?P<a>.+?)\s*"
    r"(?P<sep>\b(?:to|till|until|through|thru|and)\b|(?<=\d)\s*[-–—~]\s*(?=\d)|\s[-–—]\s"
    r"|(?<=[A-Za-z.])[-–—](?=[A-Za-z])|(?<!\d\d\d)(?<=\d)[-–—](?=[A-Za-z]{3}))\s*(?P<b>.+)$"
)
_RANGE_SPACED = (
    r"(?i)^(?P<lead>from|between)?\s*(?P<a>.+?)\s*"
    r"(?P<sep>\b(?:to|till|until|through|thru|and)\b|\s[-–—~]\s)\s*(?P<b>.+)$"
)
"""A range split by a word or a spaced dash, tried before :data:`_RANGE`'s dashes between numbers."""
_MONTH_WORD = rf"(?:{_MONTH_ABBREVIATIONS})[a-z]*\.?"
_PERIOD_FRAME = r"(?:(?:this|next|last|the\s+following|the\s+previous)\s+(?:week|month|year)|(?:1[6-9]|20)\d\d)"
_FRAME_AFTER = (
    rf"(?i)(?P<range>.+?)(?:,?\s+(?:in|of|during)\s+(?:the\s+)?|,\s*|\s+|/)(?P<frame>{_PERIOD_FRAME}|{_MONTH_WORD})"
)
_FRAME_BEFORE = rf"(?i)(?P<frame>{_PERIOD_FRAME}|{_MONTH_WORD}),?\s+(?P<range>(?:from|between)\s+.+)"
"""A range and the period both its sides lie in, said once after it or before it ("from 4 to 22 this month",
"next week between Tuesday and Thursday", "Feb. between 2 and 7"): a week, month or year, a year number or a
month name."""
_LASTING = (
    r"(?i)(?:(?:for\s+)?(?P<amount>.+?),?\s+(?:starting(?:\s+(?:from|on))?|beginning(?:\s+on)?|from)\s+(?P<start>.+)"
    r"|(?:from|starting(?:\s+(?:from|on))?)\s+(?P<start2>.+?),?\s+for\s+(?P<amount2>.+))"
)
"""A start and a length ("for 3 hours from 10 am", "from 2pm for 2 hours", "a week starting tomorrow")."""
_DASHED_DATE = r"\d{4}-\d{1,2}-\d{1,2}|\b\d{1,2}-\d{1,2}-\d{2,4}\b"
"""A numeric date written with dashes: its dashes split no range."""
_BARE_DAY = r"(?i)(?:the\s+)?(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_BARE_HOUR = r"(1[0-2]|0?[1-9])(?::([0-5]\d))?"


def _ordinal_suffix(n: int) -> str:
    """ "st", "nd", "rd" or "th" after *n* (1st, 22nd, 13th)."""
    if 10 <= n % 100 <= 20:  # the teens take "th"
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _complete(text: str, other: TimeValue) -> TimeValue | None:
    """The side of a range that leaves out what the other side says: "3" in "3 to 5 December"."""
    if other.start is None:
        return None
    m = _rx(_BARE_DAY).fullmatch(text)
    if m is not None and other.granularity == Granularity.DAY:
        try:
            return _day(other.start.date().replace(day=int(m.group(1))))
        except ValueError:
            return None
    m = _rx(_BARE_HOUR).fullmatch(text)
    if m is not None and other.kind == TimeKind.TIME:
        hour = int(m.group(1)) % 12 + (12 if other.start.hour >= 12 else 0)
        moment = other.start.replace(hour=hour, minute=int(m.group(2) or 0))
        return _value(moment.strftime("%Y-%m-%dT%H:%M"))
    return None


def _now_as_day(side: TimeValue, other: TimeValue) -> TimeValue:
    """*side* as its day when it is "now" and the *other* side of its range is a day or longer (rule now_as_day)."""
    if side.timex != "PRESENT_REF" or side.start is None or _RANK[other.granularity] < _RANK[Granularity.DAY]:
        return side
    return _day(side.start.date())


def _range_end(b: TimeValue) -> dt.datetime:
    """Where a range ending at *b* ends: after a whole day (or longer) *b*, at a clock time *b* itself."""
    end = b.start if _RANK[b.granularity] < _RANK[Granularity.DAY] or b.kind == TimeKind.VAGUE else b.end
    if end is None:
        raise _Unresolved
    return end


def _range_value(a: TimeValue, b: TimeValue) -> TimeValue:
    """The range from *a* to *b*: its duration as the timex, both ends, and the interval covering them."""
    start, end = a.start, _range_end(b)
    if start is None:
        raise _Unresolved
    gran = min(a.granularity, b.granularity, key=lambda g: _RANK[g])
    span = end - start
    if _RANK[gran] < _RANK[Granularity.DAY]:
        hours, rest = divmod(int(span.total_seconds()) // 60, 60)
        timex = "PT" + (f"{hours}H" if hours else "") + (f"{rest}M" if rest or not hours else "")
    elif gran == Granularity.DAY:
        timex = f"P{span.days}D"
    elif gran == Granularity.WEEK:
        timex = f"P{span.days // 7}W"
    else:
        months = (end.year - start.year) * 12 + end.month - start.month
        timex = f"P{months // 12}Y" if months % 12 == 0 and _RANK[gran] >= _RANK[Granularity.YEAR] else f"P{months}M"
    return TimeValue(
        timex=timex,
        kind=TimeKind.DURATION,
        granularity=gran,
        start=start,
        end=end,
        begin_point=a.timex,
        end_point=b.timex,
    )


@functools.cache
def _casing() -> Mapping[str, str]:
    """Month and weekday names, lower case -> as the rules match them ("monday" -> "Monday")."""
    lex = _lexicon()
    out = {w: w[:1].upper() + w[1:] for w in (*lex.months, *lex.weekdays) if not w.endswith(".")}
    out.update({w[:-1]: w[:1].upper() + w[1:] for w in (*lex.months, *lex.weekdays) if w.endswith(".")})
    return MappingProxyType(out)


_MAY_AS_MONTH = (
    r"(?i)\b(?:from|since|until|till|to|through|between|in|of|early|late|mid|last|next|this|and)(?:\s+|(?<=mid)-)may"
    r"(?=$|\s*\d|\s*[-–—]|\s+(?:to|through|until|till|and)\b|,)|^may(?=\s*[-–—]|\s+(?:to|through|until|till)\b)"
)
"""Where "may" in a phrase is the month: after "from" / "in" / "early" and before the end, a number, "to" or a dash
("may" alone stays the modal: "may" in "may be")."""


def _month_may(text: str, m: re.Match[str]) -> bool:
    """Whether the word "may" that *m* matched in *text* is the month ("from may to september"), not the modal."""
    if _rx(r"\s+\d").match(text, m.end()):
        return True  # "may 5"
    return any(found.end() == m.end() for found in _rx(_MAY_AS_MONTH).finditer(text))


def _cased(text: str) -> str:
    """*text* with lower-case month and weekday names capitalized (same length, same offsets).

    A phrase handed to :func:`normalize_date` is a time expression by the caller's word, so
    "monday" is Monday; in running text only the capitalized names are (the modal "may").
    """
    casing = _casing()

    def case(m: re.Match[str]) -> str:
        word = m.group(0)
        if word == "may" and not _month_may(text, m):
            return word  # the modal: "may be"
        low = word.lower().rstrip(".")
        if low not in casing and low.endswith("s") and low[:-1] in casing:
            return casing[low[:-1]] + word[len(low) - 1 :]  # "sundays": a set of Sundays
        return casing.get(low, word)

    return _rx(r"(?i)\b[a-z]+\b\.?").sub(case, text)


def _from_parsed(parsed: _dateparser.ParsedDate) -> TimeValue:
    moment = parsed.moment
    if parsed.granularity == Granularity.YEAR:
        return _year(moment.year)
    if parsed.granularity == Granularity.MONTH:
        return _month(moment.year, moment.month)
    if parsed.granularity == Granularity.MINUTE and (moment.hour or moment.minute or moment.second):
        return _value(moment.strftime("%Y-%m-%dT%H:%M:%S" if moment.second else "%Y-%m-%dT%H:%M"))
    return _day(moment.date())


def _check_reference(reference: object) -> dt.date | None:
    if reference is None:
        return None
    if isinstance(reference, dt.datetime):
        return reference.date()
    if isinstance(reference, dt.date):
        return reference
    msg = f"reference must be a date or datetime, got {type(reference).__name__}: {short_repr(reference)}"
    raise InvalidInputError(msg)


# =========================================================================== documents


@attrs.frozen(kw_only=True)
class _Mention:
    """One found expression with what is known about its place in the document."""

    found: _Found
    sentence: int | None
    tense: str | None
    perfect: bool
    prev_word: str
    prev_raw: str
    prev_tag: str | None
    sentence_initial: bool
    tokens: tuple[tuple[str, str], ...]
    next_tag: str | None
    owner: str | None
    """The id of the innermost attribution whose content holds it."""
    in_quote: bool


def _owners(attributions: Sequence[Attribution]) -> tuple[list[int], list[tuple[int, int, int, str]]]:
    pieces: list[tuple[int, int, int, str]] = []
    for a in attributions:
        parts = a.content_parts or (a.content,)
        pieces.extend((p.start, p.end, p.end - p.start, a.id) for p in parts)
    pieces.sort()
    return [p[0] for p in pieces], pieces


def _owner_at(starts: list[int], pieces: list[tuple[int, int, int, str]], s: int, e: int) -> str | None:
    i = bisect.bisect_right(starts, s)
    best: tuple[int, str] | None = None
    for j in range(i - 1, max(-1, i - 33), -1):
        ps, pe, size, aid = pieces[j]
        if ps <= s and e <= pe and (best is None or size < best[0]):
            best = (size, aid)
    return None if best is None else best[1]


def _in_quote(doc: Document, quote_starts: list[int], s: int, e: int) -> bool:
    i = bisect.bisect_right(quote_starts, s)
    for j in range(i - 1, max(-1, i - 9), -1):
        q = doc.quotes[j].content
        if q.start <= s and e <= q.end:
            return True
    return False


@functools.cache
def _time_names() -> tuple[tuple[str, str], ...]:
    """``time_names.txt``: names holding a time word that are not times ("the Sunday Times"), each after
    the part of its first word a text must hold (lower case) for it to be there."""
    return tuple((name.split()[0].split("'")[0], name) for name in wordlist("time_names.txt"))


@functools.cache
def _names_rx() -> re.Pattern[str]:
    """The names of ``time_names.txt`` as one pattern, matched in any case as whole words, with either apostrophe."""
    either = _alt(name for _, name in _time_names()).replace("'", "['’]")
    return re.compile(rf"(?i)(?<![\w'’])(?:{either})(?![\w'’])")


def _name_spans(text: str) -> list[tuple[int, int]]:
    """Where *text* names a newspaper, programme or event that holds a time word (capitalized).

    A name is looked for only where the text holds its first word (everywhere in a text holding a letter
    that case folding turns into an ASCII one: :data:`claimkit._openings.ASCII_FOLDS`).

    >>> _name_spans("He told the Sunday Times on Monday.")
    [(12, 24)]
    """
    out = []
    for m in _name_matches(text):
        words = [w for w in m.group(0).split() if w[:1].isalpha()]
        if words and words[0][:1].isupper() and words[-1][:1].isupper():  # "48 Hours", not "48 hours"
            out.append(m.span())
    return out


def _name_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``time_names.txt`` in *text*, as ``finditer`` would find them, tried only where a name's
    first word is."""
    pattern = _names_rx()
    if any(c in text for c in _openings.ASCII_FOLDS):
        yield from pattern.finditer(text)
        return
    low = text.lower()
    starts: set[int] = set()
    for first in {first for first, _ in _time_names()}:
        at = low.find(first)
        while at >= 0:
            starts.add(at)
            at = low.find(first, at + 1)
    done = 0
    for at in sorted(starts):
        m = pattern.match(text, at) if at >= done else None
        if m is not None:
            done = m.end()
            yield m


def _mentions(doc: Document, attributions: Sequence[Attribution], token_starts: Sequence[int]) -> list[_Mention]:
    text = doc.text
    tokens = doc.tokens
    starts, pieces = _owners(attributions)
    quote_starts = [q.content.start for q in doc.quotes]
    names = _name_spans(text)
    indexes: dict[int, tuple[list[int], list[int]]] = {}  # _tense_index of each sentence with a time
    out = []
    for f in _find_in_tokens(text, tokens):
        if any(s < f.end and f.start < e for s, e in names):
            continue  # inside a name: "the Sunday Times", "USA Today"
        lo = bisect.bisect_left(token_starts, f.start)
        hi = bisect.bisect_left(token_starts, f.end)
        sentence = doc.sentence_index_at(f.start)
        tense: str | None = None
        perfect = False
        initial = True
        if sentence is not None:
            sent = doc.sentences[sentence]
            index = indexes.get(sentence)
            if index is None:
                index = indexes[sentence] = _tense_index(tokens, sent.first_token, sent.last_token)
            tense, perfect = _tense(tokens, lo, hi, sent.first_token, sent.last_token, index=index)
            initial = all(not tokens[k].text[:1].isalnum() for k in range(sent.first_token, lo))
        prev = tokens[lo - 1] if lo > 0 else None
        out.append(
            _Mention(
                found=f,
                sentence=sentence,
                tense=tense,
                perfect=perfect,
                prev_word=prev.text.lower() if prev is not None else "",
                prev_raw=prev.text if prev is not None else "",
                prev_tag=prev.tag if prev is not None else None,
                sentence_initial=initial,
                tokens=tuple((t.text, t.tag) for t in tokens[lo:hi]),
                next_tag=tokens[hi].tag if hi < len(tokens) else None,
                owner=_owner_at(starts, pieces, f.start, f.end),
                in_quote=_in_quote(doc, quote_starts, f.start, f.end),
            )
        )
    return out


_Read = tuple[_Context, TimeValue | None, bool]
"""What a mention was read against, its value, and whether it was rejected as no time at all."""


def _resolve_all(
    doc: Document,
    mentions: Sequence[_Mention],
    publication: TimeValue | None,
    statement_times: Mapping[str, TimeValue],
    readings: dict[int, _Read],
) -> list[tuple[_Mention, TimeValue | None, TimeValue | None]]:
    """Every mention in text order with its value and, when not publication, its anchor.

    *readings* holds each mention's reading (by its index) from an earlier pass over the same mentions: one
    read against an equal context is not read again (the reading is a function of its text and context).
    """
    history: list[TimeValue] = []
    out: list[tuple[_Mention, TimeValue | None, TimeValue | None]] = []
    for k, m in enumerate(mentions):
        anchor = publication
        own = statement_times.get(m.owner) if m.owner is not None else None
        if (
            own is not None
            and own.start is not None
            and own.kind in {TimeKind.DATE, TimeKind.TIME}
            and own != publication
        ):
            anchor = own
        ctx = _Context(
            anchor=anchor,
            tense=m.tense,
            perfect=m.perfect,
            history=tuple(history[-8:]),
            prev_word=m.prev_word,
            prev_raw=m.prev_raw,
            prev_tag=m.prev_tag,
            sentence_initial=m.sentence_initial,
            tokens=m.tokens,
            next_tag=m.next_tag,
        )
        earlier = readings.get(k)
        if earlier is not None and earlier[0] == ctx:
            _, value, rejected = earlier
        else:
            try:
                value, rejected = _interpret(m.found.rule, doc.text[m.found.start : m.found.end], ctx), False
            except _Reject:
                value, rejected = None, True
            readings[k] = (ctx, value, rejected)
        if rejected:
            continue
        if (
            value is not None
            and value.start is not None
            and value.kind in {TimeKind.DATE, TimeKind.TIME}
            and m.found.rule not in _SHIFTING_RULES
        ):
            history.append(value)
        out.append((m, value, anchor if anchor is not publication else None))
    return _clocks_on_days(doc.text, out, publication)


_ON_DAY = r"(?i)(?:\s+\([^()\n]{1,24}\))?(?:\s*,)?\s+(?:on\s+)?"
"""Between a clock time and the day after it that it is on: "5 p.m. on Monday", "10 a.m., Oct. 3", "9:15 a.m.
(0615 GMT) Friday" (the same time written in another zone between them)."""
_AT_CLOCK = r"(?i)(?:\s*,)?\s+(?:at\s+)?"
"""Between a day and a clock time on it: "Monday at 5 p.m."."""


def _clocks_on_days(
    text: str,
    resolved: list[tuple[_Mention, TimeValue | None, TimeValue | None]],
    publication: TimeValue | None,
) -> list[tuple[_Mention, TimeValue | None, TimeValue | None]]:
    """Rule clock_on_day: a clock time read on its anchor's day, next to the day it is on ("from 3 to 5 p.m. on
    Monday", "at 10:30 p.m. on Oct. 3", "Monday at 5 p.m."), is on that day."""
    for k, (m, value, anchor) in enumerate(resolved):
        base = anchor or publication
        if (
            m.found.rule != "clock"
            or value is None
            or value.kind != TimeKind.TIME
            or value.start is None
            or value.begin_point is not None
            or base is None
            or base.start is None
            or value.start.date() != base.start.date()
        ):
            continue
        day = None
        if k + 1 < len(resolved) and _rx(_ON_DAY).fullmatch(text, m.found.end, resolved[k + 1][0].found.start):
            day = resolved[k + 1][1]
        if day is None and k > 0 and _rx(_AT_CLOCK).fullmatch(text, resolved[k - 1][0].found.end, m.found.start):
            day = resolved[k - 1][1]
        if day is not None and day.start is not None and day.granularity == Granularity.DAY:
            resolved[k] = (m, _on_other_day(value, day.start.date()), anchor)
    return resolved


def _on_other_day(value: TimeValue, day: dt.date) -> TimeValue:
    """The clock time *value* on *day*."""
    if value.start is None:
        return value
    delta = day - value.start.date()
    if not delta or not _rx(r"\d{4}-\d\d-\d\dT").match(value.timex):
        return value
    return attrs.evolve(
        value,
        timex=day.isoformat() + value.timex[10:],
        start=value.start + delta,
        end=value.end + delta if value.end is not None else None,
    )


_BREAKERS = r"(?i);|—|–|\b(?:despite|although|though|while|whereas|but|because)\b|[“”\"]"


def _sentence_times(
    doc: Document,
    resolved: Sequence[tuple[_Mention, TimeValue | None, TimeValue | None]],
    dateline_mention: tuple[_Mention, TimeValue] | None,
    token_starts: Sequence[int],
) -> tuple[dict[int, list[tuple[_Mention, TimeValue]]], list[tuple[int, int, TimeValue]]]:
    """The times of each sentence, and the (paragraph, sentence, value) of the times that open a sentence."""
    by_sentence: dict[int, list[tuple[_Mention, TimeValue]]] = {}
    narrative: list[tuple[int, int, TimeValue]] = []
    for m, value, _ in resolved:
        if value is None or m.sentence is None or value.kind in {TimeKind.SET, TimeKind.VAGUE}:
            continue
        if dateline_mention is not None and m is dateline_mention[0]:
            continue  # the dateline dates the article's reports, not one clause
        by_sentence.setdefault(m.sentence, []).append((m, value))
        sent = doc.sentences[m.sentence]
        if not m.in_quote and _speech_time(m, value):
            lo = bisect.bisect_left(token_starts, m.found.start)
            if lo - sent.first_token <= 1:
                narrative.append((sent.paragraph, m.sentence, value))
    return by_sentence, narrative


_Timed = tuple[TimeValue, TimeSource, str]
"""A statement's time, where it comes from, and the name of the rule that set it."""

STATEMENT_TIME_RULES = (
    "said_before_now",
    "own_clause",
    "paragraph_opening",
    "same_occasion",
    "same_speaker_next_paragraph",
    "participle_of_its_clause",
    "dateline",
    "publication",
)
"""The rules that give a statement its time, in the order they are tried (:attr:`TimeResult.statement_time_rules`
names the one that did): "the day after X said" (``said_before_now``); a time in its own clause ("said on
Monday"); the time opening its paragraph; the time of the last dated statement of the same speaker or pronoun
nearby (``same_occasion``), or of the same named speaker at the start of the next paragraph, in the past tense;
the time of a statement in the same sentence for a participle cue ("..., accusing ..."); then, for a reporting
cue in the past or present tense (or an infinitive under one: "convened reporters to accuse them"), the
dateline or the publication date."""


def _statement_times(
    doc: Document,
    attributions: Sequence[Attribution],
    resolved: Sequence[tuple[_Mention, TimeValue | None, TimeValue | None]],
    publication: TimeValue | None,
    token_starts: Sequence[int],
) -> dict[str, _Timed]:
    """Each attribution's time, its source and its rule (:data:`STATEMENT_TIME_RULES`, tried in order)."""
    clock = _StatementClock(doc, attributions, resolved, publication, token_starts)
    for a in attributions:
        clock.date(a)
    clock.date_participles()
    return clock.out


class _StatementClock:
    """The evidence for the statements' times of one document, and the times found so far (in text order)."""

    def __init__(
        self,
        doc: Document,
        attributions: Sequence[Attribution],
        resolved: Sequence[tuple[_Mention, TimeValue | None, TimeValue | None]],
        publication: TimeValue | None,
        token_starts: Sequence[int],
    ) -> None:
        self.doc = doc
        self.publication = publication
        self.token_starts = token_starts
        dateline_mention = _dateline(doc, resolved)
        self.dateline = dateline_mention[1] if dateline_mention is not None else None
        self.by_sentence, self.narrative = _sentence_times(doc, resolved, dateline_mention, token_starts)
        self.narrative_sentences = [n[1] for n in self.narrative]
        self.units = _unit_offsets(doc.text)
        self.by_id = {a.id: a for a in attributions}
        self.nested = _nested_cues(attributions)
        self.out: dict[str, _Timed] = {}
        self.timed: tuple[int, TimeValue] | None = None  # the sentence and time of the last statement with a time
        self.stated: int = -1  # the sentence of the last statement dated by a time told with it
        self.timed_by_name: dict[str, tuple[int, TimeValue]] = {}  # the same, for each named speaker (by surname)
        self.said_in_sentence: dict[int, _Timed] = {}  # the time of the first timed statement of each sentence
        self.said_by_in_sentence: dict[int, Attribution] = {}  # that statement
        self.waiting: list[tuple[Attribution, int]] = []  # participle cues with no time yet, and their sentence

    def date(self, a: Attribution) -> None:
        """Find *a*'s time, if any, by the first rule that gives one."""
        if a.continues is not None and a.continues in self.out:
            self.out[a.id] = self.out[a.continues]
            return
        anchor_span = a.cue_span or a.speaker_span
        sentence = self.doc.sentence_index_at(anchor_span.start) if anchor_span is not None else None
        if anchor_span is None or sentence is None:
            return
        surname = _surname(a)
        found = self._stated(a, anchor_span, sentence) or self._context(a, sentence, surname)
        if found is None and _participle_cue(self.doc, a, self.token_starts):
            if sentence not in self.said_in_sentence:
                self.waiting.append((a, sentence))  # its clause's statement may come later in the list
                return
            found = (self.said_in_sentence[sentence][0], TimeSource.CONTEXT, "participle_of_its_clause")
        found = found or self._reported(a)
        if found is not None:
            self._keep(a, sentence, surname, found)

    def date_participles(self) -> None:
        """A participle cue ("..., accusing ...") takes the time of a statement in its sentence, before or after it."""
        for a, sentence in self.waiting:
            first = self.said_by_in_sentence.get(sentence)
            anchor = first.cue_span or first.speaker_span if first is not None else None
            if first is not None and anchor is not None and not _holds(a, anchor):  # not what "according to" holds
                value = self.said_in_sentence[sentence][0]
                self.out[a.id] = (value, TimeSource.CONTEXT, "participle_of_its_clause")

    def _keep(self, a: Attribution, sentence: int, surname: str | None, found: _Timed) -> None:
        self.out[a.id] = found
        if found[2] in {"own_clause", "said_before_now"}:
            self.stated = sentence
        if sentence not in self.said_in_sentence:
            self.said_in_sentence[sentence] = found
            self.said_by_in_sentence[sentence] = a
        if found[1] != TimeSource.PUBLICATION:
            self.timed = (sentence, found[0])
            if surname:
                self.timed_by_name[surname] = self.timed

    def _stated(self, a: Attribution, cue: Span, sentence: int) -> _Timed | None:
        """A time told with the statement: "the day after X said", or a time in its own clause."""
        now = self.dateline or self.publication
        value = _said_before_now(self.doc, a, sentence, now, self.units)  # "the day after X said": not "the day"
        if value is not None:
            return value, TimeSource.CONTEXT, "said_before_now"
        candidates = self.by_sentence.get(sentence, ())
        value = _clause_time(self.doc, a, cue, candidates, self.token_starts, by_id=self.by_id)
        return (value, TimeSource.CLAUSE, "own_clause") if value is not None else None

    def _context(self, a: Attribution, sentence: int, surname: str | None) -> _Timed | None:
        """The narrative's time: the paragraph's opening time, or the same speaker's last dated occasion."""
        paragraph = self.doc.sentences[sentence].paragraph
        k = bisect.bisect_left(self.narrative_sentences, sentence) - 1
        # rule paragraph_opening: "That month, ..." dates the statements after it in its paragraph, until one is
        # dated by a time told with it ("That month, X said ... Y said on Sunday ... Z said": not Z)
        if k >= 0 and self.narrative[k][0] == paragraph and self.stated <= self.narrative[k][1]:
            return self.narrative[k][2], TimeSource.CONTEXT, "paragraph_opening"
        pronoun = a.speaker_span is not None and a.speaker_span.text.lower() in wordclass.speaker_pronouns()
        earlier = self.timed if pronoun else self.timed_by_name.get(surname) if surname else None
        if earlier is None:
            return None
        if _same_occasion(self.doc, earlier[0], sentence):
            # "X told reporters on Wednesday that ... “...,” he said." / "..., Ms X said.": the same occasion
            return earlier[1], TimeSource.CONTEXT, "same_occasion"
        if not pronoun and _next_paragraph_opening(self.doc, earlier[0], sentence) and self._past_cue(a):
            # "X suggested on Monday that ... ¶ Mr X suggested ...": a new paragraph goes on with the same occasion
            return earlier[1], TimeSource.CONTEXT, "same_speaker_next_paragraph"
        return None

    def _past_cue(self, a: Attribution) -> bool:
        i = _cue_verb(self.doc, a.cue_span, self.token_starts) if a.cue_span is not None else None
        return i is not None and self.doc.tokens[i].tag == "VBD"

    def _reported(self, a: Attribution) -> _Timed | None:
        """The dateline, else the publication date, for the reporter's own account of a saying."""
        if a.id in self.nested or not _reported_now(self.doc, a, self.token_starts):
            return None
        if self.dateline is not None:
            return self.dateline, TimeSource.DATELINE, "dateline"
        if self.publication is not None:
            return self.publication, TimeSource.PUBLICATION, "publication"
        return None


_SAID_BEFORE = (
    r"(?i)\b(?:(?:less|more)\s+than\s+|about\s+|some\s+)?(?P<n>the|a|an|one|two|three|four|five|six|seven|\d{1,3})"
    r"\s+(?P<unit>days?|hours?|weeks?)\s+(?P<dir>after|before)\s+[^,;:.!?]{0,80}$"
)
"""Before a speaker: "the day after", "less than 48 hours after" (the saying was that long before the main clause)."""


_SAID_BEFORE_UNITS = ("day", "hour", "week")
"""The unit words :data:`_SAID_BEFORE` needs, looked up first in the lower-case text."""


def _unit_offsets(text: str) -> list[int] | None:
    """Where *text* holds a word of :data:`_SAID_BEFORE_UNITS` (any case), in order; None when a letter
    that case folding turns into ASCII makes lower case unreliable (:data:`claimkit._openings.ASCII_FOLDS`)."""
    if any(c in text for c in _openings.ASCII_FOLDS):
        return None
    low = text.lower()
    out = []
    for unit in _SAID_BEFORE_UNITS:
        at = low.find(unit)
        while at >= 0:
            out.append(at)
            at = low.find(unit, at + 1)
    return sorted(out)


def _any_between(offsets: Sequence[int], start: int, end: int) -> bool:
    i = bisect.bisect_left(offsets, start)
    return i < len(offsets) and offsets[i] < end


def _said_before_now(
    doc: Document, a: Attribution, sentence: int, now: TimeValue | None, units: Sequence[int] | None
) -> TimeValue | None:
    """The time of a statement told as an offset from the report's own time: "He was speaking the day after
    the minister said ...", "Less than 48 hours after the mayor insisted ..." (the day before, two days before)."""
    if a.speaker_span is None or now is None or now.start is None or now.granularity != Granularity.DAY:
        return None
    sent = doc.sentences[sentence]
    if units is not None and not _any_between(units, sent.start, a.speaker_span.start):
        return None  # no unit word before the speaker: nothing to search
    m = _rx(_SAID_BEFORE).search(doc.text, sent.start, a.speaker_span.start)
    if m is None:
        return None
    word = m["n"].lower()
    n = int(word) if word.isdigit() else 1 if word in {"the", "a", "an"} else int(_lexicon().numbers.get(word, "0"))
    unit = m["unit"].lower().rstrip("s")
    days = n * 7 if unit == "week" else n // 24 if unit == "hour" else n
    if days == 0:
        return None
    return _day(now.start.date() + dt.timedelta(days=-days if m["dir"].lower() == "after" else days))


def _same_occasion(doc: Document, earlier: int, sentence: int) -> bool:
    """Whether a statement in *sentence* may share the time of one in sentence *earlier*: close, same paragraph."""
    return 0 < sentence - earlier <= _SAME_EVENT_SENTENCES and (
        doc.sentences[earlier].paragraph == doc.sentences[sentence].paragraph
    )


def _next_paragraph_opening(doc: Document, earlier: int, sentence: int) -> bool:
    """Whether *sentence* opens the paragraph right after the one of sentence *earlier*, at most
    :data:`_SAME_EVENT_SENTENCES` sentences on."""
    first, second = doc.sentences[earlier], doc.sentences[sentence]
    opens = sentence == 0 or doc.sentences[sentence - 1].paragraph != second.paragraph
    return 0 < sentence - earlier <= _SAME_EVENT_SENTENCES and second.paragraph == first.paragraph + 1 and opens


def _surname(a: Attribution) -> str | None:
    """The last word of a named speaker ("Roe" of "Ms Roe", "Ann Roe"), to tell the same speaker again."""
    if a.speaker_span is None:
        return None
    words = a.speaker_span.text.split()
    return words[-1] if words and words[-1][:1].isupper() and words[-1].isalpha() else None


_PRESENT_OR_PAST_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def _nested_cues(attributions: Sequence[Attribution]) -> frozenset[str]:
    """The ids of attributions whose cue lies inside another attribution's content (nested speech).

    One sweep over the content pieces sorted by start, keeping the two farthest-reaching pieces of
    different attributions, so the work grows with n log n, not with the square of the statements.
    """
    pieces = sorted((p.start, p.end, a.id) for a in attributions for p in (a.content_parts or (a.content,)))
    cues = sorted((a.cue_span.start, a.cue_span.end, a.id) for a in attributions if a.cue_span is not None)
    best: tuple[int, str] = (-1, "")
    second: tuple[int, str] = (-1, "")  # the farthest end among pieces of an attribution other than best's
    out: set[str] = set()
    k = 0
    for start, end, aid in cues:
        while k < len(pieces) and pieces[k][0] <= start:
            p_end, p_id = pieces[k][1], pieces[k][2]
            if p_end > best[0]:
                if p_id != best[1]:
                    second = best
                best = (p_end, p_id)
            elif p_id != best[1] and p_end > second[0]:
                second = (p_end, p_id)
            k += 1
        reach = best[0] if best[1] != aid else second[0]
        if reach >= end:
            out.add(aid)  # nested: said when its outer statement says
    return frozenset(out)


def _reported_now(doc: Document, a: Attribution, token_starts: Sequence[int]) -> bool:
    """Whether *a* is the reporter's own account of a saying in the past or present tense
    ("said", "says", "has said"), not in a quote. Nested statements are set aside by the caller
    (:func:`_nested_cues`)."""
    if a.cue_span is None:
        return False
    i = _cue_verb(doc, a.cue_span, token_starts)
    if i is None:
        return False
    tok = doc.tokens[i]
    if tok.tag == "VB" and i > 0 and doc.tokens[i - 1].text.lower() == "to":
        return _governed_by_a_report(doc, i - 1)  # "convened reporters to accuse them of ..."
    # "said", "says", or "has said": the present perfect reports up to now
    return tok.tag in _PRESENT_OR_PAST_TAGS or (
        tok.tag == "VBN" and i > 0 and doc.tokens[i - 1].text.lower() in _HAVE - {"had"}
    )


def _governed_by_a_report(doc: Document, to: int) -> bool:
    """Whether the "to" at token *to* hangs on a verb in the past or present tense in its sentence ("he convened
    reporters ... to accuse them"), through other infinitives ("tried to ... to"), and none of them tells a plan
    or an expectation ("is expected to", "plans to", "will try to": the saying has not happened)."""
    sentence = doc.sentence_index_at(doc.tokens[to].start)
    first = doc.sentences[sentence].first_token if sentence is not None else 0
    for k in range(to - 1, first - 1, -1):
        tok = doc.tokens[k]
        word = tok.text.lower()
        if tok.tag == "MD" or word in _SCHEDULE_WORDS or word in _lexicon().intents:
            return False
        if tok.tag in _PRESENT_OR_PAST_TAGS:
            return True
        if tok.tag == "VBN" and k > first and doc.tokens[k - 1].text.lower() in _HAVE - {"had"}:
            return True
    return False


def _participle_cue(doc: Document, a: Attribution, token_starts: Sequence[int]) -> bool:
    """Whether *a*'s cue is a present participle ("saying", "accusing")."""
    if a.cue_span is None:
        return False
    i = _cue_verb(doc, a.cue_span, token_starts)
    return i is not None and doc.tokens[i].tag == "VBG"


def _cue_verb(doc: Document, cue: Span, token_starts: Sequence[int]) -> int | None:
    """The index of the first verb (or modal) token of a cue ("flatly denied", "has said"), if any."""
    i = bisect.bisect_left(token_starts, cue.start)  # the caller's starts: one list per document
    while i < len(doc.tokens) and doc.tokens[i].start < cue.end:
        if doc.tokens[i].tag.startswith("VB") or doc.tokens[i].tag == "MD":
            return i
        i += 1
    return None


_DATELINE_GAP = r"\s*(?:\([A-Z][\w .&-]*\)\s*)?[-—–]"
"""After the dateline's date: an optional agency in parentheses, then a dash."""
_DATELINE_LEAD = r"[A-Z][A-Z .'-]*(?:,\s*[A-Z][A-Za-z .'-]*)?,\s*"
"""Before the dateline's date: a place in capitals ("WASHINGTON, ", "PARIS, France, ")."""


def _dateline(
    doc: Document, resolved: Sequence[tuple[_Mention, TimeValue | None, TimeValue | None]]
) -> tuple[_Mention, TimeValue] | None:
    """The date of a dateline opening one of the first two paragraphs ("LONDON, March 12 (Reuters) -")."""
    firsts = sorted({p.start for p in doc.paragraphs[:2]})
    lead = _rx(_DATELINE_LEAD)
    for m, value, _ in resolved:
        if value is None or value.start is None or value.granularity != Granularity.DAY:
            continue
        # every paragraph start near the date is tried: a short headline's start is near too
        if any(
            start <= m.found.start <= start + _MAX_CLAUSE_GAP and lead.fullmatch(doc.text, start, m.found.start)
            for start in firsts
        ) and _rx(_DATELINE_GAP).match(doc.text, m.found.end):
            return m, value
    return None


_SAME_EVENT_SENTENCES = 2
"""A pronoun speaker this many sentences at most after a dated statement, in its paragraph, speaks on that date."""


_SPEECH_GRANULARITIES = frozenset(
    {
        Granularity.MINUTE,
        Granularity.HOUR,
        Granularity.PART_OF_DAY,
        Granularity.DAY,
        Granularity.WEEK,
        Granularity.MONTH,
    }
)
"""What the time a statement was made can be known to: "said Wednesday", "said in April", "for months".
A quarter or a year in the attribution clause dates the content ("third-quarter profit"), not the saying."""
_MAX_CLAUSE_GAP = 60
_RELATIVE_CLAUSE = r"(?i),\s*(?:who|which|whose|where|after|since|when)\b[^,;]*$"
"""Characters at most between the cue and its clause's time expression."""


def _speech_time(m: _Mention, value: TimeValue) -> bool:
    return (
        value.start is not None
        and value.granularity in _SPEECH_GRANULARITIES
        and m.found.rule not in _SHIFTING_RULES
        and value.kind in {TimeKind.DATE, TimeKind.TIME, TimeKind.DURATION}
    )


def _clause_time(
    doc: Document,
    a: Attribution,
    cue: Span,
    candidates: Sequence[tuple[_Mention, TimeValue]],
    token_starts: Sequence[int],
    *,
    by_id: Mapping[str, Attribution],
) -> TimeValue | None:
    i = bisect.bisect_left(token_starts, cue.start)
    if a.cue_span is not None and i < len(doc.tokens) and doc.tokens[i].tag.startswith("NN"):
        return None  # a nominal cue ("worries that ...") does not take the clause's time
    parts = a.content_parts or (a.content,)
    best: tuple[int, TimeValue] | None = None
    for m, value in candidates:
        s, e = m.found.start, m.found.end
        if any(p.start <= s and e <= p.end for p in parts):
            continue
        if m.owner is not None and not _holds(by_id.get(m.owner), cue):
            continue  # reported by another statement; one whose content holds this cue is fine
        gap = doc.text[e : cue.start] if e <= cue.start else doc.text[cue.end : s]
        if _rx(_BREAKERS).search(gap) or len(gap) > _MAX_CLAUSE_GAP or not _speech_time(m, value):
            continue
        lo = max(s - _MAX_CLAUSE_GAP, doc.sentences[m.sentence].start if m.sentence is not None else 0)
        if e <= cue.start and _rx(_RELATIVE_CLAUSE).search(doc.text, lo, s):
            continue  # "the minister, who resigned in March, said": March dates the resignation
        distance = len(gap)
        if best is None or distance < best[0]:
            best = (distance, value)
    return None if best is None else best[1]


def _holds(a: Attribution | None, span: Span) -> bool:
    """Whether *span* lies inside the content of *a*."""
    return a is not None and any(p.start <= span.start and span.end <= p.end for p in a.content_parts or (a.content,))


def resolve_times(doc: Document, attributions: Sequence[Attribution], *, reference: dt.date | None) -> TimeResult:
    """Every time expression in *doc*, and the time of each attribution.

    Relative expressions are read against *reference* (the publication date), or,
    inside a statement made at another time, against that time. With
    ``reference=None`` they are found but left without a value.

    >>> import datetime as dt
    >>> from claimkit.text import TextProcessor
    >>> doc = TextProcessor.from_lexicons(tagger=lambda toks: ["NN"] * len(toks)).parse("It rained on Friday.")
    >>> result = resolve_times(doc, (), reference=dt.date(2017, 7, 26))
    >>> [(t.span.text, t.value.timex) for t in result.times]
    [('Friday', '2017-07-21')]

    Raises:
        InvalidInputError: if *reference* is not a date or None.
    """
    day = _check_reference(reference)
    publication = _day(day) if day is not None else None
    token_starts = doc.token_starts  # the document's own, not a list of its own (500,000 ints on 1 MB of short lines)
    mentions = _mentions(doc, attributions, token_starts)
    found: dict[str, _Timed] = {}
    readings: dict[int, _Read] = {}
    resolved = _resolve_all(doc, mentions, publication, {}, readings)
    if attributions:
        found = _statement_times(doc, attributions, resolved, publication, token_starts)
        said_earlier = {aid: v for aid, (v, source, _) in found.items() if source != TimeSource.PUBLICATION}
        if any(m.owner in said_earlier for m in mentions):
            # read the expressions inside statements again, against the times they were said
            resolved = _resolve_all(doc, mentions, publication, said_earlier, readings)
            found = _statement_times(doc, attributions, resolved, publication, token_starts)
    times = tuple(
        TimeExpression(span=doc.span(m.found.start, m.found.end), value=value, anchor=anchor)
        for m, value, anchor in resolved
    )
    return TimeResult(
        times=times,
        statement_times=MappingProxyType({aid: v for aid, (v, _, _) in found.items()}),
        statement_time_sources=MappingProxyType({aid: source for aid, (_, source, _) in found.items()}),
        statement_time_rules=MappingProxyType({aid: rule for aid, (_, _, rule) in found.items()}),
    )
