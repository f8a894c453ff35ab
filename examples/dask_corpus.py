"""Run claimkit over a JSONL corpus on a Dask cluster; write the analyses as JSONL and into a store.

    pip install "dask[bag]" distributed      # or: pip install --group distributed (from a checkout)
    python examples/dask_corpus.py [CORPUS.jsonl] [--workers N] [--out DIR] [--store DB] [--scheduler ADDRESS]

Each input line is a JSON object with ``text`` and optionally ``published`` and
``doc_id`` (see ``claimkit.Article.from_dict``). Dask does the scheduling: a
``dask.bag`` reads the file in partitions, each worker process analyzes its
records with ``claimkit.analyze`` (whose default analyzer is built once per
process, on first use), and the results are written one JSON object a line.

The analyses also go into a :class:`claimkit.Store` (``--store claims.db``; by default
one in the output folder): the workers analyze in parallel, and this process, the store's
single writer, adds each partition's results in one transaction as they arrive, then
relates them to what the store held before (``store.relate`` on the new documents).

The example starts a ``LocalCluster`` (worker processes on this machine); pass
``--scheduler tcp://host:8786`` to use a running cluster instead: nothing else
changes, because records and results are plain JSON and claimkit's objects pickle.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import claimkit

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "data" / "corpus.jsonl"


def analyze_record(line: str) -> dict:
    """One JSONL line in, one JSON-ready result out; bad input becomes an error record, never a crash."""
    try:
        record = json.loads(line)
        article = claimkit.Article.from_dict(record)
        analysis = claimkit.analyze(article.text, published=article.published, doc_id=article.doc_id)
    except (ValueError, claimkit.ClaimkitError) as e:  # json.JSONDecodeError is a ValueError
        return {"error": f"{type(e).__name__}: {e}", "line": line[:200]}
    return analysis.to_dict()


def run(
    corpus: Path, out: Path, *, workers: int = 2, scheduler: str | None = None, store: Path | None = None
) -> list[dict]:
    """Analyze *corpus* on Dask, write ``out/part-*.jsonl``, add the analyses to *store*; a summary per document."""
    import dask.bag as db  # noqa: PLC0415  (optional: the script says how to install it)
    from dask.distributed import Client, LocalCluster, as_completed  # noqa: PLC0415

    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True)
    with Client(scheduler or cluster) as client:
        bag = db.read_text(str(corpus), blocksize="1MiB").filter(str.strip).map(analyze_record)
        results = bag.persist()
        results.map(lambda r: json.dumps(r, ensure_ascii=False)).to_textfiles(str(out / "part-*.jsonl"))
        summary = results.map(_summary).compute()
        with claimkit.Store(store or out / "claims.db") as claims:
            # one writer: this process adds each partition as it is done, in one transaction
            for future in as_completed(client.compute(results.to_delayed())):
                analyses = [claimkit.Analysis.from_dict(r) for r in future.result() if "error" not in r]
                related = claims.relate(analyses, add=True)
                print(f"stored {len(analyses)} analyses, {len(related)} relations with the store")
            print(f"the store {claims.path} holds {len(claims)} documents")
        client.close()
    if cluster is not None:
        cluster.close()
    return summary


def _summary(result: dict) -> dict:
    if "error" in result:
        return {"doc_id": None, "error": result["error"]}
    return {
        "doc_id": result["doc_id"],
        "statements": len(result["statements"]),
        "speakers": sorted({s["speaker"]["name"] for s in result["statements"] if s["speaker"]}),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="claimkit on a Dask cluster")
    parser.add_argument("corpus", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", type=Path, help="output folder (default: a temporary one)")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler")
    parser.add_argument("--store", type=Path, help="the claims store to add to (default: OUT/claims.db)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        out = args.out or Path(tmp)
        summary = run(args.corpus, out, workers=args.workers, scheduler=args.scheduler, store=args.store)
        parts = sorted(out.glob("part-*.jsonl"))
        written = sum(1 for f in parts for line in f.read_text(encoding="utf-8").splitlines() if line)
    for row in summary:
        print(json.dumps(row, ensure_ascii=False))
    print(f"{len(summary)} documents analyzed, {written} results written")
    return 0


if __name__ == "__main__":
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        print('This example needs Dask: pip install "dask[bag]" distributed', file=sys.stderr)
        print("dask is not installed; nothing to do")
        sys.exit(0)
    sys.exit(main())
