"""Count word lists that are written twice: in two data files, two classes of a file, or code and data.

A word list is a column-2 class of a ``data/en/*.tsv`` file (``attribution_words.tsv``'s
``time``), a whole ``*.txt`` word list, the first column of a ``*.tsv`` without classes, or a
set, tuple or list literal of four or more lower-case words in ``src/claimkit``. Two lists
are a duplicate when at least ``--overlap`` (default 0.8) of the smaller one's words, and at
least four words, are in the other. Usage::

    python scripts/word_lists.py            # the pairs, then a count
    python scripts/word_lists.py --overlap 0.5

A pair is a place to look, not a verdict: two classes can share words for a reason
(a month that is also a modal), and one list derived from another in code is not counted.
"""

from __future__ import annotations

import argparse
import ast
import itertools
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src" / "claimkit"
_WORD = re.compile(r"^[a-z][a-z' .-]*$")


def data_lists(data: Path) -> dict[str, frozenset[str]]:
    """name -> words of every word list of the data files."""
    out: dict[str, set[str]] = {}
    for path in sorted(data.glob("*.t[sx][vt]")):
        rows = [
            [c.strip().lower() for c in line.split("\t")]
            for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")
        ]
        if path.suffix == ".txt" or not rows or min(len(r) for r in rows) < 2:
            out[path.name] = {r[0] for r in rows}
            continue
        # a class column: the first (time_words.tsv: category, word) or the second (word, class)
        first, second = {r[0] for r in rows}, {r[1] for r in rows}
        if len(first) <= 30 < len(rows):
            for r in rows:
                out.setdefault(f"{path.name}:{r[0]}", set()).add(r[1])
        elif len(second) <= 30 < len(rows) and all(_WORD.match(c) for c in second):
            for r in rows:
                out.setdefault(f"{path.name}:{r[1]}", set()).add(r[0])
        else:
            out[path.name] = {r[0] for r in rows}
    return {k: frozenset(v) for k, v in out.items()}


def code_lists(src: Path) -> dict[str, frozenset[str]]:
    """name -> words of every literal collection of four or more lower-case words in the code."""
    out: dict[str, frozenset[str]] = {}
    for path in sorted(src.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Set | ast.Tuple | ast.List):
                words = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
                if len(words) >= 4 and len(words) == len(node.elts) and all(_WORD.match(w) for w in words):
                    out[f"{path.relative_to(src).as_posix()}:{node.lineno}"] = frozenset(words)
    return out


def duplicates(lists: dict[str, frozenset[str]], overlap: float) -> list[tuple[str, str, int]]:
    """Pairs of lists of which the smaller is mostly in the larger (a class inside its own file is not)."""
    pairs = []
    for (a, wa), (b, wb) in itertools.combinations(sorted(lists.items()), 2):
        if a.split(":")[0] == b.split(":")[0] and ".t" in a.split(":")[0]:
            continue  # two classes of one file: they say what a word is, one home each
        shared = len(wa & wb)
        if shared >= 4 and shared >= overlap * min(len(wa), len(wb)):
            pairs.append((a, b, shared))
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--overlap", type=float, default=0.8)
    parser.add_argument("--src", type=Path, default=SRC)
    args = parser.parse_args()
    lists = {**data_lists(args.src / "data" / "en"), **code_lists(args.src)}
    pairs = duplicates(lists, args.overlap)
    for a, b, shared in pairs:
        print(f"{a} ({len(lists[a])}) ~ {b} ({len(lists[b])}): {shared} words in both")
    print(f"{len(pairs)} duplicated word lists among {len(lists)}")


if __name__ == "__main__":
    main()
