"""Size limits: no function over 80 lines, no class over 300 lines in src/claimkit.

What is over a limit today is listed in ``ALLOWED`` with its current size, which may only
shrink: a listed function or class that grows fails, and so does any new one over the limit.
When a listed one is split or shrinks, lower its number (or drop it once it fits the limit).
A size is the number of source lines from the ``def`` or ``class`` line to the last line
of the body (docstrings and comments count: they are part of what a reader reads).
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "claimkit"
MAX_FUNCTION = 80
MAX_CLASS = 300

# "module path:qualified name" -> lines today (5 December 2026); may only go down
ALLOWED: dict[str, int] = {}


def sizes(root: Path = SRC) -> dict[str, tuple[str, int]]:
    """'path:qualname' -> ('function' | 'class', lines) for every def and class below *root*."""
    out: dict[str, tuple[str, int]] = {}

    def walk(node: ast.AST, prefix: str, path: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                name = prefix + child.name
                kind = "class" if isinstance(child, ast.ClassDef) else "function"
                lines = (child.end_lineno or child.lineno) - child.lineno + 1
                out[f"{path}:{name}"] = (kind, max(lines, out.get(f"{path}:{name}", (kind, 0))[1]))
                walk(child, name + ".", path)
            else:
                walk(child, prefix, path)

    for file in sorted(root.rglob("*.py")):
        walk(ast.parse(file.read_text(encoding="utf-8")), "", file.relative_to(root).as_posix())
    return out


@functools.cache
def _source_sizes() -> dict[str, tuple[str, int]]:
    return sizes()


def over_limit(found: dict[str, tuple[str, int]]) -> dict[str, int]:
    """What exceeds its limit (the allowed size if listed, else the project limit): name -> lines."""
    limits = {"function": MAX_FUNCTION, "class": MAX_CLASS}
    return {name: lines for name, (kind, lines) in found.items() if lines > max(limits[kind], ALLOWED.get(name, 0))}


def test_no_function_or_class_grows_past_its_limit() -> None:
    assert over_limit(_source_sizes()) == {}


def test_the_check_catches_a_long_function_and_a_grown_one(tmp_path: Path) -> None:
    body = "\n".join(f"    x{i} = {i}" for i in range(MAX_FUNCTION))
    (tmp_path / "m.py").write_text(f"def long():\n{body}\n\ndef short():\n    return 1\n", encoding="utf-8")
    (tmp_path / "cli.py").write_text("def _parser():\n" + "    pass\n" * 200, encoding="utf-8")
    found = sizes(tmp_path)
    assert found["m.py:long"] == ("function", MAX_FUNCTION + 1)
    assert over_limit(found) == {"m.py:long": MAX_FUNCTION + 1, "cli.py:_parser": 201}


def test_allowlist_names_something_that_exists() -> None:
    # a renamed or removed entry must leave the list, so that it cannot shelter a new one
    assert set(ALLOWED) <= _source_sizes().keys()
