import json

import pytest

from claimkit.cli import main

pytestmark = pytest.mark.needs_nltk_data


def test_analyze_json(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text("“We left,” he said.", encoding="utf-8")
    assert main(["analyze", str(f), "--published", "2017-07-26", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["published"] == "2017-07-26"


def test_missing_file(tmp_path, capsys):
    assert main(["analyze", str(tmp_path / "nope.txt")]) == 1
    assert "cannot read" in capsys.readouterr().err


def test_bad_date(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text("Hi.", encoding="utf-8")
    assert main(["analyze", str(f), "--published", "soon"]) == 1
    assert "published" in capsys.readouterr().err


def test_usage_error():
    with pytest.raises(SystemExit) as e:
        main(["frobnicate"])
    assert e.value.code == 2
