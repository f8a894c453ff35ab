"""Clock times as English writes them: "7:45 pm", "half past seven", "noon", "5 in the morning".

A clock phrase is read into a :class:`Clock` (hour, minute, second, whether the half of the
day is known); :mod:`claimkit.temporal` puts it on a day. Each way of writing a clock time is one
named rule (:data:`RULES`: name, pattern, reading, an example), tried in order on the whole phrase
once its frame is taken off: a leading "at" / "around", a trailing time zone ("pst", "eastern"),
a part of the day before or after it ("in the morning at 7", "5 in the afternoon") and "-ish".

>>> from claimkit.lang.clock import clock_range, read_clock
>>> read_clock("half past seven in the evening")
Clock(hour=19, minute=30, second=0, meridiem=True, approx=False)
>>> read_clock("1140 a.m.").hour, read_clock("noonish").approx
(11, True)
>>> [(c.hour, c.minute) for c in clock_range("between 5 and 6:30 in the afternoon")]
[(17, 0), (18, 30)]

.. versionadded:: 0.3.0
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

import attrs

from claimkit.lang import timewords

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["Clock", "ClockRule", "clock_range", "read_clock", "rule_of", "rules"]


@attrs.frozen(kw_only=True)
class Clock:
    """A time of day as written: 24-hour *hour* once the half of the day is known (*meridiem*)."""

    hour: int
    minute: int = 0
    second: int = 0
    meridiem: bool = False
    """Whether "am"/"pm", a part of the day, "noon" or an hour past 12 fixed the half of the day."""
    approx: bool = False
    """ "around 5", "noonish"."""

    def at(self, hour: int) -> Clock:
        """The same clock time at another hour (the other half of the day)."""
        return attrs.evolve(self, hour=hour, meridiem=True)


_MERIDIEM = r"(?P<mer>[ap]\s*\.?\s*m\b\s*\.?|[ap]\b\.?|o\s*['’]?\s*clock\b)"
"""am / pm as written ("p.m.", "p . m .", "pm", the bare "a" of "9:00a") or "o'clock"."""
_NUMERIC = r"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?)?"
_COMPACT = r"(?P<h>[01]?\d|2[0-3])(?P<m>[0-5]\d)"
_PART_AFTER = (
    r"\s+(?:in\s+the\s+(?P<pod>morning|afternoon|evening|night)|at\s+(?P<pod2>night)"
    r"|(?:this\s+|early\s+|late\s+)?(?P<pod3>morning|afternoon|evening|tonight))$"
)
_PART_BEFORE = (
    r"^(?:(?:early|late|later)\s+(?:in\s+)?)?(?:in\s+)?(?:the\s+)?(?P<pod>morning|afternoon|evening|night)"
    r"[\s,]+(?:at\s+)?"
)
_PM_PARTS = frozenset({"afternoon", "evening", "night", "tonight"})


@functools.cache
def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


@functools.cache
def _hour_words() -> dict[str, int]:
    """Spelled hours: "one" .. "twelve" (from the number words of ``time_words.tsv``)."""
    out = {}
    for word, value in timewords.vocabulary().numbers.items():
        if value.isdigit() and 0 < int(value) <= 12 and " " not in word:
            out[word] = int(value)
    return out


@functools.cache
def _minute_words() -> dict[str, int]:
    """Spelled minutes: "five", "fifteen", "thirty", "forty five", "forty-five", "oh five"."""
    small = {w: int(v) for w, v in timewords.vocabulary().numbers.items() if v.isdigit() and " " not in w}
    out = {w: n for w, n in small.items() if 0 < n < 60}
    for tens, t in small.items():
        if t in {20, 30, 40, 50}:
            for unit, u in small.items():
                if 0 < u < 10:
                    out[f"{tens} {unit}"] = out[f"{tens}-{unit}"] = t + u
    for unit, u in small.items():
        if 0 < u < 10:
            out[f"oh {unit}"] = u
    return out


@functools.cache
def _zone_rx() -> re.Pattern[str]:
    """A trailing time zone ("pst", "eastern time", "mountain timezone"): read past, not kept."""
    zones = sorted(timewords.vocabulary().time_zones, key=len, reverse=True)
    alternation = "|".join(re.escape(z).replace(r"\ ", r"\s+") for z in zones)
    return _rx(rf"\s+(?:{alternation})(?:\s+(?:standard\s+|daylight\s+)?(?:time\s*zone|time))?$")


def _place_time(text: str) -> re.Match[str] | None:
    """A place's time after a written clock time ("10:30am montreal time", "18.45 cairo time"): read past, not
    kept. The clock must be plainly one (minutes or am / pm), so that "9 bed time" is no clock time."""
    m = _rx(r"\s+[a-z]+\s+time$").search(text)
    if m is None or not _rx(r"\d[:.]\d\d|\d\s*[ap]\.?\s*m\b").search(text[: m.start()]):
        return None
    return m


def _words(names: dict[str, int]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"[\s-]+") for w in sorted(names, key=len, reverse=True))


def _half(hour: int, mer: str | None, part: str | None) -> tuple[int, bool] | None:
    """*hour* in 24-hour time given its "am"/"pm" (or "o'clock") and part of the day; ``None`` if impossible."""
    letter = (mer or "").lower().lstrip()[:1]
    if letter in {"a", "p"}:
        if not 1 <= hour <= 12:
            return None
        return hour % 12 + (12 if letter == "p" else 0), True
    if part is not None:
        if part.lower() in _PM_PARTS and hour < 12 and (part.lower() != "night" or hour >= 6):
            return hour + 12, True
        return (0 if hour == 12 and part.lower() == "night" else hour), True
    return hour, hour > 12 or hour == 0


def _numeric(m: re.Match[str], part: str | None) -> Clock | None:
    half = _half(int(m["h"]), m["mer"], part)
    if half is None:
        return None
    return Clock(hour=half[0], minute=int(m["m"] or 0), second=int(m.groupdict().get("s") or 0), meridiem=half[1])


def _compact(text: str, m: re.Match[str], part: str | None) -> Clock | None:
    """ "1140 a.m.", and "0730" (four digits from 0: never a year) without am/pm."""
    if m["mer"] is None and part is None and not text.startswith("0"):
        return None
    return _numeric(m, part)


def _numeric_dot(text: str, m: re.Match[str], part: str | None) -> Clock | None:
    """ "2.30pm": a dot between hour and minutes only with am/pm or a part of the day after it."""
    if "." in text.split(maxsplit=1)[0] and ":" not in text and m["mer"] is None and part is None:
        return None
    return _numeric(m, part)


def _spelled(m: re.Match[str], part: str | None) -> Clock | None:
    """ "seven pm", "three thirty", "two forty five": a spelled hour alone needs am/pm or a part of the day."""
    minute = _minute_words().get(re.sub(r"[\s-]+", " ", m["mw"].lower())) if m["mw"] else 0
    if minute is None or (not m["mw"] and m["mer"] is None and part is None):
        return None
    half = _half(_hour_words()[m["hw"].lower()], m["mer"], part)
    return None if half is None else Clock(hour=half[0], minute=minute, meridiem=half[1])


def _past_to(m: re.Match[str], part: str | None) -> Clock | None:
    """ "half past seven", "quarter to eight", "20 min past eight", "ten to five"."""
    amount = m["amount"].lower()
    minutes = 30 if amount == "half" else 15 if "quarter" in amount else None
    if minutes is None:
        digits = re.match(r"\d+", amount)
        if digits and "min" not in amount and m["dir"].lower() not in {"past", "after"}:
            return None  # "5 to 6" is a range; "10 past 9" is ten past nine
        word = re.sub(r"\s*(?:min(?:ute)?s?)$", "", amount).strip()
        minutes = int(digits.group()) if digits else _minute_words().get(re.sub(r"[\s-]+", " ", word))
    hour_text = m["hour"].lower()
    hour = int(hour_text) if hour_text.isdigit() else _hour_words().get(hour_text)
    if minutes is None or hour is None or not 0 < minutes < 60 or not 0 < hour <= 12:
        return None
    half = _half(hour, m["mer"], part)
    if half is None:
        return None
    if m["dir"].lower() in {"past", "after"}:
        return Clock(hour=half[0], minute=minutes, meridiem=half[1])
    return Clock(hour=(half[0] - 1) % 24, minute=60 - minutes, meridiem=half[1])


def _noon(m: re.Match[str], part: str | None) -> Clock | None:
    del part
    return Clock(hour=12 if "noon" in m[0].lower() or "day" in m[0].lower() else 0, meridiem=True)


@attrs.frozen(kw_only=True)
class ClockRule:
    """One way of writing a clock time: its name, pattern (the whole phrase), reading and an example."""

    name: str
    pattern: str
    read: Callable[[str, re.Match[str], str | None], Clock | None]
    example: str
    hour: int
    """The hour the example reads as (24-hour), so that a test can check every rule."""


@functools.cache
def rules() -> tuple[ClockRule, ...]:
    """The clock rules, in order."""
    hours, minutes = _words(_hour_words()), _words(_minute_words())
    return (
        ClockRule(
            name="numeric",
            pattern=rf"{_NUMERIC}\s*\.?\s*{_MERIDIEM}?",
            read=_numeric_dot,
            example="7:56:30 pm",
            hour=19,
        ),
        ClockRule(
            name="compact",
            pattern=rf"{_COMPACT}\s*{_MERIDIEM}?",
            read=_compact,
            example="1140 a.m.",
            hour=11,
        ),
        ClockRule(
            name="spelled",
            pattern=rf"(?P<hw>{hours})(?:[\s-]+(?P<mw>{minutes}))?\s*{_MERIDIEM}?",
            read=lambda _t, m, part: _spelled(m, part),
            example="seven p.m.",
            hour=19,
        ),
        ClockRule(
            name="past_to",
            pattern=(
                rf"(?P<amount>half|(?:a\s+)?quarter|\d{{1,2}}(?:\s*min(?:ute)?s?)?|(?:{minutes})(?:\s+min(?:ute)?s?)?)"
                rf"\s+(?P<dir>past|after|to|before|till|of)\s+(?P<hour>\d{{1,2}}|{hours})\s*{_MERIDIEM}?"
            ),
            read=lambda _t, m, part: _past_to(m, part),
            example="quarter to eight in the evening",
            hour=19,
        ),
        ClockRule(
            name="noon",
            pattern=r"(?:twelve\s+)?(?:noon|midday|mid[\s-]?day|midnight|mid[\s-]?night)",
            read=lambda _t, m, part: _noon(m, part),
            example="midnight",
            hour=0,
        ),
    )


def _frame(text: str) -> tuple[str, str | None, bool, bool] | None:
    """*text* without its frame: (the clock words, the part of the day, approximate?, marked as a time?).

    A leading "at" / "around" or a trailing "-ish" marks a bare number as a clock time ("at 7", "11ish").
    """
    text = re.sub(r"\s+", " ", text.strip().rstrip(",.")).strip()
    approx = marked = False
    lead = _rx(r"^(?:(?:at|around|about|circa|approximately|approx\.?|roughly)\s+)+").match(text)
    if lead is not None:
        approx = bool(re.search(r"(?i)around|about|circa|approx|roughly", lead[0]))
        text, marked = text[lead.end() :], True
    zone = _zone_rx().search(text) or _place_time(text)
    if zone is not None and zone.start() > 0:
        text = text[: zone.start()]
    if text.lower().endswith("ish"):
        text, approx, marked = text[:-3].rstrip("-"), True, True
    part = None
    m = _rx(_PART_AFTER).search(text)
    if m is not None:
        part = m["pod"] or m["pod2"] or m["pod3"]
        text = text[: m.start()]
    else:
        m = _rx(_PART_BEFORE).match(text)
        if m is not None:
            part, text = m["pod"], text[m.end() :]
    if not text:
        return None
    return text, part, approx, marked


def read_clock(text: str, *, bare: bool = False) -> Clock | None:
    """The clock time *text* writes, or ``None``. A bare number ("7") is a clock time only if *bare*.

    >>> read_clock("7:45 pm").hour, read_clock("7"), read_clock("7", bare=True).hour
    (19, None, 7)
    """
    found = _read(text, bare=bare)
    return None if found is None else found[0]


def rule_of(text: str) -> str | None:
    """The name of the rule that reads *text* as a clock time, if one does.

    >>> rule_of("quarter to eight"), rule_of("noon"), rule_of("May")
    ('past_to', 'noon', None)
    """
    found = _read(text, bare=False)
    return None if found is None else found[1]


def _read(text: str, *, bare: bool) -> tuple[Clock, str] | None:
    framed = _frame(text)
    if framed is None:
        return None
    words, part, approx, marked = framed
    for rule in rules():
        m = _rx(rule.pattern).fullmatch(words)
        if m is None:
            continue
        if rule.name == "numeric" and not (bare or marked) and m["m"] is None and m["mer"] is None and part is None:
            return None
        if rule.name == "spelled" and (bare or marked) and not m["mw"] and m["mer"] is None and part is None:
            clock: Clock | None = Clock(hour=_hour_words()[m["hw"].lower()])  # "at three" as "at 3"
        elif rule.name == "numeric" and marked:
            clock = _numeric(m, part)  # "at 17.30": after "at", a dot between hour and minutes is no decimal
        else:
            clock = rule.read(words, m, part)
        if clock is None:
            return None
        return (attrs.evolve(clock, approx=True) if approx else clock), rule.name
    return None


_RANGE = (
    r"^(?P<lead>(?:from|between)\s+)?(?P<a>.+?)\s*(?:\b(?P<word>to|till|til|until|through|thru|and)\b|[-–—~])"
    r"\s*(?P<b>.+)$"
)


def _pick(side: Clock, other: Clock, *, side_first: bool) -> Clock:
    """The half of the day for the *side* that leaves it open: the one nearest *other* in range order."""
    if side.meridiem or side.hour > 12:
        return side
    candidates = [side.at(side.hour % 12), side.at(side.hour % 12 + 12)]

    def gap(c: Clock) -> int:
        a, b = (c, other) if side_first else (other, c)
        minutes = (b.hour * 60 + b.minute) - (a.hour * 60 + a.minute)
        return minutes % (24 * 60) or 24 * 60

    return min(candidates, key=gap)


def _bare(text: str) -> bool:
    return re.fullmatch(r"\s*\d{1,2}\s*", text) is not None


def clock_range(text: str, *, strict: bool = True) -> tuple[Clock, Clock] | None:
    """The two ends of a clock range ("from 3 to 5 pm", "4pm-5pm", "between 9 to 10:30"), or ``None``.

    A side that leaves the half of the day open takes the one that makes the range shortest; when both
    do, an end that would come before the start is read in the afternoon ("from 10:30 to 3"). Two bare
    numbers joined by a dash ("4-22") are a clock range only if not *strict* (after a day: "monday 11-4").
    """
    m = _rx(_RANGE).match(text.strip())
    if m is None:
        return None
    a = read_clock(m["a"], bare=True)
    b = read_clock(m["b"], bare=True)
    if a is None or b is None:
        return None
    if strict and m["lead"] is None and m["word"] is None and _bare(m["a"]) and _bare(m["b"]):
        return None  # "4-22" is a date, not four to ten
    if not a.meridiem and b.meridiem:
        a = _pick(a, b, side_first=True)
    elif a.meridiem and not b.meridiem:
        b = _pick(b, a, side_first=False)
    elif not a.meridiem and not b.meridiem and (b.hour, b.minute) <= (a.hour, a.minute) and b.hour < 12:
        b = b.at(b.hour + 12)
    return a, b
