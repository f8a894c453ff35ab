"""How :func:`claimkit.find_relations` grows with the number of statements.

    .venv/bin/python benchmarks/bench_relations.py [--sizes 1000,10000] [--docs 100]

Generates *n* statements spread over *docs* documents: invented speakers, givers and
recipients, predicates from every class, with negations, converses and passives, so that
a realistic share of them relate. Claims are extracted once (that is the claims stage's
cost, reported separately); ``find_relations`` is then timed on the analyses.
A growth ratio ``t(10 n) / (10 t(n))`` near 1 means linear.
"""

from __future__ import annotations

import argparse
import itertools
import random
import time

from claimkit.actors import ActorTable
from claimkit.claims import extract_claims
from claimkit.model import Actor, ActorKind, Analysis, Span, Statement, StatementKind
from claimkit.relations import find_relations
from claimkit.text import TextProcessor

TEMPLATES = (
    "{g} supplied weapons to {t}.",
    "{g} is not supplying weapons to {t}.",
    "{T} received weapons from {g}.",
    "Weapons were supplied to {t} by {g}.",
    "{g} backs {t}.",
    "{g} does not back {t}.",
    "{g} only maintains contact with {t}.",
    "{g} maintains contact with {t}.",
    "{g} sent {n} troops to {t}.",
    "{g} approved the plan of {t}.",
    "{g} rejected the plan of {t}.",
)


def generate(n: int, docs: int, seed: int = 1) -> list[list[tuple[str, str]]]:
    """*n* (speaker, sentence) pairs in *docs* documents."""
    rng = random.Random(seed)
    # the vocabulary grows with n, as real news does: more statements, more parties
    parties = max(20, n // 25)
    givers = [f"Country{i}" for i in range(parties)]
    takers = [f"the Group{i} militia" for i in range(parties)]
    out: list[list[tuple[str, str]]] = [[] for _ in range(docs)]
    for i in range(n):
        t = rng.choice(takers)
        sentence = rng.choice(TEMPLATES).format(
            g=rng.choice(givers), t=t, T=t[0].upper() + t[1:], n=rng.choice((100, 400, 1000))
        )
        out[i % docs].append((f"Speaker{rng.randrange(parties)}", sentence))
    return out


def analyses(corpus: list[list[tuple[str, str]]], processor: TextProcessor) -> tuple[list[Analysis], float]:
    start = time.perf_counter()
    out = []
    for d, items in enumerate(corpus):
        text = " ".join(s for _, s in items)
        doc = processor.parse(text)
        statements = []
        actors = {}
        pos = 0
        for i, (who, sentence) in enumerate(items):
            begin = text.index(sentence, pos)
            pos = begin + len(sentence)
            speaker = actors.setdefault(who, Actor(id=who.lower(), name=who, kind=ActorKind.PERSON))
            statements.append(
                Statement(
                    id=f"s{i}",
                    kind=StatementKind.DIRECT,
                    content=Span.from_text(text, begin, pos),
                    speaker=speaker,
                    doc_id=f"doc{d}",
                )
            )
        claims = extract_claims(doc, statements, ActorTable())
        out.append(
            Analysis(
                text=text,
                doc_id=f"doc{d}",
                statements=tuple(statements),
                actors=tuple(actors.values()),
                claims=claims,
            )
        )
    return out, time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--docs", type=int, default=100)
    ap.add_argument("--repeats", type=int, default=3)
    args = ap.parse_args()
    processor = TextProcessor.from_lexicons()
    results = []
    for n in (int(x) for x in args.sizes.split(",")):
        corpus = generate(n, args.docs)
        found, t_claims = analyses(corpus, processor)
        best = float("inf")
        relations = ()
        for _ in range(args.repeats):
            start = time.perf_counter()
            relations = find_relations(found)
            best = min(best, time.perf_counter() - start)
        n_claims = sum(len(a.claims) for a in found)
        kinds = {k: sum(1 for r in relations if r.kind.value == k) for k in ("contradicts", "agrees")}
        print(
            f"n={n:>6} statements  claims={n_claims:>6}  find_relations {best:7.3f} s"
            f"  ({best / n * 1e6:6.1f} us/statement)  relations={len(relations)} {kinds}"
            f"  [parse+claims {t_claims:.2f} s]"
        )
        results.append((n, best))
    for (n1, t1), (n2, t2) in itertools.pairwise(results):
        ratio = t2 / t1 / (n2 / n1)
        print(f"growth {n1} -> {n2}: time x{t2 / t1:.2f} for size x{n2 / n1:.0f} (ratio to linear {ratio:.2f})")


if __name__ == "__main__":
    main()
