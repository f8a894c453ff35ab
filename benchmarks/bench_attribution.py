"""Words per second of the attribution stage, and of the whole ``analyze()``, on PolNeAR dev texts.

Usage::

    python benchmarks/bench_attribution.py [DIR] [--repeat N]

DIR defaults to ``../shared/data/attribution/polnear/dev`` beside the repository (its
``text/*.txt`` files are read; nothing from them is stored). Words are counted as
whitespace-separated tokens. Parsing (sentences, tokens, POS tags) is timed apart from
:func:`claimkit.attribution.find_attributions`, which only reads the parsed document.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

import claimkit
from claimkit.attribution import find_attributions
from claimkit.text import TextProcessor

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "data" / "attribution" / "polnear" / "dev"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    texts = [p.read_text(encoding="utf-8") for p in sorted((args.dir / "text").glob("*.txt"))]
    if not texts:
        print(f"no texts in {args.dir / 'text'}", file=sys.stderr)
        return 1
    words = sum(len(t.split()) for t in texts)
    processor = TextProcessor.from_lexicons()
    warnings.simplefilter("ignore", claimkit.ClaimkitWarning)
    docs = [processor.parse(t) for t in texts]
    find_attributions(docs[0])  # load the lexicon

    best_attr = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        n = sum(len(find_attributions(d)) for d in docs)
        best_attr = min(best_attr, time.perf_counter() - t0)

    analyzer = claimkit.Analyzer()
    analyzer.analyze(texts[0])
    best_all = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for t in texts:
            analyzer.analyze(t)
        best_all = min(best_all, time.perf_counter() - t0)

    print(f"texts {len(texts)}  words {words:,}  attributions {n}")
    print(f"find_attributions: {words / best_attr:,.0f} words/s  ({best_attr:.3f} s)")
    print(f"analyze (whole pipeline): {words / best_all:,.0f} words/s  ({best_all:.3f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
