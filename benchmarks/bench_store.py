"""How :class:`claimkit.Store` grows: adding documents, and relating a day's articles to the archive.

    .venv/bin/python benchmarks/bench_store.py [--sizes 1000,10000] [--day 100] [--keep DIR]

Generates news-like articles (invented people, bodies and countries; statements that
supply, back, deny, receive ...; dates a day apart), analyzes them once (cached in
``out/bench-store-corpus.jsonl``), then for each size *n*: builds a store of *n*
documents (timing :meth:`~claimkit.Store.add` in batches of a day's size), and times
``store.relate(day, add=True)`` for a day of new articles. The goal (issue 15): the
day's time on a 10,000-document store at most 1.5x that on a 1,000-document store.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

import claimkit

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "out" / "bench-store-corpus.jsonl"

FIRST = ("Anna", "Boris", "Carla", "David", "Elena", "Farid", "Grace", "Hugo", "Irene", "Jonas", "Keiko", "Luis")
LAST = ("Adler", "Brandt", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Haddad", "Ivanov", "Jensen", "Kowalski")
COUNTRIES = (
    "France", "Germany", "Spain", "Italy", "Poland", "Sweden", "Norway", "Turkey", "Egypt", "Kenya", "Brazil",
    "Chile", "Peru", "Canada", "Mexico", "India", "Japan", "Vietnam", "Ghana", "Morocco",
)  # fmt: skip
BODIES = ("Foreign Ministry", "Defence Ministry", "army", "central bank", "parliament")
GROUPS = tuple(f"the {w} militia" for w in ("northern", "southern", "river", "mountain", "coastal", "desert"))
SAY = (
    "“{c} is supplying weapons to {g},” {p} said.",
    "“{c} is not supplying weapons to {g},” {p} said.",
    "{p} said that {c} backs {g}.",
    "The {C} {b} denied that {c} backs {g}.",
    "{P} officials said they had received weapons from {c}.",
    "“{c} only maintains contact with {g},” {p} told reporters.",
    "{p} said {c} sent 400 troops to {g}.",
    "{p} said {c} rejected the plan.",
    "According to {p}, {c} approved the plan.",
)


def article(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(3, 5)):
        g = rng.choice(GROUPS)
        c = rng.choice(COUNTRIES)
        sentences.append(
            rng.choice(SAY).format(
                c=c,
                C=c,
                g=g,
                P=g.removeprefix("the ").removesuffix(" militia").capitalize() + " militia",
                p=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                b=rng.choice(BODIES),
            )
        )
    return " ".join(sentences)


def corpus(n: int) -> list[claimkit.Analysis]:
    """*n* analyzed generated articles, one day apart in blocks of 100 (cached)."""
    have: list[claimkit.Analysis] = []
    if CACHE.is_file():
        with CACHE.open(encoding="utf-8") as f:
            for line in f:
                if len(have) >= n:
                    break
                have.append(claimkit.Analysis.from_json(line))
    if len(have) >= n:
        return have[:n]
    rng = random.Random(15)
    texts = [article(rng) for _ in range(n)]
    CACHE.parent.mkdir(exist_ok=True)
    analyzer = claimkit.Analyzer()
    start = time.perf_counter()
    with CACHE.open("a", encoding="utf-8") as f:
        for i in range(len(have), n):
            day = f"2017-{1 + (i // 100) // 28 % 12:02d}-{1 + (i // 100) % 28:02d}"
            a = analyzer.analyze(texts[i], published=day, doc_id=f"doc-{i:06d}")
            f.write(a.to_json() + "\n")
            have.append(a)
            if i % 1000 == 999:
                print(f"  analyzed {i + 1} articles ({time.perf_counter() - start:.0f} s)", file=sys.stderr)
    return have


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--day", type=int, default=100, help="articles a day (one add batch)")
    parser.add_argument("--repeat", type=int, default=3, help="days related per size (the median is reported)")
    args = parser.parse_args(argv)
    sizes = sorted(int(x) for x in args.sizes.split(","))
    need = sizes[-1] + args.day * args.repeat
    docs = corpus(need)
    days = [docs[sizes[-1] + k * args.day : sizes[-1] + (k + 1) * args.day] for k in range(args.repeat)]
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.db"
        with claimkit.Store(path) as store:
            stored = 0
            for n in sizes:
                start = time.perf_counter()
                while stored < n:
                    store.add(docs[stored : min(n, stored + args.day)])
                    stored = min(n, stored + args.day)
                took = time.perf_counter() - start
                print(f"store of {n:>6} documents: added in {took:.1f} s ({path.stat().st_size / 1e6:.0f} MB)")
                times = []
                for day in days:
                    # relate a day without keeping it, so that each size is measured on n documents
                    start = time.perf_counter()
                    found = store.relate(day)
                    times.append(time.perf_counter() - start)
                    candidates = len(store.candidates(day))
                median = statistics.median(times)
                results[n] = median
                print(
                    f"  relate {args.day} new articles: {median:.2f} s (median of {len(times)}; "
                    f"{candidates} stored documents compared, {len(found)} relations)"
                )
                start = time.perf_counter()
                store.relate(days[0], add=True)
                store_time = time.perf_counter() - start
                print(f"  relate and add them: {store_time:.2f} s")
                store.remove([a.doc_id or "" for a in days[0]])  # out again: the next size starts from n
    if len(sizes) >= 2:
        lo, hi = sizes[0], sizes[-1]
        ratio = results[hi] / results[lo]
        verdict = "ok" if ratio <= 1.5 else "OVER the 1.5x goal"
        print(f"relate time ratio {hi} / {lo} documents: {ratio:.2f} ({verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
