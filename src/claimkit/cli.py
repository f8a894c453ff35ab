"""The ``claimkit`` command line: analyze articles, normalize times, compare two claims.

::

    claimkit analyze ARTICLE.txt --published 2017-07-26              # a readable report
    claimkit analyze ARTICLE.txt --published 2017-07-26 -f html -o view.html
    claimkit analyze news/*.txt -f jsonl -o analyses.jsonl            # many files, progress on stderr
    claimkit analyze corpus.jsonl --input-format jsonl -f jsonl       # {"text", "published", "doc_id"} per line
    claimkit analyze news/*.txt --published 2017-07-26 -f csv --table statements -o statements.csv
    claimkit relate monday.txt@2017-07-24 tuesday.txt@2017-07-25      # across articles, each with its date
    claimkit store add claims.db news/*.txt --published 2017-07-26    # keep analyses in a store
    claimkit store relate claims.db today/*.txt --published 2017-07-27  # today's against all stored
    claimkit store who claims.db "Jane Doe"                            # who said what about her
    claimkit times "last Tuesday and in April" --reference 2017-07-26
    claimkit compare "Russia arms the group." "Russia does not arm the group."
    claimkit check "Hackers planted chips in Acme's servers." monday.txt tuesday.txt

Exit status: 0 when everything was analyzed, 1 when some inputs failed (each is
reported on stderr with its file name, and the run goes on), 2 for a usage error.

The command uses claimkit's public API only; ``python -m claimkit`` runs it too.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import csv
import datetime as dt
import json
import os
import sys
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TextIO

import attrs

from claimkit import (
    Analysis,
    Analyzer,
    ClaimkitError,
    ClaimkitWarning,
    Failure,
    Relation,
    ResourceMissingError,
    Statement,
    Store,
    analyze,
    check,
    compare,
    find_relations,
    render_html,
    to_records,
)
from claimkit.tables import COLUMNS, TABLES

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

__all__ = ["format_relation", "format_text", "main"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

FORMATS = ("text", "json", "jsonl", "html", "csv")
_RELATION_FORMATS = tuple(f for f in FORMATS if f != "jsonl")  # relations are not one record a document
INPUT_FORMATS = ("text", "jsonl")


# ---------------------------------------------------------------------- text reports


def format_text(analysis: Analysis) -> str:
    """A plain-text report: one block per statement, then the relations.

    >>> print(format_text(Analysis(text="Nothing.")))
    (no statements)
    """
    lines: list[str] = []
    speakers: dict[str, str] = {}
    for s in analysis.statements:
        if s.speaker is not None:
            speaker = s.speaker.name
        elif s.speaker_span is not None:
            speaker = s.speaker_span.text
        else:
            speaker = speakers.get(s.continues or "", "?")
        speakers[s.id] = speaker
        if s.continues is not None:
            speaker += f" (continues {s.continues})"
        when = f" [{s.time.timex}]" if s.time is not None else ""
        cue = f" ({s.cue})" if s.cue else ""
        lines.append(f"{s.id} {s.kind.value:8} {speaker}{cue}{when}")
        lines.append(f"    {' '.join(s.content.text.split())}")
    if not lines:
        lines.append("(no statements)")
    if analysis.relations:
        lines.append("")
        lines.extend(format_relation(r, home=analysis.doc_id) for r in analysis.relations)
    return "\n".join(lines)


def format_relation(relation: Relation, *, home: str | None = None) -> str:
    """One line for a relation, then one indented line per reason.

    Statements are named ``DOC:ID``, or just ``ID`` when their document is *home*.
    """
    a, b = relation.a, relation.b
    head = (
        f"{_ref(a.doc_id, a.id, home)} {relation.kind.value} {_ref(b.doc_id, b.id, home)} (score {relation.score:.2f})"
    )
    return "\n".join([head, *(f"    - {reason}" for reason in relation.reasons)])


def _ref(doc_id: str | None, statement_id: str, home: str | None = None) -> str:
    return f"{doc_id}:{statement_id}" if doc_id and doc_id != home else statement_id


# ---------------------------------------------------------------------- arguments

_MAIN_EPILOG = """\
examples:
  claimkit analyze article.txt --published 2017-07-26
  claimkit analyze article.txt --published 2017-07-26 --format html -o article.html
  claimkit times "on Wednesday, two days ago" --reference 2017-07-26
  claimkit compare "Russia arms the group." "Russia does not arm the group."
  claimkit analyze news/*.txt --published 2017-07-26 --format csv --table statements -o statements.csv
  claimkit relate monday.txt@2017-07-24 tuesday.txt@2017-07-25 --across-only
  claimkit store relate claims.db today/*.txt --published 2017-07-27

Run `claimkit COMMAND --help` for the options of each command.
"""

_ANALYZE_EPILOG = """\
input:
  Each PATH is a UTF-8 text file with one article, or - for standard input.
  PATH@DATE gives that file its own publication date (news/monday.txt@2017-07-24);
  it wins over --published. Without any date, relative times ("on Tuesday") stay unresolved.
  With --input-format jsonl each line is a JSON object:
    {"text": "...", "published": "2017-07-26", "doc_id": "article-1"}
  ("published" and "doc_id" are optional, "id" is read too; a line's "published" wins).

output (--format):
  text   a readable report: statements (speaker, cue, time, content), then relations
  json   the analysis as JSON (an array when there is more than one document)
  jsonl  one analysis per line, written as each document is done
  html   a self-contained page with speakers, quotes and times highlighted; with
         more than one document, -o must name a directory (one page per document)
  csv    one table (--table statements|actors|times|relations), one row per item,
         columns as documented in "Tables and notebooks"

examples:
  claimkit analyze article.txt --published 2017-07-26
  claimkit analyze article.txt --published 2017-07-26 -f html -o article.html
  cat article.txt | claimkit analyze - --published 2017-07-26 -f json
  claimkit analyze news/*.txt --published 2017-07-26 -f jsonl -o analyses.jsonl
  claimkit analyze big-corpus.jsonl --input-format jsonl -f jsonl -o out.jsonl --jobs -1
  claimkit analyze corpus.jsonl --input-format jsonl -f html -o pages/
  claimkit analyze news/*.txt --published 2017-07-26 -f csv --table actors -o actors.csv

exit status: 0 all analyzed, 1 some inputs failed (reported on stderr), 2 usage error
"""

_RELATE_EPILOG = """\
Reads its inputs like `claimkit analyze` (files, FILE@DATE, -, or --input-format jsonl),
then lists every contradiction and agreement among all their statements, with reasons.
Give each article its own date (FILE@DATE, or "published" in JSONL): times are read against it.

examples:
  claimkit relate monday.txt@2017-07-24 tuesday.txt@2017-07-25
  claimkit relate a.txt b.txt --published 2017-07-26 -f csv -o relations.csv
  claimkit relate corpus.jsonl --input-format jsonl --across-only -f json -o relations.json
  claimkit relate monday.txt tuesday.txt --published 2017-07-26 -f html -o story.html

exit status: 0 all analyzed, 1 some inputs failed (reported on stderr), 2 usage error
"""

_STORE_EPILOG = """\
A store keeps analyses in one SQLite file (made when missing), so that each day's
articles are related to everything stored before without analyzing the archive again.
`add` and `relate` read their inputs like `claimkit analyze` (files, FILE@DATE, -,
or --input-format jsonl); a document already stored (same id) is left as it is.

examples:
  claimkit store add claims.db archive.jsonl --input-format jsonl
  claimkit store add claims.db news/*.txt --published 2017-07-26
  claimkit store relate claims.db today/*.txt --published 2017-07-27
  claimkit store relate claims.db today/*.txt --published 2017-07-27 --no-add -f json
  claimkit store who claims.db "Jane Doe"
  claimkit store export claims.db --table statements -o statements.csv

exit status: 0 all analyzed, 1 some inputs failed or the store cannot be used, 2 usage error
"""

_TIMES_EPILOG = """\
Each line: the expression's offsets, its text, its TIMEX3 value and granularity.

examples:
  claimkit times "The deal was signed last Tuesday." --reference 2017-07-26
  claimkit times "in April and two days ago" --reference 2017-07-26 --format json
"""

_COMPARE_EPILOG = """\
Prints "contradicts" or "agrees" with a score and the reasons, or "no relation".

examples:
  claimkit compare "Russia arms the group." "Russia does not arm the group."
  claimkit compare "The mayor resigned." "The mayor stepped down." --format json
"""


_CHECK_EPILOG = """\
Prints one verdict per article: supports, disputes, discusses or unrelated, with a score
and the statements behind it.

examples:
  claimkit check "Hackers planted chips in Acme's servers." monday.txt tuesday.txt
  claimkit check "The mayor resigned." news/*.txt --published 2017-07-26 --format json
"""


def _parser() -> argparse.ArgumentParser:
    raw = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog="claimkit",
        description="Who said what, when, and where sources disagree, in news text.",
        epilog=_MAIN_EPILOG,
        formatter_class=raw,
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    _add_analyze_relate(sub, raw)
    _add_store(sub, raw)

    t = sub.add_parser(
        "times",
        help="normalize the time expressions in a text",
        description="Find the time expressions in TEXT and normalize them against the reference date.",
        epilog=_TIMES_EPILOG,
        formatter_class=raw,
    )
    t.add_argument("text", metavar="TEXT", help="the text (quote it)")
    t.add_argument("--reference", metavar="DATE", required=True, help="the date to read relative times against")
    _add_output(t, ("text", "json"))

    c = sub.add_parser(
        "compare",
        help="do two assertions contradict or agree?",
        description="Compare two bare assertions: contradicts, agrees, or no relation, with reasons.",
        epilog=_COMPARE_EPILOG,
        formatter_class=raw,
    )
    c.add_argument("a", metavar="A", help="the first assertion")
    c.add_argument("b", metavar="B", help="the second assertion")
    _add_output(c, ("text", "json"))

    k = sub.add_parser(
        "check",
        help="does each article support, dispute or discuss a claim?",
        description="Check one claim against articles: supports, disputes, discusses or unrelated, per article.",
        epilog=_CHECK_EPILOG,
        formatter_class=raw,
    )
    k.add_argument("claim", metavar="CLAIM", help="the claim to check (quote it)")
    _add_inputs(k)
    k.add_argument("--threshold", type=float, default=0.5, help="score a dispute or support needs (default 0.5)")
    _add_output(k, ("text", "json"))
    return parser


def _add_analyze_relate(sub: Any, raw: type[argparse.HelpFormatter]) -> None:  # noqa: ANN401  (argparse's private type)
    """The ``analyze`` and ``relate`` subcommands."""
    p = sub.add_parser(
        "analyze",
        help="analyze articles: statements, speakers, times, contradictions",
        description="Analyze news articles: statements, speakers, times, claims and relations.",
        epilog=_ANALYZE_EPILOG,
        formatter_class=raw,
    )
    _add_inputs(p)
    _add_output(p, FORMATS, description="output format (default: text)", to_file=True)
    p.add_argument(
        "--table",
        choices=TABLES,
        default="statements",
        help="with --format csv: the table to write (default: statements)",
    )

    r = sub.add_parser(
        "relate",
        help="contradictions and agreements within and across articles",
        description="Analyze several articles and list the statements that contradict or agree, across them too.",
        epilog=_RELATE_EPILOG,
        formatter_class=raw,
    )
    _add_inputs(r)
    r.add_argument("--across-only", action="store_true", help="only relations between different documents")
    _add_output(
        r,
        _RELATION_FORMATS,
        description=(
            "output format (default: text); html: all the articles on one page, the relations beside them; "
            "csv: the relations table"
        ),
        to_file=True,
    )


def _add_store(sub: Any, raw: type[argparse.HelpFormatter]) -> None:  # noqa: ANN401  (argparse's private type)
    st = sub.add_parser(
        "store",
        help="keep analyses in a SQLite store; relate new articles to it",
        description="A claims store: add analyses, relate new articles to everything stored, ask who said what.",
        epilog=_STORE_EPILOG,
        formatter_class=raw,
    )
    ops = st.add_subparsers(dest="store_command", required=True, metavar="ACTION")
    add = ops.add_parser(
        "add", help="analyze articles and add them to the store", epilog=_STORE_EPILOG, formatter_class=raw
    )
    add.add_argument("db", metavar="DB", help="the store's file (made when missing)")
    _add_inputs(add)
    add.add_argument("--batch", type=_positive, default=100, metavar="N", help="documents a transaction (default 100)")
    rel = ops.add_parser(
        "relate",
        help="relate new articles to everything stored (and add them)",
        epilog=_STORE_EPILOG,
        formatter_class=raw,
    )
    rel.add_argument("db", metavar="DB", help="the store's file")
    _add_inputs(rel)
    rel.add_argument("--no-add", action="store_true", help="do not add the new articles to the store")
    rel.add_argument(
        "--across-only", action="store_true", help="only relations between different documents (not within one)"
    )
    _add_output(rel, _RELATION_FORMATS, description="output format (default: text)", to_file=True)
    who = ops.add_parser("who", help="who said what about an actor", epilog=_STORE_EPILOG, formatter_class=raw)
    who.add_argument("db", metavar="DB", help="the store's file")
    who.add_argument("name", metavar="NAME", help="the actor's name or an alias (any case)")
    _add_output(who, ("text", "json", "csv"), description="output format (default: text)", to_file=True)
    export = ops.add_parser(
        "export", help="write one table of the store as CSV", epilog=_STORE_EPILOG, formatter_class=raw
    )
    export.add_argument("db", metavar="DB", help="the store's file")
    export.add_argument("--table", choices=TABLES, default="statements", help="the table (default: statements)")
    export.add_argument("-o", "--output", metavar="OUT", help="write here instead of standard output")


def _whole_number(value: str, *, ok: Callable[[int], bool], what: str) -> int:
    """*value* as an int that passes *ok*, else an argparse error saying it must be *what*."""
    try:
        n = int(value)
    except ValueError:
        n = 0
    if not ok(n):
        msg = f"must be {what}, got {value!r}"
        raise argparse.ArgumentTypeError(msg)
    return n


def _positive(value: str) -> int:
    return _whole_number(value, ok=lambda n: n >= 1, what="a positive number")


def _add_output(
    p: argparse.ArgumentParser, formats: Sequence[str], *, description: str | None = None, to_file: bool = False
) -> None:
    """The ``-f/--format`` option, and ``-o/--output`` for commands that write files."""
    p.add_argument("-f", "--format", choices=formats, default="text", help=description)
    if to_file:
        p.add_argument("-o", "--output", metavar="OUT", help="write here instead of standard output")


def _jobs(value: str) -> int:
    return _whole_number(
        value, ok=lambda n: n >= 1 or n == -1, what="a positive number of processes or -1 (one per core)"
    )


def _add_inputs(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help="text files (FILE@DATE: with its publication date), or -")
    p.add_argument(
        "--published", metavar="DATE", help="publication date, YYYY-MM-DD: relative times are read against it"
    )
    p.add_argument(
        "--input-format", choices=INPUT_FORMATS, default="text", help="text: one article per file (default); jsonl"
    )
    p.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="worker processes (default 1; -1: one per core); worth it from a few dozen articles on",
    )
    progress = p.add_mutually_exclusive_group()
    progress.add_argument(
        "--progress", dest="progress", action="store_true", default=None, help="always show the progress bar"
    )
    progress.add_argument("--no-progress", dest="progress", action="store_false", help="never show it")


# ---------------------------------------------------------------------- analyze


@attrs.frozen
class _Failed:
    """An input that could not be read; the message names it."""

    message: str

    def __str__(self) -> str:
        return self.message


def split_date(path: str, default: str | None = None) -> tuple[str, str | None]:
    """``FILE@DATE`` as ``(FILE, DATE)``; a path without a date (or naming an existing file) keeps *default*.

    >>> split_date("news/monday.txt@2017-07-24")
    ('news/monday.txt', '2017-07-24')
    >>> split_date("monday.txt", "2017-07-26")
    ('monday.txt', '2017-07-26')
    """
    head, at, date = path.rpartition("@")
    if not at or not head or Path(path).exists():
        return path, default
    try:
        dt.date.fromisoformat(date)
    except ValueError:
        return path, default
    return head, date


def _documents(args: argparse.Namespace) -> Iterator[tuple[str, str, str | None] | _Failed]:
    """(doc_id, text, published) for every document of every input, or the failure."""
    for given in args.paths:
        path, default = split_date(given, args.published)
        try:
            text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            yield _Failed(f"{path}: cannot read: {e}")
            continue
        name = "<stdin>" if path == "-" else path
        if args.input_format == "text":
            yield name, text, default
            continue
        for lineno, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{name}:{lineno}"
            try:
                record = json.loads(line)
            except ValueError as e:
                yield _Failed(f"{where}: not JSON: {e}")
                continue
            if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                yield _Failed(f'{where}: expected an object with a "text" string')
                continue
            doc_id = record.get("doc_id", record.get("id"))
            if doc_id is None:
                doc_id = where
            published = record.get("published", default)
            if not isinstance(published, str | None):
                yield _Failed(f'{where}: "published" must be a date string like "2017-07-26"')
                continue
            yield str(doc_id), record["text"], published


def _analyze(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:  # noqa: C901  one branch per input kind and output format
    many = len(args.paths) > 1 or args.input_format == "jsonl"
    out_dir: Path | None = None
    if args.format == "html" and many:
        if args.output is None:
            parser.error("--format html with several documents needs -o DIRECTORY (one page per document)")
        out_dir = Path(args.output)
        if out_dir.exists() and not out_dir.is_dir():
            parser.error(f"-o {args.output}: not a directory")
    _check_inputs(args, parser)

    failures: list[str] = []
    collected: list[dict[str, Any]] = []
    try:
        with _open_output(args.output if out_dir is None else None) as out:
            table = _CsvTable(out, args.table) if args.format == "csv" else None
            for analysis in _analyses(args, failures):
                if table is not None:
                    table.write(to_records(analysis, table=args.table))
                else:
                    _emit(analysis, args.format, out, out_dir, collected, many=many)
            if table is not None:
                table.write([])  # the header, when no document gave a row
            if args.format == "json":
                value: object = collected if many else (collected[0] if collected else None)
                if value is not None:
                    out.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")
    except _Stop as e:
        print(f"claimkit: {e}", file=sys.stderr)
        return EXIT_FAILED
    except BrokenPipeError:
        raise
    except OSError as e:
        print(f"claimkit: cannot write {args.output or 'standard output'}: {e}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_FAILED if failures else EXIT_OK


class _Stop(Exception):  # noqa: N818  (not an error of the input: the run cannot go on)
    """Nothing can be analyzed (a resource is missing): the run ends at once, without output."""


class _CsvTable:
    """One table written as CSV: the header before the first row."""

    def __init__(self, out: _Writer, table: str) -> None:
        self.writer = csv.DictWriter(out, fieldnames=COLUMNS[table], lineterminator="\n")
        self.started = False

    def write(self, rows: Iterable[dict[str, Any]]) -> None:
        if not self.started:
            self.writer.writeheader()
            self.started = True
        self.writer.writerows(rows)


def _analyses(args: argparse.Namespace, failures: list[str]) -> Iterator[Analysis]:  # noqa: C901  one branch per input kind and error policy
    """Every document of every input, analyzed; failures are reported, listed, and skipped."""
    from tqdm import tqdm  # noqa: PLC0415  (loaded only when files are analyzed)

    total = len(args.paths) if args.input_format == "text" else None
    with tqdm(total=total, unit="doc", file=sys.stderr, disable=_no_bar(args), dynamic_ncols=True) as bar:

        def fail(message: str) -> None:
            bar.update(1)
            failures.append(message)
            bar.write(f"claimkit: {message}", file=sys.stderr)

        noted: list[bool] = []
        wheres: collections.deque[str] = collections.deque()

        def records() -> Iterator[dict[str, str | None]]:
            for item in _documents(args):
                if isinstance(item, _Failed):
                    fail(str(item))
                    continue
                doc_id, text, published = item
                if published is None and not noted:
                    noted.append(True)
                    bar.write(f"claimkit: note: {_NO_DATE_NOTE}", file=sys.stderr)
                wheres.append(doc_id)
                yield {"text": text, "published": published, "doc_id": doc_id}

        # errors="return": a document that cannot be analyzed (a bad date, over the size limit)
        # is reported and skipped, not the end of the run; a missing resource ends it at once
        try:
            for result in Analyzer().analyze_many(records(), n_jobs=args.jobs, errors="return"):
                where = wheres.popleft() if wheres else "?"
                if isinstance(result, Failure):
                    if isinstance(result.error, ResourceMissingError):
                        raise _Stop(str(result.error)) from result.error
                    fail(f"{result.doc_id}: {result.error}")
                    continue
                for warning in result.warnings:
                    bar.write(f"claimkit: {where}: warning: {warning}", file=sys.stderr)
                bar.update(1)
                yield result
        except ResourceMissingError as e:
            raise _Stop(str(e)) from e
        except ClaimkitError as e:
            fail(f"the run stopped: {e}")


_NO_DATE_NOTE = (
    'no publication date (--published DATE, FILE@DATE, or "published" in JSONL): '
    'relative times such as "on Tuesday" or "last week" stay unresolved'
)


def _check_inputs(args: argparse.Namespace, parser: argparse.ArgumentParser) -> None:
    if args.paths.count("-") > 1:
        parser.error("- (standard input) can be given only once")


def _relate(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    _check_inputs(args, parser)
    failures: list[str] = []
    try:
        analyses = list(_analyses(args, failures))
    except _Stop as e:
        print(f"claimkit: {e}", file=sys.stderr)
        return EXIT_FAILED
    relations = find_relations(analyses)
    if args.across_only:
        relations = tuple(r for r in relations if r.a.doc_id != r.b.doc_id)
    try:
        with _open_output(args.output) as out:
            if args.format == "csv":
                _CsvTable(out, "relations").write(to_records(relations, table="relations"))
            elif args.format == "html":
                if analyses:
                    out.write(render_html(analyses, relations=relations))
            elif args.format == "json":
                out.write(json.dumps([_relation_dict(r) for r in relations], ensure_ascii=False, indent=2) + "\n")
            else:
                _write_relations(out, relations, "no contradictions or agreements found")
    except BrokenPipeError:
        raise
    except OSError as e:
        print(f"claimkit: cannot write {args.output or 'standard output'}: {e}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_FAILED if failures else EXIT_OK


def _write_relations(out: _Writer, relations: Sequence[Relation], nothing: str) -> None:
    if not relations:
        out.write(nothing + "\n")
    for r in relations:
        out.write(format_relation(r) + "\n")
        for s in (r.a, r.b):
            out.write(f"    {_ref(s.doc_id, s.id)}: {' '.join(s.content.text.split())}\n")


def _relation_dict(r: Relation) -> dict[str, Any]:
    def side(s: Statement) -> dict[str, Any]:
        return {
            "doc_id": s.doc_id,
            "id": s.id,
            "speaker": s.speaker.name if s.speaker else (s.speaker_span.text if s.speaker_span else None),
            "content": s.content.text,
            "start": s.content.start,
            "end": s.content.end,
        }

    return {"kind": r.kind.value, "score": r.score, "reasons": list(r.reasons), "a": side(r.a), "b": side(r.b)}


def _no_bar(args: argparse.Namespace) -> bool | None:
    """tqdm's *disable*: ``None`` shows the bar only on a terminal."""
    if args.progress is None:
        return None if (len(args.paths) > 1 or args.input_format == "jsonl") else True
    return not args.progress


def _emit(
    analysis: Analysis,
    fmt: str,
    out: _Writer,
    out_dir: Path | None,
    collected: list[dict[str, Any]],
    *,
    many: bool,
) -> None:
    if fmt == "json":
        collected.append(analysis.to_dict())
    elif fmt == "jsonl":
        out.write(analysis.to_json() + "\n")
    elif fmt == "html":
        page = render_html(analysis)
        if out_dir is None:
            out.write(page)
        else:
            out_dir.mkdir(parents=True, exist_ok=True)
            (out_dir / (_safe_name(analysis.doc_id or "document") + ".html")).write_text(page, encoding="utf-8")
    else:
        if many:
            out.write(f"== {analysis.doc_id} ==\n")
        out.write(format_text(analysis) + "\n")
        if many:
            out.write("\n")


def _safe_name(doc_id: str) -> str:
    """A file name from a document id: its last path part, other characters made safe."""
    name = doc_id.replace("\\", "/").rsplit("/", 1)[-1]
    name = name.removesuffix(".txt").removesuffix(".jsonl")
    safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in name).strip(".")
    return safe or "document"


@contextlib.contextmanager
def _open_output(path: str | None) -> Iterator[_Writer]:
    """Standard output, or a UTF-8 file made on the first write (a run that writes nothing leaves none)."""
    if path is None or path == "-":
        yield sys.stdout
        return
    out = _LazyFile(Path(path))
    try:
        yield out
    finally:
        out.close()


class _Writer(Protocol):
    def write(self, text: str, /) -> int: ...


class _LazyFile:
    """A UTF-8 text file opened for writing on the first :meth:`write`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.file: TextIO | None = None

    def write(self, text: str) -> int:
        if self.file is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.file = self.path.open("w", encoding="utf-8")
        return self.file.write(text)

    def close(self) -> None:
        if self.file is not None:
            self.file.close()


# ---------------------------------------------------------------------- store


def _store(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    action = args.store_command
    if action in {"who", "export"} and not Path(args.db).is_file():
        hint = f"make one with: claimkit store add {args.db} FILES..."
        print(f"claimkit: no store at {args.db} ({hint})", file=sys.stderr)
        return EXIT_FAILED
    if action in {"add", "relate"}:
        _check_inputs(args, parser)
    try:
        with Store(args.db, readonly=action in {"who", "export"}) as store:
            if action == "add":
                return _store_add(args, store)
            if action == "relate":
                return _store_relate(args, store)
            if action == "who":
                return _store_who(args, store)
            with _open_output(args.output) as out:
                _CsvTable(out, args.table).write(store.to_records(table=args.table))
            return EXIT_OK
    except _Stop as e:
        print(f"claimkit: {e}", file=sys.stderr)
    except ClaimkitError as e:
        print(f"claimkit: {e}", file=sys.stderr)
    except BrokenPipeError:
        raise
    except OSError as e:
        print(f"claimkit: cannot write {getattr(args, 'output', None) or 'standard output'}: {e}", file=sys.stderr)
    return EXIT_FAILED


def _store_add(args: argparse.Namespace, store: Store) -> int:
    failures: list[str] = []
    added = seen = 0
    batch: list[Analysis] = []
    for analysis in _analyses(args, failures):
        batch.append(analysis)
        seen += 1
        if len(batch) >= args.batch:
            added += store.add(batch)
            batch = []
    added += store.add(batch)
    already = f", {seen - added} already stored" if seen > added else ""
    print(f"added {added} documents{already}; the store has {len(store)}", file=sys.stderr)
    return EXIT_FAILED if failures else EXIT_OK


def _store_relate(args: argparse.Namespace, store: Store) -> int:
    failures: list[str] = []
    analyses = list(_analyses(args, failures))
    relations = store.relate(analyses, add=not args.no_add)
    if args.across_only:
        relations = tuple(r for r in relations if r.a.doc_id != r.b.doc_id)
    with _open_output(args.output) as out:
        if args.format == "csv":
            _CsvTable(out, "relations").write(to_records(relations, table="relations"))
        elif args.format == "json":
            out.write(json.dumps([_relation_dict(r) for r in relations], ensure_ascii=False, indent=2) + "\n")
        elif args.format == "html":
            if analyses:
                others = {d for r in relations for d in (r.a.doc_id, r.b.doc_id)} - {a.doc_id for a in analyses}
                stored = [store.get(d) for d in sorted(x for x in others if x is not None)]
                out.write(render_html([*analyses, *stored], relations=relations))
        else:
            _write_relations(out, relations, "no contradictions or agreements with the store found")
    return EXIT_FAILED if failures else EXIT_OK


def _store_who(args: argparse.Namespace, store: Store) -> int:
    said = store.who(args.name)
    with _open_output(args.output) as out:
        if args.format == "csv":
            wanted = {(s.doc_id, s.id) for group in said.values() for s in group}
            rows = [
                r
                for doc_id in dict.fromkeys(d for d, _ in wanted)
                for r in to_records(store.get(doc_id or ""), table="statements")
                if (doc_id, r["statement_id"]) in wanted
            ]
            _CsvTable(out, "statements").write(rows)
        elif args.format == "json":
            data = {
                speaker: [
                    {
                        "doc_id": s.doc_id,
                        "id": s.id,
                        "kind": s.kind.value,
                        "stance": s.stance.value,
                        "cue": s.cue,
                        "content": s.content.text,
                        "start": s.content.start,
                        "end": s.content.end,
                    }
                    for s in group
                ]
                for speaker, group in said.items()
            }
            out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        elif not said:
            out.write(f"nothing stored about {args.name}\n")
        else:
            for speaker, group in said.items():
                out.write(f"{speaker} ({len(group)})\n")
                for s in group:
                    cue = f" ({s.cue})" if s.cue else ""
                    out.write(f"    {_ref(s.doc_id, s.id)} {s.kind.value}{cue}: {' '.join(s.content.text.split())}\n")
    return EXIT_OK


# ---------------------------------------------------------------------- times, compare


def _times(args: argparse.Namespace) -> int:
    try:
        analysis = analyze(args.text, published=args.reference)
    except ClaimkitError as e:
        print(f"claimkit: --reference {args.reference} / TEXT: {e}", file=sys.stderr)
        return EXIT_FAILED
    if args.format == "json":
        data = analysis.to_dict()["times"]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not analysis.times:
        print("(no time expressions)")
    for t in analysis.times:
        v = t.value
        value = "(not normalized)" if v is None else f"{v.timex:12} {v.granularity.value}"
        if v is not None and v.start is not None and v.end is not None:
            value += f"  [{v.start.isoformat()} .. {v.end.isoformat()})"
        print(f"{t.span.start:>4}-{t.span.end:<4} {t.span.text!r:24} {value}")
    return EXIT_OK


def _compare(args: argparse.Namespace) -> int:
    try:
        relation = compare(args.a, args.b)
    except ClaimkitError as e:
        print(f"claimkit: {e}", file=sys.stderr)
        return EXIT_FAILED
    if args.format == "json":
        data = None
        if relation is not None:
            data = {"kind": relation.kind.value, "score": relation.score, "reasons": list(relation.reasons)}
        print(json.dumps(data, ensure_ascii=False, indent=2))
    elif relation is None:
        print("no relation: neither a contradiction nor an agreement was found")
    else:
        print(f"{relation.kind.value} (score {relation.score:.2f})")
        for reason in relation.reasons:
            print(f"  - {reason}")
    return EXIT_OK


def _check(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    _check_inputs(args, parser)
    if not 0.0 <= args.threshold <= 1.0:
        parser.error(f"--threshold must be in 0..1, got {args.threshold}")
    failures: list[str] = []
    analyses = list(_analyses(args, failures))
    try:
        results = check(args.claim, analyses, threshold=args.threshold)
    except ClaimkitError as e:
        print(f"claimkit: {e}", file=sys.stderr)
        return EXIT_FAILED
    if args.format == "json":
        data = [
            {
                "doc_id": r.doc_id,
                "verdict": r.verdict.value,
                "score": r.score,
                "relations": [_relation_dict(x) for x in r.relations],
            }
            for r in results
        ]
        print(json.dumps(data, ensure_ascii=False, indent=2))
    for r in results if args.format == "text" else ():
        print(f"{r.doc_id}: {r.verdict.value} (score {r.score:.2f})")
        for x in r.relations[:3]:
            print(f"    {_ref(x.b.doc_id, x.b.id)}: {' '.join(x.b.content.text.split())}")
            for reason in x.reasons[1:]:
                print(f"      - {reason}")
    return EXIT_FAILED if failures else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: ``sys.argv[1:]``) and return the exit status.

    Usage errors raise :class:`SystemExit` with status 2, as argparse does.

    >>> main(["compare", "It rained.", "The sun shone."])
    no relation: neither a contradiction nor an agreement was found
    0
    """
    parser = _parser()
    args = parser.parse_args(argv)
    with warnings.catch_warnings():
        # the CLI reports claimkit's warnings itself, with the file they concern
        warnings.simplefilter("ignore", ClaimkitWarning)
        return _run(args, parser)


def _run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    try:
        if args.command == "analyze":
            return _analyze(args, parser)
        if args.command == "relate":
            return _relate(args, parser)
        if args.command == "times":
            return _times(args)
        if args.command == "store":
            return _store(args, parser)
        if args.command == "check":
            return _check(args, parser)
        return _compare(args)
    except BrokenPipeError:
        # the reader went away (`claimkit ... | head`): stop quietly, as other tools do
        with contextlib.suppress(OSError, ValueError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
