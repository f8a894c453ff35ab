"""The time vocabulary of English, from ``data/en/time_words.tsv``.

One table of month names (with their abbreviations), weekdays, seasons,
number words, ordinals, parts of the day (the units, with their
TIMEX3 letters and lengths, are read by :mod:`claimkit.temporal`), vague times ("recently"), set words
("daily") and the heads and modifiers of time phrases. :mod:`claimkit.temporal`
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

from claimkit.lang.resources import rows

if TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["TimeVocabulary", "calendar_words", "month_number", "vocabulary", "weekday_words"]


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
    present: frozenset[str] = frozenset()
    """Phrases that mean "at the time of speaking" ("as we speak", "at this time") besides the vague ones."""
    time_zones: frozenset[str] = frozenset()
    """Time zone names and abbreviations written after a clock time ("pst", "eastern")."""


@functools.cache
def vocabulary() -> TimeVocabulary:
    """The time vocabulary, read on first use."""
    groups: dict[str, dict[str, str]] = {}
    for row in rows("time_words.tsv"):
        if len(row) >= 3:
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
        ordinals=ints("ordinal"),
        parts_of_day=strs("partofday"),
        vague=strs("vague"),
        sets=strs("set"),
        heads=frozenset(groups.get("head", {})),
        modifiers=frozenset(groups.get("modifier", {})),
        present=frozenset(groups.get("present", {})),
        time_zones=frozenset(groups.get("zone", {})),
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
