"""Mark the functions ruff finds too complex (C901, PLR0912, PLR0915) with a per-function exemption.

The complexity lints are on for the whole project; a function that must stay branchy says so on
its ``def`` line: ``# noqa: C901, PLR0912  <why>``. This script adds that comment to every
function ruff flags that has none yet, with the reason from ``WHY`` (by function name) or a
default that says the function is to be split into named rules. Run it after a merge brings
in new branchy functions, then read and correct the reasons::

    python scripts/complexity_exemptions.py src tests examples benchmarks docs scripts

Prefer splitting a function to exempting it: an exemption is a debt with a name.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

WHY = {
    "value_ok": "one check per field of an expected value",
    "main": "a script's driver: arguments, run, report in one place",
    "_variants": "a flat dispatch: one branch per node type",
    "_apply": "a flat dispatch: one branch per mutation kind",
    "__init__": "packs the model's weight tables in one pass",
    "_lexicon": "gathers one lexicon record from several data files",
    "np_left": "a token-by-token scan for a phrase's left edge: one branch per boundary case",
    "np_right": "a token-by-token scan for a phrase's right edge: one branch per boundary case",
    "skip_adjuncts": "a token-by-token scan: one branch per kind of adjunct",
    "right_content": "ordered shapes of content after a cue",
    "read_speaker_label": "one attribution rule: its guards in order",
    "_frames": "one branch per predicate form (hyphenated, noun, negating, light, auxiliary, verb)",
    "_noun": "reads one nominal claim: left modifiers, prepositional arguments",
    "_np_left": "a token-by-token scan for a phrase's left edge: one branch per boundary case",
    "_argument": "ordered ways to resolve an argument (actor, mention, pronoun, description)",
    "_analyze": "one branch per input kind and output format",
    "_analyses": "one branch per input kind and error policy",
    "_relate": "one branch per case of comparing two quantities",
    "_flipped_accounts": "one branch per case of two accounts of one quantity",
    "_compare": "ordered tests of two claims (predicate, arguments, polarity, time)",
    "_related": "ordered relation tests over the pairs of one key",
    "_target_score": "one score term per cue that a denial targets a statement",
    "_denial_relations": "ordered cases of a denial and its target",
    "_rank_relations": "one branch per case of two rank claims",
    "_marks": "one branch per kind of mark in the HTML view",
    "_segment": "one branch per kind of mark in the HTML view",
    "_interval_of": "one normalization rule's cases",
    "_h_dmy": "one normalization rule's cases (day, month, year orders)",
    "_h_weekday": "one normalization rule's cases (tense, next/last, this)",
    "_h_ago": "one normalization rule's cases (units, vague amounts)",
    "find_quotes": "a one-pass state machine over quote marks: one branch per kind of mark",
}
DEFAULT = "ordered cases of one rule; to be split into named rules"


def main() -> None:
    paths = sys.argv[1:] or ["src", "tests", "examples", "benchmarks", "docs", "scripts"]
    ruff = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
    found = subprocess.run(  # noqa: S603  our own linter on our own files
        [ruff, "check", *paths, "--select", "C901,PLR0912,PLR0915", "--output-format", "json"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    flagged: dict[tuple[str, int], set[str]] = {}
    for e in json.loads(found):
        flagged.setdefault((e["filename"], e["location"]["row"]), set()).add(e["code"])
    for (filename, row), codes in sorted(flagged.items()):
        print(f"{filename}:{row}: {_exempt(Path(filename), row, codes)}")


def _exempt(path: Path, row: int, codes: set[str]) -> str:
    """Add the codes and a reason to the noqa comment of line *row*; the reason used."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    line = lines[row - 1].rstrip("\n")
    name = re.search(r"def (\w+)", line)
    why = WHY.get(name.group(1), DEFAULT) if name else DEFAULT
    noqa = re.search(r"\s*#\s*noqa:\s*([A-Z0-9, ]+?)(\s{2,}.*)?$", line)
    if noqa:
        old = {c.strip() for c in noqa.group(1).split(",") if c.strip()}
        rest = (noqa.group(2) or "").strip()
        line = f"{line[: noqa.start()]}  # noqa: {', '.join(sorted(old | codes))}  {rest + '; ' if rest else ''}{why}"
    elif "  # " in line:
        at = line.index("  # ")
        line = f"{line[:at]}  # noqa: {', '.join(sorted(codes))}  {why};{line[at + 3 :]}"
    else:
        line = f"{line}  # noqa: {', '.join(sorted(codes))}  {why}"
    lines[row - 1] = line + "\n"
    path.write_text("".join(lines), encoding="utf-8")
    return why


if __name__ == "__main__":
    main()
