"""Where three reports of one story disagree: claims and relations across articles.

Run:  python examples/cross_article_story.py

The articles in data/story/ are invented. claimkit analyzes each one, then
``claimkit.find_relations`` looks for contradictions and agreements within and
across them, matching actors by name ("Norlandia", "Norlandian") and claims by
predicate class ("supply weapons to", "receive weapons from", "arm" meet).
"""

from pathlib import Path

import claimkit

STORY = Path(__file__).parent / "data" / "story"
PUBLISHED = {"art1": "2021-03-02", "art2": "2021-03-04", "art3": "2021-03-05"}

analyses = [
    claimkit.analyze((STORY / f"{name}.txt").read_text(encoding="utf-8"), published=day, doc_id=name)
    for name, day in PUBLISHED.items()
]
for a in analyses:
    print(f"{a.doc_id}: {len(a.statements)} statements, {len(a.claims)} claims")
    for c in a.claims:
        neg = "not " if c.polarity is claimkit.Polarity.NEGATIVE else ""
        who = c.subject.text if c.subject else "?"
        print(f"  {c.statement_id:4} {who} {neg}{c.predicate} [{c.predicate_class}]  ({c.span.text!r})")

print("\nrelations within and across the articles:")
for r in claimkit.find_relations(analyses):
    print(f"  {r.a.doc_id}:{r.a.id} {r.kind.value} {r.b.doc_id}:{r.b.id} (score {r.score})")
    for reason in r.reasons:
        print(f"      {reason}")

print("\nthe same kind of check on two bare sentences:")
r = claimkit.compare("Norlandia is not arming the brigade.", "The brigade received weapons from Norlandia.")
print(f"  {r.kind.value if r else None}: {r.reasons[-1] if r else ''}")
