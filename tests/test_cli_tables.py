"""The command line's tables and edges: CSV, per-file dates, ids in JSONL, notes and warnings, a missing resource."""

import csv
import io
import json

import pytest

import claimkit
from claimkit.cli import main, split_date
from claimkit.tables import COLUMNS

pytestmark = pytest.mark.needs_nltk_data

QUOTE = "“We will leave on Tuesday,” Jane Doe said."


@pytest.fixture
def article(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(QUOTE, encoding="utf-8")
    return f


def _csv(text):
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_statements(article, capsys):
    assert main(["analyze", str(article), "--published", "2017-07-26", "-f", "csv"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == ",".join(COLUMNS["statements"])
    rows = _csv(out)
    assert len(rows) == 1
    assert (rows[0]["doc_id"], rows[0]["speaker"], rows[0]["published"]) == (str(article), "Jane Doe", "2017-07-26")
    assert QUOTE[int(rows[0]["content_start"]) : int(rows[0]["content_end"])] == rows[0]["content"]


@pytest.mark.parametrize("table", ["actors", "times", "relations"])
def test_csv_other_tables(article, tmp_path, table, capsys):
    out = tmp_path / f"{table}.csv"
    assert (
        main(["analyze", str(article), "--published", "2017-07-26", "-f", "csv", "--table", table, "-o", str(out)]) == 0
    )
    text = out.read_text(encoding="utf-8")
    assert text.splitlines()[0] == ",".join(COLUMNS[table])


def test_csv_of_many_documents_has_one_header(article, tmp_path, capsys):
    other = tmp_path / "b.txt"
    other.write_text("“No,” Ana Ruiz said.", encoding="utf-8")
    assert main(["analyze", str(article), str(other), "--published", "2017-07-26", "-f", "csv", "--no-progress"]) == 0
    rows = _csv(capsys.readouterr().out)
    assert [r["doc_id"] for r in rows] == [str(article), str(other)]


def test_unknown_table_is_a_usage_error(article):
    with pytest.raises(SystemExit) as e:
        main(["analyze", str(article), "-f", "csv", "--table", "quotes"])
    assert e.value.code == 2


def test_jsonl_reads_doc_id_or_id(tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    lines = [
        {"text": QUOTE, "published": "2017-07-26", "doc_id": "with-doc-id"},
        {"text": QUOTE, "published": "2017-07-26", "id": "with-id"},
        {"text": QUOTE, "published": "2017-07-26", "id": 7},
        {"text": QUOTE, "published": "2017-07-26"},
    ]
    corpus.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    assert main(["analyze", str(corpus), "--input-format", "jsonl", "-f", "jsonl", "--no-progress"]) == 0
    ids = [json.loads(line)["doc_id"] for line in capsys.readouterr().out.splitlines()]
    assert ids == ["with-doc-id", "with-id", "7", f"{corpus}:4"]


def test_split_date(tmp_path):
    assert split_date("a.txt@2017-07-24") == ("a.txt", "2017-07-24")
    assert split_date("a.txt@soon", "2017-07-26") == ("a.txt@soon", "2017-07-26")
    assert split_date("@2017-07-24") == ("@2017-07-24", None)
    odd = tmp_path / "x@2017-07-24"
    odd.write_text("x", encoding="utf-8")
    assert split_date(str(odd)) == (str(odd), None)  # an existing file keeps its name


def test_each_file_its_own_date(tmp_path, capsys):
    monday, tuesday = tmp_path / "monday.txt", tmp_path / "tuesday.txt"
    for f in (monday, tuesday):
        f.write_text(QUOTE, encoding="utf-8")
    argv = ["analyze", f"{monday}@2017-07-24", f"{tuesday}@2017-07-25", "--published", "2017-01-01", "-f", "csv"]
    assert main(argv) == 0
    rows = _csv(capsys.readouterr().out)
    assert [(r["doc_id"], r["published"]) for r in rows] == [(str(monday), "2017-07-24"), (str(tuesday), "2017-07-25")]


def test_relate_html_shows_each_articles_date(tmp_path):
    monday, tuesday = tmp_path / "monday.txt", tmp_path / "tuesday.txt"
    monday.write_text("“Russia supplies weapons to the group,” Jane Doe said.", encoding="utf-8")
    tuesday.write_text("“Russia does not supply weapons to the group,” Ana Ruiz said.", encoding="utf-8")
    page = tmp_path / "story.html"
    argv = ["relate", f"{monday}@2017-07-24", f"{tuesday}@2017-07-25", "-f", "html", "-o", str(page)]
    assert main(argv) == 0
    html = page.read_text(encoding="utf-8")
    assert "published 2017-07-24" in html
    assert "published 2017-07-25" in html


def test_relate_csv(tmp_path, capsys):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("“Russia supplies weapons to the group,” Jane Doe said.", encoding="utf-8")
    b.write_text("“Russia does not supply weapons to the group,” Ana Ruiz said.", encoding="utf-8")
    assert main(["relate", str(a), str(b), "--published", "2017-07-26", "-f", "csv", "--no-progress"]) == 0
    rows = _csv(capsys.readouterr().out)
    assert rows
    assert rows[0]["kind"] == "contradicts"
    assert {rows[0]["a_doc_id"], rows[0]["b_doc_id"]} == {str(a), str(b)}


def test_note_without_a_date_once(tmp_path, capsys):
    files = []
    for name in ("a.txt", "b.txt"):
        f = tmp_path / name
        f.write_text(QUOTE, encoding="utf-8")
        files.append(str(f))
    assert main(["analyze", *files, "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert err.count("note:") == 1
    assert "relative times" in err
    assert main(["analyze", *files, "--published", "2017-07-26", "--no-progress"]) == 0
    assert "note:" not in capsys.readouterr().err


def test_warnings_name_the_file(tmp_path, capsys):
    f = tmp_path / "open.txt"
    f.write_text("“We will never close, Jane Doe said.\n\nThe end.", encoding="utf-8")
    assert main(["analyze", str(f), "--published", "2017-07-26"]) == 0
    err = capsys.readouterr().err
    assert f"claimkit: {f}: warning: 1 quotation(s) never closed" in err
    assert "UnbalancedQuoteWarning" not in err  # not Python's raw warning with an internal path
    assert "attribution.py" not in err


def test_warnings_on_the_result():
    with pytest.warns(claimkit.UnbalancedQuoteWarning):
        a = claimkit.analyze("“We will never close, Jane Doe said.", published="2017-07-26")
    assert len(a.warnings) == 1
    assert "never closed" in a.warnings[0]
    assert claimkit.Analysis.from_json(a.to_json()).warnings == a.warnings


def test_missing_resource_stops_at_once_without_output(monkeypatch, tmp_path, capsys):
    def missing(*_args, **_kwargs):
        raise claimkit.ResourceMissingError("NLTK resource 'averaged_perceptron_tagger_eng' is not installed")

    monkeypatch.setattr("claimkit.pipeline.TextProcessor.from_lexicons", missing)
    files = []
    for name in ("a.txt", "b.txt", "c.txt"):
        f = tmp_path / name
        f.write_text(QUOTE, encoding="utf-8")
        files.append(str(f))
    out = tmp_path / "out.jsonl"
    assert main(["analyze", *files, "--published", "2017-07-26", "-f", "jsonl", "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.count("not installed") == 1
    assert not out.exists()
    assert main(["relate", *files, "--published", "2017-07-26"]) == 1
    assert capsys.readouterr().err.count("not installed") == 1
