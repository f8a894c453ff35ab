"""Train claimkit's attribution tagger (a linear-chain CRF stacked on the rules), in one command.

    PYTHONPATH=src .venv/bin/python training/train_attribution.py

It reads PolNeAR's **train** split only (``../shared/data/attribution/polnear/train/``; the
alphabetically first ``.ann`` file of each article is the gold), runs claimkit's text layer
and attribution rules on each article, builds the token features of
:mod:`claimkit.attribution_crf` (one sequence per paragraph), and trains with the
hyper-parameters below. The model and its metadata (checksum, the frequent-word list,
the parameters) go to ``src/claimkit/data/en/``. With ``--dev DIR`` it also prints span
F1 on a dev split (the tagger alone and the rules alone, exact token spans per role);
the hyper-parameters were chosen that way on PolNeAR dev. The test split is never read.

Training is deterministic: crfsuite's L-BFGS has no random state, and the articles are
read in sorted order. It took about 15 minutes on a shared 2-core machine, with under 1 GB of RAM.
CI never runs this script.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import re
import sys
import time
import warnings
from pathlib import Path

from claimkit import _crfsuite
from claimkit.attribution import find_attributions
from claimkit.attribution_crf import (
    FEATURE_VERSION,
    MODEL_FILE,
    ROLES,
    document_features,
    paint,
    rule_labels,
    spans_from_labels,
)
from claimkit.text import TextProcessor

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TRAIN = ROOT.parent / "shared" / "data" / "attribution" / "polnear" / "train"
OUT_DIR = ROOT / "src" / "claimkit" / "data" / "en"

# Chosen on PolNeAR dev (see the model card, docs/model-card-attribution.md).
VOCABULARY_SIZE = 500  # the most frequent train words that are not proper nouns
PARAMS = {
    "c1": 0.2,  # L1: drops features that do not help (keeps the model small)
    "c2": 0.01,  # L2
    "max_iterations": 150,
    "feature.possible_transitions": True,
}
# Added to the score of the labels that open a span (B-source, B-cue, B-content) when claimkit
# decodes: a decision threshold, chosen on dev with score_polnear.py over the whole pipeline
# (0 / 0.15 / 0.25 / 0.35 / 0.5 tried; 0.25 was best on attribution F1 and no worse on spans).
LABEL_BIAS = 0.25
_ANN_LINE = re.compile(r"^[TE#]\d+\t")


def read_gold(ann: Path, text: str) -> list[tuple[str, int, int]]:
    """(role, start, end) of every gold span piece of one brat file (see FORMAT.md)."""
    lines: list[str] = []
    for raw in ann.read_bytes().decode("utf-8").split("\n"):
        if _ANN_LINE.match(raw):
            lines.append(raw)
        elif lines:
            lines[-1] += "\n" + raw
    spans: dict[str, list[tuple[int, int]]] = {}
    out: list[tuple[str, int, int]] = []
    for line in lines:
        if line.startswith("T"):
            tid, head, _ = line.split("\t", 2)
            _label, offs = head.split(" ", 1)
            spans[tid] = [(int(a), int(b)) for a, b in (p.split() for p in offs.split(";"))]
    for line in lines:
        if line.startswith("E"):
            for arg in line.split("\t", 1)[1].split():
                role, tid = arg.split(":", 1)
                if role.startswith("Attribution") or tid not in spans:
                    continue
                key = {"Source": "source", "Cue": "cue"}.get(role, "content")
                out.extend((key, s, e) for s, e in spans[tid] if 0 <= s < e <= len(text))
    return out


def load_split(
    folder: Path, processor: TextProcessor, limit: int | None = None
) -> list[tuple[object, tuple, list[str]]]:
    """(document, rule attributions, gold BIO labels) for every article of a PolNeAR split folder."""
    anns: dict[str, list[Path]] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        anns.setdefault(ann.stem.rsplit("_", 1)[0], []).append(ann)
    out = []
    for txt in sorted((folder / "text").glob("*.txt"))[:limit]:
        if txt.stem not in anns:
            continue
        text = txt.read_bytes().decode("utf-8")
        doc = processor.parse(text)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            rules = find_attributions(doc)
        gold = read_gold(anns[txt.stem][0], text)
        labels, _ = paint(doc, [(r, s, e, n) for n, (r, s, e) in enumerate(gold)], priority=False)
        out.append((doc, rules, labels))
    return out


def vocabulary(docs: list[tuple[object, tuple, list[str]]], size: int) -> list[str]:
    """The *size* most frequent lower-cased words, counting only tokens not tagged as proper nouns."""
    counts: collections.Counter[str] = collections.Counter()
    for doc, _, _ in docs:
        for t in doc.tokens:  # type: ignore[attr-defined]
            if not t.tag.startswith("NNP") and any(c.isalpha() for c in t.text):
                counts[t.text.lower().replace("’", "'")] += 1
    return [w for w, _ in sorted(counts.items(), key=lambda x: (-x[1], x[0]))[:size]]


def sequences(docs, vocab: frozenset[str]):
    for doc, rules, labels in docs:
        for (lo, hi), items in document_features(doc, rules, vocab):
            yield items, labels[lo:hi]


def evaluate(docs, model_path: Path, vocab: frozenset[str]) -> dict[str, dict[str, float]]:
    """Exact token-span F1 per role on claimkit tokens: the tagger (crfsuite's labels, no label bias),
    and the rules alone."""
    tagger = _crfsuite.CrfTagger(model_path.read_bytes())
    tally = {name: {r: [0, 0, 0] for r in ROLES} for name in ("crf", "rules")}
    for doc, rules, gold in docs:
        pred = ["O"] * len(gold)
        for (lo, hi), items in document_features(doc, rules, vocab):
            pred[lo:hi] = tagger.tag(items)
        g = spans_from_labels(gold)
        for name, labels in (("crf", pred), ("rules", rule_labels(doc, rules)[0])):
            p = spans_from_labels(labels)
            for r in ROLES:
                gs, ps = set(g[r]), set(p[r])
                tally[name][r][0] += len(gs & ps)
                tally[name][r][1] += len(ps)
                tally[name][r][2] += len(gs)
    out: dict[str, dict[str, float]] = {}
    for name, roles in tally.items():
        out[name] = {}
        for r, (tp, npred, ngold) in roles.items():
            p = tp / npred if npred else 0.0
            rc = tp / ngold if ngold else 0.0
            out[name][r] = round(2 * p * rc / (p + rc), 3) if p + rc else 0.0
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--train", type=Path, default=DEFAULT_TRAIN, help="PolNeAR train folder (text/, attributions/)")
    ap.add_argument("--dev", type=Path, help="a PolNeAR dev folder to report span F1 on")
    ap.add_argument("--out", type=Path, default=OUT_DIR / MODEL_FILE, help="where the model goes")
    ap.add_argument("--c1", type=float, default=PARAMS["c1"])
    ap.add_argument("--c2", type=float, default=PARAMS["c2"])
    ap.add_argument("--iterations", type=int, default=PARAMS["max_iterations"])
    ap.add_argument("--vocabulary", type=int, default=VOCABULARY_SIZE)
    ap.add_argument("--verbose", action="store_true", help="print crfsuite's progress")
    ap.add_argument("--limit", type=int, help=argparse.SUPPRESS)  # a smoke test on the first N articles
    args = ap.parse_args(argv)
    if "test" in args.train.name or (args.dev is not None and "test" in args.dev.name):
        ap.error("the test split is never used here")
    params = {**PARAMS, "c1": args.c1, "c2": args.c2, "max_iterations": args.iterations}
    processor = TextProcessor.from_lexicons()
    t0 = time.time()
    train = load_split(args.train, processor, args.limit)
    vocab = vocabulary(train, args.vocabulary)
    print(f"read {len(train)} train articles in {time.time() - t0:.0f} s; vocabulary {len(vocab)}", flush=True)
    t0 = time.time()
    _crfsuite.train(sequences(train, frozenset(vocab)), str(args.out), params=params, verbose=args.verbose)
    print(f"trained in {time.time() - t0:.0f} s: {args.out} ({args.out.stat().st_size:,} bytes)", flush=True)
    data = args.out.read_bytes()
    meta = {
        "model": MODEL_FILE,
        "sha256": hashlib.sha256(data).hexdigest(),
        "feature_version": FEATURE_VERSION,
        "trained_on": "PolNeAR v1.0.0 train split (840 articles; first .ann file of each)",
        "params": params,
        "label_bias": LABEL_BIAS,
        "vocabulary_size": args.vocabulary,
        "vocabulary": vocab,
    }
    meta_path = args.out.with_name(args.out.name + ".json")
    meta_path.write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if args.dev is not None:
        dev = load_split(args.dev, processor, args.limit)
        print("dev exact span F1 (claimkit tokens):", json.dumps(evaluate(dev, args.out, frozenset(vocab))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
