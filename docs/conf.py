"""Sphinx configuration: MyST Markdown pages, furo theme, API reference from docstrings.

Build: ``sphinx-build -W -b html docs docs/_build/html`` (what ``scripts/test.sh`` runs).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import claimkit

if TYPE_CHECKING:
    from sphinx.application import Sphinx

project = "claimkit"
author = "The claimkit developers"
copyright = "2026, The claimkit developers"
release = claimkit.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build", "conftest.py", "Thumbs.db", ".DS_Store"]

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# The guide pages and performance.md are written alongside the code. index.md globs them
# (``guide/*``, ``performance*``); _drop_empty_globs() removes a pattern that matches no page
# yet, so the build (with -W) passes whether they exist or not.
_OPTIONAL_GLOBS = {"guide/*": "guide/*.md", "performance*": "performance*.md"}

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_attr_annotations = True

# No intersphinx: the build must not touch the network.

html_theme = "furo"
html_title = f"claimkit {release}"
html_static_path: list[str] = []


def _drop_empty_globs(_app: Sphinx, docname: str, source: list[str]) -> None:
    if docname != "index":
        return
    here = Path(__file__).parent
    for pattern, files in _OPTIONAL_GLOBS.items():
        if not any(here.glob(files)):
            source[0] = source[0].replace(f"\n{pattern}\n", "\n")


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("source-read", _drop_empty_globs)
    return {"parallel_read_safe": True}
