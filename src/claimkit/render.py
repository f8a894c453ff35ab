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

import html
import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from claimkit.errors import InvalidInputError, InvalidSpanError
from claimkit.model import Analysis, Relation, RelationKind

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from claimkit.model import Actor, Span, Statement, TimeExpression, TimeValue

__all__ = ["render_html"]

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
    if title is None:
        title = (docs[0].doc_id or "claimkit analysis") if len(docs) == 1 else f"{len(docs)} documents"
    return _Page(docs, title, chosen, max_relations).render()


class _Page:
    """The state of one rendering: colours and anchors for the statements of every document."""

    def __init__(
        self, docs: tuple[Analysis, ...], title: str, relations: tuple[Relation, ...], max_relations: int | None
    ) -> None:
        self.docs = docs
        self.title = title
        self.relations = relations
        self.max_relations = max_relations
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

    # ------------------------------------------------------------------ the page

    def render(self) -> str:
        docs = self.docs
        n_statements = sum(len(a.statements) for a in docs)
        meta = [
            f"{n_statements} statements",
            f"{sum(len(a.actors) for a in docs)} actors",
            f"{sum(len(a.times) for a in docs)} times",
        ]
        if len(docs) == 1 and docs[0].published is not None:
            meta.insert(0, f"published {docs[0].published.isoformat()}")
        articles = "".join(self._article(d) for d in range(len(docs)))
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
            f"<script>{_JS}</script>",
            "</body></html>",
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
            out.extend(f'<span class="ck-anchor" id="st-{d}-{i}"></span>' for i in anchors.get(lo, ()))
            active = [m for m in active if m.end > lo]
            active.extend(starting.get(lo, ()))
            piece = _esc(text[lo:hi])
            out.append(_segment(active, piece) if active else piece)
        return "".join(out)

    def _marks(self, d: int) -> Iterator[_Mark]:
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
            ref = f"{d}-{i}"
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

    # ------------------------------------------------------------------ the panel

    def _jump(self, s: Statement) -> str:
        """A link to *s* in an article on the page, or a plain label if it is not on it."""
        snippet = _snippet(s.content.text)
        at = self.locate(s)
        where = f"{s.doc_id}:" if len(self.docs) > 1 and s.doc_id else ""
        if at is None:
            label = f"{s.id} · {_speaker_name(s)}"
            elsewhere = f" (in {s.doc_id})" if s.doc_id else " (in another document)"
            return (
                f'<span class="ck-ref ck-external"><b>{_esc(label)}</b>{_esc(elsewhere)}'
                f'<span class="ck-snippet">{_esc(snippet)}</span></span>'
            )
        ref = f"{at[0]}-{at[1]}"
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
        for kind, heading in ((RelationKind.CONTRADICTS, "Contradictions"), (RelationKind.AGREES, "Agreements")):
            chosen = sorted((r for r in self.relations if r.kind is kind), key=lambda r: -r.score)
            shown = chosen if self.max_relations is None else chosen[: self.max_relations]
            if not chosen:
                body = f'<p class="ck-empty">No {heading.lower()} found.</p>'
            else:
                body = '<ol class="ck-relations">' + "".join(self._relation(r) for r in shown) + "</ol>"
            if len(shown) < len(chosen):
                body += f'<p class="ck-more">… and {len(chosen) - len(shown)} more, with lower scores.</p>'
            sections.append(
                f'<section class="ck-section ck-{kind.value}"><h2>{heading} '
                f'<span class="ck-count">{len(chosen)}</span></h2>{body}</section>'
            )
        return "".join(sections)

    def _relation(self, r: Relation) -> str:
        reasons = "".join(f"<li>{_esc(reason)}</li>" for reason in r.reasons)
        return (
            f'<li class="ck-relation ck-rel-{r.kind.value}" data-kind="{r.kind.value}">'
            f'<div class="ck-rel-head">{_esc(r.kind.value)} <span class="ck-score">{r.score:.2f}</span></div>'
            f"{self._jump(r.a)}{self._jump(r.b)}"
            + (f'<ul class="ck-reasons">{reasons}</ul>' if reasons else "")
            + "</li>"
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


# ---------------------------------------------------------------------- helpers


_COLOUR_RANK = {"ck-mention": 0, "ck-content": 1, "ck-cue": 2, "ck-speaker": 3}


def _segment(active: Iterable[_Mark], piece: str) -> str:
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
"""

_JS = """
(function(){
  "use strict";
  var article = document.getElementById("ck-articles");
  function parts(i){ return article.querySelectorAll('[data-st~="' + i + '"]'); }
  function mark(i, on){ parts(i).forEach(function(el){ el.classList.toggle("ck-hot", on); }); }
  function jump(i){
    var anchor = document.getElementById("st-" + i);
    if (anchor) { anchor.scrollIntoView({behavior:"smooth", block:"center"}); }
    parts(i).forEach(function(el){
      el.classList.remove("ck-flash"); void el.offsetWidth; el.classList.add("ck-flash");
    });
  }
  document.querySelectorAll(".ck-jump").forEach(function(a){
    var i = a.getAttribute("data-target");
    a.addEventListener("click", function(ev){
      ev.preventDefault(); jump(i); history.replaceState(null, "", "#st-" + i);
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
  document.body.setAttribute("data-ck-ready", "1");
})();
"""
