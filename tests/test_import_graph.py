"""The import graph: stages stand on the language layer, each reads only earlier stages, and nothing cycles.

The pipeline's stages, in order: text, attribution, actors, temporal, claims, quantities, relations.
A stage may import the language layer (``claimkit.lang``), the result model, the errors,
the private adapters of third-party libraries, and the public names of earlier stages;
``claimkit.lang`` imports only itself, the model and the errors.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

import claimkit

PACKAGE = Path(claimkit.__file__).parent
STAGES = ("text", "attribution", "actors", "temporal", "claims", "quantities", "relations")
BASE = frozenset({"model", "errors"})
# _openings reads the standard library's private regex parser (re._parser): an adapter like the others
ADAPTERS = frozenset({"_nltk", "_dateparser", "_pycountry", "_perceptron", "_serialize", "_openings"})
# Edges of a cycle that are known and being removed. Each names the work that removes it.
KNOWN_CYCLE_EDGES = frozenset({
    # Analysis.to_json() / _repr_html_() reach the cattrs adapter and the renderer lazily, on call;
    # both read the model's types. The result type offers them as methods on purpose.
    ("model", "_serialize"),
    ("model", "render"),
    # check() falls back on the default analyzer lazily; Analyzer.check() imports checking lazily
    # (the "disagree" work): checking builds on the pipeline, so the pipeline's edge is the exception.
    ("pipeline", "checking"),
})  # fmt: skip


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE).with_suffix("")
    parts = [p for p in rel.parts if p != "__init__"]
    return ".".join(parts) or "__init__"


def _is_type_checking(node: ast.If) -> bool:
    return isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"


def _imports(tree: ast.AST, *, typing_too: bool) -> list[tuple[str, tuple[str, ...]]]:
    """(imported claimkit module, names imported from it) for every import that runs."""
    out: list[tuple[str, tuple[str, ...]]] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node) and not typing_too:
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.ImportFrom) and node.module is not None and node.level == 0:
            if node.module == "claimkit":
                out.extend((a.name, ()) for a in node.names)  # "from claimkit import actors as _actors"
            elif node.module.startswith("claimkit."):
                out.append((node.module.removeprefix("claimkit."), tuple(a.name for a in node.names)))
        elif isinstance(node, ast.Import):
            out.extend((a.name.removeprefix("claimkit."), ()) for a in node.names if a.name.startswith("claimkit."))
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return out


@functools.cache
def _graph(*, typing_too: bool = False) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    graph = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        graph[_module_name(path)] = _imports(tree, typing_too=typing_too)
    return graph


def _top(module: str) -> str:
    return module.split(".", 1)[0]


def test_the_graph_sees_the_pipeline() -> None:
    graph = _graph()
    assert "lang.wordclass" in graph
    assert ("attribution", ()) in graph["pipeline"]  # "from claimkit import attribution as _attribution"
    assert any(target == "lang.resources" for target, _ in graph["actors"])


@pytest.mark.parametrize("stage", STAGES)
def test_a_stage_imports_only_the_layers_below_it(stage: str) -> None:
    earlier = set(STAGES[: STAGES.index(stage)])
    allowed = BASE | ADAPTERS | earlier | {"lang"}
    bad = sorted({t for t, _ in _graph(typing_too=True)[stage] if _top(t) not in allowed})
    assert bad == [], f"{stage} imports {bad}: a stage reads only lang, model, errors and earlier stages"


@pytest.mark.parametrize("stage", STAGES)
def test_a_stage_imports_no_private_name_of_another_stage(stage: str) -> None:
    bad = [
        f"{target}.{name}"
        for target, names in _graph(typing_too=True)[stage]
        if _top(target) in STAGES
        for name in names
        if name.startswith("_")
    ]
    assert bad == []


def test_the_language_layer_imports_no_stage() -> None:
    graph = _graph(typing_too=True)
    for module, imports in graph.items():
        if _top(module) == "lang":
            bad = sorted({t for t, _ in imports if _top(t) not in BASE | {"lang"}})
            assert bad == [], f"{module} imports {bad}"


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Every cycle found by a depth-first search (each reported once, from its first node)."""
    found: list[list[str]] = []
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                found.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)
    return found


def test_no_import_cycles() -> None:
    edges: dict[str, set[str]] = {}
    for module, imports in _graph().items():
        for target, _ in imports:
            if target != module and (module, target) not in KNOWN_CYCLE_EDGES:
                edges.setdefault(module, set()).add(target)
    assert _cycles(edges) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]
    assert _cycles({"a": {"b"}, "b": {"c"}}) == []
