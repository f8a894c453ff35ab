"""The time vocabulary of English, from ``data/en/time_words.tsv``.

One table of month names (with their abbreviations), weekdays, seasons,
number words, parts of the day, the units (with their
TIMEX3 letters and lengths), vague times ("recently"), set words
("daily") and the heads and modifiers of time phrases; the ordinals are read from their one home,
``data/en/ordinals.tsv``. :mod:`claimkit.temporal`
builds its grammar from it; any other stage that needs a month name asks here.

>>> month_number("Sept."), month_number("sept"), month_number("Mayday")
(9, 9, None)
>>> vocabulary().weekdays["friday"]
5

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import functools
from types import MappingProxyType
from typing import TYPE_CHECKING

import attrs

from claimkit.lang.resources import rows, table
from claimkit.model import Granularity

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = [
    "TimeUnit",
    "TimeVocabulary",
    "calendar_words",
    "format_count",
    "month_number",
    "rank_ordinals",
    "vocabulary",
    "weekday_words",
]


def format_count(n: float | None) -> str:
    """A count as TIMEX3 writes it: "3", "2.5", "X" for an unknown one.

    >>> format_count(3.0), format_count(2.5), format_count(None)
    ('3', '2.5', 'X')
    """
    if n is None:
        return "X"
    return str(int(n)) if n == int(n) else f"{n:g}"


@attrs.frozen(kw_only=True)
class TimeUnit:
    """A calendar or clock unit: one ``unit`` row of ``time_words.tsv``, its one home."""

    word: str
    plural: str
    letter: str
    """The TIMEX3 duration letter, with ``T`` before a clock letter ("TH", "D", "CE")."""
    multiplier: int
    """How many of *letter* one unit is (a fortnight is two weeks, a decade ten years)."""
    granularity: Granularity
    days: int
    """Its calendar length in days (0 for month-based and clock units)."""
    months: int
    """Its calendar length in months (0 for day-based and clock units)."""
    fraction: bool
    """Whether the word is also a fraction ("a quarter of the vote")."""
    abbreviations: tuple[str, ...] = ()
    """Short forms written after a number ("3 hrs", "10d")."""

    def duration(self, n: float | None) -> str:
        """The TIMEX3 duration of *n* units ("P2W" for one fortnight); ``None`` is an unknown count.

        >>> vocabulary().units["decade"].duration(2)
        'P20Y'
        >>> vocabulary().units["hour"].duration(5.5), vocabulary().units["minute"].duration(1.5)
        ('PT5H30M', 'PT1M30S')
        """
        clock, letter = ("T", self.letter[1:]) if self.letter.startswith("T") else ("", self.letter)
        if n is None:
            return f"P{clock}X{letter}"
        amount = n * self.multiplier
        smaller = _CLOCK_SPLITS.get(letter) if clock else None
        if smaller is not None and amount > 1 and amount != int(amount) and (amount * smaller[1]).is_integer():
            # rule clock_fraction_split: "5 1/2 hours" is PT5H30M, as TimeML writes it (not PT5.5H)
            return f"PT{int(amount)}{letter}{round((amount - int(amount)) * smaller[1])}{smaller[0]}"
        return f"P{clock}{format_count(amount)}{letter}"


_CLOCK_SPLITS = MappingProxyType({"H": ("M", 60), "M": ("S", 60)})
"""A fraction of an hour or a minute is written in the next smaller clock unit (60 of them)."""


def _unit_row(row: tuple[str, ...]) -> TimeUnit:
    length = row[6]
    return TimeUnit(
        word=row[1],
        plural=row[2],
        letter=row[3],
        multiplier=int(row[4]),
        granularity=Granularity(row[5]),
        days=int(length[:-1]) if length.endswith("d") else 0,
        months=int(length[:-1]) if length.endswith("m") else 0,
        fraction=row[7] == "fraction",
        abbreviations=tuple(a for a in row[8].split(",") if a != "-"),
    )


@attrs.frozen(kw_only=True)
class TimeVocabulary:
    """The groups of ``time_words.tsv``: lower-case word -> its value."""

    months: Mapping[str, int]
    """Month names and abbreviations (written with their dot: "sept.") -> 1..12."""
    weekdays: Mapping[str, int]
    """Weekday names and abbreviations -> ISO weekday (Monday = 1)."""
    seasons: Mapping[str, str]
    numbers: Mapping[str, str]
    ordinals: Mapping[str, int]
    parts_of_day: Mapping[str, str]
    vague: Mapping[str, str]
    sets: Mapping[str, str]
    heads: frozenset[str]
    modifiers: frozenset[str]
    units: Mapping[str, TimeUnit] = MappingProxyType({})
    """Singular unit word -> unit."""
    unit_words: Mapping[str, str] = MappingProxyType({})
    """Singular and plural unit words -> the singular."""
    unit_abbreviations: Mapping[str, str] = MappingProxyType({})
    """Abbreviated unit words ("hrs") -> the singular."""
    present: frozenset[str] = frozenset()
    """Phrases that mean "at the time of speaking" ("as we speak", "at this time") besides the vague ones."""
    time_zones: frozenset[str] = frozenset()
    """Time zone names and abbreviations written after a clock time ("pst", "eastern")."""
    intents: frozenset[str] = frozenset()
    """Verbs of wanting or trying before "to" ("wants to say"): what follows has not happened yet."""
    set_phrases: Mapping[str, str] = MappingProxyType({})
    """Words that are a recurring time only as a whole phrase ("quarterly", "annual") -> the TIMEX3 value."""
    not_heads: frozenset[str] = frozenset()
    """Modifiers that, though in a list above, do not make a time expression by themselves ("the", "second")."""
    mods: Mapping[str, str] = MappingProxyType({})
    """A time phrase's first word or words -> its TimeML mod ("about" -> "APPROX"), in the order tried."""
    extent: frozenset[str] = frozenset()
    """Prepositions that make the period after them a stretch of time ("for the week", "throughout the year")."""
    period_extent: frozenset[str] = frozenset()
    """The :attr:`extent` prepositions (value ``period``) after which "the year" is the period a report covers, the
    anchor's year ("sales for the year"), not a stretch of one year."""
    ahead: frozenset[str] = frozenset()
    """Words before a time that put it ahead unless the verb is in the past tense ("as early as Tuesday")."""
    deferrals: frozenset[str] = frozenset()
    """Lemmas of verbs of putting off: "until" a time after one dates what lies ahead ("postponed until Tuesday")."""
    fractions: Mapping[str, float] = MappingProxyType({})
    """What "and ..." adds to a count ("and a half" -> 0.5, "and a quarter" -> 0.25)."""
    workdays: frozenset[str] = frozenset()
    """Words before "days" that count Monday to Friday only ("business", "working")."""


@functools.cache
def vocabulary() -> TimeVocabulary:
    """The time vocabulary, read on first use."""
    groups: dict[str, dict[str, str]] = {}
    units: dict[str, TimeUnit] = {}
    for row in rows("time_words.tsv"):
        if row[0] == "unit":
            units[row[1]] = _unit_row(row)
        elif len(row) >= 3:
            groups.setdefault(row[0], {})[row[1]] = row[2]

    def ints(name: str) -> Mapping[str, int]:
        return MappingProxyType({k: int(v) for k, v in groups.get(name, {}).items()})

    def strs(name: str) -> Mapping[str, str]:
        return MappingProxyType(dict(groups.get(name, {})))

    return TimeVocabulary(
        months=ints("month"),
        weekdays=ints("weekday"),
        seasons=strs("season"),
        numbers=strs("number"),
        ordinals=MappingProxyType({k: int(v[0]) for k, v in table("ordinals.tsv").items()}),
        parts_of_day=strs("partofday"),
        vague=strs("vague"),
        sets=strs("set"),
        heads=frozenset(groups.get("head", {})),
        modifiers=frozenset(groups.get("modifier", {})),
        units=MappingProxyType(units),
        unit_words=MappingProxyType({w: u.word for u in units.values() for w in (u.word, u.plural)}),
        unit_abbreviations=MappingProxyType({a: u.word for u in units.values() for a in u.abbreviations}),
        present=frozenset(groups.get("present", {})),
        time_zones=frozenset(groups.get("zone", {})),
        intents=frozenset(groups.get("intent", {})),
        set_phrases=strs("setphrase"),
        not_heads=frozenset(w for w, v in groups.get("modifier", {}).items() if v == "not-head"),
        mods=strs("mod"),
        extent=frozenset(groups.get("extent", {})),
        period_extent=frozenset(w for w, v in groups.get("extent", {}).items() if v == "period"),
        ahead=frozenset(groups.get("ahead", {})),
        deferrals=frozenset(groups.get("defer", {})),
        fractions=MappingProxyType({k: float(v) for k, v in groups.get("fraction", {}).items()}),
        workdays=frozenset(groups.get("workday", {})),
    )


@functools.cache
def _months_undotted() -> Mapping[str, int]:
    return MappingProxyType({k.rstrip("."): v for k, v in vocabulary().months.items()})


def month_number(word: str) -> int | None:
    """The month a name or abbreviation names, with or without its dot, any case."""
    return _months_undotted().get(word.lower().rstrip("."))


@functools.cache
def weekday_words() -> frozenset[str]:
    """Weekday names and abbreviations, without their dots ("friday", "fri")."""
    return frozenset(k.rstrip(".") for k in vocabulary().weekdays)


@functools.cache
def calendar_words() -> frozenset[str]:
    """Month and weekday names and abbreviations, without their dots: never a person's name.

    >>> {"may", "fri", "sept"} <= calendar_words()
    True
    """
    return frozenset(_months_undotted()) | weekday_words()


RANKS_BELOW_THE_TOP = range(2, 11)
"""The ranks an ordinal before a superlative gives ("the second biggest" .. "the tenth largest")."""


@functools.cache
def rank_ordinals() -> Mapping[str, int]:
    """Ordinals that rank below the top, for "the second biggest" ("second" -> 2, "3rd" -> 3).

    >>> rank_ordinals()["third"], "first" in rank_ordinals()
    (3, False)
    """
    return MappingProxyType({w: n for w, n in vocabulary().ordinals.items() if n in RANKS_BELOW_THE_TOP})
