"""Stream a scraped news archive through every core, and keep going past bad records.

Run:  python examples/scraped_archive.py

A scraper returns whatever it finds: articles, but also records without a text,
dates nobody can read, binary junk and pages far too long to be news. This script
writes such an archive as JSON Lines (the articles of ``examples/data/corpus.jsonl``
with broken records mixed in), then streams it through
``Analyzer.analyze_many(..., n_jobs=-1, errors="return")``:

* the records go to worker processes, one per core, and come back in input order;
* a record claimkit cannot analyze comes back as a ``claimkit.Failure`` (its id, its
  position and the ``ClaimkitError``) in its place, and the stream goes on;
* the analyses are written one JSON object a line, as they arrive, so memory stays
  bounded however long the archive is.

The same from the shell:

    claimkit analyze archive.jsonl --input-format jsonl -f jsonl -o analyses.jsonl --jobs -1
"""

import json
import tempfile
import warnings
from pathlib import Path

import claimkit

# Junk text has unclosed quotation marks, and claimkit warns about each such text. In a batch
# run that is noise: ignore claimkit's warnings. At module level, the filter reaches the worker
# processes too, since each of them imports this file when it starts.
warnings.simplefilter("ignore", claimkit.ClaimkitWarning)

CORPUS = Path(__file__).resolve().parent / "data" / "corpus.jsonl"

BROKEN = [
    {"id": "no-text", "body": "The page had no article body."},
    {"id": "bad-date", "text": "Officials said the bridge was safe.", "published": "last week"},
    {"id": "too-long", "published": "2021-03-05", "text": "word " * 30_000},  # over max_chars below
    {"id": "junk", "published": "2021-03-05", "text": "\x00\ufffd“" * 2_000},  # junk, but a str: analyzed
]


def write_archive(path: Path) -> None:
    """The good articles, with a broken record after every second one, and one line that is not JSON."""
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    broken = [json.dumps(record) for record in BROKEN]
    mixed = []
    for i, line in enumerate(lines):
        mixed.append(line)
        if i % 2 == 1 and broken:
            mixed.append(broken.pop())
    mixed += [*broken, "{this line is not JSON"]
    path.write_text("\n".join(mixed) + "\n", encoding="utf-8")


def read_records(path: Path):
    """JSON records, one a line, read lazily. A line that is not JSON is the reader's to report."""
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            try:
                yield json.loads(line)
            except json.JSONDecodeError as e:  # noqa: PERF203  (a reader that goes on)
                print(f"line {number} skipped, not JSON: {e}")


def main() -> None:
    analyzer = claimkit.Analyzer(config=claimkit.AnalyzerConfig(max_chars=100_000))
    with tempfile.TemporaryDirectory() as tmp:
        archive, out = Path(tmp) / "archive.jsonl", Path(tmp) / "analyses.jsonl"
        write_archive(archive)

        analyzed = failed = 0
        with out.open("w", encoding="utf-8") as sink:
            results = analyzer.analyze_many(read_records(archive), published="2021-03-01", n_jobs=-1, errors="return")
            for result in results:
                if isinstance(result, claimkit.Failure):
                    failed += 1
                    print(f"record {result.index} skipped: {result.message}")
                    continue
                analyzed += 1
                sink.write(result.to_json() + "\n")
                print(f"record {result.doc_id}: {len(result.statements)} statements, {len(result.times)} times")
        print(f"\n{analyzed} analyzed, {failed} skipped")

        # The output is plain JSON Lines: read it back later, anywhere.
        analyses = [claimkit.Analysis.from_json(line) for line in out.read_text(encoding="utf-8").splitlines()]
        statements = sum(len(a.statements) for a in analyses)
        print(f"read back {len(analyses)} analyses with {statements} statements")


if __name__ == "__main__":  # worker processes are spawned: they import this file without running main()
    main()
