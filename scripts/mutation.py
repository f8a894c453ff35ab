"""Mutation testing: how many small, injected bugs do the tests of a module catch?

A mutant is the module with one small change inside one function (``==`` made ``!=``,
``and`` made ``or``, a number plus one, a string changed, a ``not`` dropped, a return
value made ``None``, a call statement dropped, ``break`` made ``continue``...). A mutant is
*killed* when one of the tests fails (or runs past the time limit), and *survives* when
they all pass. The kill rate is killed / all mutants. Usage (one module at a time, niced)::

    PYTHONPATH=src nice python scripts/mutation.py temporal --sample 200 --seed 0 \\
        --tests tests/test_temporal.py --out /tmp/mutation-temporal.jsonl

The default test files of each module are in ``TESTS`` below, so ``--tests`` is optional.

How it works, and why it is quick enough for a shared two-core machine:

1. Every mutation point in the bodies of the module's functions and methods is listed
   (module-level code such as regexes and tables is not mutated; docstrings, annotations and
   exception messages are not mutated). ``--sample N`` draws N of them with ``--seed``.
2. All of it happens in one pytest session: the tests are collected once, then run once under
   coverage, each in its own coverage context, in a forked child: this maps every line of the
   module to the tests that run it, and times each test.
3. Each mutant runs in a forked child of the session, which has imported claimkit, NumPy, NLTK
   and dateparser and loaded the POS tagger, the attribution model and the data files (none of
   which is mutated) but has run no test, so no cache holds an unmutated result. The child
   compiles the mutated module, swaps the mutated function's code object into the live
   function (every reference to the function sees it), empties the module's
   ``functools.cache`` tables (collecting the tests may have filled them), and runs only the tests that cover
   the mutated line, quickest first, stopping at the first failure. A line no test runs is a
   survivor without a run. A child that runs past ``--timeout-factor`` times the tests' own
   time (plus 10 s; at most 2 minutes more than they need) is killed and counted as a kill
   (the mutant loops). Property tests run 10 examples per mutant.
4. The sample is drawn in random order, so a run stopped early is still a fair sample.

The output is one JSON line per mutant (``--out``) and a summary; survivors are printed with
their place so that a test can be written for the behaviour they show is unpinned.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import copy
import gc
import hashlib
import importlib
import json
import os
import random
import signal
import sys
import tempfile
import time
import traceback
import types
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    import pytest

ROOT = Path(__file__).resolve().parent.parent

TESTS: dict[str, tuple[str, ...]] = {
    "temporal": (
        "tests/test_temporal.py",
        "tests/test_temporal_pinned.py",
        "tests/rules/test_temporal_rules.py",
        "tests/rules/test_temporal_mutation.py",
        "tests/rules/test_temporal_mutation2.py",
        "tests/rules/test_temporal_news.py",
        "tests/test_time_readings.py",
        "tests/test_time_pins.py",
    ),
    "attribution": (
        "tests/test_attribution.py",
        "tests/test_speaker_rules.py",
        "tests/test_quote_layouts.py",
        "tests/test_attribution_pinned.py",
        "tests/rules/test_attribution_rules.py",
        "tests/rules/test_attribution_mutation.py",
    ),
    "actors": (
        "tests/test_actors.py",
        "tests/test_actor_antecedents.py",
        "tests/test_actor_rules_pinned.py",
        "tests/rules/test_actors_rules.py",
        "tests/test_phrase_rules.py",
        "tests/rules/test_actors_mutation.py",
        "tests/test_actors_token_helpers.py",
        "tests/test_actors_speaker_cases.py",
        "tests/rules/test_speaker_edges.py",
    ),
    "claims": (
        "tests/test_claims.py",
        "tests/test_claims_helpers.py",
        "tests/rules/test_claims_rules.py",
        "tests/rules/test_claims_mutation.py",
    ),
    "relations": (
        "tests/test_relations.py",
        "tests/test_denials.py",
        "tests/test_relations_reasons.py",
        "tests/test_denial_words.py",
        "tests/test_rank_claims.py",
        "tests/test_relations_pinned.py",
        "tests/rules/test_relations_rules.py",
        "tests/rules/test_relations_mutation.py",
        "tests/test_relations_memory.py",
        "tests/test_relation_pins.py",
    ),
}

_SWAP: dict[type[ast.AST], type[ast.AST]] = {
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
    ast.Add: ast.Sub,
    ast.Sub: ast.Add,
    ast.Mult: ast.Div,
    ast.Div: ast.Mult,
    ast.FloorDiv: ast.Mult,
    ast.BitOr: ast.BitAnd,
    ast.BitAnd: ast.BitOr,
    ast.And: ast.Or,
    ast.Or: ast.And,
}


def _targets(tree: ast.Module) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    """The outermost functions: module-level functions and methods of (nested) classes."""
    out: list[ast.FunctionDef | ast.AsyncFunctionDef] = []
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        for child in getattr(node, "body", ()):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                out.append(child)
            elif isinstance(child, ast.ClassDef | ast.If | ast.Try):
                stack.append(child)
    return sorted(out, key=lambda f: f.lineno)


def _skipped(func: ast.FunctionDef | ast.AsyncFunctionDef) -> set[int]:
    """ids of the nodes not to mutate: docstrings, annotations, exception and warning messages."""
    skip: set[int] = set()
    body = func.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        skip.add(id(body[0].value))
    for node in ast.walk(func):
        roots: list[ast.AST] = []
        if isinstance(node, ast.AnnAssign | ast.arg) and node.annotation is not None:
            roots.append(node.annotation)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.returns is not None:
            roots.append(node.returns)
        elif isinstance(node, ast.Raise) and node.exc is not None:
            roots.append(node.exc)
        elif isinstance(node, ast.JoinedStr) or (
            isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "warn"
        ):
            roots.append(node)
        for root in roots:
            skip.update(id(n) for n in ast.walk(root) if isinstance(n, ast.Constant))
    return skip


def _variants(node: ast.AST) -> list[str]:  # noqa: C901  a flat dispatch: one branch per node type
    """The mutations of one node, as short descriptions."""
    if isinstance(node, ast.Compare):
        return [f"op{i}" for i, op in enumerate(node.ops) if type(op) in _SWAP]
    if isinstance(node, ast.BinOp | ast.AugAssign | ast.BoolOp):
        return ["op"] if type(node.op) in _SWAP else []
    if isinstance(node, ast.UnaryOp):
        return ["drop"] if isinstance(node.op, ast.Not | ast.USub) else []
    if isinstance(node, ast.Constant):
        value = node.value
        if isinstance(value, bool):
            return ["flip"]
        if isinstance(value, int | float):
            return ["plus1"]
        if isinstance(value, str):
            return ["str"]
        return []
    if isinstance(node, ast.Return):
        if node.value is None or (isinstance(node.value, ast.Constant) and node.value.value is None):
            return []
        return ["none"]
    if isinstance(node, ast.Break | ast.Continue):
        return ["swap"]
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call):
        return ["drop"]
    return []


def mutation_points(source: str) -> list[dict[str, Any]]:
    """Every mutation of the module's function bodies: walk index, variant, line, function."""
    tree = ast.parse(source)
    points: list[dict[str, Any]] = []
    targets = {id(f): f for f in _targets(tree)}
    owner: dict[int, ast.FunctionDef | ast.AsyncFunctionDef] = {}
    for func in targets.values():
        skip = _skipped(func)
        for stmt in func.body:
            for node in ast.walk(stmt):
                if id(node) not in skip:
                    owner[id(node)] = func
    for index, node in enumerate(ast.walk(tree)):
        func = owner.get(id(node))
        if func is None:
            continue
        points.extend(
            {
                "index": index,
                "variant": variant,
                "line": getattr(node, "lineno", 0),
                "end_line": getattr(node, "end_lineno", 0) or getattr(node, "lineno", 0),
                "node": type(node).__name__,
                "function_line": min([d.lineno for d in func.decorator_list] + [func.lineno]),
                "function": func.name,
            }
            for variant in _variants(node)
        )
    return points


def _apply(node: ast.AST, variant: str, parents: dict[int, ast.AST]) -> None:  # noqa: C901  a flat dispatch: one branch per mutation kind
    if isinstance(node, ast.Compare):
        i = int(variant[2:])
        node.ops[i] = _SWAP[type(node.ops[i])]()
    elif isinstance(node, ast.BinOp | ast.AugAssign | ast.BoolOp):
        node.op = _SWAP[type(node.op)]()
    elif isinstance(node, ast.UnaryOp):
        _replace(node, node.operand, parents)
    elif isinstance(node, ast.Constant):
        value = node.value
        if isinstance(value, bool):
            node.value = not value
        elif isinstance(value, int | float):
            node.value = value + 1
        else:
            node.value = f"XX{value}XX"
    elif isinstance(node, ast.Return):
        node.value = ast.Constant(value=None)
    elif isinstance(node, ast.Break):
        _replace(node, ast.Continue(), parents)
    elif isinstance(node, ast.Continue):
        _replace(node, ast.Break(), parents)
    elif isinstance(node, ast.Expr):
        _replace(node, ast.Pass(), parents)


def _replace(old: ast.AST, new: ast.AST, parents: dict[int, ast.AST]) -> None:
    parent = parents[id(old)]
    for field, value in ast.iter_fields(parent):
        if value is old:
            setattr(parent, field, new)
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if item is old:
                    value[i] = new


def mutant_code(tree: ast.Module, point: dict[str, Any], filename: str) -> types.CodeType:
    """The module compiled with one mutation."""
    tree = copy.deepcopy(tree)
    nodes = list(ast.walk(tree))
    parents = {id(child): node for node in nodes for child in ast.iter_child_nodes(node)}
    _apply(nodes[point["index"]], point["variant"], parents)
    ast.fix_missing_locations(tree)
    return compile(tree, filename, "exec", dont_inherit=True)


def _codes(code: types.CodeType) -> list[types.CodeType]:
    out = [code]
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            out.extend(_codes(const))
    return out


def swap_in(module: types.ModuleType, code: types.CodeType, point: dict[str, Any]) -> int:
    """Put the mutated function's code into the live function objects; how many were changed."""
    wanted = [c for c in _codes(code) if c.co_name == point["function"] and c.co_firstlineno == point["function_line"]]
    filename = module.__file__
    changed = 0
    for target in wanted[:1]:
        for obj in gc.get_objects():
            if (
                isinstance(obj, types.FunctionType)
                and obj.__code__.co_filename == filename
                and obj.__code__.co_qualname == target.co_qualname
                and obj.__code__.co_firstlineno == target.co_firstlineno
            ):
                obj.__code__ = target
                changed += 1
    return changed


def _in_child(func: Callable[[], int], timeout: float) -> int | None:
    """Run func() in a forked child; its exit code, or None when it ran past *timeout* seconds."""
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:  # the child
        code = 1
        try:
            if not os.environ.get("MUTATION_VERBOSE"):
                with open(os.devnull, "w") as null:  # noqa: PTH123
                    os.dup2(null.fileno(), 1)
                    os.dup2(null.fileno(), 2)
            code = int(func())
        except BaseException:  # noqa: BLE001  a child reports and exits, whatever happened
            traceback.print_exc()
        finally:
            os._exit(code)
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        if time.monotonic() - start > timeout:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return None
        time.sleep(0.02)


def _run_items(items: list[pytest.Item], on_item: Callable[[pytest.Item], None] | None = None) -> int:
    """Run the items in order (fixtures shared as in a normal run); 1 at the first failure, else 0."""
    from _pytest.runner import runtestprotocol  # noqa: PLC0415  the loop pytest itself runs

    for i, item in enumerate(items):
        if on_item is not None:
            on_item(item)
        nextitem = items[i + 1] if i + 1 < len(items) else None
        reports = runtestprotocol(item, nextitem=nextitem, log=False)
        if any(r.failed for r in reports):
            if os.environ.get("MUTATION_VERBOSE"):
                print(item.nodeid, *(r.longreprtext for r in reports if r.failed))
            return 1
    return 0


class _Mutator:
    """A pytest plugin that replaces the test run by the mutation loop (one pytest session in all)."""

    def __init__(self, args: argparse.Namespace, module: types.ModuleType) -> None:
        self.args = args
        self.module = module
        self.work = Path(tempfile.mkdtemp(prefix="mutation-"))

    def pytest_runtestloop(self, session: pytest.Session) -> bool:
        items = list(session.items)
        by_line, durations = self.coverage_map(items)
        self.mutate(items, by_line, durations)
        return True

    def coverage_map(self, items: list[pytest.Item]) -> tuple[dict[int, list[str]], dict[str, float]]:
        """line -> the tests that run it, and test -> seconds, from one run of the tests under coverage."""
        import coverage  # noqa: PLC0415  a developer tool, only here

        data_file = self.work / "coverage"
        info_file = self.work / "durations.json"

        def run() -> int:
            cov = coverage.Coverage(data_file=str(data_file), include=[self.module.__file__], config_file=False)
            durations: dict[str, float] = {}
            last: list[tuple[str, float]] = []

            def on_item(item: pytest.Item) -> None:
                now = time.monotonic()
                if last:
                    durations[last[0][0]] = now - last[0][1]
                last[:] = [(item.nodeid, now)]
                cov.switch_context(item.nodeid)

            _clear_caches(self.module)  # collection may have filled them: their lines must run under coverage too
            cov.start()
            code = _run_items(items, on_item)
            cov.stop()
            cov.save()
            if last:
                durations[last[0][0]] = time.monotonic() - last[0][1]
            info_file.write_text(json.dumps(durations))
            return code

        start = time.monotonic()
        if _in_child(run, timeout=3600) != 0:
            sys.exit("the tests fail without any mutation: fix them first")
        data = coverage.CoverageData(basename=str(data_file))
        data.read()
        by_line = {
            line: sorted({c for c in contexts if c})
            for line, contexts in data.contexts_by_lineno(self.module.__file__ or "").items()
        }
        print(f"baseline: {len(items)} tests pass in {time.monotonic() - start:.1f}s under coverage", flush=True)
        return by_line, json.loads(info_file.read_text())

    def mutate(self, items: list[pytest.Item], by_line: dict[int, list[str]], durations: dict[str, float]) -> None:
        args, module = self.args, self.module
        filename = module.__file__ or ""
        source = Path(filename).read_text(encoding="utf-8")
        digest = hashlib.sha256(source.encode()).hexdigest()[:16]
        tree = ast.parse(source)
        lines = source.splitlines()
        sample, earlier = _sample(source, digest, args)
        by_id = {item.nodeid: item for item in items}
        counts = {"killed": 0, "timeout": 0, "survived": 0, "uncovered": 0}
        out = args.out.open("w", encoding="utf-8") if args.out else None
        for number, point in enumerate(sample, 1):
            covering = sorted(
                {t for line in range(point["line"], point["end_line"] + 1) for t in by_line.get(line, ())},
                key=lambda t: durations.get(t, 0.0),
            )
            status = earlier.get((point["index"], point["variant"]), "")
            rerun = not args.functions or point["function"] in args.functions.split(",")
            if status not in {"killed", "timeout"} and (rerun or not status):
                status = (
                    self.run_mutant(tree, point, [by_id[t] for t in covering], durations) if covering else "uncovered"
                )
            counts[status] += 1
            record = {**point, "status": status, "tests": len(covering), "source": lines[point["line"] - 1].strip()}
            if out:
                out.write(json.dumps({**record, "source_sha": digest}) + "\n")
                out.flush()
            if status in {"survived", "uncovered"}:
                where = f"{args.module}.py:{point['line']} {point['node']}:{point['variant']} in {point['function']}"
                print(f"  {status:9} {where}: {record['source']}", flush=True)
            if number % 20 == 0:
                print(f"  ... {number}/{len(sample)}: {counts}", flush=True)
        if out:
            out.close()
        total = sum(counts.values())
        killed = counts["killed"] + counts["timeout"]
        print(f"{args.module}: {killed}/{total} killed ({100 * killed / max(total, 1):.1f}%) {counts}", flush=True)

    def run_mutant(
        self, tree: ast.Module, point: dict[str, Any], covering: list[pytest.Item], durations: dict[str, float]
    ) -> str:
        code = mutant_code(tree, point, self.module.__file__ or "")
        own = sum(durations.get(t.nodeid, 1.0) for t in covering)
        budget = 10 + min(self.args.timeout_factor * own, max(120, 1.5 * own))  # a looping mutant costs 2 min at most

        def run() -> int:
            if swap_in(self.module, code, point) == 0:
                return 99
            _clear_caches(self.module)
            return _run_items(covering)

        exit_code = _in_child(run, budget)
        if exit_code == 99:
            sys.exit(f"could not find the function of mutant {point}")
        return "timeout" if exit_code is None else ("survived" if exit_code == 0 else "killed")


def _clear_caches(module: types.ModuleType) -> None:
    """Empty the module's ``functools.cache`` tables: collection may have filled them with unmutated results."""
    for value in vars(module).values():
        clear = getattr(value, "cache_clear", None)
        if callable(clear):
            clear()


def _sample(
    source: str, digest: str, args: argparse.Namespace
) -> tuple[list[dict[str, Any]], dict[tuple[int, str], str]]:
    """The mutants to run, and the earlier statuses (--rerun) of the same source."""
    points = mutation_points(source)
    earlier: dict[tuple[int, str], str] = {}
    if args.rerun:
        for line in args.rerun.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record["source_sha"] != digest:
                sys.exit(f"{args.rerun} is of another version of the module: run the whole sample again")
            earlier[record["index"], record["variant"]] = record["status"]
        sample = [p for p in points if (p["index"], p["variant"]) in earlier]
    elif 0 < args.sample < len(points):
        rng = random.Random(args.seed)  # noqa: S311  a reproducible sample, not a secret
        sample = rng.sample(points, args.sample)  # in random order: a run stopped early is still a fair sample
    else:
        sample = points
    print(f"{args.module}: {len(points)} mutation points, {len(sample)} mutants", flush=True)
    return sample, earlier


def _prewarm() -> None:
    """Load what no mutant changes once, before the forks: the POS tagger, the attribution model, the data files."""
    from claimkit import _nltk, attribution_crf  # noqa: PLC0415
    from claimkit.lang import resources  # noqa: PLC0415

    tagger = _nltk.load_tagger()
    model = attribution_crf.AttributionModel.load()
    _nltk.load_tagger = lambda: tagger
    attribution_crf.AttributionModel.load = classmethod(lambda _cls: model)  # type: ignore[method-assign, assignment]
    for path in sorted((ROOT / "src" / "claimkit" / "data" / "en").glob("*.t[sx][vt]")):
        resources.rows(path.name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("module", help="a claimkit module: temporal, attribution, actors, claims, relations, ...")
    parser.add_argument("--tests", nargs="*", help="test files (default: TESTS[module])")
    parser.add_argument("--sample", type=int, default=200, help="mutants to draw (0: all)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--timeout-factor", type=float, default=4.0)
    parser.add_argument("--out", type=Path, help="one JSON line per mutant")
    parser.add_argument(
        "--rerun",
        type=Path,
        help="an earlier --out of the same source: keep its kills, run only its survivors again (after adding tests)",
    )
    parser.add_argument(
        "--functions",
        default="",
        help="with --rerun: run again only the survivors in these functions (comma-separated)",
    )
    args = parser.parse_args()

    os.chdir(ROOT)
    from hypothesis import settings  # noqa: PLC0415

    # property tests run 10 examples a mutant (the dev profile runs 50): a mutant they alone
    # would catch in the 11th to 50th example is counted as a survivor
    settings.register_profile("mutation", max_examples=10, deadline=None)
    os.environ["HYPOTHESIS_PROFILE"] = "mutation"
    os.environ["HYPOTHESIS_STORAGE_DIRECTORY"] = tempfile.mkdtemp(prefix="mutation-hypothesis-")
    import pytest  # noqa: PLC0415

    module = importlib.import_module(f"claimkit.{args.module}")
    _prewarm()
    tests = list(args.tests or TESTS[args.module])
    print(f"tests: {' '.join(tests)}", flush=True)
    pytest_args = [*tests, "-q", "-s", "-p", "no:cacheprovider", "-o", "addopts=", "--import-mode=importlib"]
    # hypothesis is imported before pytest (for the profile above): not a warning worth failing on
    pytest_args += ["-W", "ignore::pytest.PytestAssertRewriteWarning"]
    code = pytest.main([*pytest_args, "-m", "not slow"], plugins=[_Mutator(args, module)])
    sys.exit(0 if code in {0, pytest.ExitCode.NO_TESTS_COLLECTED} else int(code))


if __name__ == "__main__":
    with contextlib.suppress(KeyboardInterrupt):
        main()
