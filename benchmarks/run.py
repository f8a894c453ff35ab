"""claimkit's benchmarks, in one command.

    .venv/bin/python benchmarks/run.py [--corpus DIR] [--quick] [--json OUT.json]

Measures, on news text (PolNeAR dev articles by default, read from
``../shared/data/attribution/polnear/dev/text/``; any folder of ``.txt`` files works):

* words/s of ``Analyzer.analyze`` on one core, and the time of each pipeline stage;
* the ratio of that time to ``dateparser.search.search_dates`` alone on the same texts;
* time for 10 KB, 100 KB and 1 MB inputs (made by joining the articles), and the
  linearity ratio ``t(1 MB) / (10 x t(100 KB))``;
* RSS of a fresh process (started by exec, so it inherits no peak from this one): after
  loading, and current and peak after analyzing each of the 10 KB, 100 KB and 1 MB inputs;
* hostile inputs (``claimkit.testing.hostile_texts`` and the ones below) at 10 KB, 100 KB
  and 1 MB, each in a fresh process: CPU time, peak RSS and what they raised
  (a time ratio ~10 from one size to the next means linear);
* ``analyze_many`` wall-clock time with ``n_jobs=1`` and ``n_jobs=2`` on 1 MB and 4 MB streams,
  several runs, the worker pool started once and reused, as an analyzer reuses it.

The goals (issues 7 and 16): >= 20,000 words/s; ratio to search_dates < 1; linearity <= 1.2;
every hostile input <= 11x from 100 KB to 1 MB; peak RSS < 300 MB; ``analyze_many`` with 2 workers
>= 1.7x on 4 MB and >= 1.4x on 1 MB. Speed is never asserted in tests; this script reports it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import itertools
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import time
import warnings
from pathlib import Path
from typing import TYPE_CHECKING

import claimkit
from claimkit import actors, attribution, claims, relations, temporal
from claimkit.testing import hostile_texts
from claimkit.text import TextProcessor

if TYPE_CHECKING:
    from collections.abc import Callable

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


def memory_mb() -> tuple[float, float]:
    """This process's RSS and peak RSS in MB.

    Read from ``/proc/self/status`` (``VmRSS``, ``VmHWM``): the peak of this process image
    since its exec. ``getrusage``'s ``ru_maxrss`` is kept across exec, so a child started
    from a large parent would report the parent's peak; it is only the fallback off Linux.
    """
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return peak, peak
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def rss_child() -> dict:
    """In a fresh process: analyze each text read (as a JSON list) from stdin; RSS after each."""
    texts = json.loads(sys.stdin.read())
    analyzer = claimkit.Analyzer()
    analyzer.analyze("Warm up.", published=PUBLISHED)
    rss, peak = memory_mb()
    out: dict = {"loaded_mb": rss, "loaded_peak_mb": peak, "sizes": []}
    for text in texts:
        start = time.process_time()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", claimkit.ClaimkitWarning)
            result = analyzer.analyze(text, published=PUBLISHED)
        seconds = time.process_time() - start
        rss, peak = memory_mb()
        out["sizes"].append(
            {
                "chars": len(text),
                "seconds": seconds,
                "rss_mb": rss,
                "peak_mb": peak,
                "statements": len(result.statements),
            }
        )
        del result
    return out


def bench_rss(texts: list[str]) -> dict:
    """RSS of a fresh process (exec'd): loaded, then after analyzing each of *texts* in turn."""
    proc = subprocess.run(  # noqa: S603  (our own interpreter and script)
        [sys.executable, __file__, "--rss-child"],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
        timeout=3600,
    )
    return json.loads(proc.stdout)


# ---------------------------------------------------------------------- adversarial


def adversarial(n: int) -> dict[str, str]:
    """Hostile inputs of about *n* characters."""
    return {name: make() for name, make in adversarial_makers(n).items()}


def adversarial_makers(n: int) -> dict[str, Callable[[], str]]:
    """How to make each hostile input of about *n* characters (one at a time: a process measuring
    one input's memory holds only that input, not all of them)."""
    marks = "“”‘’\"'«»„"
    scripts = ["Москва заявила", "قال الوزير", "北京表示", "Athens said", "ירושלים", "दिल्ली ने कहा"]

    def rng() -> random.Random:
        return random.Random(n)  # fixed: the same inputs on every run

    return {
        **{name: functools.partial(lambda k: hostile_texts(n)[k], name) for name in hostile_texts(10)},
        "quote marks": lambda: "".join(rng().choice(marks) for _ in range(n)),
        "quote marks and words": lambda: " ".join(rng().choice(marks) + "said" for _ in range(n // 6)),
        "line without spaces": lambda: "a" * n,
        "punctuation without spaces": lambda: ("!?.,;:" * n)[:n],
        "digit run": lambda: "7" * n,
        "digits and separators": lambda: ("12/07/2017-3.5,000:" * n)[:n],
        "deep brackets": lambda: "(" * (n // 2) + ")" * (n // 2),
        "mixed scripts": lambda: " ".join(rng().choice(scripts) for _ in range(n // 12)),
        "NUL bytes": lambda: ("said\x00" * n)[:n],
        "lone surrogates": lambda: "".join(
            chr(r.randrange(0xD800, 0xE000)) if i % 3 else " " for r in (rng(),) for i in range(n)
        ),
        "RTL marks": lambda: ("\u200f“\u202eHe said\u202c” \u200e" * n)[:n],
        "one long sentence": lambda: ("the minister said that " * n)[:n],
        "many short lines": lambda: ("Hi.\n" * n)[:n],
        "one paragraph repeated": lambda: ("Officials said the dam was safe. Engineers denied that it was safe.\n" * n)[
            :n
        ],
        "one claim, many speakers": lambda: "".join(
            f"Ann Roe{i} said the dam was safe. Engineer Bo Lind{i} denied that the dam was safe. "
            for i in range(n // 80)
        ),
    }


def adversarial_case(name: str, size: int) -> dict:
    """Analyze one hostile input in this (fresh) process: CPU seconds, peak RSS and what happened."""
    analyzer = claimkit.Analyzer()
    analyzer.analyze("Warm up.", published=PUBLISHED)
    text = adversarial_makers(size)[name]()
    loaded, _ = memory_mb()
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
    seconds = time.process_time() - start
    return {"seconds": seconds, "outcome": outcome, "loaded_mb": loaded, "peak_mb": memory_mb()[1]}


def bench_adversarial(sizes: tuple[int, ...], timeout: float, names: list[str] | None = None) -> dict:
    """Each hostile input at each size, each run in a fresh process stopped after *timeout* seconds.

    A size is skipped when the one before took more than a tenth of *timeout*. An input whose
    first size took so little that its last would take under :data:`SHORT_RUN` (linearly) is run
    three times at every size, each in a fresh process, and the least CPU time kept.
    """
    out = {}
    for name in names or list(adversarial(10)):
        row: dict = {}
        previous = 0.0
        runs = 1
        for size in sizes:
            if previous >= timeout / 10:
                row[str(size)] = {"seconds": float("nan"), "outcome": "not run: too slow at the size before"}
                continue
            row[str(size)] = _case_in_child(name, size, timeout, runs)
            previous = row[str(size)]["seconds"]
            if size == sizes[0] and previous * sizes[-1] / size < SHORT_RUN:
                runs = 3
                row[str(size)] = _case_in_child(name, size, timeout, runs, row[str(size)])
        out[name] = row
    return out


SHORT_RUN = 1.0
"""CPU seconds under which a hostile input is measured three times (in fresh processes, the least
time and the highest peak RSS kept): a run of a few milliseconds is mostly noise on a shared machine."""


def _case_in_child(name: str, size: int, timeout: float, runs: int, best: dict | None = None) -> dict:
    """One hostile input at one size in fresh processes: the least CPU time of *runs* runs (with *best*)."""
    while best is None or best.get("runs", 1) < runs:
        try:
            proc = subprocess.run(  # noqa: S603  (our own interpreter and script)
                [sys.executable, __file__, "--adversarial-case", name, "--size", str(size)],
                capture_output=True,
                text=True,
                timeout=timeout,
                check=True,
            )
        except subprocess.TimeoutExpired:
            return {"seconds": float("inf"), "outcome": f"TIMEOUT after {timeout:.0f} s"}
        run = json.loads(proc.stdout)
        run["runs"] = 1
        if best is not None:
            run["seconds"] = min(run["seconds"], best["seconds"])
            run["peak_mb"] = max(run["peak_mb"], best["peak_mb"])
            run["runs"] += best.get("runs", 1)
        best = run
    return best


# ---------------------------------------------------------------------- many documents


def stream(texts: list[str], size: int) -> list[str]:
    """Whole articles of the corpus, cycled, until they hold *size* characters."""
    items: list[str] = []
    length = 0
    for text in _cycle(texts):
        if length >= size:
            return items
        items.append(text)
        length += len(text)
    return items


def bench_many(texts: list[str], size: int, runs: int) -> dict:
    """Wall-clock seconds of ``analyze_many`` on a *size*-character stream, ``n_jobs=1`` then ``n_jobs=2``.

    The two workers start once (timed apart, as ``start_seconds``) and are reused by every
    run, as they are by an analyzer that analyzes batch after batch.
    """
    items = stream(texts, size)
    with claimkit.Analyzer() as analyzer:
        analyzer.analyze("Warm up.")
        start = time.perf_counter()
        list(analyzer.analyze_many(["Warm up.", "Warm up."], n_jobs=2))
        started = time.perf_counter() - start
        seconds: dict[int, list[float]] = {1: [], 2: []}
        for _ in range(runs):
            for n_jobs in (1, 2):
                start = time.perf_counter()
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", claimkit.ClaimkitWarning)  # workers' warnings come back
                    for _ in analyzer.analyze_many(items, published=PUBLISHED, n_jobs=n_jobs):
                        pass
                seconds[n_jobs].append(time.perf_counter() - start)
    return {
        "chars": sum(map(len, items)),
        "documents": len(items),
        "words": sum(map(words, items)),
        "start_seconds": started,
        "seconds": seconds,
        "speedups": [one / two for one, two in zip(seconds[1], seconds[2], strict=True)],
    }


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
        lines.append(f"| RSS after loading, before analyzing (fresh process) | {r['loaded_mb']:.0f} MB | |")
        lines += [
            f"| RSS after {row['chars'] // KB:,} KB: current / peak | {row['rss_mb']:.0f} / {row['peak_mb']:.0f} MB "
            "| peak < 300 MB |"
            for row in r["sizes"]
        ]
    if results.get("many"):
        lines += ["", report_many(results["many"])]
    lines += ["", "Share of `analyze` time by stage:", "", "| stage | share |", "|---|---|"]
    lines += [f"| {k} | {v:.0%} |" for k, v in t["stage_share"].items()]
    if "adversarial" in results:
        lines += ["", report_adversarial(results["adversarial"], results["adversarial_sizes"])]
    return "\n".join(lines)


def report_adversarial(rows: dict, sizes: list[int]) -> str:
    """The hostile-input table: CPU seconds per size, growth from each size to the next, peak RSS."""
    head = " | ".join(f"{size // KB:,} KB" for size in sizes)
    growth = " | ".join(f"x {b // KB:,}/{a // KB:,} KB" for a, b in itertools.pairwise(sizes))
    lines = [
        (
            "Hostile inputs (CPU seconds, each size in a fresh process, best of 3 for inputs under "
            f"{SHORT_RUN:.0f} s; growth near 10 is linear; "
            f"peak RSS at {sizes[-1] // KB:,} KB):"
        ),
        "",
        f"| input | {head} | {growth} | peak RSS | outcome |",
        "|---|" + "---|" * (2 * len(sizes) + 1),
    ]
    for name, row in rows.items():
        cells = [row[str(size)] for size in sizes]
        times = " | ".join(f"{c['seconds']:.3f} s" for c in cells)
        ratios = " | ".join(f"{b['seconds'] / max(a['seconds'], 1e-9):.1f}" for a, b in itertools.pairwise(cells))
        peak = cells[-1].get("peak_mb", float("nan"))
        outcomes = " / ".join(sorted({c["outcome"] for c in cells}))
        lines.append(f"| {name} | {times} | {ratios} | {peak:.0f} MB | {outcomes} |")
    return "\n".join(lines)


def report_many(rows: list[dict]) -> str:
    """The analyze_many table: wall-clock seconds of each run and the speed-ups of 2 workers over 1."""
    lines = [
        f"`analyze_many`, wall clock, {os.cpu_count()} CPUs (shared: other processes running count):",
        "",
        "| stream | documents | start 2 workers | `n_jobs=1` runs | `n_jobs=2` runs | speed-up min / median / max |",
        "|---|---|---|---|---|---|",
    ]
    for r in rows:
        one = ", ".join(f"{x:.1f}" for x in r["seconds"]["1"])
        two = ", ".join(f"{x:.1f}" for x in r["seconds"]["2"])
        ups = sorted(r["speedups"])
        lines.append(
            f"| {r['chars'] / 1e6:.1f} MB | {r['documents']} | {r['start_seconds']:.1f} s | {one} s | {two} s | "
            f"{ups[0]:.2f}x / {statistics.median(ups):.2f}x / {ups[-1]:.2f}x |"
        )
    return "\n".join(lines)


def _json_keys(rows: list[dict]) -> list[dict]:
    """*rows* as they come back from JSON: dict keys as str."""
    return json.loads(json.dumps(rows))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of .txt news articles")
    parser.add_argument("--quick", action="store_true", help="fewer repeats, no 1 MB runs, small adversarial sizes")
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds allowed per adversarial run")
    parser.add_argument(
        "--many-only", action="store_true", help="only the analyze_many rows (run it on an otherwise idle machine)"
    )
    parser.add_argument("--runs", type=int, default=3, help="analyze_many runs per stream size")
    parser.add_argument("--hostile-only", action="store_true", help="only the hostile-input rows")
    parser.add_argument("--only", action="append", help="with --hostile-only: this input only (repeatable)")
    parser.add_argument("--rss-child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--adversarial-case", help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.adversarial_case:
        print(json.dumps(adversarial_case(args.adversarial_case, args.size)))
        return 0
    if args.rss_child:
        print(json.dumps(rss_child()))
        return 0
    adv_sizes = [10 * KB, 100 * KB] if args.quick else [10 * KB, 100 * KB, 1000 * KB]
    if args.hostile_only:
        print(report_adversarial(bench_adversarial(tuple(adv_sizes), args.timeout, args.only), adv_sizes))
        return 0

    texts = load_corpus(args.corpus)
    many_sizes = [1000 * KB] if args.quick else [1000 * KB, 4000 * KB]
    if args.many_only:
        print(report_many(_json_keys([bench_many(texts, size, args.runs) for size in many_sizes])))
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
    results["rss"] = bench_rss([sized_input(texts, size) for size in sizes])
    results["adversarial_sizes"] = adv_sizes
    results["adversarial"] = bench_adversarial(tuple(adv_sizes), args.timeout)
    results["many"] = _json_keys([bench_many(texts, size, args.runs) for size in many_sizes])
    print(report(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
