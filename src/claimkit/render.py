"""An HTML view of an :class:`~claimkit.Analysis`: the article with its speakers, cues,
quotes and times highlighted, a panel of contradictions and agreements, and a timeline.

The page is self-contained (inline CSS and JavaScript, no fonts, images or requests)
and its Content-Security-Policy forbids loading anything, so it can be opened from
disk, mailed, or attached to a fact-check. Every piece of the article is escaped: the
text is untrusted input.

>>> import claimkit
>>> page = render_html(claimkit.Analysis(text="Nothing <here>."))
>>> page.startswith("<!DOCTYPE html>"), "Nothing &lt;here&gt;." in page
(True, True)

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import hashlib
import html
import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from claimkit.errors import InvalidInputError, InvalidSpanError, short_repr
from claimkit.model import Analysis, Relation, RelationKind
from claimkit.relations import denial_parts

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from claimkit.model import Actor, Span, Statement, TimeExpression, TimeValue

__all__ = ["render_fragment", "render_html", "text_summary"]

_CSP = (
    '<meta http-equiv="Content-Security-Policy" '
    "content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">"
)
"""Nothing may be loaded from anywhere: the page is whole as it is."""

_SNIPPET = 90
"""Characters of a statement's content shown in the side panel."""

_NO_SPEAKER = "(no speaker)"


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


@attrs.frozen
class _Mark:
    """One highlight over ``text[start:end]``: its CSS classes, tooltip and statement ids."""

    start: int
    end: int
    classes: tuple[str, ...]
    title: str = ""
    statement: str | None = None
    """The anchor ("D-I") of the statement this mark belongs to, for hover and jump."""
    timex: str | None = None


def render_html(
    analysis: Analysis | Sequence[Analysis],
    /,
    *,
    title: str | None = None,
    relations: Iterable[Relation] | None = None,
    max_relations: int | None = 500,
) -> str:
    """Render *analysis* as one self-contained HTML page.

    The article is shown with every speaker, cue, quoted or reported content and
    time expression highlighted, from their character offsets (overlapping spans
    are split into segments, so nothing is lost). Each speaker gets a colour; the
    tooltip of a speaker names its canonical actor, that of a content the rules that
    chose it (:attr:`Statement.evidence <claimkit.Statement.evidence>`), that of a time
    its normalized value. A side panel lists contradictions and agreements with their reasons and
    a timeline of dated statements; clicking an entry jumps to the statement.

    Given several analyses, the page shows the articles one after another, and the
    panel can list relations across them (pass those of :func:`claimkit.find_relations`).

    Args:
        analysis: What :func:`claimkit.analyze` returned (or one rebuilt with
            :meth:`~claimkit.Analysis.from_json`), or a sequence of them.
        title: The page title; defaults to the ``doc_id`` of a single analysis.
        relations: The relations to list; defaults to those of the analyses themselves.
            A relation whose statement is in none of them names it without a link.
        max_relations: At most this many contradictions, and as many agreements, are
            listed in the panel (the strongest; the panel says how many more there are).
            ``None`` lists them all.

    Returns:
        The page, as a str: write it to a ``.html`` file and open it in a browser.

    Raises:
        InvalidInputError: if *analysis* is not an :class:`~claimkit.Analysis` or a
            non-empty sequence of them, or another argument has the wrong type.
        InvalidSpanError: if a span's offsets do not slice back to its text.

    >>> import claimkit
    >>> text = "The mayor said the bridge would open on Friday."
    >>> mayor = claimkit.Actor(id="mayor", name="The mayor", kind=claimkit.ActorKind.PERSON)
    >>> s = claimkit.Statement(
    ...     id="s1",
    ...     kind=claimkit.StatementKind.INDIRECT,
    ...     content=claimkit.Span.from_text(text, 15, 46),
    ...     speaker=mayor,
    ...     speaker_span=claimkit.Span.from_text(text, 0, 9),
    ...     cue="said",
    ...     cue_span=claimkit.Span.from_text(text, 10, 14),
    ... )
    >>> page = render_html(claimkit.Analysis(text=text, statements=[s]), title="Bridge")
    >>> 'class="ck-speaker' in page and "<title>Bridge · claimkit</title>" in page
    True

    .. versionadded:: 0.1.0
    """
    docs, chosen = _checked_arguments(analysis, title, relations, max_relations)
    if title is None:
        title = (docs[0].doc_id or "claimkit analysis") if len(docs) == 1 else f"{len(docs)} documents"
    return _Page(docs, title, chosen, max_relations).render()


def _checked_arguments(
    analysis: Analysis | Sequence[Analysis],
    title: str | None,
    relations: Iterable[Relation] | None,
    max_relations: int | None,
) -> tuple[tuple[Analysis, ...], tuple[Relation, ...]]:
    """render_html's arguments checked: the analyses and the relations to list."""
    docs: tuple[Analysis, ...]
    if isinstance(analysis, Analysis):
        docs = (analysis,)
    elif isinstance(analysis, Sequence) and not isinstance(analysis, str | bytes):
        docs = tuple(analysis)
        if not docs or not all(isinstance(a, Analysis) for a in docs):
            msg = "render_html() takes an Analysis or a non-empty sequence of Analysis objects"
            raise InvalidInputError(msg)
    else:
        msg = f"render_html() takes an Analysis, got {type(analysis).__name__}"
        raise InvalidInputError(msg)
    if title is not None and not isinstance(title, str):
        msg = f"title must be a str or None, got {type(title).__name__}"
        raise InvalidInputError(msg)
    if max_relations is not None and (
        not isinstance(max_relations, int) or isinstance(max_relations, bool) or max_relations < 0
    ):
        msg = f"max_relations must be a non-negative int or None, got {max_relations!r}"
        raise InvalidInputError(msg)
    if relations is None:
        # the same object listed by two analyses is shown once (by identity: hashing is deep)
        chosen = tuple({id(r): r for a in docs for r in a.relations}.values())
    else:
        chosen = tuple(relations) if not isinstance(relations, str | bytes) else ()
        if isinstance(relations, str | bytes) or not all(isinstance(r, Relation) for r in chosen):
            msg = "relations must be an iterable of Relation objects or None"
            raise InvalidInputError(msg)
    return docs, chosen


def render_fragment(analysis: Analysis, /) -> str:
    """The HTML view of *analysis* as one ``<div>`` to embed in another page (a notebook cell).

    It is what :meth:`Analysis._repr_html_ <claimkit.Analysis._repr_html_>` shows: the
    article with its highlights and the panel of relations, in a box of bounded height.
    Every CSS rule is scoped to the fragment's own id, so the host page keeps its style;
    nothing is loaded from anywhere; the script only adds hover and jump (anchors and
    tooltips work without it, as in a notebook whose sanitizer strips scripts).

    >>> from claimkit import Analysis
    >>> part = render_fragment(Analysis(text="Nothing <here>."))
    >>> part.startswith('<div class="ck-notebook" id="ck-nb-'), "Nothing &lt;here&gt;." in part, "<body" in part
    (True, True, False)

    Raises:
        InvalidInputError: if *analysis* is not an :class:`~claimkit.Analysis`.
        InvalidSpanError: if a span's offsets do not slice back to its text.
    """
    if not isinstance(analysis, Analysis):
        msg = f"render_fragment() takes an Analysis, got {type(analysis).__name__}"
        raise InvalidInputError(msg)
    title = analysis.doc_id or "claimkit analysis"
    return _Page((analysis,), title, analysis.relations, 100).render_fragment()


_SUMMARY_STATEMENTS = 10
_SUMMARY_WIDTH = 100


def text_summary(analysis: Analysis) -> str:
    """A summary of *analysis* that fits one screen: ``repr(analysis)``.

    The counts on the first line, then the first statements (one line each), how many
    more there are, the relations by kind, and any warnings.

    >>> from claimkit import Analysis
    >>> print(text_summary(Analysis(text="Hi.", published=__import__("datetime").date(2017, 7, 26))))
    <Analysis: 3 characters, published 2017-07-26
      0 statements, 0 actors, 0 times, 0 claims, 0 relations>
    """
    a = analysis
    name = f" {short_repr(a.doc_id, 40)}" if a.doc_id is not None else ""
    head = [f"{len(a.text):,} characters"]
    if a.published is not None:
        head.append(f"published {a.published.isoformat()}")
    head.extend(
        f"{n} {what}"
        for n, what in (
            (len(a.statements), "statements"),
            (len(a.actors), "actors"),
            (len(a.times), "times"),
            (len(a.claims), "claims"),
            (len(a.relations), "relations"),
        )
    )
    first = f"<Analysis{name}: {', '.join(head)}"
    if len(first) <= _SUMMARY_WIDTH:
        lines = [first]
    else:  # the counts on a line of their own
        cut = 2 if a.published is not None else 1
        lines = [f"<Analysis{name}: {', '.join(head[:cut])}", "  " + ", ".join(head[cut:])]
    by_id = {s.id: s for s in a.statements}
    for s in a.statements[:_SUMMARY_STATEMENTS]:
        source = s
        seen = {s.id}
        while source.speaker is None and source.speaker_span is None and source.continues in by_id:
            source = by_id[source.continues or ""]
            if source.id in seen:
                break
            seen.add(source.id)
        who = _speaker_name(source)
        when = f" [{s.time.timex}]" if s.time is not None else ""
        line = (
            f"  {s.id} {s.kind.value} {who}{f' ({s.cue})' if s.cue else ''}{when}: {' '.join(s.content.text.split())}"
        )
        lines.append(line if len(line) <= _SUMMARY_WIDTH else line[: _SUMMARY_WIDTH - 1] + "…")
    if len(a.statements) > _SUMMARY_STATEMENTS:
        lines.append(f"  … {len(a.statements) - _SUMMARY_STATEMENTS} more statements (see .statements)")
    if a.relations:
        kinds = {k: sum(r.kind is k for r in a.relations) for k in RelationKind}
        lines.append("  relations: " + ", ".join(f"{n} {k.value}" for k, n in kinds.items() if n))
    for w in a.warnings[:3]:
        line = f"  warning: {w}"
        lines.append(line if len(line) <= _SUMMARY_WIDTH else line[: _SUMMARY_WIDTH - 1] + "…")
    return "\n".join(line if len(line) < _SUMMARY_WIDTH else line[: _SUMMARY_WIDTH - 2] + "…" for line in lines) + ">"


class _Statements:
    """The statements of every document on a page: where each one is, and its speaker's colour."""

    def __init__(self, docs: tuple[Analysis, ...]) -> None:
        self.docs = docs
        self.prefix = ""
        """Prepended to every statement reference (and so to every anchor id) on the page."""
        # Statements are found by identity first, then by (doc_id, id) and equality (a relation
        # rebuilt from JSON holds equal copies); never by hash, which walks every nested span.
        self._by_object: dict[int, tuple[int, int]] = {}
        self._by_key: dict[tuple[str | None, str], list[tuple[int, int]]] = {}
        self.by_id: list[dict[str, Statement]] = []
        for d, a in enumerate(docs):
            self.by_id.append({s.id: s for s in a.statements})
            for i, s in enumerate(a.statements):
                self._by_object.setdefault(id(s), (d, i))
                self._by_key.setdefault((s.doc_id, s.id), []).append((d, i))
        self.colours: dict[str, int] = {}
        for a in docs:
            for s in a.statements:
                self.colours.setdefault(self.key(s), len(self.colours))

    def locate(self, s: Statement) -> tuple[int, int] | None:
        """(document, index) of *s* on this page, or ``None`` if it is on none of its articles."""
        found = self._by_object.get(id(s))
        if found is not None:
            return found
        for d, i in self._by_key.get((s.doc_id, s.id), ()):
            if self.docs[d].statements[i] == s:
                return d, i
        return None

    def _source(self, s: Statement) -> Statement:
        """The statement that names *s*'s speaker: *s*, or the one it continues."""
        at = self.locate(s)
        if at is None:
            return s
        d = at[0]
        seen = {s.id}
        while s.speaker is None and s.speaker_span is None and s.continues is not None:
            before = self.by_id[d].get(s.continues)
            if before is None or before.id in seen:
                break
            seen.add(before.id)
            s = before
        return s

    def key(self, s: Statement) -> str:
        """Statements with the same key share a colour: the same actor, or the same words."""
        return _speaker_key(self._source(s))

    def name(self, s: Statement) -> str:
        return _speaker_name(self._source(s))


class _Panel(_Statements):
    """The side panel of a page: the speakers' legend, the relations and the timeline."""

    def __init__(self, docs: tuple[Analysis, ...], relations: tuple[Relation, ...], max_relations: int | None) -> None:
        super().__init__(docs)
        self.relations = relations
        self.max_relations = max_relations

    # ------------------------------------------------------------------ the panel

    def _jump(self, s: Statement) -> str:
        """A link to *s* in an article on the page, or a plain label if it is not on it."""
        snippet = _snippet(s.content.text)
        at = self.locate(s)
        where = ""
        if len(self.docs) > 1 and s.doc_id:
            where = f"{s.doc_id}:"
            published = self.docs[at[0]].published if at is not None else None
            if published is not None:  # articles of different days: each statement shows its own
                where = f"{s.doc_id} ({published.isoformat()}):"
        if at is None:
            label = f"{s.id} · {_speaker_name(s)}"
            elsewhere = f" (in {s.doc_id})" if s.doc_id else " (in another document)"
            return (
                f'<span class="ck-ref ck-external"><b>{_esc(label)}</b>{_esc(elsewhere)}'
                f'<span class="ck-snippet">{_esc(snippet)}</span></span>'
            )
        ref = f"{self.prefix}{at[0]}-{at[1]}"
        label = f"{where}{s.id} · {self.name(s)}"
        colour = self.colours[self.key(s)]
        return (
            f'<a class="ck-ref ck-jump ck-spk-{colour}" href="#st-{ref}" data-target="{ref}">'
            f'<b>{_esc(label)}</b><span class="ck-snippet">{_esc(snippet)}</span></a>'
        )

    def _legend(self) -> str:
        statements = [s for a in self.docs for s in a.statements]
        if not statements:
            return '<section class="ck-legend"><h2>Speakers</h2><p class="ck-empty">No statements found.</p></section>'
        counts: dict[str, int] = {}
        names: dict[str, str] = {}
        for s in statements:
            key = self.key(s)
            counts[key] = counts.get(key, 0) + 1
            names.setdefault(key, self.name(s))
        items = "".join(
            f'<li class="ck-spk-{n}"><span class="ck-swatch"></span>{_esc(names[key])} '
            f'<span class="ck-count">{counts[key]}</span></li>'
            for key, n in self.colours.items()
        )
        keys = "".join(
            f'<span class="ck-key {cls}" title="{_esc(tip)}">{name}</span> '
            for cls, name, tip in (
                ("ck-speaker", "speaker", "hover a speaker to see the actor it refers to"),
                ("ck-cue", "cue", "the verb or phrase that attributes the statement"),
                ("ck-content ck-direct", "quote", "quoted content"),
                ("ck-content ck-indirect", "reported", "reported speech: the reporter's words"),
                ("ck-time", "time", "hover a time to see its normalized value"),
            )
        )
        keys = f'<p class="ck-keys">{keys}</p>'
        return f'<section class="ck-legend"><h2>Speakers</h2><ul>{items}</ul>{keys}</section>'

    def _relations(self) -> str:
        sections = []
        kinds = (
            (RelationKind.CONTRADICTS, "Contradictions"),
            (RelationKind.CHANGED, "Changed accounts"),
            (RelationKind.AGREES, "Agreements"),
        )
        for kind, heading in kinds:
            chosen = sorted((r for r in self.relations if r.kind is kind), key=lambda r: -r.score)
            if not chosen and kind is RelationKind.CHANGED:
                continue  # shown only when a source changed its account
            # relations a reader cannot tell apart (the same words, speakers and reasons, as when
            # a wire story is printed by several papers) share one card that lists every pair
            cards: dict[tuple[object, ...], list[Relation]] = {}
            for r in chosen:
                cards.setdefault(self._card_key(r), []).append(r)
            groups = list(cards.values())
            shown = groups if self.max_relations is None else groups[: self.max_relations]
            if not chosen:
                body = f'<p class="ck-empty">No {heading.lower()} found.</p>'
            else:
                body = '<ol class="ck-relations">' + "".join(self._relation(g) for g in shown) + "</ol>"
            if len(shown) < len(groups):
                body += f'<p class="ck-more">… and {len(groups) - len(shown)} more, with lower scores.</p>'
            sections.append(
                f'<section class="ck-section ck-{kind.value}"><h2>{heading} '
                f'<span class="ck-count">{len(chosen)}</span></h2>{body}</section>'
            )
        return "".join(sections)

    def _card_key(self, r: Relation) -> tuple[object, ...]:
        """What a card shows of a relation: relations with the same key look the same."""
        return (
            r.kind,
            f"{r.score:.2f}",
            r.reasons,
            *((self.name(s), " ".join(s.content.text.split())) for s in (r.a, r.b)),
        )

    def _relation(self, group: Sequence[Relation]) -> str:
        r = group[0]
        reasons = "".join(f"<li>{_esc(reason)}</li>" for reason in r.reasons)
        same = ""
        if len(group) > 1:
            pairs = "".join(f"<li>{self._jump(o.a)}{self._jump(o.b)}</li>" for o in group[1:])
            same = (
                f'<details class="ck-same"><summary>the same in {len(group) - 1} more '
                f"pair{'s' if len(group) > 2 else ''}</summary><ol>{pairs}</ol></details>"
            )
        times = f' <span class="ck-times">×{len(group)}</span>' if len(group) > 1 else ""
        denial = denial_parts(r)
        label, extra, sides = r.kind.value, "", f"{self._jump(r.a)}{self._jump(r.b)}"
        if denial is not None:  # the denial first, then what it denies
            label, extra = f"{r.kind.value}: a denial", " ck-denial"
            sides = f'{self._jump(denial[0])}<div class="ck-denies">denies</div>{self._jump(denial[1])}'
        cls = f"ck-relation ck-rel-{r.kind.value}{extra}"
        return (
            f'<li class="{cls}" data-kind="{r.kind.value}" data-pairs="{len(group)}">'
            f'<div class="ck-rel-head">{_esc(label)} <span class="ck-score">{r.score:.2f}</span>{times}</div>'
            f"{sides}" + (f'<ul class="ck-reasons">{reasons}</ul>' if reasons else "") + same + "</li>"
        )

    def _timeline(self) -> str:
        dated = [s for a in self.docs for s in a.statements if s.time is not None]
        if not dated:
            return (
                '<section class="ck-section ck-timeline"><h2>Timeline</h2>'
                '<p class="ck-empty">No dated statements.</p></section>'
            )
        dated.sort(key=_time_sort_key)
        items = "".join(
            f'<li><time class="ck-when">{_esc(s.time.timex if s.time else "")}</time>{self._jump(s)}</li>'
            for s in dated
        )
        return f'<section class="ck-section ck-timeline"><h2>Timeline</h2><ol class="ck-dated">{items}</ol></section>'


class _Page(_Panel):
    """One rendering: the articles with their marks, and the panel beside them."""

    def __init__(
        self, docs: tuple[Analysis, ...], title: str, relations: tuple[Relation, ...], max_relations: int | None
    ) -> None:
        super().__init__(docs, relations, max_relations)
        self.title = title

    # ------------------------------------------------------------------ the page

    def _meta(self) -> list[str]:
        docs = self.docs
        n_statements = sum(len(a.statements) for a in docs)
        meta = [
            f"{n_statements} statements",
            f"{sum(len(a.actors) for a in docs)} actors",
            f"{sum(len(a.times) for a in docs)} times",
        ]
        if len(docs) == 1 and docs[0].published is not None:
            meta.insert(0, f"published {docs[0].published.isoformat()}")
        return meta

    def render(self) -> str:
        meta = self._meta()
        articles = "".join(self._article(d) for d in range(len(self.docs)))
        parts = [
            "<!DOCTYPE html>",
            '<html lang="en"><head><meta charset="utf-8">',
            _CSP,
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            '<meta name="generator" content="claimkit">',
            f"<title>{_esc(self.title)} · claimkit</title>",
            f"<style>{_CSS}{self._speaker_css()}</style>",
            "</head><body>",
            f'<header class="ck-header"><h1>{_esc(self.title)}</h1>',
            f'<p class="ck-meta">{_esc(" · ".join(meta))}</p></header>',
            '<main class="ck-layout">',
            f'<div class="ck-articles" id="ck-articles">{articles}</div>',
            '<aside class="ck-panel">',
            self._legend(),
            self._relations(),
            self._timeline(),
            "</aside></main>",
            f"<script>{_JS.replace('__ROOT__', 'document')}</script>",
            "</body></html>",
        ]
        return "\n".join(parts)

    def render_fragment(self) -> str:
        """The view as one ``<div>`` for a notebook cell: every CSS rule scoped to it, ids unique to it."""
        digest = hashlib.sha1(usedforsecurity=False)
        for a in self.docs:
            digest.update(f"{a.doc_id}\0{a.published}\0{len(a.statements)}\0{a.text}\0".encode())
        scope = "ck-nb-" + digest.hexdigest()[:10]
        self.prefix = scope.removeprefix("ck-nb-") + "-"
        meta = self._meta()
        articles = "".join(self._article(d) for d in range(len(self.docs)))
        css = _scoped(_CSS + _NOTEBOOK_CSS + self._speaker_css(), f"#{scope}")
        root = f'document.getElementById("{scope}")'
        parts = [
            f'<div class="ck-notebook" id="{scope}">',
            f"<style>{css}</style>",
            f'<div class="ck-header"><b class="ck-title">{_esc(self.title)}</b>',
            f'<p class="ck-meta">{_esc(" · ".join(meta))}</p></div>',
            '<div class="ck-layout">',
            f'<div class="ck-articles">{articles}</div>',
            '<div class="ck-panel">',
            self._legend(),
            self._relations(),
            self._timeline(),
            "</div></div>",
            f"<script>{_JS.replace('__ROOT__', root)}</script>",
            "</div>",
        ]
        return "\n".join(parts)

    def _speaker_css(self) -> str:
        # golden-angle hues: neighbours differ, and there is a colour for any number of speakers;
        # each round of eight hues is darker than the last, so that near hues still differ
        rules = []
        for n in range(len(self.colours)):
            hue = (n * 137.508 + 210) % 360
            dark = 38 - 9 * (n // 8 % 3)
            rules.append(
                f".ck-spk-{n}{{--spk:hsl({hue:.0f} 70% {dark}%);--spk-bg:hsl({hue:.0f} 80% {93 - n // 8 % 3}%)}}"
            )
        return "".join(rules)

    # ------------------------------------------------------------------ the articles

    def _article(self, d: int) -> str:
        a = self.docs[d]
        head = ""
        if len(self.docs) > 1:
            when = f" · published {a.published.isoformat()}" if a.published is not None else ""
            head = (
                f'<h2 class="ck-doc">{_esc(a.doc_id or f"document {d + 1}")}'
                f'<span class="ck-meta">{_esc(when)}</span></h2>'
            )
        return f'<article class="ck-article" data-doc="{d}">{head}<div class="ck-text">{self._text(d)}</div></article>'

    def _text(self, d: int) -> str:
        text = self.docs[d].text
        marks = list(self._marks(d))
        anchors: dict[int, list[int]] = {}
        for i, s in enumerate(self.docs[d].statements):
            anchors.setdefault(s.content.start, []).append(i)
        bounds = sorted({0, len(text), *anchors, *(m.start for m in marks), *(m.end for m in marks)})
        starting: dict[int, list[_Mark]] = {}
        for m in marks:
            starting.setdefault(m.start, []).append(m)
        active: list[_Mark] = []
        out: list[str] = []
        for lo, hi in itertools.pairwise(bounds):
            out.extend(f'<span class="ck-anchor" id="st-{self.prefix}{d}-{i}"></span>' for i in anchors.get(lo, ()))
            active = [m for m in active if m.end > lo]
            active.extend(starting.get(lo, ()))
            piece = _esc(text[lo:hi])
            out.append(_segment(active, piece) if active else piece)
        return "".join(out)

    def _marks(self, d: int) -> Iterator[_Mark]:  # noqa: C901  one branch per kind of mark in the HTML view
        a = self.docs[d]
        speaker_actor_ids = {s.speaker.id for s in a.statements if s.speaker is not None}
        for actor in a.actors:
            n = self.colours.get(actor.id) if actor.id in speaker_actor_ids else None
            for span in actor.mentions:
                self._check(d, span)
                classes = ("ck-mention", f"ck-spk-{n}") if n is not None else ("ck-mention",)
                yield _Mark(span.start, span.end, classes, _actor_title(actor, "Mention of"))
        for i, s in enumerate(a.statements):
            colour = f"ck-spk-{self.colours[self.key(s)]}"
            ref = f"{self.prefix}{d}-{i}"
            for span in s.content_parts or (s.content,):
                self._check(d, span)
                title = f"{s.id} · {s.kind.value} · {self.name(s)}"
                if s.time is not None:
                    title += f" · {_time_label(s.time)}"
                if s.evidence:
                    title += "\nRules: " + ", ".join(e.rule for e in s.evidence)
                yield _Mark(span.start, span.end, ("ck-content", f"ck-{s.kind.value}", colour), title, ref)
            if s.speaker_span is not None:
                self._check(d, s.speaker_span)
                if s.speaker is not None:
                    title = _actor_title(s.speaker, "Speaker")
                else:
                    title = f"Speaker (not resolved to an actor): {s.speaker_span.text}"
                yield _Mark(s.speaker_span.start, s.speaker_span.end, ("ck-speaker", colour), title, ref)
            if s.cue_span is not None:
                self._check(d, s.cue_span)
                title = f"Cue: {s.cue or s.cue_span.text} (stance: {s.stance.value})"
                yield _Mark(s.cue_span.start, s.cue_span.end, ("ck-cue", colour), title, ref)
        for t in a.times:
            self._check(d, t.span)
            timex = t.value.timex if t.value is not None else None
            yield _Mark(t.span.start, t.span.end, ("ck-time",), _time_title(t), timex=timex)

    def _check(self, d: int, span: Span) -> None:
        if self.docs[d].text[span.start : span.end] != span.text:
            msg = (
                f"span {span.start}..{span.end} {span.text[:40]!r} does not slice back "
                "to the analysis text; was it made from another text?"
            )
            raise InvalidSpanError(msg)


# ---------------------------------------------------------------------- helpers


_COLOUR_RANK = {"ck-mention": 0, "ck-content": 1, "ck-cue": 2, "ck-speaker": 3}


def _segment(active: Iterable[_Mark], piece: str) -> str:  # noqa: C901  one branch per kind of mark in the HTML view
    """One run of text under the same marks, as a single ``<span>``."""
    classes: dict[str, None] = {}
    titles: dict[str, None] = {}
    statements: dict[str, None] = {}
    timex = None
    colour, rank = None, -1
    for m in active:
        for c in m.classes:
            if not c.startswith("ck-spk-"):
                classes[c] = None
            elif (r := _COLOUR_RANK.get(m.classes[0], 0)) >= rank:
                # one colour per run: a speaker's over a cue's over a quote's over a mention's,
                # and among equals the innermost (the mark that started last)
                colour, rank = c, r
        if m.title:
            titles[m.title] = None
        if m.statement is not None and "ck-content" in m.classes:
            statements[m.statement] = None
        if m.timex is not None:
            timex = m.timex
    if colour is not None:
        classes[colour] = None
    attrs_ = [f'class="{_esc(" ".join(classes))}"']
    if titles:
        attrs_.append(f'title="{_esc(chr(10).join(titles))}"')
    if statements:
        attrs_.append(f'data-st="{" ".join(statements)}"')
    if timex is not None:
        attrs_.append(f'data-timex="{_esc(timex)}"')
    return f"<span {' '.join(attrs_)}>{piece}</span>"


def _speaker_key(s: Statement) -> str:
    if s.speaker is not None:
        return s.speaker.id
    if s.speaker_span is not None:
        return "span:" + s.speaker_span.text.casefold()
    return ""


def _speaker_name(s: Statement) -> str:
    if s.speaker is not None:
        return s.speaker.name
    if s.speaker_span is not None:
        return s.speaker_span.text
    return _NO_SPEAKER


def _actor_title(actor: Actor, what: str) -> str:
    lines = [f"{what}: {actor.name} ({actor.kind.value})"]
    if actor.role:
        lines.append(f"Role: {actor.role}")
    if actor.aliases:
        lines.append("Also called: " + ", ".join(actor.aliases))
    if actor.part_of:
        lines.append(f"Part of: {actor.part_of}")
    return "\n".join(lines)


def _time_label(v: TimeValue) -> str:
    return f"{v.timex} ({v.granularity.value})"


def _time_title(t: TimeExpression) -> str:
    if t.value is None:
        return f"Time: {t.span.text} (not normalized)"
    v = t.value
    lines = [f"Time: {_time_label(v)}"]
    if v.start is not None or v.end is not None:
        lines.append(f"From {v.start.isoformat() if v.start else '?'} to {v.end.isoformat() if v.end else '?'}")
    if v.mod is not None:
        lines.append(f"Modifier: {v.mod.value}")
    if t.anchor is not None:
        lines.append(f"Read against: {t.anchor.timex}")
    return "\n".join(lines)


def _time_sort_key(s: Statement) -> tuple[int, str, str]:
    v = s.time
    if v is None or v.start is None:
        return (1, v.timex if v else "", s.id)
    return (0, v.start.isoformat(), s.id)


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SNIPPET else text[: _SNIPPET - 1].rstrip() + "…"


def _scoped(css: str, scope: str) -> str:
    """*css* with every rule applied only inside *scope* (a selector): ``:root`` and ``body``
    become the scope itself; ``@media`` blocks are scoped inside; other at-rules are kept."""
    out: list[str] = []
    i = 0
    while (brace := css.find("{", i)) >= 0:
        head = css[i:brace].strip()
        depth, j = 0, brace
        while j < len(css):
            depth += {"{": 1, "}": -1}.get(css[j], 0)
            if depth == 0:
                break
            j += 1
        body = css[brace + 1 : j]
        if head.startswith("@media"):
            out.append(f"{head}{{{_scoped(body, scope)}}}")
        elif head.startswith("@"):
            out.append(f"{head}{{{body}}}")
        else:
            selectors = ",".join(_scope_selector(sel.strip(), scope) for sel in head.split(","))
            out.append(f"{selectors}{{{body}}}")
        i = j + 1
    return "\n".join(out)


def _scope_selector(selector: str, scope: str) -> str:
    if selector in {":root", "body"}:
        return scope
    if selector == "*":
        return f"{scope},{scope} *"
    return f"{scope} {_HOST.sub('', selector)}"


_HOST = re.compile(r"^(?::root|body)\s+")


# ---------------------------------------------------------------------- assets

_CSS = """
:root{--fg:#1d1d1f;--muted:#6b6b70;--line:#e3e3e8;--bg:#fff;--panel:#f7f7f9;--time:#7a4b00;--time-bg:#fff1cc;
--contra:#b3261e;--agree:#1e7b34}
*{box-sizing:border-box}
body{margin:0;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
.ck-header{padding:1rem 1.5rem;border-bottom:1px solid var(--line)}
.ck-header h1{margin:0;font-size:1.3rem}
.ck-meta{margin:.2rem 0 0;color:var(--muted);font-size:.9rem}
.ck-layout{display:grid;grid-template-columns:minmax(0,1fr) 24rem;gap:0}
@media (max-width:900px){.ck-layout{grid-template-columns:1fr}}
.ck-articles{padding:1.5rem;max-width:52rem}
.ck-article+.ck-article{margin-top:2rem;border-top:1px solid var(--line)}
.ck-doc{font-size:1.1rem;margin:1rem 0 .5rem}.ck-doc .ck-meta{font-weight:normal;font-size:.9rem}
.ck-text{white-space:pre-wrap;font-size:1.05rem;font-family:Georgia,"Times New Roman",serif}
.ck-panel{background:var(--panel);border-left:1px solid var(--line);padding:1rem;position:sticky;top:0;
max-height:100vh;overflow:auto;font-size:.9rem}
.ck-panel h2{font-size:1rem;margin:1rem 0 .4rem}
.ck-panel ul,.ck-panel ol{padding-left:0;margin:0;list-style:none}
.ck-count{color:var(--muted);font-weight:normal}
.ck-empty,.ck-more{color:var(--muted);margin:.2rem 0}
.ck-legend li{display:flex;align-items:center;gap:.4rem}
.ck-swatch{display:inline-block;width:.9rem;height:.9rem;border-radius:3px;background:var(--spk,#888)}
.ck-keys span{margin-right:.3rem}
.ck-speaker{color:var(--spk,#444);font-weight:700;border-bottom:2px solid var(--spk,#444);cursor:help}
.ck-cue{font-style:italic;text-decoration:underline wavy var(--spk,#888);cursor:help}
.ck-content{background:var(--spk-bg,#eef)}
.ck-direct{box-shadow:inset 0 -2px 0 var(--spk,#88a)}
.ck-indirect{background:transparent;border-bottom:1px dashed var(--spk,#88a)}
.ck-partial{box-shadow:inset 0 -2px 0 var(--spk,#88a)}
.ck-mention{text-decoration:underline dotted var(--spk,#999);cursor:help}
.ck-time{background:var(--time-bg);color:var(--time);border-radius:3px;cursor:help;outline:1px solid #f0d48a}
.ck-hot{outline:2px solid var(--spk,#555);outline-offset:1px}
.ck-flash{animation:ck-flash 1.6s ease-out}
@keyframes ck-flash{from{background:#ffe45c}}
.ck-relation{background:#fff;border:1px solid var(--line);border-radius:6px;padding:.5rem;margin:.4rem 0}
.ck-rel-contradicts{border-left:4px solid var(--contra)}
.ck-denies{font-size:.8em;font-style:italic;color:var(--contra);margin:.1rem 0}
.ck-rel-agrees{border-left:4px solid var(--agree)}
.ck-rel-head{font-weight:700;text-transform:capitalize}
.ck-rel-contradicts .ck-rel-head{color:var(--contra)}
.ck-rel-agrees .ck-rel-head{color:var(--agree)}
.ck-score{color:var(--muted);font-weight:normal;margin-left:.3rem}
.ck-ref{display:block;margin:.25rem 0;padding:.2rem .4rem;border-left:3px solid var(--spk,#bbb);color:inherit;
text-decoration:none}
a.ck-ref:hover{background:var(--spk-bg,#eee)}
.ck-ref b{display:block;color:var(--spk,inherit)}
.ck-snippet{display:block;color:var(--muted)}
.ck-reasons{margin-top:.3rem!important;padding-left:1.1rem!important;list-style:disc!important}
.ck-dated li{display:grid;grid-template-columns:6.5rem 1fr;gap:.3rem;align-items:start}
.ck-when{font-variant-numeric:tabular-nums;color:var(--time);padding-top:.25rem}
.ck-times{color:var(--muted);font-weight:normal;margin-left:.3rem}
.ck-same summary{color:var(--muted);cursor:pointer}
.ck-same ol{padding-left:.6rem!important}
"""

_NOTEBOOK_CSS = """
:root{font-size:14px;line-height:1.5;border:1px solid var(--line);border-radius:6px;overflow:hidden;text-align:left}
.ck-header{padding:.5rem 1rem}
.ck-title{font-size:1.05rem}
.ck-layout{grid-template-columns:minmax(0,1fr) 20rem}
.ck-articles{padding:.75rem 1rem;max-height:34rem;overflow:auto;max-width:none}
.ck-text{font-size:1rem}
.ck-panel{position:static;max-height:34rem;font-size:.85rem}
h2{color:var(--fg);border:0;padding:0;font-weight:700;letter-spacing:normal;text-transform:none}
p{color:inherit}
li{list-style:none;margin:0}
.ck-reasons li{list-style:disc}
"""

_JS = """
(function(){
  "use strict";
  var root = __ROOT__;
  if (!root) { return; }
  var article = root.querySelector(".ck-articles");
  function parts(i){ return article.querySelectorAll('[data-st~="' + i + '"]'); }
  function mark(i, on){ parts(i).forEach(function(el){ el.classList.toggle("ck-hot", on); }); }
  function jump(i){
    var anchor = document.getElementById("st-" + i);
    if (anchor) { anchor.scrollIntoView({behavior:"smooth", block:"center"}); }
    parts(i).forEach(function(el){
      el.classList.remove("ck-flash"); void el.offsetWidth; el.classList.add("ck-flash");
    });
  }
  root.querySelectorAll(".ck-jump").forEach(function(a){
    var i = a.getAttribute("data-target");
    a.addEventListener("click", function(ev){
      ev.preventDefault(); jump(i);
      if (root === document) { history.replaceState(null, "", "#st-" + i); }
    });
    a.addEventListener("mouseenter", function(){ mark(i, true); });
    a.addEventListener("mouseleave", function(){ mark(i, false); });
  });
  article.addEventListener("mouseover", function(ev){
    var el = ev.target.closest ? ev.target.closest("[data-st]") : null;
    if (!el) { return; }
    el.getAttribute("data-st").split(" ").forEach(function(i){ mark(i, true); });
    el.addEventListener("mouseleave", function(){
      el.getAttribute("data-st").split(" ").forEach(function(i){ mark(i, false); });
    }, {once:true});
  });
  (root.body || root).setAttribute("data-ck-ready", "1");
})();
"""
