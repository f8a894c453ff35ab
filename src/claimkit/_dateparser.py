"""The adapter around dateparser: the only module that imports it.

dateparser is used for one job only: reading an explicit date string that
claimkit's own rules did not read ("25.07.2017", "2017/07/25 3pm"). Its settings are
always explicit (:class:`DateSettings`): the reference time, the time zone, the
preferred direction and the language, so the machine's clock, time zone and
language detection never play a part. Nothing of dateparser's types leaves this module.

>>> import datetime as dt
>>> settings = DateSettings(relative_base=dt.datetime(2017, 7, 26))
>>> parse_explicit("25.07.2017", settings)
ParsedDate(moment=datetime.datetime(2017, 7, 25, 0, 0), granularity=<Granularity.DAY: 'day'>)

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
from typing import Any

import attrs

from claimkit.model import Granularity

__all__ = ["DateSettings", "ParsedDate", "PreferDates", "parse_explicit"]

MAX_CHARS = 64
"""Longer strings are not handed to dateparser (explicit dates are short)."""


class PreferDates(enum.Enum):
    """Which reading dateparser prefers for an incomplete date."""

    PAST = "past"
    FUTURE = "future"
    CURRENT_PERIOD = "current_period"


@attrs.frozen(kw_only=True)
class DateSettings:
    """dateparser's settings, typed and frozen.

    >>> DateSettings(relative_base=dt.datetime(2017, 7, 26)).to_dict()["TIMEZONE"]
    'UTC'
    """

    relative_base: dt.datetime
    timezone: str = "UTC"
    prefer_dates_from: PreferDates = PreferDates.PAST
    languages: tuple[str, ...] = ("en",)

    def to_dict(self) -> dict[str, Any]:
        """The settings dict dateparser takes."""
        return {
            "RELATIVE_BASE": self.relative_base.replace(tzinfo=None),
            "TIMEZONE": self.timezone,
            "TO_TIMEZONE": self.timezone,
            "RETURN_AS_TIMEZONE_AWARE": True,
            "PREFER_DATES_FROM": self.prefer_dates_from.value,
            "RETURN_TIME_AS_PERIOD": True,
            "STRICT_PARSING": False,
        }


@attrs.frozen(kw_only=True)
class ParsedDate:
    """What dateparser read: a naive moment and the unit it is known to."""

    moment: dt.datetime
    granularity: Granularity


_EXPLICIT = r"\d+\s*[./\s-]\s*\d+|\d{4}"
"""Two numbers (25.07, 7/25) or a year: what an explicit date string holds."""
_NOT_DATE = r"[$€£%¥]"

_PERIODS = {
    "year": Granularity.YEAR,
    "month": Granularity.MONTH,
    "week": Granularity.WEEK,
    "day": Granularity.DAY,
    "time": Granularity.MINUTE,
}


@functools.cache
def _parser() -> Any:  # noqa: ANN401  (dateparser is untyped)
    import dateparser.date  # noqa: PLC0415  (slow import: on first use only)

    return dateparser.date


@functools.cache
def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def parse_explicit(text: str, settings: DateSettings) -> ParsedDate | None:
    """Read an explicit date string, or return ``None``.

    Only strings holding two numbers or a year are tried: words alone ("we", "may") and
    amounts ("$27") are never dates here.

    >>> parse_explicit("$27", DateSettings(relative_base=dt.datetime(2017, 7, 26))) is None
    True
    """
    if not text or len(text) > MAX_CHARS or not _rx(_EXPLICIT).search(text) or _rx(_NOT_DATE).search(text):
        return None
    module = _parser()
    try:
        parser = module.DateDataParser(languages=list(settings.languages), settings=settings.to_dict())
        data = parser.get_date_data(text)
    except Exception:  # noqa: BLE001  (dateparser raises many kinds of errors on odd input)
        return None
    moment = getattr(data, "date_obj", None)
    if not isinstance(moment, dt.datetime):
        return None
    granularity = _PERIODS.get(str(getattr(data, "period", "day")), Granularity.DAY)
    return ParsedDate(moment=moment.replace(tzinfo=None), granularity=granularity)
