"""The ``claimkit`` command line.

    claimkit analyze ARTICLE.txt --published 2017-07-26 [--format text|json]

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from claimkit.errors import ClaimkitError
from claimkit.pipeline import analyze

if TYPE_CHECKING:
    from collections.abc import Sequence

    from claimkit.model import Analysis

__all__ = ["format_text", "main"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def format_text(analysis: Analysis) -> str:
    """A plain-text report: one block per statement, then the relations."""
    lines: list[str] = []
    for s in analysis.statements:
        speaker = s.speaker.name if s.speaker is not None else (s.speaker_span.text if s.speaker_span else "?")
        when = f" [{s.time.timex}]" if s.time is not None else ""
        cue = f" ({s.cue})" if s.cue else ""
        lines.append(f"{s.id} {s.kind.value:8} {speaker}{cue}{when}")
        lines.append(f"    {s.content.text}")
    if analysis.relations:
        lines.append("")
        lines.extend(
            f"{r.a.id} {r.kind.value} {r.b.id} ({r.score:.2f}): {'; '.join(r.reasons)}" for r in analysis.relations
        )
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="claimkit", description="Who said what, when, in news text.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser(
        "analyze",
        help="analyze an article",
        description="Analyze a news article and print its statements.",
        epilog="example: claimkit analyze article.txt --published 2017-07-26 --format json",
    )
    p.add_argument("path", help="a UTF-8 text file, or - for standard input")
    p.add_argument("--published", help="publication date, YYYY-MM-DD")
    p.add_argument("--format", choices=("text", "json"), default="text")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        text = sys.stdin.read() if args.path == "-" else Path(args.path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        print(f"claimkit: cannot read {args.path}: {e}", file=sys.stderr)
        return EXIT_FAILED
    try:
        analysis = analyze(text, published=args.published, doc_id=args.path)
    except ClaimkitError as e:
        print(f"claimkit: {args.path}: {e}", file=sys.stderr)
        return EXIT_FAILED
    print(analysis.to_json(indent=2) if args.format == "json" else format_text(analysis))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
