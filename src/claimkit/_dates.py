"""What ``published=`` accepts, and how it becomes a date: shared by the pipeline and :mod:`claimkit.parallel`.

>>> coerce_date("2017-07-26")
datetime.date(2017, 7, 26)
"""

from __future__ import annotations

import datetime as dt

from claimkit.errors import InvalidInputError, short_repr

__all__ = ["DateLike", "coerce_date"]

DateLike = dt.date | dt.datetime | str | None
"""What ``published=`` accepts: a date, a datetime (its date is used), an ISO string, or None."""


def coerce_date(value: DateLike, *, name: str = "published") -> dt.date | None:
    """Turn a ``published=`` argument into a date.

    >>> coerce_date("2017-07-26")
    datetime.date(2017, 7, 26)
    >>> coerce_date(dt.datetime(2017, 7, 26, 15, 0))
    datetime.date(2017, 7, 26)

    Raises:
        InvalidInputError: if *value* is not a date, datetime, ISO date string or None.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            pass
        msg = f"{name} must be an ISO date like '2017-07-26', got {short_repr(value)}"
        raise InvalidInputError(msg)
    msg = f"{name} must be a date, datetime, ISO string or None, got {type(value).__name__}: {short_repr(value)}"
    raise InvalidInputError(msg)
