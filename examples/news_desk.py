"""A news desk, day by day: keep every analysis in a store, relate each day's articles to it.

    python examples/news_desk.py [--store claims.db]

The store starts with an archive (``data/corpus.jsonl``: unrelated stories). Then
the three reports of one story (``data/story/``, invented) arrive a day or two
apart; each morning ``store.relate(day, add=True)`` relates the new articles to
everything stored before, however old, and keeps them. At the end the store says
who said what about the story's country, and gives its statements as a table.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import claimkit

HERE = Path(__file__).resolve().parent
ARCHIVE = HERE / "data" / "corpus.jsonl"
STORY = HERE / "data" / "story"
DAYS = {"2021-03-02": ["art1"], "2021-03-04": ["art2"], "2021-03-05": ["art3"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", type=Path, help="the store's file (default: a temporary one)")
    args = parser.parse_args(argv)
    analyzer = claimkit.Analyzer()
    with tempfile.TemporaryDirectory() as tmp, claimkit.Store(args.store or Path(tmp) / "claims.db") as store:
        with ARCHIVE.open(encoding="utf-8") as f:
            archive = [json.loads(line) for line in f if line.strip()]
        store.add(analyzer.analyze_many(archive))  # idempotent: run it twice, it is stored once
        print(f"archive: {len(store)} documents")
        for day, names in DAYS.items():
            articles = [
                claimkit.Article(text=(STORY / f"{n}.txt").read_text(encoding="utf-8"), published=day, doc_id=n)
                for n in names
            ]
            related = store.relate(analyzer.analyze_many(articles), add=True)
            print(f"{day}: {len(articles)} new, {len(related)} relations to the store; it holds {len(store)}")
            for r in related:
                print(f"    {r.a.doc_id}:{r.a.id} {r.kind.value} {r.b.doc_id}:{r.b.id} (score {r.score:.2f})")
                print(f"        {r.reasons[0]}")
        print("\nwho said what about Norlandia:")
        for speaker, said in store.who("Norlandia").items():
            for s in said:
                print(f"    {speaker} ({s.doc_id}, {s.stance.value}): {' '.join(s.content.text.split())[:70]}")
        rows = store.to_records(table="statements")
        denials = [r for r in rows if r["stance"] == "deny"]
        print(f"\n{len(rows)} statements in the store, {len(denials)} denials; {len(store.relations())} relations kept")
    return 0


if __name__ == "__main__":
    sys.exit(main())
