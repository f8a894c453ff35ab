"""`claimkit store add | relate | who | export`: a store on disk, from the command line."""

import csv
import io
import json

import pytest

import claimkit
from claimkit.cli import main
from claimkit.tables import COLUMNS

pytestmark = pytest.mark.needs_nltk_data

MONDAY = "“Russia supplies weapons to the rebels,” Jane Doe said."
TUESDAY = "“Russia does not supply weapons to the rebels,” Ana Ruiz said."


@pytest.fixture
def files(tmp_path):
    monday, tuesday = tmp_path / "monday.txt", tmp_path / "tuesday.txt"
    monday.write_text(MONDAY, encoding="utf-8")
    tuesday.write_text(TUESDAY, encoding="utf-8")
    return monday, tuesday


def test_add_relate_who(tmp_path, files, capsys):
    monday, tuesday = files
    db = tmp_path / "claims.db"
    assert main(["store", "add", str(db), f"{monday}@2017-07-24"]) == 0
    assert "added 1 documents; the store has 1" in capsys.readouterr().err
    assert main(["store", "add", str(db), f"{monday}@2017-07-24"]) == 0  # idempotent
    assert "added 0 documents, 1 already stored; the store has 1" in capsys.readouterr().err
    assert main(["store", "relate", str(db), f"{tuesday}@2017-07-25"]) == 0
    out = capsys.readouterr().out
    assert f"{monday}:s1 contradicts {tuesday}:s1" in out
    with claimkit.Store(db, readonly=True) as store:
        assert len(store) == 2  # relate adds by default
        assert store.get(str(tuesday)).published.isoformat() == "2017-07-25"
        assert store.relations(str(tuesday), "s1")
    assert main(["store", "who", str(db), "russia"]) == 0
    out = capsys.readouterr().out
    assert "Jane Doe (1)" in out
    assert "Ana Ruiz (1)" in out


def test_relate_without_adding_and_formats(tmp_path, files, capsys):
    monday, tuesday = files
    db = tmp_path / "claims.db"
    assert main(["store", "add", str(db), str(monday), "--published", "2017-07-24"]) == 0
    capsys.readouterr()
    argv = ["store", "relate", str(db), str(tuesday), "--published", "2017-07-25", "--no-add"]
    assert main([*argv, "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(r["kind"], r["a"]["doc_id"], r["b"]["doc_id"]) for r in data] == [
        ("contradicts", str(monday), str(tuesday))
    ]
    assert main([*argv, "-f", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0]["cross_document"] == "True"
    page = tmp_path / "today.html"
    assert main([*argv, "-f", "html", "-o", str(page)]) == 0
    html = page.read_text(encoding="utf-8")
    assert "published 2017-07-24" in html  # the stored article it relates to, with its own date
    assert "published 2017-07-25" in html
    with claimkit.Store(db, readonly=True) as store:
        assert len(store) == 1


def test_export_and_who_formats(tmp_path, files, capsys):
    monday, tuesday = files
    db = tmp_path / "claims.db"
    assert main(["store", "add", str(db), str(monday), str(tuesday), "--published", "2017-07-24"]) == 0
    capsys.readouterr()
    out = tmp_path / "statements.csv"
    assert main(["store", "export", str(db), "--table", "statements", "-o", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == 2
    assert list(rows[0]) == list(COLUMNS["statements"])
    assert main(["store", "who", str(db), "Russia", "-f", "json"]) == 0
    assert set(json.loads(capsys.readouterr().out)) == {"Jane Doe", "Ana Ruiz"}
    assert main(["store", "who", str(db), "Russia", "-f", "csv"]) == 0
    assert len(list(csv.DictReader(io.StringIO(capsys.readouterr().out)))) == 2
    assert main(["store", "who", str(db), "Atlantis"]) == 0
    assert "nothing stored about Atlantis" in capsys.readouterr().out


def test_store_errors(tmp_path, files, capsys):
    monday, _ = files
    assert main(["store", "who", str(tmp_path / "missing.db"), "x"]) == 1
    assert "no store at" in capsys.readouterr().err
    assert not (tmp_path / "missing.db").exists()
    junk = tmp_path / "junk.db"
    junk.write_text("not a database", encoding="utf-8")
    assert main(["store", "add", str(junk), str(monday)]) == 1
    assert "not a claimkit store" in capsys.readouterr().err
    with pytest.raises(SystemExit) as e:
        main(["store", "frobnicate", "x.db"])
    assert e.value.code == 2
