"""An Analysis in a notebook: a short text repr, and the HTML view as a scoped fragment."""

import re

import attrs

import claimkit
from claimkit.render import render_fragment


def test_repr_is_short(sample_analysis):
    text = repr(sample_analysis)
    lines = text.splitlines()
    assert lines[0].startswith("<Analysis 'harbour': ")
    assert "4 statements" in text
    assert "relations: 1 contradicts, 1 agrees" in text
    assert text.endswith(">")
    assert all(len(line) <= 100 for line in lines)
    assert "s2 direct Ana Ruiz (tell) [2017-07-26]:" in text


def test_repr_of_a_long_analysis_fits_one_screen(sample_analysis):
    many = [attrs.evolve(sample_analysis.statements[0], id=f"s{i}") for i in range(500)]
    long = attrs.evolve(sample_analysis, statements=many, doc_id="x" * 300, warnings=["w" * 500] * 10)
    lines = repr(long).splitlines()
    assert len(lines) <= 20
    assert all(len(line) <= 100 for line in lines[1:])
    assert "… 490 more statements" in repr(long)
    # the attrs fields are not in it: the text alone may be megabytes
    assert "text=" not in repr(long)


def test_repr_of_an_empty_analysis():
    assert repr(claimkit.Analysis(text="Hi.")) == (
        "<Analysis: 3 characters, 0 statements, 0 actors, 0 times, 0 claims, 0 relations>"
    )


def test_equality_and_hash_are_unchanged(sample_analysis):
    again = attrs.evolve(sample_analysis)
    assert again == sample_analysis
    assert hash(again) == hash(sample_analysis)


def _rules(fragment: str) -> list[str]:
    css = re.search(r"<style>(.*?)</style>", fragment, re.DOTALL).group(1)
    css = re.sub(r"@keyframes[^{]*\{(?:[^{}]*\{[^}]*\})*\s*\}", "", css)  # no selectors in there
    css = re.sub(r"@media[^{]*\{", "", css)
    return [sel.strip() for block in re.findall(r"([^{}]+)\{[^}]*\}", css) for sel in block.split(",")]


def test_fragment_css_is_scoped(sample_analysis):
    fragment = sample_analysis._repr_html_()
    scope = re.match(r'<div class="ck-notebook" id="(ck-nb-[0-9a-f]+)">', fragment).group(1)
    selectors = [s for s in _rules(fragment) if s]
    assert selectors
    for selector in selectors:
        assert selector.startswith(f"#{scope}"), selector
    assert "<body" not in fragment
    assert "<html" not in fragment
    assert "<h1" not in fragment  # a notebook numbers and anchors headings


def test_fragment_loads_nothing(sample_analysis):
    fragment = render_fragment(sample_analysis)
    for needle in ("http:", "https:", "//", "@import", "url(", " src="):
        assert needle not in fragment.replace("</", ""), needle


def test_fragment_means_the_same_without_its_script(sample_analysis):
    fragment = sample_analysis._repr_html_()
    stripped = re.sub(r"<script>.*?</script>", "", fragment, flags=re.DOTALL)
    # every statement still has its anchor, every panel entry its link, every time its tooltip
    anchors = re.findall(r'class="ck-anchor" id="(st-[^"]+)"', stripped)
    assert len(anchors) == len(sample_analysis.statements)
    links = re.findall(r'href="#(st-[^"]+)"', stripped)
    assert links
    assert set(links) <= set(anchors)
    timed = re.findall(r'class="[^"]*\bck-time\b[^"]*" title="[^"]*Time: ', stripped)
    assert len(timed) >= len(sample_analysis.times)
    assert "Contradictions" in stripped


def test_two_fragments_on_one_page_do_not_share_ids(sample_analysis):
    other = attrs.evolve(sample_analysis, doc_id="other")
    a, b = sample_analysis._repr_html_(), other._repr_html_()
    ids_a = set(re.findall(r' id="([^"]+)"', a))
    ids_b = set(re.findall(r' id="([^"]+)"', b))
    assert ids_a
    assert not ids_a & ids_b


def test_fragment_escapes_the_text():
    a = claimkit.Analysis(text="<script>alert(1)</script>", doc_id="<b>")
    fragment = a._repr_html_()
    assert "<script>alert" not in fragment
    assert "&lt;script&gt;alert(1)" in fragment


def test_identical_relation_cards_are_merged(sample_analysis):
    # the same story printed by two papers: the same relation twice, between different statements
    copy = attrs.evolve(sample_analysis, doc_id="copy")
    relations = [
        *sample_analysis.relations[:1],
        *(attrs.evolve(r, a=r.a, b=r.b) for r in sample_analysis.relations[:1]),
    ]
    page = claimkit.render_html([sample_analysis, copy], relations=relations)
    assert page.count('class="ck-relation ') == 1
    assert 'data-pairs="2"' in page
    assert "the same in 1 more pair" in page
    different = [*relations, attrs.evolve(relations[0], reasons=["another reason"])]
    page = claimkit.render_html([sample_analysis, copy], relations=different)
    assert page.count('class="ck-relation ') == 2
    # the count in the heading is of relations, not cards
    assert '<h2>Contradictions <span class="ck-count">3</span>' in page


def test_several_articles_name_each_statements_date(sample_analysis):
    other = attrs.evolve(sample_analysis, doc_id="later", published=sample_analysis.published.replace(day=27))
    page = claimkit.render_html([sample_analysis, other])
    assert "harbour (2017-07-26):s1" in page
    assert "later (2017-07-27):s1" not in page or "published 2017-07-27" in page
    assert "published 2017-07-27" in page
