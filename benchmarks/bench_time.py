"""Time extraction + normalization: claimkit against dateparser.search.search_dates.

Usage:
    python benchmarks/bench_time.py [TIMEBANK_DIR] [--repeat N]

Both read the same TimeBank texts (tags stripped) with each document's creation date as
the reference. claimkit is timed twice: its time stage alone on already parsed documents
(:func:`claimkit.temporal.resolve_times`), and with the text layer (sentences, tokens, POS
tags) included. Prints a table; nothing is asserted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import re
import sys
import time
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "timebank"
_TAG = re.compile(r"<[^>]+>")


def load(folder: Path) -> list[tuple[str, dt.date]]:
    docs = []
    for path in sorted(folder.glob("*.tml")):
        raw = path.read_text(encoding="utf-8")
        m = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.DOTALL)
        dct = re.search(r'<TIMEX3[^>]*value="(\d{4}-\d\d-\d\d)[^"]*"[^>]*CREATION_TIME', raw)
        if m is None or dct is None:
            continue
        docs.append((html.unescape(_TAG.sub("", m.group(1))), dt.date.fromisoformat(dct.group(1))))
    return docs


def best_of(repeat: int, run) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        run()
        times.append(time.perf_counter() - t0)
    return min(times)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    if not args.folder.is_dir():
        print(f"no TimeBank folder at {args.folder}; pass one")
        return 0

    from dateparser.search import search_dates

    from claimkit.pipeline import default_analyzer
    from claimkit.temporal import resolve_times

    docs = load(args.folder)
    words = sum(len(text.split()) for text, _ in docs)
    processor = default_analyzer().processor
    parsed = [(processor.parse(text), ref) for text, ref in docs]
    resolve_times(parsed[0][0], (), reference=parsed[0][1])  # warm the lexicon and regexes

    found = {"claimkit": 0, "search_dates": 0}

    def claimkit_stage() -> None:
        found["claimkit"] = sum(len(resolve_times(doc, (), reference=ref).times) for doc, ref in parsed)

    def claimkit_with_text_layer() -> None:
        for text, ref in docs:
            resolve_times(processor.parse(text), (), reference=ref)

    def dateparser_search() -> None:
        n = 0
        for text, ref in docs:
            base = dt.datetime(ref.year, ref.month, ref.day)
            settings = {"RELATIVE_BASE": base, "TIMEZONE": "UTC", "RETURN_AS_TIMEZONE_AWARE": True}
            hits = search_dates(text, languages=["en"], settings=settings)
            n += len(hits or ())
        found["search_dates"] = n

    dateparser_search()  # warm dateparser's language data
    rows = [
        ("claimkit resolve_times (time stage)", best_of(args.repeat, claimkit_stage)),
        ("claimkit text layer + resolve_times", best_of(args.repeat, claimkit_with_text_layer)),
        ("dateparser.search.search_dates", best_of(1, dateparser_search)),
    ]
    baseline = rows[-1][1]
    print(f"{len(docs)} TimeBank documents, {words:,} words")
    print(f"{'system':<40} {'seconds':>8} {'words/s':>10} {'vs search_dates':>16}")
    for name, seconds in rows:
        print(f"{name:<40} {seconds:8.3f} {words / seconds:10,.0f} {baseline / seconds:15.1f}x")
    print(f"time expressions found: claimkit {found['claimkit']}, search_dates {found['search_dates']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
