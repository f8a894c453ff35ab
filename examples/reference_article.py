"""Who said what, when, in the reference article: statements, speakers and times.

Run:  python examples/reference_article.py
"""

from pathlib import Path

import claimkit

text = (Path(__file__).parent / "data" / "reference-article.txt").read_text(encoding="utf-8")
analysis = claimkit.analyze(text, published="2017-07-26", doc_id="reference")

print(f"{len(analysis.statements)} statements, {len(analysis.actors)} actors, {len(analysis.times)} time expressions")
for s in analysis.statements:
    who = s.speaker.name if s.speaker else (s.speaker_span.text if s.speaker_span else "(unknown)")
    when = s.time.timex if s.time else "-"
    print(f"{s.id:4} {s.kind.value:8} {who:35.35} {s.cue or '':10} {when:10} {s.content.text[:60]!r}")
for r in analysis.relations:
    print(f"{r.a.id} {r.kind.value} {r.b.id}: {'; '.join(r.reasons)}")
