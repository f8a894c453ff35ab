"""Who is who: the actors behind the speakers, with roles and part-of chains.

Run:  python examples/who_is_who.py

The text is invented. claimkit resolves every speaker to an actor: a person with a
role, the organization that person speaks for, the country behind it; capitals and
demonyms stand for their country, and "he", "the ministry", "the group" refer back.
"""

import claimkit
from claimkit.actors import find_actors
from claimkit.text import TextProcessor

TEXT = """\
Brazilian Foreign Minister Ana Costa’s team on Monday denied arming the Vortan Front.
“We do not supply weapons to anyone,” the Brazilian Foreign Ministry said.
Peruvian government spokesman Luis Quispe told reporters that Brasilia had sent rifles.
“The Brazilians have said they talk to the group,” he said.
Mexican military officials have suggested for months that the group is growing.
"""

analysis = claimkit.analyze(TEXT, published="2021-03-02", doc_id="example")
by_id = {a.id: a for a in analysis.actors}

print("speakers:")
for s in analysis.statements:
    who = s.speaker
    if who is None:
        continue
    chain = [who.name]
    parent = who.part_of
    while parent is not None and parent in by_id and len(chain) < 5:
        chain.append(by_id[parent].name)
        parent = by_id[parent].part_of
    span = s.speaker_span.text if s.speaker_span else "(continuation)"
    print(f"  {s.id:4} {span!r:48} -> {' < '.join(chain)}")

print("\nactors:")
for a in analysis.actors:
    role = f", role {a.role!r}" if a.role else ""
    print(f"  {a.id:32} {a.kind.value:12} {len(a.mentions)} mention(s){role}")

# Later stages resolve any noun phrase at its position in the text.
doc = TextProcessor.from_lexicons().parse(TEXT)
table = find_actors(doc)
print("\nresolved at their position:")
for phrase in ("Brasilia", "The Brazilians", "the group", "Mexican military officials"):
    start = TEXT.index(phrase)
    actor = table.resolve(doc.span(start, start + len(phrase)))
    print(f"  {phrase!r:30} -> {actor.id if actor else None}")
