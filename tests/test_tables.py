"""Flat tables: stable columns, offsets that slice back, CSV and DataFrame round trips."""

import csv
import io
import sys

import attrs
import pytest

import claimkit
from claimkit.tables import COLUMNS, TABLES, to_frame, to_records

# The published column names: a change here is a breaking change and goes in the changelog.
PINNED = {
    "statements": (
        "doc_id published statement_id kind stance speaker speaker_id speaker_kind speaker_text speaker_start "
        "speaker_end cue cue_text cue_start cue_end content content_start content_end time time_granularity "
        "time_from time_until time_source time_text continues via addressee"
    ),
    "actors": "doc_id actor_id name kind role part_of aliases mentions statements first_start first_end",
    "times": "doc_id text start end timex time_kind granularity time_from time_until mod anchor",
    "relations": (
        "kind score cross_document a_doc_id a_statement_id a_speaker a_content a_start a_end "
        "b_doc_id b_statement_id b_speaker b_content b_start b_end reasons"
    ),
}


def test_columns_are_pinned():
    assert TABLES == ("statements", "actors", "times", "relations")
    assert {t: " ".join(c) for t, c in COLUMNS.items()} == PINNED


@pytest.mark.parametrize("table", TABLES)
def test_every_row_has_the_columns_in_order(sample_analysis, table):
    rows = to_records(sample_analysis, table=table)
    assert rows
    for row in rows:
        assert tuple(row) == COLUMNS[table]
        assert all(v is None or isinstance(v, (str, int, float, bool)) for v in row.values())


def test_statement_rows(sample_analysis):
    rows = to_records(sample_analysis)
    assert [r["statement_id"] for r in rows] == ["s1", "s2", "s3", "s4"]
    s2 = rows[1]
    assert (s2["speaker"], s2["speaker_kind"], s2["speaker_text"]) == ("Ana Ruiz", "person", "port director Ana Ruiz")
    assert (s2["kind"], s2["cue"], s2["time"], s2["time_granularity"]) == ("direct", "tell", "2017-07-26", "day")
    assert (s2["time_from"], s2["time_until"]) == ("2017-07-26T00:00:00", "2017-07-27T00:00:00")
    assert rows[2]["stance"] == "deny"
    assert rows[0]["published"] == "2017-07-26"
    text = sample_analysis.text
    for r in rows:
        assert text[r["content_start"] : r["content_end"]] == r["content"]
        assert text[r["speaker_start"] : r["speaker_end"]] == r["speaker_text"]
        assert text[r["cue_start"] : r["cue_end"]] == r["cue_text"]


def test_time_source(sample_analysis):
    s1, s2, s3, s4 = sample_analysis.statements
    a = attrs.evolve(
        sample_analysis,
        statements=[
            attrs.evolve(s1, time_source=claimkit.TimeSource.CLAUSE),
            attrs.evolve(s2, time_source=claimkit.TimeSource.PUBLICATION),
            s3,
            s4,
        ],
    )
    rows = {r["statement_id"]: r for r in to_records(a)}
    # s1's Monday is written in its sentence; s2's date is the publication date; s3 has none
    assert (rows["s1"]["time_source"], rows["s1"]["time_text"]) == ("clause", "on Monday")
    assert (rows["s2"]["time_source"], rows["s2"]["time_text"]) == ("publication", None)
    assert (rows["s3"]["time_source"], rows["s3"]["time"], rows["s3"]["time_text"]) == (None, None, None)


def test_continuing_quote_names_its_speaker(sample_analysis):
    s5 = claimkit.Statement(
        id="s5",
        kind=claimkit.StatementKind.DIRECT,
        content=sample_analysis.statements[3].content,
        continues="s2",
    )
    a = attrs.evolve(sample_analysis, statements=[*sample_analysis.statements, s5])
    row = to_records(a)[-1]
    assert (row["speaker"], row["speaker_text"], row["continues"]) == ("Ana Ruiz", None, "s2")


def test_actor_and_time_rows(sample_analysis):
    actors = to_records(sample_analysis, table="actors")
    ruiz = next(r for r in actors if r["actor_id"] == "ana-ruiz")
    assert (ruiz["aliases"], ruiz["part_of"], ruiz["mentions"], ruiz["statements"]) == (
        "Ruiz",
        "harbour-authority",
        2,
        3,
    )
    times = to_records(sample_analysis, table="times")
    assert [(t["text"], t["timex"]) for t in times][:3] == [
        ("on Monday", "2017-07-24"),
        ("in May", "2017-05"),
        ("before June", None),
    ]
    for t in times:
        assert sample_analysis.text[t["start"] : t["end"]] == t["text"]


def test_relation_rows_and_relations_given_directly(sample_analysis):
    rows = to_records([sample_analysis, sample_analysis], table="relations")
    assert len(rows) == 2  # the same relation objects listed twice are one row each
    assert [(r["kind"], r["cross_document"]) for r in rows] == [("contradicts", False), ("agrees", True)]
    assert rows[0]["reasons"] == "same proposition: ferry resumes in May | s3 denies what s1 asserts"
    assert to_records(sample_analysis.relations[1], table="relations")[0]["b_doc_id"] == "other-paper"


@pytest.mark.parametrize(
    ("analyses", "table"),
    [(None, "statements"), ("text", "statements"), ([1], "statements"), ({"text": "x"}, "statements")],
)
def test_bad_input(analyses, table):
    with pytest.raises(claimkit.InvalidInputError):
        to_records(analyses, table=table)


@pytest.mark.parametrize("table", ["quotes", "", None, 3, "Statements"])
def test_unknown_table(sample_analysis, table):
    with pytest.raises(claimkit.InvalidInputError, match="unknown table"):
        to_records(sample_analysis, table=table)


def test_relations_only_in_the_relations_table(sample_analysis):
    with pytest.raises(claimkit.InvalidInputError):
        to_records(sample_analysis.relations, table="statements")


def test_empty_input():
    assert to_records([]) == []
    assert list(to_frame([], table="times").columns) == list(COLUMNS["times"])


def test_frame_types(sample_analysis):
    frame = to_frame(sample_analysis)
    assert list(frame.columns) == list(COLUMNS["statements"])
    assert str(frame["content_start"].dtype) == "Int64"
    assert str(frame["speaker_start"].dtype) == "Int64"
    assert frame["published"].dt.year.tolist() == [2017] * 4
    assert frame["time_from"].isna().tolist() == [False, False, True, True]


def test_frame_without_pandas(monkeypatch, sample_analysis):
    monkeypatch.setitem(sys.modules, "pandas", None)  # import pandas raises ImportError
    with pytest.raises(claimkit.MissingDependencyError, match=r"claimkit\[pandas\]"):
        to_frame(sample_analysis)
    assert to_records(sample_analysis)  # the rows need no pandas


@pytest.mark.needs_nltk_data
def test_reference_round_trip_through_csv(reference_analysis):
    a = reference_analysis
    rows = to_records(a)
    assert len(rows) == len(a.statements)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS["statements"])
    writer.writeheader()
    writer.writerows(rows)
    back = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    assert len(back) == len(a.statements)
    for row, s in zip(back, a.statements, strict=True):
        start, end = int(row["content_start"]), int(row["content_end"])
        assert a.text[start:end] == row["content"] == s.content.text
        assert row["statement_id"] == s.id


@pytest.mark.needs_nltk_data
def test_reference_round_trip_through_a_frame(reference_analysis, tmp_path):
    import pandas as pd

    a = reference_analysis
    frame = to_frame(a)
    assert len(frame) == len(a.statements)
    path = tmp_path / "statements.csv"
    frame.to_csv(path, index=False)
    back = pd.read_csv(path, keep_default_na=False, na_values=[""])
    assert len(back) == len(a.statements)
    for row in back.itertuples():
        assert a.text[row.content_start : row.content_end] == row.content
    times = to_frame(a, table="times")
    assert len(times) == len(a.times)
    assert all(a.text[r.start : r.end] == r.text for r in times.itertuples())
