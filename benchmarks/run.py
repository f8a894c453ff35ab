"""claimkit's benchmarks, in one command.

    .venv/bin/python benchmarks/run.py [--corpus DIR] [--quick] [--json OUT.json]

Measures, on news text (PolNeAR dev articles by default, read from
``../shared/data/attribution/polnear/dev/text/``; any folder of ``.txt`` files works):

* words/s of ``Analyzer.analyze`` on one core, and the time of each pipeline stage;
* the ratio of that time to ``dateparser.search.search_dates`` alone on the same texts;
* time for 10 KB, 100 KB and 1 MB inputs (made by joining the articles), and the
  linearity ratio ``t(1 MB) / (10 x t(100 KB))``;
* peak RSS of a fresh process analyzing the 1 MB input;
* adversarial inputs at two sizes (time ratio ~10 means linear) and what they raised;
* ``analyze_many`` throughput with ``n_jobs=1`` and ``n_jobs=-1``.

The goals (issue 7): >= 20,000 words/s; ratio to search_dates < 1; linearity <= 1.2;
peak RSS < 300 MB. Speed is never asserted in tests; this script reports it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import subprocess
import sys
import time
import warnings
from pathlib import Path

import claimkit
from claimkit import actors, attribution, claims, parallel, relations, temporal
from claimkit.text import TextProcessor

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "attribution" / "polnear" / "dev" / "text"
PUBLISHED = dt.date(2016, 10, 1)  # PolNeAR covers the 2016 US election campaign
KB = 1000


def load_corpus(folder: Path) -> list[str]:
    files = sorted(folder.glob("*.txt"))
    if not files:
        sys.exit(f"no .txt files in {folder} (pass --corpus DIR)")
    return [f.read_text(encoding="utf-8") for f in files]


def words(text: str) -> int:
    return len(text.split())


def best_of(repeats: int, fn) -> float:
    """The least CPU time of *repeats* runs of *fn* (CPU time: other processes on the machine don't count)."""
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        fn()
        best = min(best, time.process_time() - start)
    return best


# ---------------------------------------------------------------------- throughput


def bench_throughput(analyzer: claimkit.Analyzer, texts: list[str], repeats: int) -> dict:
    n_words = sum(map(words, texts))
    stage_time: dict[str, float] = {}
    patched = [
        (TextProcessor, "parse", "text"),
        (attribution, "find_attributions", "attribution"),
        (actors, "find_actors", "actors"),
        (temporal, "resolve_times", "temporal"),
        (claims, "extract_claims", "claims"),
        (relations, "relate", "relations"),
    ]

    def run() -> None:
        for text in texts:
            analyzer.analyze(text, published=PUBLISHED)

    total = best_of(repeats, run)
    # One more run with every stage timed (CPU time).
    originals = [(obj, name, getattr(obj, name)) for obj, name, _ in patched]
    for (obj, name, label), (_, _, original) in zip(patched, originals, strict=True):
        stage_time[label] = 0.0

        def timed(*args, _original=original, _label=label, **kwargs):
            start = time.process_time()
            try:
                return _original(*args, **kwargs)
            finally:
                stage_time[_label] += time.process_time() - start

        setattr(obj, name, timed)
    try:
        start = time.process_time()
        run()
        timed_total = time.process_time() - start
    finally:
        for obj, name, original in originals:
            setattr(obj, name, original)
    stage_time["rest (pipeline, model objects)"] = timed_total - sum(stage_time.values())
    return {
        "documents": len(texts),
        "words": n_words,
        "seconds": total,
        "words_per_second": n_words / total,
        "stage_share": {k: v / timed_total for k, v in stage_time.items()},
    }


def bench_search_dates(texts: list[str], repeats: int) -> float:
    from dateparser.search import search_dates

    settings = {
        "RELATIVE_BASE": dt.datetime.combine(PUBLISHED, dt.time()),
        "TIMEZONE": "UTC",
        "RETURN_AS_TIMEZONE_AWARE": True,
        "PREFER_DATES_FROM": "past",
    }

    def run() -> None:
        for text in texts:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                search_dates(text, languages=["en"], settings=settings)

    search_dates("warm up on 1 May 2016", languages=["en"], settings=settings)
    return best_of(repeats, run)


# ---------------------------------------------------------------------- size and memory


def sized_input(texts: list[str], size: int) -> str:
    """News text of about *size* characters: whole articles joined by blank lines, cut at a paragraph."""
    parts: list[str] = []
    length = 0
    for text in _cycle(texts):
        parts.append(text.strip())
        length += len(parts[-1]) + 2
        if length >= size:
            break
    joined = "\n\n".join(parts)
    cut = joined.rfind("\n\n", 0, size)
    return joined[: cut if cut > size // 2 else size]


def _cycle(texts: list[str]):
    while True:
        yield from texts


def bench_sizes(analyzer: claimkit.Analyzer, texts: list[str], sizes: list[int]) -> dict:
    out = {}
    for size in sizes:
        text = sized_input(texts, size)
        repeats = 3 if size <= 100 * KB else 1
        seconds = best_of(repeats, lambda t=text: analyzer.analyze(t, published=PUBLISHED))
        out[size] = {"chars": len(text), "words": words(text), "seconds": seconds}
    return out


_RSS_CHILD = """
import resource, sys, time
import claimkit
text = sys.stdin.read()
a = claimkit.Analyzer()
a.analyze("Warm up.", published="2016-10-01")
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t = time.process_time()
result = a.analyze(text, published="2016-10-01")
seconds = time.process_time() - t
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(before, after, seconds, len(result.statements))
"""


def bench_peak_rss(text: str) -> dict:
    """Peak RSS (MB) of a fresh process: after loading, and after analyzing *text*."""
    proc = subprocess.run(  # noqa: S603  (our own interpreter and script)
        [sys.executable, "-c", _RSS_CHILD], input=text, capture_output=True, text=True, check=True, timeout=1200
    )
    before, after, seconds, statements = proc.stdout.split()
    return {
        "loaded_mb": int(before) / 1024,
        "peak_mb": int(after) / 1024,
        "seconds": float(seconds),
        "statements": int(statements),
    }


# ---------------------------------------------------------------------- adversarial


def adversarial(n: int) -> dict[str, str]:
    """Hostile inputs of about *n* characters."""
    rng = random.Random(n)  # fixed: the same inputs on every run
    marks = "“”‘’\"'«»„"
    scripts = ["Москва заявила", "قال الوزير", "北京表示", "Athens said", "ירושלים", "दिल्ली ने कहा"]
    return {
        "quote marks": "".join(rng.choice(marks) for _ in range(n)),
        "quote marks and words": " ".join(rng.choice(marks) + "said" for _ in range(n // 6)),
        "line without spaces": "a" * n,
        "punctuation without spaces": ("!?.,;:" * n)[:n],
        "digit run": "7" * n,
        "digits and separators": ("12/07/2017-3.5,000:" * n)[:n],
        "deep brackets": "(" * (n // 2) + ")" * (n // 2),
        "mixed scripts": " ".join(rng.choice(scripts) for _ in range(n // 12)),
        "NUL bytes": ("said\x00" * n)[:n],
        "lone surrogates": "".join(chr(rng.randrange(0xD800, 0xE000)) if i % 3 else " " for i in range(n)),
        "RTL marks": ("\u200f“\u202eHe said\u202c” \u200e" * n)[:n],
        "one long sentence": ("the minister said that " * n)[:n],
        "many short lines": ("Hi.\n" * n)[:n],
        "one paragraph repeated": ("Officials said the dam was safe. Engineers denied that it was safe.\n" * n)[:n],
        "one claim, many speakers": "".join(
            f"Ann Roe{i} said the dam was safe. Engineer Bo Lind{i} denied that the dam was safe. "
            for i in range(n // 80)
        ),
    }


def adversarial_case(name: str, size: int) -> dict:
    """Analyze one hostile input in this process: CPU seconds and what happened."""
    analyzer = claimkit.Analyzer()
    analyzer.analyze("Warm up.", published=PUBLISHED)
    text = adversarial(size)[name]
    start = time.process_time()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", claimkit.ClaimkitWarning)
            analyzer.analyze(text, published=PUBLISHED)
        outcome = "ok"
    except claimkit.ClaimkitError as e:
        outcome = type(e).__name__
    except Exception as e:  # noqa: BLE001  (a benchmark reports crashes instead of stopping)
        outcome = f"CRASH {type(e).__name__}: {e}"
    return {"seconds": time.process_time() - start, "outcome": outcome}


def bench_adversarial(small: int, large: int, timeout: float) -> dict:
    """Each hostile input at two sizes, each in a fresh process stopped after *timeout* seconds."""
    out = {}
    for name in adversarial(10):
        row: dict = {}
        for label, size in (("small", small), ("large", large)):
            if label == "large" and not row["small"]["seconds"] < timeout / 10:
                row[label] = {"seconds": float("nan"), "outcome": "not run: too slow at the small size"}
                continue
            try:
                proc = subprocess.run(  # noqa: S603  (our own interpreter and script)
                    [sys.executable, __file__, "--adversarial-case", name, "--size", str(size)],
                    capture_output=True,
                    text=True,
                    timeout=timeout,
                    check=True,
                )
                row[label] = json.loads(proc.stdout)
            except subprocess.TimeoutExpired:
                row[label] = {"seconds": float("inf"), "outcome": f"TIMEOUT after {timeout:.0f} s"}
        row["ratio"] = row["large"]["seconds"] / max(row["small"]["seconds"], 1e-9)
        out[name] = row
    return out


# ---------------------------------------------------------------------- many documents


def bench_many(texts: list[str], n_jobs: int, copies: int) -> dict:
    """Wall-clock words/s of ``analyze_many`` on the corpus repeated *copies* times.

    The stream must be long enough to pay for starting the worker processes (each
    loads the tagger once, about a second).
    """
    analyzer = claimkit.Analyzer()
    analyzer.analyze("Warm up.")
    items = texts * copies
    start = time.perf_counter()
    n = sum(1 for _ in analyzer.analyze_many(items, published=PUBLISHED, n_jobs=n_jobs))
    seconds = time.perf_counter() - start
    return {"n_jobs": n_jobs, "documents": n, "seconds": seconds, "words_per_second": sum(map(words, items)) / seconds}


# ---------------------------------------------------------------------- report


def report(results: dict) -> str:
    t = results["throughput"]
    lines = [
        (
            f"claimkit {claimkit.__version__}, Python {platform.python_version()}, "
            f"{os.cpu_count()} CPUs, corpus: {t['documents']} documents, {t['words']:,} words"
        ),
        "",
        "| measure (CPU time, one process) | value | goal |",
        "|---|---|---|",
        f"| `analyze` words/s, one core | {t['words_per_second']:,.0f} | >= 20,000 |",
        f"| `search_dates` alone, words/s | {results['search_dates_words_per_second']:,.0f} | |",
        f"| time ratio `analyze` / `search_dates` | {results['ratio_to_search_dates']:.2f} | < 1 |",
    ]
    sizes = results["sizes"]
    for size, row in sizes.items():
        lines.append(f"| {int(size) // KB:,} KB input ({row['words']:,} words) | {row['seconds']:.2f} s | |")
    if str(100 * KB) in sizes and str(1000 * KB) in sizes:
        lines.append(f"| linearity t(1 MB) / (10 x t(100 KB)) | {results['linearity']:.2f} | <= 1.2 |")
    if "rss" in results:
        r = results["rss"]
        lines.append(f"| peak RSS, 1 MB input (fresh process) | {r['peak_mb']:.0f} MB | < 300 MB |")
        lines.append(f"| RSS after loading, before analyzing | {r['loaded_mb']:.0f} MB | |")
    if results.get("many"):
        lines += ["", report_many(results["many"])]
    lines += ["", "Share of `analyze` time by stage:", "", "| stage | share |", "|---|---|"]
    lines += [f"| {k} | {v:.0%} |" for k, v in t["stage_share"].items()]
    if "adversarial" in results:
        a = results["adversarial"]
        small, large = results["adversarial_sizes"]
        lines += [
            "",
            f"Adversarial inputs ({small // KB} KB and {large // KB} KB; a time ratio near 10 is linear):",
            "",
            f"| input | {small // KB} KB | {large // KB} KB | ratio | outcome |",
            "|---|---|---|---|---|",
        ]
        lines += [
            f"| {name} | {row['small']['seconds']:.3f} s | {row['large']['seconds']:.3f} s | "
            f"{row['ratio']:.1f} | {row['small']['outcome']} / {row['large']['outcome']} |"
            for name, row in a.items()
        ]
    return "\n".join(lines)


def report_many(rows: list[dict]) -> str:
    """The analyze_many table: wall-clock words/s and the speed-up over one process."""
    one = rows[0]["words_per_second"]
    lines = [
        f"`analyze_many` on {rows[0]['documents']} documents (wall clock, {os.cpu_count()} CPUs):",
        "",
        "| n_jobs | workers | seconds | words/s | speed-up |",
        "|---|---|---|---|---|",
    ]
    lines += [
        f"| {r['n_jobs']} | {parallel.resolve_jobs(r['n_jobs'])} | {r['seconds']:.1f} | "
        f"{r['words_per_second']:,.0f} | {r['words_per_second'] / one:.2f}x |"
        for r in rows
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of .txt news articles")
    parser.add_argument("--quick", action="store_true", help="fewer repeats, no 1 MB runs, small adversarial sizes")
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds allowed per adversarial run")
    parser.add_argument(
        "--many-only", action="store_true", help="only the analyze_many rows (run it on an otherwise idle machine)"
    )
    parser.add_argument("--adversarial-case", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.adversarial_case:
        print(json.dumps(adversarial_case(args.adversarial_case, args.size)))
        return 0

    texts = load_corpus(args.corpus)
    copies = 2 if args.quick else 8
    if args.many_only:
        rows = [bench_many(texts, 1, copies), bench_many(texts, -1, copies)]
        print(report_many(rows))
        return 0
    analyzer = claimkit.Analyzer()
    analyzer.analyze("Warm up: the tagger loads now.", published=PUBLISHED)
    repeats = 1 if args.quick else 3
    results: dict = {"throughput": bench_throughput(analyzer, texts, repeats)}
    sd = bench_search_dates(texts, repeats)
    results["search_dates_words_per_second"] = results["throughput"]["words"] / sd
    results["ratio_to_search_dates"] = results["throughput"]["seconds"] / sd
    sizes = [10 * KB, 100 * KB] if args.quick else [10 * KB, 100 * KB, 1000 * KB]
    results["sizes"] = {str(k): v for k, v in bench_sizes(analyzer, texts, sizes).items()}
    if not args.quick:
        s = results["sizes"]
        results["linearity"] = s[str(1000 * KB)]["seconds"] / (10 * s[str(100 * KB)]["seconds"])
        results["rss"] = bench_peak_rss(sized_input(texts, 1000 * KB))
    adv_sizes = (10 * KB, 100 * KB) if args.quick else (100 * KB, 1000 * KB)
    results["adversarial_sizes"] = adv_sizes
    results["adversarial"] = bench_adversarial(*adv_sizes, timeout=args.timeout)
    results["many"] = [bench_many(texts, 1, copies), bench_many(texts, -1, copies)]
    print(report(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
