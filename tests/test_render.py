"""claimkit.render_html: a self-contained, escaped page built from offsets."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import claimkit
from claimkit import Analysis, Span, Statement, StatementKind, TimeExpression, render_html


class _Collect(HTMLParser):
    """Elements with their attributes, and the text of the article."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.article: list[str] = []
        self._depth = 0
        self.scripts = 0

    def handle_starttag(self, tag, attrs):
        d = {k: v or "" for k, v in attrs}
        self.elements.append((tag, d))
        if tag == "script":
            self.scripts += 1
        if "ck-text" in d.get("class", "").split():
            self._depth = 1
        elif self._depth and tag != "br":
            self._depth += 1

    def handle_endtag(self, tag):
        if self._depth:
            self._depth -= 1

    def handle_data(self, data):
        if self._depth:
            self.article.append(data)

    def with_class(self, name: str) -> list[dict[str, str]]:
        return [a for _, a in self.elements if name in (c := a.get("class", "").split()) and "ck-key" not in c]


def parse(page: str) -> _Collect:
    p = _Collect()
    p.feed(page)
    p.close()
    return p


def test_article_text_survives_exactly(sample_analysis):
    page = parse(render_html(sample_analysis))
    assert "".join(page.article) == sample_analysis.text


def test_untrusted_text_is_escaped(sample_analysis):
    page = render_html(sample_analysis)
    assert "<b>ferry</b>" not in page
    assert "&lt;b&gt;ferry&lt;/b&gt;" in page
    assert " &amp; " in page


def test_script_in_text_stays_text():
    text = '</script><script>alert("x")</script><img src=x onerror=alert(1)> "quoted" & more'
    page = render_html(Analysis(text=text, doc_id='<i>"id"</i>'))
    parsed = parse(page)
    assert parsed.scripts == 1  # only our own
    assert not [a for t, a in parsed.elements if t == "img"]
    assert "".join(parsed.article) == text
    assert "<i>" not in page


def test_highlights_and_tooltips(sample_analysis):
    page = parse(render_html(sample_analysis))
    speakers = page.with_class("ck-speaker")
    titles = [a["title"] for a in speakers if "title" in a]
    assert any("Speaker: Ana Ruiz (person)" in t for t in titles)
    assert any("Role: port director" in t for t in titles)
    assert page.with_class("ck-cue")
    assert page.with_class("ck-direct")
    assert page.with_class("ck-indirect")
    assert page.with_class("ck-partial")
    times = page.with_class("ck-time")
    assert {a.get("data-timex") for a in times} >= {"2017-07-24", "2017-05"}
    assert any("not normalized" in a.get("title", "") for a in times)


def test_content_tooltip_names_the_rules_that_decided():
    a = claimkit.analyze("“It is over,” said Ana Ruiz.")
    contents = parse(render_html(a)).with_class("ck-content")
    assert any("Rules: said-verb-then-subject, quote-then-said-verb" in c.get("title", "") for c in contents)


def test_one_colour_per_speaker(sample_analysis):
    page = parse(render_html(sample_analysis))
    colours = {}
    for a in page.with_class("ck-speaker"):
        (colour,) = (c for c in a["class"].split() if c.startswith("ck-spk-"))
        name = next(line for line in a["title"].splitlines() if line.startswith("Speaker"))
        colours.setdefault(name, set()).add(colour)
    assert all(len(c) == 1 for c in colours.values())
    assert len({next(iter(c)) for c in colours.values()}) == len(colours) == 2


def test_interrupted_quote_parts_share_one_statement(sample_analysis):
    page = parse(render_html(sample_analysis))
    index = [s.id for s in sample_analysis.statements].index("s2")
    ref = f"0-{index}"
    parts = [a for a in page.with_class("ck-content") if ref in a.get("data-st", "").split()]
    assert len(parts) >= 2  # two quote pieces (split further by the time inside)
    # the attribution between them is not content of s2
    between = next(a for a in page.with_class("ck-speaker") if "Ana Ruiz" in a.get("title", ""))
    assert ref not in between.get("data-st", "").split()


def test_panel_lists_relations_with_reasons_and_jumps(sample_analysis):
    page = render_html(sample_analysis)
    parsed = parse(page)
    rels = parsed.with_class("ck-relation")
    assert [r["data-kind"] for r in rels] == ["contradicts", "agrees"]
    assert "s3 denies what s1 asserts" in page
    ids = {a["id"] for _, a in parsed.elements if a.get("id", "").startswith("st-")}
    jumps = parsed.with_class("ck-jump")
    assert jumps
    assert all(j["href"].removeprefix("#") in ids for j in jumps)
    # a statement from another document is named, not linked
    assert parsed.with_class("ck-external")
    assert "other-paper" in page


def test_timeline_is_in_time_order(sample_analysis):
    page = render_html(sample_analysis)
    timeline = page[page.index('class="ck-section ck-timeline"') :]
    assert re.findall(r'<time class="ck-when">([^<]*)</time>', timeline) == ["2017-07-24", "2017-07-26"]


def test_empty_analysis_says_so():
    page = render_html(Analysis(text=""))
    assert "No statements found." in page
    assert "No contradictions found." in page
    assert "No dated statements." in page


def test_self_contained(sample_analysis):
    page = render_html(sample_analysis)
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "@import" not in page
    assert "default-src 'none'" in html.unescape(page)


def test_title_defaults_to_doc_id(sample_analysis):
    assert "<title>harbour · claimkit</title>" in render_html(sample_analysis)
    assert "<title>Mine · claimkit</title>" in render_html(sample_analysis, title="Mine")


def test_rejects_what_is_not_an_analysis():
    with pytest.raises(claimkit.InvalidInputError, match="Analysis"):
        render_html("just text")  # type: ignore[arg-type]
    with pytest.raises(claimkit.InvalidInputError, match="title"):
        render_html(Analysis(text="x"), title=3)  # type: ignore[arg-type]


def test_spans_from_another_text_are_an_error():
    stray = Statement(id="s1", kind=StatementKind.DIRECT, content=Span.from_text("other text", 0, 5))
    with pytest.raises(claimkit.InvalidSpanError, match="does not slice back"):
        render_html(Analysis(text="short text", statements=[stray]))


def test_json_round_trip_renders_the_same(sample_analysis):
    again = Analysis.from_json(sample_analysis.to_json())
    assert render_html(again) == render_html(sample_analysis)


@st.composite
def overlapping(draw):
    text = draw(st.text(alphabet=st.sampled_from("ab <>&\"'“”\n"), max_size=60))
    pairs = draw(
        st.lists(
            st.tuples(st.integers(0, len(text)), st.integers(0, len(text))).map(sorted),
            max_size=8,
        )
    )
    spans = [Span.from_text(text, a, b) for a, b in pairs]
    statements = [
        Statement(id=f"s{i}", kind=StatementKind.DIRECT, content=sp, speaker_span=other)
        for i, (sp, other) in enumerate(zip(spans, reversed(spans), strict=True))
    ]
    times = [TimeExpression(span=sp) for sp in spans[::2]]
    return Analysis(text=text, statements=statements, times=times)


@given(overlapping())
def test_any_overlap_keeps_the_text_whole(analysis):
    page = parse(render_html(analysis))
    assert "".join(page.article) == analysis.text


def test_a_continued_quote_keeps_its_speakers_colour(sample_analysis):
    s2 = sample_analysis.statement("s2")
    text = sample_analysis.text + "\n“More to come.”"
    more = Statement(
        id="s5",
        kind=StatementKind.DIRECT,
        content=Span.from_text(text, len(text) - 15, len(text)),
        continues="s2",
        doc_id="harbour",
    )
    analysis = attrs.evolve(sample_analysis, text=text, statements=[*sample_analysis.statements, more])
    page = parse(render_html(analysis))
    colour_of = {}
    for a in page.with_class("ck-content"):
        for i in a.get("data-st", "").split():
            colour_of[int(i.split("-")[1])] = next(c for c in a["class"].split() if c.startswith("ck-spk-"))
    assert colour_of[4] == colour_of[analysis.statements.index(s2)]
    assert "(no speaker)" not in render_html(analysis).split('class="ck-legend"')[1].split("</section>")[0]


def test_the_panel_can_be_capped(sample_analysis):
    first = sample_analysis.relations[0]
    many = attrs.evolve(sample_analysis, relations=[attrs.evolve(first, score=k / 10) for k in range(1, 6)])
    page = parse(render_html(many, max_relations=2))
    assert len(page.with_class("ck-relation")) == 2
    assert "… and 3 more, with lower scores." in render_html(many, max_relations=2)
    assert len(parse(render_html(many, max_relations=None)).with_class("ck-relation")) == 5
    with pytest.raises(claimkit.InvalidInputError, match="max_relations"):
        render_html(many, max_relations=-1)


def test_several_articles_on_one_page(sample_analysis):
    a = sample_analysis
    b = claimkit.Analysis(text="Ferries run again in May.", doc_id="other-paper")
    s9 = a.relations[1].b
    b = attrs.evolve(b, statements=[s9])
    page = render_html([a, b], relations=a.relations)
    parsed = parse(page)
    assert "<title>2 documents · claimkit</title>" in page
    assert [x["data-doc"] for _, x in parsed.elements if "ck-article" in x.get("class", "").split()] == ["0", "1"]
    # the statement of the other article is now on the page: the agreement links to it
    assert not parsed.with_class("ck-external")
    assert {j["href"] for j in parsed.with_class("ck-jump")} >= {"#st-1-0", "#st-0-0"}
    assert "other-paper:s9" in page


def test_several_articles_need_analyses():
    with pytest.raises(claimkit.InvalidInputError, match="non-empty"):
        render_html([])
    with pytest.raises(claimkit.InvalidInputError, match="non-empty"):
        render_html([Analysis(text="x"), "y"])  # type: ignore[list-item]
    with pytest.raises(claimkit.InvalidInputError, match="relations"):
        render_html(Analysis(text="x"), relations=["not a relation"])  # type: ignore[list-item]


def test_a_speaker_is_in_its_own_colour_over_a_mention_inside_it():
    text = "The port said no. The port's chief, Ana Ruiz, said yes."
    port_span = Span.from_text(text, 0, 8)
    inner = Span.from_text(text, 18, 26)  # "The port" inside the chief's speaker span
    port = claimkit.Actor(id="port", name="Port", mentions=[port_span, inner])
    ruiz = claimkit.Actor(id="ruiz", name="Ana Ruiz", mentions=[Span.from_text(text, 37, 45)])
    statements = [
        Statement(
            id="s1",
            kind=StatementKind.INDIRECT,
            content=Span.from_text(text, 14, 16),
            speaker=port,
            speaker_span=port_span,
        ),
        Statement(
            id="s2",
            kind=StatementKind.INDIRECT,
            content=Span.from_text(text, 52, 55),
            speaker=ruiz,
            speaker_span=Span.from_text(text, 18, 45),
        ),
    ]
    page = parse(render_html(Analysis(text=text, statements=statements, actors=[port, ruiz])))
    chief = [a for a in page.with_class("ck-speaker") if "Speaker: Ana Ruiz" in a.get("title", "")]
    colours = {c for a in chief for c in a["class"].split() if c.startswith("ck-spk-")}
    assert colours == {"ck-spk-1"}  # the port is ck-spk-0
    assert all(len([c for c in a["class"].split() if c.startswith("ck-spk-")]) == 1 for a in chief)
