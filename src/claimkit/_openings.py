"""The openings of a regular expression: the few lower-case strings every match must begin with.

A pattern tried at many positions of a text (the time grammar at each candidate token) fails fast when
the text there cannot begin any of its matches: :func:`openings` lists, for a pattern, the lower-case
strings of at most *width* characters that the lower-cased text at a match must start with. A check
against them skips the pattern exactly where it could not match, so skipping it changes no result.

The pattern is read with the standard library's own regex parser (``re._parser``, ``sre_parse`` before
Python 3.11). Anything the reader does not know (a negated class, a back reference, a parser of another
Python version) widens the answer from there on to "anything may follow" (``None`` when that is at the
start): the check stays exact, only less selective. Text holding one of the few letters outside ASCII
that case folding turns into ASCII ones (:data:`ASCII_FOLDS`) is never skipped.
"""

from __future__ import annotations

import functools
import importlib
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

__all__ = ["ASCII_FOLDS", "Table", "key", "openings", "table"]

_LIMIT = 4096
"""The most openings kept for one pattern: beyond it they are cut one character shorter."""
_WIDEST_RANGE = 256
"""A character range this wide or wider is not spelled out: anything may follow there."""
_ASCII_SPACE = "".join(chr(i) for i in range(128) if chr(i).isspace())
_CATEGORIES = {
    "CATEGORY_DIGIT": "0",
    "CATEGORY_UNI_DIGIT": "0",
    "CATEGORY_SPACE": " ",
    "CATEGORY_UNI_SPACE": " ",
}
"""A class escape's members as :func:`key` folds them (``\\w`` also meets letters of other scripts: it is
not followed)."""
ASCII_FOLDS = "\u0130\u0131\u017f\u212a"
"""The letters outside ASCII that ``re`` matches to an ASCII letter when case is ignored (İ ı ſ K): text
holding one is never skipped."""
_FOLD = str.maketrans({**dict.fromkeys(_ASCII_SPACE, " "), **dict.fromkeys("0123456789", "0")})
"""Every ASCII space reads as " " and every digit as "0": openings stay few, at little loss."""
_ASCII_FOLD = bytes(ord(chr(i).lower().translate(_FOLD)) for i in range(128)) + bytes(range(128, 256))
""":data:`_FOLD` and lower case for ASCII text, as a byte table (one fast pass)."""
_ZERO_WIDTH = frozenset({"AT", "ASSERT", "ASSERT_NOT"})

_Partial = tuple[str, bool]
"""An opening read so far, and whether the pattern goes on after it (``False``: anything may follow)."""


class _Unknown(Exception):  # noqa: N818  an internal signal, never raised out of this module
    """A construct the reader does not follow: the pattern may open with anything."""


def _parser() -> Any:  # noqa: ANN401  the standard library's private parser has no public type
    try:
        return importlib.import_module("re._parser")
    except ImportError:  # Python 3.10
        return importlib.import_module("sre_parse")


def _char(code: int) -> str:
    char = chr(code)
    if not char.isascii() and char.lower() != char.upper():
        raise _Unknown  # a non-ASCII letter may match an ASCII one when case is ignored
    return _fold(char)


@functools.cache
def _folders() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The spaces other than " " and the digits other than "0" (``re`` knows them as str does)."""
    return re.compile(r"[^\S ]"), re.compile(r"(?!0)\d")


def _fold(char: str) -> str:
    return " " if char.isspace() else "0" if char.isdecimal() else char.lower()


def _chars(items: Iterable[tuple[Any, Any]]) -> set[str]:
    out: set[str] = set()
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            out.add(_char(av))
        elif name == "RANGE" and av[1] - av[0] < _WIDEST_RANGE:
            out.update(_char(c) for c in range(av[0], av[1] + 1))
        elif name == "CATEGORY" and str(av) in _CATEGORIES:
            out.update(_CATEGORIES[str(av)])
        else:
            raise _Unknown
    return out


def _cap(partials: set[_Partial], width: int) -> set[_Partial]:
    while len(partials) > _LIMIT and width > 0:
        width -= 1
        partials = {(s[:width], False) if len(s) >= width else (s, o) for s, o in partials}
    return partials


def _then(partials: set[_Partial], nexts: set[_Partial], width: int) -> set[_Partial]:
    out: set[_Partial] = set()
    for s, open_ in partials:
        if not open_:
            out.add((s, open_))
            continue
        for t, more in nexts:
            joined = s + t
            out.add((joined[:width], False) if len(joined) >= width else (joined, more))
    return _cap(out, width)


def _sequence(items: Iterable[tuple[Any, Any]], width: int) -> set[_Partial]:
    partials: set[_Partial] = {("", True)}
    for op, av in items:
        if not any(o for _, o in partials):
            break
        try:
            nexts = _item(str(op), av, width)
        except _Unknown:
            nexts = {("", False)}  # a construct not followed: anything may come from here on
        partials = _then(partials, nexts, width)
    return partials


def _repeat(low: int, high: int, body: Any, width: int) -> set[_Partial]:  # noqa: ANN401  a parsed pattern
    once = _sequence(body, width)
    out: set[_Partial] = {("", True)} if low == 0 else set()
    partials: set[_Partial] = {("", True)}
    for count in range(1, min(high, low + width + 1) + 1):
        partials = _then(partials, once, width)
        if count >= low:
            out |= partials
    if high > low + width + 1:  # more repetitions than were spelled out: anything may follow
        out |= {(s, False) for s, _ in partials}
    return out


def _item(name: str, av: Any, width: int) -> set[_Partial]:  # noqa: ANN401  a parsed pattern's argument
    if name == "LITERAL":
        return {(_char(av), True)}
    if name == "IN":
        return {(c, True) for c in _chars(av)}
    if name == "BRANCH":
        return set().union(*(_sequence(alt, width) for alt in av[1]))
    if name == "SUBPATTERN":
        return _sequence(av[-1], width)
    if name == "ATOMIC_GROUP":
        return _sequence(av, width)
    if name in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
        return _repeat(av[0], av[1], av[2], width)
    if name in _ZERO_WIDTH:
        return {("", True)}
    raise _Unknown


@functools.cache
def openings(pattern: str, width: int) -> frozenset[str] | None:
    """The lower-case strings of at most *width* characters a match of *pattern* starts with.

    ``None`` when a match may start with anything. A shorter string means anything may follow it.

    >>> sorted(openings(r"(?i)(?:the\\s+)?(?:day|week)", 6))
    ['day', 'the   ', 'the  d', 'the  w', 'the da', 'the we', 'week']
    >>> openings(r"[^a]bc", 3) is None
    True
    """
    try:
        parsed = _parser().parse(pattern)
        partials = _sequence(parsed, width)
    except (_Unknown, AttributeError, TypeError, ValueError, IndexError):
        return None
    found = frozenset(s for s, _ in partials)
    return None if "" in found else found


def key(text: str) -> str | None:
    """*text* as :func:`openings` spell it: lower case, every space " ", every digit "0" (as long as *text*).

    None when the text holds a letter that case folding may turn into an ASCII one (:data:`ASCII_FOLDS`).

    >>> key("On  3\u00a0May"), key("\u212along")
    ('on  0 may', None)
    """
    if text.isascii():
        return text.encode("ascii").translate(_ASCII_FOLD).decode("ascii")
    if any(c in text for c in ASCII_FOLDS):
        return None
    low = text.lower()  # lower() keeps the length once İ is out
    spaces, digits = _folders()
    return digits.sub("0", spaces.sub(" ", low))


@attrs.frozen(kw_only=True)
class Table:
    """The openings of several patterns, for picking the ones worth trying at a position of a text."""

    width: int
    everywhere: int
    """The patterns (bit *i* for pattern *i*) that may open with anything."""
    by_opening: Mapping[str, int]
    """Each opening -> the patterns that have it."""
    by_start: Mapping[str, int]
    """Each string an opening goes on from (its shorter prefixes) -> the patterns with such an opening."""
    by_prefix: Mapping[str, int]
    """Each opening and each string an opening goes on from -> the patterns with an opening that is it or
    one of its prefixes (what :meth:`candidates` gives for a window beginning with it)."""

    def candidates(self, window: str | None) -> int:
        """The patterns (bit *i* for pattern *i*) that may match at the start of *window*.

        *window* is the text from the position on as :func:`key` folds it, :attr:`width` characters
        (shorter at the text's end; None for text :func:`key` does not fold). The window's longest
        beginning in :attr:`by_prefix` tells them.

        >>> t = table(["(?i)week", "(?i)day", "[0-9]+ days?"], 4)
        >>> [t.candidates(key(w)) for w in ("Weekly", "Day ", "12 d", "the ")]
        [1, 2, 4, 0]
        """
        if window is None or len(window) < self.width:
            return -1  # every pattern
        get = self.by_prefix.get
        for n in range(self.width, 0, -1):
            mask = get(window[:n])
            if mask is not None:
                return self.everywhere | mask
        return self.everywhere

    def word_candidates(self, word: str) -> int:
        """The patterns (bit *i* for pattern *i*) that may match where the text starts with *word*.

        >>> t = table(["(?i)week", "(?i)day", "[0-9]+ days?"], 4)
        >>> t.word_candidates("wee"), t.word_candidates("week"), t.word_candidates("weekly"), t.word_candidates("of")
        (1, 1, 1, 0)
        """
        low = key(word)
        if low is None:
            return -1
        get = self.by_opening.get
        mask = self.everywhere
        for n in range(1, min(len(low), self.width) + 1):
            mask |= get(low[:n], 0)
        if len(low) < self.width:
            mask |= self.by_start.get(low, 0)
        return mask


def table(patterns: Sequence[str], width: int) -> Table:
    """The :class:`Table` of *patterns* for windows of *width* characters."""
    everywhere = 0
    by_opening: dict[str, int] = {}
    by_start: dict[str, int] = {}
    for i, pattern in enumerate(patterns):
        found = openings(pattern, width)
        if found is None:
            everywhere |= 1 << i
            continue
        for opening in found:
            by_opening[opening] = by_opening.get(opening, 0) | 1 << i
            for n in range(1, len(opening)):
                by_start[opening[:n]] = by_start.get(opening[:n], 0) | 1 << i
    by_prefix: dict[str, int] = {}
    for prefix in sorted(by_opening.keys() | by_start.keys(), key=len):
        by_prefix[prefix] = by_prefix.get(prefix[:-1], 0) | by_opening.get(prefix, 0)
    return Table(width=width, everywhere=everywhere, by_opening=by_opening, by_start=by_start, by_prefix=by_prefix)
