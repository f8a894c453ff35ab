"""The HTML view: time of ``claimkit.render_html`` against the size of the article.

Usage:
    python benchmarks/bench_render.py [--repeat N]

Analyzes the reference article repeated to about 10 KB, 100 KB and 1 MB (relations
off), then times rendering each analysis, and the same analysis rebuilt from JSON. Prints characters per second
and the linearity ratio ``t(1 MB) / (10 x t(100 KB))`` (about 1 means linear).
Nothing is asserted.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import claimkit

ARTICLE = Path(__file__).resolve().parent.parent / "examples" / "data" / "reference-article.txt"


def best_of(repeat: int, run) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    article = ARTICLE.read_text(encoding="utf-8")
    # Relations off: their number grows with the square of the statements in a repeated
    # article, and the panel shows at most max_relations of them anyway.
    analyzer = claimkit.Analyzer(config=claimkit.AnalyzerConfig(relations=False))
    times = {}
    print(f"{'size':>8} {'statements':>10} {'relations':>9} {'render s':>9} {'chars/s':>11} {'from JSON s':>11}")
    for size in (10_000, 100_000, 1_000_000):
        text = (article + "\n\n") * (size // (len(article) + 2) + 1)
        text = text[: text.rfind("\n\n", 0, size) + 1] or text
        analysis = analyzer.analyze(text, published="2017-07-26", doc_id=f"{size}")
        copy = claimkit.Analysis.from_json(analysis.to_json())
        t = best_of(args.repeat, lambda a=analysis: claimkit.render_html(a))
        t_json = best_of(args.repeat, lambda a=copy: claimkit.render_html(a))
        times[size] = t
        print(
            f"{len(text):>8} {len(analysis.statements):>10} {len(analysis.relations):>9} "
            f"{t:>9.3f} {len(text) / t:>11,.0f} {t_json:>11.3f}"
        )
    print(f"linearity t(1 MB) / (10 x t(100 KB)) = {times[1_000_000] / (10 * times[100_000]):.2f}")


if __name__ == "__main__":
    main()
