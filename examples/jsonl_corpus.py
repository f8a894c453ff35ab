"""Process a JSON Lines corpus: analyze each article, then find where the articles disagree.

Run:  python examples/jsonl_corpus.py

The corpus is three short invented reports of one story, one JSON object per line
with "id", "published" and "text" (the format `claimkit analyze --input-format jsonl`
reads too). Each article is analyzed against its own publication date, then
`claimkit.find_relations` compares the statements of all of them.

The same from the shell:

    claimkit analyze corpus.jsonl --input-format jsonl -f jsonl -o analyses.jsonl
    claimkit analyze corpus.jsonl --input-format jsonl -f html -o pages/
"""

import json
import tempfile
from pathlib import Path

import claimkit

ARTICLES = [
    {
        "id": "coast-gazette",
        "published": "2019-03-04",
        "text": (
            "The Marlow city council said on Monday that the old ferry terminal would close in June.\n"
            "“The terminal will close on June 30, and the ferries will move to the new pier,” "
            "council spokeswoman Dana Pell told reporters."
        ),
    },
    {
        "id": "harbour-weekly",
        "published": "2019-03-06",
        "text": (
            "Ferry operators denied that the terminal would close.\n"
            "“The terminal will not close this year,” said Omar Reyes, who heads the operators' union. "
            "He added that the council had not consulted the crews."
        ),
    },
    {
        "id": "evening-post",
        "published": "2019-03-07",
        "text": (
            "Council officials confirmed on Wednesday that the terminal would close in June, "
            "two days after the union disputed the plan."
        ),
    },
]

with tempfile.TemporaryDirectory() as tmp:
    corpus = Path(tmp) / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")

    # Read the corpus back line by line, as you would a real one.
    analyzer = claimkit.Analyzer()  # one analyzer for the whole corpus: set up once
    analyses = []
    for line in corpus.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        analysis = analyzer.analyze(record["text"], published=record["published"], doc_id=record["id"])
        analyses.append(analysis)
        print(f"{analysis.doc_id}: {len(analysis.statements)} statements, {len(analysis.times)} time expressions")
        for s in analysis.statements:
            who = s.speaker.name if s.speaker else (s.speaker_span.text if s.speaker_span else "?")
            when = s.time.timex if s.time else "-"
            print(f"  {s.id:4} {who:32.32} {when:10} {' '.join(s.content.text.split())[:60]!r}")

    relations = claimkit.find_relations(analyses)
    across = [r for r in relations if r.a.doc_id != r.b.doc_id]
    print(f"\n{len(relations)} relations, {len(across)} across articles")
    for r in across:
        print(f"{r.kind.value} ({r.score:.2f}): {r.a.doc_id}:{r.a.id} vs {r.b.doc_id}:{r.b.id}")
        for reason in r.reasons:
            print(f"    {reason}")
