"""Affiliations: the whole a named actor belongs to or speaks for, from general world knowledge.

The package data file ``affiliations.tsv`` links companies to their parents ("Google" to
"Alphabet") and heads of state or government to their countries ("Xi Jinping" to "China"),
with the years a leader's link held. Capitals and seats of government ("the White House")
are in ``countries.tsv`` and ``organizations.tsv`` already. Names meet on
:func:`claimkit.lang.names.name_key`; read on first use.

>>> affiliation("Google").whole, affiliation("Google").link
('Alphabet', 'subsidiary')
>>> affiliation("Xi Jinping").whole, affiliation("Xi Jinping").since
('China', 2012)
>>> affiliation("Acme") is None
True

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import functools

import attrs

from claimkit.lang.names import name_key
from claimkit.lang.resources import rows

__all__ = ["Affiliation", "affiliation", "wholes"]

_MAX_CHAIN = 4
"""Links followed from a member to the whole it belongs to ("YouTube" -> "Google" -> "Alphabet")."""


@attrs.frozen(kw_only=True)
class Affiliation:
    """One row of ``affiliations.tsv``."""

    member: str
    whole: str
    link: str
    """``subsidiary`` (a company of a parent company) or ``leader`` (a head of state or government)."""
    since: int | None = None
    until: int | None = None
    """The years a leader's link held (``until`` None: still holds, as far as the file knows)."""


def _year(text: str) -> int | None:
    return int(text) if text.strip().isdigit() else None


@functools.cache
def _table() -> dict[str, Affiliation]:
    out: dict[str, Affiliation] = {}
    for row in rows("affiliations.tsv"):
        member, whole, link, years = (*row, "", "", "", "")[:4]
        since, _, until = years.partition("-")
        key = name_key(member)
        if key and whole:
            out[key] = Affiliation(member=member, whole=whole, link=link, since=_year(since), until=_year(until))
    return out


def affiliation(name: str) -> Affiliation | None:
    """The whole the actor called *name* belongs to, or None."""
    return _table().get(name_key(name))


def wholes(name: str) -> tuple[str, ...]:
    """Every whole *name* speaks for, nearest first ("YouTube": Google, Alphabet).

    A leader speaks for a country only while the link holds; with no reference time, only a
    link the file leaves open counts (two leaders of one country in turn never meet).

    >>> wholes("YouTube")
    ('Google', 'Alphabet')
    >>> wholes("Barack Obama")
    ()
    """
    out: list[str] = []
    current = affiliation(name)
    while current is not None and current.whole not in out and len(out) < _MAX_CHAIN:
        if current.link == "leader" and current.until is not None:
            break
        out.append(current.whole)
        current = affiliation(current.whole)
    return tuple(out)
