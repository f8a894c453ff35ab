"""Time phrases: claimkit.normalize_date against the Recognizers-Text English DateTime specs.

Usage:
    python benchmarks/bench_time_phrases.py [PHRASES_JSONL] [--reading past|future] [--failures TYPE]
                                            [--limit N] [--no-dateparser] [--json OUT.json]

Reads ``phrases.jsonl`` (3,185 phrases with reference dates, past and future readings and
TIMEX values; see its README) from ``../shared/data/time-phrases/recognizers-text-en/`` by
default, normalizes each phrase with :func:`claimkit.normalize_date` against its reference date
and scores the result against the chosen reading (past by default: the news reading).

A phrase is right when its value matches the expected one at the expected granularity:

* a point (date, time, datetime): the start, cut to the expected unit (day, hour, minute,
  second), is the expected one, and the interval is no coarser than that unit; a time with no
  date compares the time of day only;
* a range: same start, and the same end (for ranges of whole days, months or years the end may
  also be the last day, month or year itself: "from 4 to 22", "2014-2018" are read inclusively by
  claimkit, exclusively by the specs; a range the specs end at a day's last second, 23:59:59, ends at the next
  midnight in claimkit's half-open intervals); an open range ("before 2018", "after 2pm") needs a matching
  ``mod`` and its one end;
* a period's edge ("end of 2000", "early next week"): the period's timex with the same START / MID / END
  mod, and an interval covering the expected one (which part of the period an edge means is a convention); the
  specs' last second of a day ("end of tomorrow": 23:59:59) is the day with the END mod;
* a duration: the same length (timexes compared in seconds, a year 365 days, a month 30);
* a set or an unresolved value ("not resolved", ``*_REF``): the same timex (as below);
* a part of the day ("this evening", "tuesday in the morning"): the same day and the same TIMEX3 part-of-day
  code (and the same START / END mod). Its hours are a convention and are not compared: the specs say the
  evening is 16:00-20:00, claimkit's ``daypart`` rows 18:00-21:00.

The timex is scored apart: the expected timex with its ``X`` digits as wildcards (a resolved
"2016-10-02" matches "XXXX-10-02"); a time of day ("T14") leaves the date to us and "T14:00" is
"T14"; a range's "(begin,end,duration)" is matched by a value's ``begin_point`` and ``end_point``.

dateparser (``DateDataParser.get_date_data``, past preference) runs through the same scorer on
the point phrases only, and the ratio of the two accuracies on those phrases is printed.
Nothing is asserted; the goals are in issue 12.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import inspect
import json
import re
import sys
import time
import warnings
from pathlib import Path

DEFAULT = (
    Path(__file__).resolve().parents[2] / "shared" / "data" / "time-phrases" / "recognizers-text-en" / "phrases.jsonl"
)
FALLBACK_REFERENCE = dt.datetime(2016, 11, 7)
"""Phrases without a reference date are times of day, durations or fully specified dates."""

SECOND = dt.timedelta(seconds=1)
UNITS = {"second": SECOND, "minute": 60 * SECOND, "hour": 3600 * SECOND, "day": dt.timedelta(days=1)}
DURATION_SECONDS = {"Y": 365 * 86400, "M": 30 * 86400, "W": 7 * 86400, "D": 86400, "BD": 86400}
CLOCK_SECONDS = {"H": 3600, "M": 60, "S": 1}
BEFORE_MODS = {"before", "until", "before-approx", "until-approx"}
AFTER_MODS = {"after", "since", "after-approx", "since-approx"}


# --------------------------------------------------------------------------- expected values


class Expected:
    """One expected reading: a point, a range, a duration or a bare timex."""

    def __init__(self, shape: str, **kw: object) -> None:
        self.shape = shape
        self.start: dt.datetime | None = kw.get("start")  # type: ignore[assignment]
        self.end: dt.datetime | None = kw.get("end")  # type: ignore[assignment]
        self.unit: str = kw.get("unit", "day")  # type: ignore[assignment]
        self.time_only: bool = bool(kw.get("time_only", False))
        self.date_only: bool = bool(kw.get("date_only", False))
        self.seconds: float | None = kw.get("seconds")  # type: ignore[assignment]
        self.timex: str | None = kw.get("timex")  # type: ignore[assignment]
        self.mod: str | None = kw.get("mod")  # type: ignore[assignment]


def _moment(text: str) -> tuple[dt.datetime, bool, bool]:
    """A datetime from "2016-10-15", "2016-11-07 10:00:00" or "08:40:00"; (value, time_only, date_only)."""
    text = text.strip()
    if re.fullmatch(r"\d\d:\d\d(:\d\d)?", text):
        t = dt.time.fromisoformat(text)
        return dt.datetime.combine(FALLBACK_REFERENCE.date(), t), True, False
    if re.fullmatch(r"\d{4}-\d\d-\d\d", text):
        return dt.datetime.fromisoformat(text), False, True
    return dt.datetime.fromisoformat(text.replace(" ", "T")), False, False


def _unit_of_timex(timex: str | None, date_only: bool) -> str:
    if date_only or not timex:
        return "day"
    m = re.search(r"T(\d\d)(:\d\d)?(:\d\d)?(?![\d:])", timex)
    if m is None:
        return "day" if date_only else "second"
    if m.group(3):
        return "second"
    if m.group(2):
        return "minute"
    return "hour"


def _readings(row: dict) -> list[dict]:
    """The candidate readings of a row for the past (index 0) / future (last) choice."""
    if row["values"]:
        return [dict(v) for v in row["values"]]
    out = []
    for key in ("past", "future"):
        if row[key]:
            entry = dict(row[key])
            entry.setdefault("timex", row["timex"])
            if row.get("mod"):
                entry.setdefault("Mod", row["mod"])
            out.append(entry)
    return out


def expected_of(entry: dict, row_type: str) -> Expected | None:
    """The expected value of one reading, or None if it cannot be scored (time zones)."""
    timex = entry.get("timex") or entry.get("Timex")
    mod = entry.get("Mod")
    kind = row_type.removeprefix("datetimeV2.")
    if kind == "timezone":
        return None
    if "set" in entry or kind == "set":
        return Expected("timex", timex=timex)
    if "duration" in entry or kind == "duration":
        raw = entry.get("duration", entry.get("value"))
        try:
            seconds = float(raw)
        except (TypeError, ValueError):
            return Expected("timex", timex=timex)
        return Expected("duration", seconds=seconds, timex=timex)
    if timex and timex.endswith("_REF"):
        return Expected("timex", timex=timex)
    start_raw = next((entry[k] for k in ("start", "startDate", "startDateTime", "startTime") if k in entry), None)
    end_raw = next((entry[k] for k in ("end", "endDate", "endDateTime", "endTime") if k in entry), None)
    if start_raw is not None or end_raw is not None:
        start = _moment(start_raw) if start_raw is not None else None
        end = _moment(end_raw) if end_raw is not None else None
        parts = [p for p in (start, end) if p is not None]
        return Expected(
            "range",
            start=start[0] if start else None,
            end=end[0] if end else None,
            time_only=all(p[1] for p in parts),
            date_only=all(p[2] for p in parts),
            timex=timex,
            mod=mod,
        )
    raw = next((entry[k] for k in ("date", "dateTime", "time", "value") if k in entry), None)
    if raw is None or raw == "not resolved":
        return Expected("timex", timex=timex)
    moment, time_only, date_only = _moment(raw)
    return Expected(
        "point",
        start=moment,
        time_only=time_only,
        date_only=date_only,
        unit=_unit_of_timex(timex, date_only),
        timex=timex,
        mod=mod,
    )


def choose(row: dict, reading: str) -> list[Expected]:
    """The accepted expected values: the chosen reading (all am/pm variants when the timex is not shared)."""
    entries = _readings(row)
    if not entries:
        return []
    if row["values"] and row["timex"] is None and len(entries) > 1:
        picked = entries  # am/pm (or week-of) alternatives: any of them
    else:
        picked = [entries[0] if reading == "past" else entries[-1]]
    out = [expected_of(e, row["type"]) for e in picked]
    return [e for e in out if e is not None]


# --------------------------------------------------------------------------- comparison


def _same(a: dt.datetime, b: dt.datetime, *, time_only: bool) -> bool:
    return a.time() == b.time() if time_only else a == b


def _cut(moment: dt.datetime, unit: str) -> dt.datetime:
    if unit == "day":
        return moment.replace(hour=0, minute=0, second=0, microsecond=0)
    if unit == "hour":
        return moment.replace(minute=0, second=0, microsecond=0)
    if unit == "minute":
        return moment.replace(second=0, microsecond=0)
    return moment.replace(microsecond=0)


def timex_seconds(timex: str) -> float | None:
    m = re.fullmatch(r"P(?:([\d.]+)(Y|M|W|D|BD))?(?:T(?:([\d.]+)H)?(?:([\d.]+)M)?(?:([\d.]+)S)?)?", timex)
    if m is None or timex in {"P", "PT"}:
        return None
    total = 0.0
    if m.group(1):
        total += float(m.group(1)) * DURATION_SECONDS[m.group(2)]
    for group, letter in ((3, "H"), (4, "M"), (5, "S")):
        if m.group(group):
            total += float(m.group(group)) * CLOCK_SECONDS[letter]
    return total


def point_ok(exp: Expected, start: dt.datetime | None, end: dt.datetime | None) -> bool:
    if start is None or exp.start is None:
        return False
    unit = UNITS[exp.unit]
    if end is not None and end - start > unit:
        return False  # coarser than expected
    return _same(_cut(start, exp.unit), exp.start, time_only=exp.time_only)


def day_end_ok(exp: Expected, start: dt.datetime | None, end: dt.datetime | None, mod_name: str) -> bool:
    """The end of a day ("end of tomorrow", "eod"): the specs' last second of the day, claimkit's day with the END
    mod (an edge, as "end of 2000" is; which moment of the day's end is meant is a convention)."""
    if exp.start is None or start is None or end is None or exp.start.time() != dt.time(23, 59, 59):
        return False
    return mod_name == "end" and start <= exp.start < end <= start + UNITS["day"]


def value_ok(exp: Expected, value: object) -> bool:  # noqa: C901  one check per field of an expected value
    """Whether a claimkit TimeValue matches *exp*."""
    timex = getattr(value, "timex", None)
    start = getattr(value, "start", None)
    end = getattr(value, "end", None)
    mod = getattr(value, "mod", None)
    mod_name = str(getattr(mod, "value", mod) or "").lower()
    if exp.shape == "timex":
        return timex is not None and timex_match(exp.timex, value)
    if exp.shape == "duration":
        if timex is None:
            return False
        ours = timex_seconds(timex)
        return (ours is not None and exp.seconds is not None and abs(ours - exp.seconds) < 1) or timex == exp.timex
    if exp.shape == "point":
        return point_ok(exp, start, end) or day_end_ok(exp, start, end, mod_name)
    if part_of_day_ok(exp, timex, start, mod_name) or edge_ok(exp, value, mod_name):
        return True
    # a range
    if start is None or end is None:
        return False
    if exp.start is not None and exp.end is not None:
        if not _same(start, exp.start, time_only=exp.time_only):
            return False
        if _same(end, exp.end, time_only=exp.time_only) or _same(end, _half_open(exp.end), time_only=exp.time_only):
            return True
        return exp.date_only and end in _inclusive_ends(exp.end)
    if exp.end is not None:  # "before X": X is the end of the open range
        return mod_name in {"before", "on_or_before", "until", "end"} and (
            _same(start, exp.end, time_only=exp.time_only) or _same(end, exp.end, time_only=exp.time_only)
        )
    if exp.start is not None:
        return mod_name in {"after", "on_or_after", "since", "start"} and (
            _same(start, exp.start, time_only=exp.time_only) or _same(end, exp.start, time_only=exp.time_only)
        )
    return False


def _half_open(end: dt.datetime) -> dt.datetime:
    """The half-open end of a range the specs end inclusively at a day's last second ("rest of the day" ends at
    23:59:59 there, at the next midnight in claimkit)."""
    return end + SECOND if end.time() == dt.time(23, 59, 59) else end


def _inclusive_ends(end: dt.datetime) -> set[dt.datetime]:
    """Where an inclusive reading of a range ending at *end* ends: after that day, month or year."""
    out = {end + dt.timedelta(days=1)}
    if end.day == 1:
        out.add(end.replace(year=end.year + end.month // 12, month=end.month % 12 + 1))
        if end.month == 1:
            out.add(end.replace(year=end.year + 1))
    return out


EDGE_MODS = {"start", "mid", "end"}


def edge_ok(exp: Expected, value: object, mod_name: str) -> bool:
    """A period's edge ("end of 2000", "early next week"): the period's timex, the same mod, an interval that
    covers the expected one. The part of the period an edge means is a convention and is not compared."""
    start, end = getattr(value, "start", None), getattr(value, "end", None)
    if exp.mod not in EDGE_MODS or mod_name != exp.mod or start is None or end is None:
        return False
    if exp.start is None or exp.end is None or not timex_match(exp.timex, value):
        return False
    return start <= exp.start and end >= exp.end


PART_OF_DAY = re.compile(r"T(MO|MI|AF|EV|NI|DT)$")


def part_of_day_ok(exp: Expected, timex: str | None, start: dt.datetime | None, mod_name: str) -> bool:
    """A part of the day: same code, same day and same edge mod; its hours are a convention."""
    want = PART_OF_DAY.search(exp.timex or "")
    got = PART_OF_DAY.search(timex or "")
    if want is None or got is None or want.group(1) != got.group(1) or start is None or exp.start is None:
        return False
    edge = {"start": "start", "end": "end", "mid": "mid"}
    same_day = exp.time_only or start.date() == exp.start.date()  # a time of day alone: the day is ours
    return same_day and edge.get(exp.mod or "", "") == edge.get(mod_name, "")


def _wild(expected: str) -> re.Pattern[str]:
    return re.compile("".join(r"\d" if ch == "X" else re.escape(ch) for ch in expected), re.IGNORECASE)


def _canon(timex: str) -> str:
    """ "T07:00" and "T07:00:00" are "T07": the same clock value written to another unit."""
    return re.sub(r"(T\d\d)(?::00){1,2}$", r"\1", re.sub(r"(T\d\d:\d\d):00$", r"\1", timex))


def _timex_ok(expected: str, timex: str) -> bool:
    expected, timex = _canon(expected), _canon(timex)
    if expected.startswith("T") and "T" in timex:  # a time of day: the date part is ours to add
        return _wild(expected).fullmatch(timex[timex.index("T") :]) is not None
    return _wild(expected).fullmatch(timex) is not None or timex.upper() == expected.upper()


def timex_match(expected: str | None, value: object) -> bool:
    """Whether *value*'s timex (or a range's begin and end points) matches *expected*.

    ``X`` digits are wildcards, a time of day leaves the date to us, and "T07:00" is "T07".
    """
    if not expected:
        return False
    timex = getattr(value, "timex", None)
    if timex is None:
        return False
    m = re.fullmatch(r"\((.*?),(.*?),(.*?)\)", expected)
    if m is not None:
        begin = getattr(value, "begin_point", None)
        finish = getattr(value, "end_point", None)
        return bool(begin and finish and _timex_ok(m.group(1), begin) and _timex_ok(m.group(2), finish))
    return _timex_ok(expected, timex)


# --------------------------------------------------------------------------- systems


def claimkit_system(reading: str):
    import claimkit

    takes_prefer = "prefer" in inspect.signature(claimkit.normalize_date).parameters

    warnings.simplefilter("ignore", claimkit.ClaimkitWarning)  # AmbiguousDateWarning on "01/02/2018"

    def run(phrase: str, reference: dt.datetime) -> object | None:
        try:
            if takes_prefer:
                return claimkit.normalize_date(phrase, reference=reference, prefer=reading)
            return claimkit.normalize_date(phrase, reference=reference)
        except claimkit.DateNormalizationError:
            return None

    return run


class _Point:
    def __init__(self, start: dt.datetime, end: dt.datetime) -> None:
        self.start, self.end, self.timex, self.mod = start, end, None, None


def dateparser_system(reading: str):
    import dateparser.date

    spans = {"time": dt.timedelta(seconds=1), "day": dt.timedelta(days=1)}

    def run(phrase: str, reference: dt.datetime) -> object | None:
        settings = {
            "RELATIVE_BASE": reference,
            "PREFER_DATES_FROM": reading,
            "RETURN_TIME_AS_PERIOD": True,
            "TIMEZONE": "UTC",
        }
        try:
            data = dateparser.date.DateDataParser(languages=["en"], settings=settings).get_date_data(phrase)
        except Exception:  # noqa: BLE001
            return None
        moment = getattr(data, "date_obj", None)
        if moment is None:
            return None
        moment = moment.replace(tzinfo=None)
        period = getattr(data, "period", "day")
        if period == "month":
            start = moment.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
            return _Point(start, start + dt.timedelta(days=31))
        if period == "year":
            start = moment.replace(month=1, day=1, hour=0, minute=0, second=0, microsecond=0)
            return _Point(start, start + dt.timedelta(days=366))
        if period == "week":
            return _Point(moment, moment + dt.timedelta(days=7))
        if period == "day":
            moment = moment.replace(hour=0, minute=0, second=0, microsecond=0)
        return _Point(moment, moment + spans.get(period, dt.timedelta(days=1)))

    return run


# --------------------------------------------------------------------------- main


def type_of(row: dict) -> str:
    return row["type"].removeprefix("datetimeV2.")


def main(argv: list[str]) -> int:  # noqa: C901, PLR0915  a script's driver: arguments, run, report in one place
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("phrases", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--reading", choices=("past", "future"), default="past")
    ap.add_argument("--failures", metavar="TYPE", help="list claimkit's failures of this type ('all' for every type)")
    ap.add_argument("--limit", type=int, default=60, help="failures to list")
    ap.add_argument("--no-dateparser", action="store_true")
    ap.add_argument("--json", type=Path, help="write the numbers here")
    args = ap.parse_args(argv)
    if not args.phrases.is_file():
        print(f"no phrases at {args.phrases}; pass the path of phrases.jsonl")
        return 0
    rows = [json.loads(line) for line in args.phrases.read_text(encoding="utf-8").splitlines() if line.strip()]
    ours = claimkit_system(args.reading)
    theirs = None if args.no_dateparser else dateparser_system(args.reading)

    by_type: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])  # right, timex right, total
    by_file: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    points = [0, 0, 0]  # claimkit right, dateparser right, total (point phrases)
    failures: list[str] = []
    t0 = time.perf_counter()
    for row in rows:
        accepted = choose(row, args.reading)
        if not accepted:
            continue
        reference = dt.datetime.fromisoformat(row["reference"][:19]) if row["reference"] else FALLBACK_REFERENCE
        value = ours(row["phrase"], reference)
        right = value is not None and any(value_ok(e, value) for e in accepted)
        timex_right = value is not None and any(timex_match(e.timex, value) for e in accepted)
        kind = type_of(row)
        for table, key in ((by_type, kind), (by_file, row["file"].removesuffix(".json"))):
            table[key][0] += right
            table[key][1] += timex_right
            table[key][2] += 1
        if theirs is not None and all(e.shape == "point" for e in accepted):
            points[0] += right
            points[1] += any(value_ok(e, v) for e in accepted) if (v := theirs(row["phrase"], reference)) else 0
            points[2] += 1
        if not right and args.failures in {kind, "all"}:
            got = (
                "-" if value is None else f"{value.timex} [{value.start} .. {value.end}] {getattr(value, 'mod', None)}"
            )
            want = "; ".join(
                f"{e.shape} {e.timex} {e.start}..{e.end} {e.seconds or ''} {e.mod or ''}".strip() for e in accepted
            )
            failures.append(
                f"{row['id']:<34} {row['phrase']!r:<44} ref {row['reference']}\n    got  {got}\n    want {want}"
            )
    elapsed = time.perf_counter() - t0

    def table(title: str, data: dict[str, list[int]]) -> None:
        print(f"{title:<34} {'n':>5} {'value':>7} {'timex':>7}")
        for key in sorted(data, key=lambda k: -data[k][2]):
            right, timex_right, n = data[key]
            print(f"{key:<34} {n:5d} {right / n:7.3f} {timex_right / n:7.3f}")
        right = sum(v[0] for v in data.values())
        timex_right = sum(v[1] for v in data.values())
        n = sum(v[2] for v in data.values())
        print(f"{'all':<34} {n:5d} {right / n:7.3f} {timex_right / n:7.3f}\n")

    print(f"claimkit.normalize_date on {len(rows)} phrases, {args.reading} reading ({elapsed:.1f} s with dateparser)\n")
    table("type", by_type)
    table("file", by_file)
    if theirs is not None and points[2]:
        ck, dp, n = points
        print(f"point phrases (date, time, datetime): {n}")
        print(f"  claimkit {ck / n:.3f}   dateparser {dp / n:.3f}   ratio {ck / max(dp, 1):.2f}")
    for line in failures[: args.limit]:
        print(line)
    if failures:
        print(f"{len(failures)} failures listed (first {min(len(failures), args.limit)} shown)")
    if args.json:
        payload = {
            "reading": args.reading,
            "by_type": {k: {"n": v[2], "value": v[0] / v[2], "timex": v[1] / v[2]} for k, v in by_type.items()},
            "by_file": {k: {"n": v[2], "value": v[0] / v[2], "timex": v[1] / v[2]} for k, v in by_file.items()},
            "points": {"n": points[2], "claimkit": points[0], "dateparser": points[1]},
        }
        args.json.write_text(json.dumps(payload, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
