"""Run claimkit on the dev corpora and save or compare the JSON output of every document.

Used to show that a restructuring changes no result: save a baseline from the
unchanged code, change the code, then compare::

    PYTHONPATH=src python scripts/diff_outputs.py --save /tmp/before
    PYTHONPATH=src python scripts/diff_outputs.py --compare /tmp/before --save /tmp/after

The documents are the reference article (``examples/data/reference-article.txt``,
published 2017-07-26), every PolNeAR dev article (the date is in the file name
``<publisher>_<yyyy-mm-dd>_<slug>.txt``) and every TimeBank document (the text of
``<TEXT>`` with its tags stripped; the date is the creation-time TIMEX3). Only dev
data is read. A baseline saved in an older JSON layout is compared as the analysis it reads
back to (``Analysis.from_json``). The script prints the number of documents compared and differing,
and lists the differing ones; it exits 1 when any differs.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
if not SHARED.is_dir():
    SHARED = Path("/work/shared")

_TAG = re.compile(r"<[^>]+>")
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)
_DCT = re.compile(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>')
_VALUE = re.compile(r'value="(\d{4}-\d{2}-\d{2})')
_POLNEAR_DATE = re.compile(r"^[^_]+_(\d{4}-\d{2}-\d{2})_")


def documents(shared: Path) -> list[tuple[str, str, str | None]]:
    """(name, text, published) for every document, in a stable order."""
    docs: list[tuple[str, str, str | None]] = []
    ref = ROOT / "examples" / "data" / "reference-article.txt"
    docs.append(("reference-article", ref.read_text(encoding="utf-8"), "2017-07-26"))
    for path in sorted((shared / "data/attribution/polnear/dev/text").glob("*.txt")):
        m = _POLNEAR_DATE.match(path.stem)
        docs.append((f"polnear/{path.stem}", path.read_text(encoding="utf-8"), m.group(1) if m else None))
    for path in sorted((shared / "data/timebank").glob("*.tml")):
        raw = path.read_text(encoding="utf-8")
        body = _TEXT.search(raw)
        text = html.unescape(_TAG.sub("", body.group(1))) if body else ""
        dct = _DCT.search(raw)
        value = _VALUE.search(dct.group(0)) if dct else None
        docs.append((f"timebank/{path.stem}", text, value.group(1) if value else None))
    return docs


def _same(saved: str, out: str, analysis: object) -> bool:
    """Whether the saved JSON is this output: the same text, or (saved in an older JSON layout) the same analysis."""
    import claimkit  # noqa: PLC0415  (after NLTK_DATA is set)

    if saved == out:
        return True
    try:
        return claimkit.Analysis.from_json(saved) == analysis
    except claimkit.SerializationError:
        return False


def main(argv: list[str] | None = None) -> int:  # noqa: C901  a script's driver: arguments, run, report in one place
    """Analyze every document; save its JSON and/or compare it with a saved folder."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", type=Path, help="write each document's JSON into this folder")
    parser.add_argument("--compare", type=Path, help="compare with the JSON saved in this folder")
    parser.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder")
    args = parser.parse_args(argv)
    if args.save is None and args.compare is None:
        parser.error("give --save DIR, --compare DIR or both")
    if "NLTK_DATA" not in os.environ and (args.shared / "nltk_data").is_dir():
        os.environ["NLTK_DATA"] = str(args.shared / "nltk_data")

    import claimkit  # noqa: PLC0415  (after NLTK_DATA is set)

    warnings.simplefilter("ignore", claimkit.ClaimkitWarning)

    analyzer = claimkit.Analyzer()
    differing: list[str] = []
    missing: list[str] = []
    docs = documents(args.shared)
    for name, text, published in docs:
        analysis = analyzer.analyze(text, published=published, doc_id=name)
        out = analysis.to_json(indent=1)
        file_name = name.replace("/", "__") + ".json"
        if args.save is not None:
            args.save.mkdir(parents=True, exist_ok=True)
            (args.save / file_name).write_text(out, encoding="utf-8")
        if args.compare is not None:
            old = args.compare / file_name
            if not old.is_file():
                missing.append(name)
            elif not _same(old.read_text(encoding="utf-8"), out, analysis):
                differing.append(name)
    print(f"documents: {len(docs)}")
    if args.compare is not None:
        for name in differing:
            print(f"differs: {name}")
        for name in missing:
            print(f"missing in {args.compare}: {name}")
        print(f"differing: {len(differing)}  missing: {len(missing)}")
        return 1 if differing or missing else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
