"""The HTML view in a real browser: headless Chromium renders it, and we read what a reader sees.

Chromium runs its own JavaScript on the page and dumps the resulting DOM (``--dump-dom``),
and takes a screenshot (``--screenshot``) that the test prints the path of. No Python
package is needed beyond the standard library. The test is skipped where no Chromium
is installed (``apt-get install chromium``; ``CLAIMKIT_CHROMIUM`` names another binary).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

import claimkit

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "out"


def _chromium() -> str | None:
    for candidate in (os.environ.get("CLAIMKIT_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if candidate and (found := shutil.which(candidate)):
            return found
    return None


@pytest.fixture(scope="module")
def chromium(tmp_path_factory):
    exe = _chromium()
    if exe is None:
        pytest.skip("no headless Chromium installed (apt-get install chromium)")
    profile = tmp_path_factory.mktemp("chromium-profile")

    def run(page: Path, *extra: str) -> str:
        args = [
            exe,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            *extra,
            page.as_uri(),
        ]
        try:
            done = subprocess.run(args, capture_output=True, text=True, timeout=90, check=False)
        except (OSError, subprocess.TimeoutExpired) as e:  # a broken install: skip, do not fail
            pytest.skip(f"Chromium did not run: {e}")
        if done.returncode != 0:
            pytest.skip(f"Chromium exited with {done.returncode}: {done.stderr[-500:]}")
        return done.stdout

    return run


class _Dom(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, {k: v or "" for k, v in attrs}))

    def classed(self, name: str) -> list[dict[str, str]]:
        """Elements with this class, outside the legend's keys."""
        return [a for _, a in self.elements if name in (c := a.get("class", "").split()) and "ck-key" not in c]


# Run after the page's own script: act like a reader (click the first jump link in the panel,
# hover a piece of quoted content) and write what happened onto <body> for --dump-dom to show.
_READER = """<script>
(function(){
  var b = document.body, link = document.querySelector(".ck-jump");
  if (link) {
    link.click();
    b.setAttribute("data-t-hash", location.hash);
    b.setAttribute("data-t-flash", document.querySelectorAll(".ck-flash").length);
  }
  var piece = document.querySelector("#ck-articles [data-st]");
  if (piece) {
    piece.dispatchEvent(new MouseEvent("mouseover", {bubbles: true}));
    b.setAttribute("data-t-hot", document.querySelectorAll(".ck-hot").length);
  }
})();
</script></body>"""


def _look(chromium, analysis, name: str, *, reader: bool = False, **options) -> _Dom:
    OUT.mkdir(exist_ok=True)
    page = OUT / f"{name}.html"
    html = claimkit.render_html(analysis, **options)
    page.write_text(html, encoding="utf-8")
    if reader:
        acted = OUT / f"{name}-reader.html"
        acted.write_text(html.replace("</body>", _READER), encoding="utf-8")
        dom = _Dom()
        dom.feed(chromium(acted, "--dump-dom"))
        body = next(a for t, a in dom.elements if t == "body")
        assert body.get("data-t-hash", "").startswith("#st-"), "clicking a panel entry did not jump"
        assert int(body.get("data-t-flash", "0")) >= 1, "the statement jumped to was not highlighted"
        assert int(body.get("data-t-hot", "0")) >= 1, "hovering a quote did not light up its statement"
    dom = _Dom()
    dom.feed(chromium(page, "--dump-dom"))
    shot = OUT / f"{name}.png"
    shot.unlink(missing_ok=True)
    chromium(page, f"--screenshot={shot}", "--window-size=1400,900")
    assert shot.is_file()
    assert shot.stat().st_size > 10_000
    print(f"screenshot of the HTML view: {shot}")  # noqa: T201  (shown by pytest -s or -rP)
    return dom


def _check(dom: _Dom, analysis: claimkit.Analysis) -> None:
    body = next(a for t, a in dom.elements if t == "body")
    assert body.get("data-ck-ready") == "1", "the page's script did not run to the end"
    # the panel lists exactly the relations of the analysis, with one link or label per statement
    listed = dom.classed("ck-relation")
    for kind in claimkit.RelationKind:
        expected = min(500, sum(r.kind is kind for r in analysis.relations))  # render_html's max_relations
        assert sum(r["data-kind"] == kind.value for r in listed) == expected
    # every statement has an anchor to jump to, and every jump lands on one
    anchors = {a["id"] for a in dom.classed("ck-anchor")}
    assert len(anchors) == len(analysis.statements)
    assert {j["href"].removeprefix("#") for j in dom.classed("ck-jump")} <= anchors
    # highlights exist for what was found; a speaker's tooltip names its actor
    speakers = [a for a in dom.classed("ck-speaker") if "title" in a]
    assert bool(speakers) == any(s.speaker_span for s in analysis.statements)
    for s in analysis.statements:
        if s.speaker is not None:
            assert any(f"Speaker: {s.speaker.name}" in a["title"] for a in speakers), s.speaker.name
    contents = [a for a in dom.classed("ck-content") if "data-st" in a]
    assert bool(contents) == bool(analysis.statements)
    times = dom.classed("ck-time")
    assert len(times) >= len(analysis.times)
    assert all("title" in t for t in times)


@pytest.mark.needs_nltk_data
def test_reference_article_in_chromium(chromium, reference_text):
    analysis = claimkit.analyze(reference_text, published="2017-07-26", doc_id="reference-article")
    dom = _look(chromium, analysis, "html-view")
    _check(dom, analysis)


def test_hand_made_analysis_in_chromium(chromium, sample_analysis):
    dom = _look(chromium, sample_analysis, "html-view-sample", reader=True)
    _check(dom, sample_analysis)
    assert [r["data-kind"] for r in dom.classed("ck-relation")] == ["contradicts", "agrees"]
    titles = [a["title"] for a in dom.classed("ck-time") if "data-timex" in a]
    assert any(t.startswith("Time: 2017-07-24 (day)") for t in titles)


def test_several_articles_in_chromium(chromium, sample_analysis):
    s9 = sample_analysis.relations[1].b
    other = claimkit.Analysis(text="Ferries run again in May.", doc_id="other-paper", statements=[s9])
    dom = _look(chromium, [sample_analysis, other], "html-view-story", reader=True, relations=sample_analysis.relations)
    assert [a["data-doc"] for a in dom.classed("ck-article")] == ["0", "1"]
    assert {j["href"] for j in dom.classed("ck-jump")} >= {"#st-0-0", "#st-0-2", "#st-1-0"}
    assert not dom.classed("ck-external")


# A page shaped like a Jupyter notebook: its own styles, cells before and after the output.
_NOTEBOOK = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>notebook</title>
<style>
body{{font:13px/1.3 Helvetica,Arial,sans-serif;color:#212121;background:#fafafa;margin:2rem}}
.cell{{margin:1rem 0;padding:.5rem;background:#fff;border:1px solid #ddd}}
.cell h2{{font-size:22px;color:#123456;margin:.2rem 0}}
.cell li{{list-style:square}}
.prompt{{color:#303f9f;font-family:monospace}}
</style></head><body>
<div class="cell" id="before"><span class="prompt">In [1]:</span> <code>analysis</code></div>
<div class="cell output">{output}</div>
<div class="cell" id="after"><h2>Notes</h2><ul><li>a list item</li></ul><p>Plain text.</p></div>
<script>
(function(){{
  var b = document.body, h2 = document.querySelector("#after h2"), li = document.querySelector("#after li");
  var s = getComputedStyle(h2), l = getComputedStyle(li), bs = getComputedStyle(b);
  b.setAttribute("data-t-style", [s.fontSize, s.color, l.listStyleType, bs.fontSize, bs.backgroundColor].join(" "));
  var view = document.querySelector(".ck-notebook");
  b.setAttribute("data-t-height", view ? Math.round(view.getBoundingClientRect().height) : -1);
}})();
</script></body></html>"""


def test_repr_html_in_a_notebook_page(chromium, sample_analysis, tmp_path):
    """The notebook view keeps the notebook's own style, runs its script, and reads the same without it."""
    import re

    OUT.mkdir(exist_ok=True)
    fragment = sample_analysis._repr_html_()
    looks = {}
    for name, output in (
        ("plain", "<pre>no view</pre>"),
        ("notebook-view", fragment),
        ("notebook-view-sanitized", re.sub(r"<script>.*?</script>", "", fragment, flags=re.DOTALL)),
    ):
        page = OUT / f"{name}.html"
        page.write_text(_NOTEBOOK.format(output=output), encoding="utf-8")
        dom = _Dom()
        dom.feed(chromium(page, "--dump-dom"))
        looks[name] = dom
    style = {name: next(a for t, a in dom.elements if t == "body")["data-t-style"] for name, dom in looks.items()}
    assert style["notebook-view"] == style["plain"], "the view restyled the notebook around it"
    assert style["notebook-view-sanitized"] == style["plain"]
    view = looks["notebook-view"]
    root = view.classed("ck-notebook")[0]
    assert root.get("data-ck-ready") == "1", "the view's script did not run in the page"
    height = int(next(a for t, a in view.elements if t == "body")["data-t-height"])
    assert 0 < height < 900, "the view should be a box of bounded height in a cell"
    sanitized = looks["notebook-view-sanitized"]
    assert "data-ck-ready" not in sanitized.classed("ck-notebook")[0]
    for dom in (view, sanitized):  # the meaning is in the markup, not in the script
        assert len(dom.classed("ck-anchor")) == len(sample_analysis.statements)
        assert len(dom.classed("ck-relation")) == len(sample_analysis.relations)
        assert any("Speaker: Ana Ruiz" in a.get("title", "") for a in dom.classed("ck-speaker"))
    shot = OUT / "notebook-view.png"
    shot.unlink(missing_ok=True)
    chromium(OUT / "notebook-view.html", f"--screenshot={shot}", "--window-size=1200,760")
    assert shot.is_file()
    assert shot.stat().st_size > 10_000
    print(f"screenshot of the notebook view: {shot}")  # noqa: T201
