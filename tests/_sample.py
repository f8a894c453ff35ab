"""A hand-made analysis of an invented article, for testing views of an Analysis.

It does not depend on what the pipeline stages find today: every statement, actor,
time and relation is built here, with offsets found in the text.
"""

from __future__ import annotations

import datetime as dt

from claimkit import (
    Actor,
    ActorKind,
    Analysis,
    Granularity,
    Relation,
    RelationKind,
    Span,
    Stance,
    Statement,
    StatementKind,
    TimeExpression,
    TimeKind,
    TimeValue,
)

TEXT = (
    "The harbour authority said on Monday that the ferry service would resume in May.\n"
    "“We will not reopen the pier before June,” port director Ana Ruiz told reporters, "
    "“and the <b>ferry</b> stays docked.”\n"
    'Ruiz later denied that the ferry would resume in May & called the timetable "wishful".'
)


def span(needle: str, nth: int = 0) -> Span:
    """The *nth* occurrence of *needle* in TEXT, as a Span."""
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    return Span.from_text(TEXT, start, start + len(needle))


def day(y: int, m: int, d: int) -> TimeValue:
    start = dt.datetime(y, m, d)
    return TimeValue(
        timex=start.date().isoformat(),
        kind=TimeKind.DATE,
        granularity=Granularity.DAY,
        start=start,
        end=start + dt.timedelta(days=1),
    )


def month(y: int, m: int) -> TimeValue:
    return TimeValue(
        timex=f"{y}-{m:02d}",
        kind=TimeKind.DATE,
        granularity=Granularity.MONTH,
        start=dt.datetime(y, m, 1),
        end=dt.datetime(y, m + 1, 1),
    )


def sample_analysis() -> Analysis:
    authority = Actor(
        id="harbour-authority",
        name="Harbour Authority",
        kind=ActorKind.ORGANIZATION,
        mentions=[span("The harbour authority")],
    )
    ruiz = Actor(
        id="ana-ruiz",
        name="Ana Ruiz",
        kind=ActorKind.PERSON,
        role="port director",
        aliases=["Ruiz"],
        part_of="harbour-authority",
        mentions=[span("Ana Ruiz"), span("Ruiz", 1)],
    )
    s1 = Statement(
        id="s1",
        kind=StatementKind.INDIRECT,
        content=span("the ferry service would resume in May"),
        speaker=authority,
        speaker_span=span("The harbour authority"),
        cue="say",
        cue_span=span("said"),
        time=day(2017, 7, 24),
        doc_id="harbour",
    )
    first = span("We will not reopen the pier before June,")
    second = span("and the <b>ferry</b> stays docked.")
    s2 = Statement(
        id="s2",
        kind=StatementKind.DIRECT,
        content=Span.from_text(TEXT, first.start, second.end),
        content_parts=[first, second],
        speaker=ruiz,
        speaker_span=span("port director Ana Ruiz"),
        cue="tell",
        cue_span=span("told"),
        time=day(2017, 7, 26),
        doc_id="harbour",
    )
    s3 = Statement(
        id="s3",
        kind=StatementKind.INDIRECT,
        content=span("the ferry would resume in May"),
        speaker=ruiz,
        speaker_span=span("Ruiz", 1),
        cue="deny",
        cue_span=span("denied"),
        stance=Stance.DENY,
        doc_id="harbour",
    )
    s4 = Statement(
        id="s4",
        kind=StatementKind.PARTIAL,
        content=span("wishful"),
        speaker=ruiz,
        speaker_span=span("Ruiz", 1),
        cue="call",
        cue_span=span("called"),
        doc_id="harbour",
    )
    elsewhere = Statement(
        id="s9",
        kind=StatementKind.DIRECT,
        content=Span.from_text("Ferries run again in May.", 0, 24),
        doc_id="other-paper",
    )
    times = [
        TimeExpression(span=span("on Monday"), value=day(2017, 7, 24)),
        TimeExpression(span=span("in May"), value=month(2017, 5)),
        TimeExpression(span=span("before June"), value=None),
        TimeExpression(span=span("May", 1), value=month(2017, 5)),
    ]
    relations = [
        Relation(
            kind=RelationKind.CONTRADICTS,
            a=s1,
            b=s3,
            score=0.9,
            reasons=["same proposition: ferry resumes in May", "s3 denies what s1 asserts"],
        ),
        Relation(kind=RelationKind.AGREES, a=s1, b=elsewhere, score=0.6, reasons=["both: ferries resume in May"]),
    ]
    return Analysis(
        text=TEXT,
        doc_id="harbour",
        published=dt.date(2017, 7, 26),
        statements=[s1, s2, s3, s4],
        actors=[authority, ruiz],
        times=times,
        relations=relations,
    )
