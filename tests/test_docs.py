"""The docs keep up with the code: every public name has a place in the API reference."""

from pathlib import Path

import claimkit

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_every_public_name_is_in_the_reference():
    reference = "".join(p.read_text(encoding="utf-8") for p in sorted((DOCS / "reference").glob("*.md")))
    missing = [name for name in claimkit.__all__ if not name.startswith("_") and f"claimkit.{name}" not in reference]
    assert not missing, f"add these to a page in docs/reference/: {missing}"


def test_every_page_is_reachable_from_the_index():
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    pages = [p.stem for p in DOCS.glob("*.md") if p.stem not in {"index", "performance"}]
    assert all(f"\n{page}\n" in index for page in pages), pages
