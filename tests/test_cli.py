"""The claimkit command line: formats, many inputs, per-file errors, exit codes."""

import io
import json
import subprocess
import sys

import attrs
import pytest

import claimkit
from claimkit import cli
from claimkit.cli import main

pytestmark = pytest.mark.needs_nltk_data


@pytest.fixture
def article(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("“We left,” he said.", encoding="utf-8")
    return f


@pytest.fixture
def fixed(monkeypatch, sample_analysis):
    """claimkit.analyze returns a fixed analysis, whatever the stages find today."""

    real = claimkit.Analyzer.analyze

    def analyze(self, text, /, *, published=None, doc_id=None):
        real(self, text, published=published, doc_id=doc_id)  # errors as the real one
        return attrs.evolve(sample_analysis, doc_id=doc_id)

    monkeypatch.setattr(claimkit.Analyzer, "analyze", analyze)
    return sample_analysis


def test_analyze_json(article, capsys):
    assert main(["analyze", str(article), "--published", "2017-07-26", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["published"] == "2017-07-26"
    assert claimkit.Analysis.from_dict(data).text == "“We left,” he said."


def test_missing_file(tmp_path, capsys):
    assert main(["analyze", str(tmp_path / "nope.txt")]) == 1
    assert "cannot read" in capsys.readouterr().err


def test_bad_date(article, capsys):
    assert main(["analyze", str(article), "--published", "soon"]) == 1
    assert "published" in capsys.readouterr().err


def test_usage_error():
    with pytest.raises(SystemExit) as e:
        main(["frobnicate"])
    assert e.value.code == 2


def test_bad_format_is_a_usage_error(article):
    with pytest.raises(SystemExit) as e:
        main(["analyze", str(article), "--format", "xml"])
    assert e.value.code == 2


def test_one_failure_does_not_stop_the_run(tmp_path, article, capsys):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("caf\xe9".encode("latin-1"))
    code = main(["analyze", str(article), str(bad), str(tmp_path / "gone.txt"), "-f", "jsonl", "--no-progress"])
    out, err = capsys.readouterr()
    assert code == 1
    assert [json.loads(line)["doc_id"] for line in out.splitlines()] == [str(article)]
    assert "latin1.txt" in err
    assert "gone.txt" in err


def test_text_report_names_each_document(fixed, tmp_path, article, capsys):
    other = tmp_path / "b.txt"
    other.write_text("Another text.", encoding="utf-8")
    assert main(["analyze", str(article), str(other), "--no-progress"]) == 0
    out = capsys.readouterr().out
    assert f"== {article} ==" in out
    assert f"== {other} ==" in out
    assert "s2 direct   Ana Ruiz (tell) [2017-07-26]" in out
    assert "harbour:s1 contradicts harbour:s3 (score 0.90)" in out
    assert "    - s3 denies what s1 asserts" in out


def test_json_for_many_documents_is_an_array(tmp_path, article, capsys):
    assert main(["analyze", str(article), str(article), "-f", "json", "--no-progress"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2


def test_stdin_and_output_file(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO("“Fine,” she said."))
    out = tmp_path / "out.jsonl"
    assert main(["analyze", "-", "-f", "jsonl", "-o", str(out)]) == 0
    assert capsys.readouterr().out == ""
    (line,) = out.read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["doc_id"] == "<stdin>"


def test_jsonl_input(tmp_path, capsys):
    corpus = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"text": "“Yes,” he said.", "id": "one", "published": "2020-01-02"}),
        "",
        "not json",
        json.dumps({"no_text": 1}),
        json.dumps({"text": "It rained."}),
        json.dumps({"text": "Bad date.", "published": "whenever"}),
    ]
    corpus.write_text("\n".join(lines), encoding="utf-8")
    code = main(["analyze", str(corpus), "--input-format", "jsonl", "-f", "jsonl", "--published", "2017-07-26"])
    out, err = capsys.readouterr()
    assert code == 1
    docs = [json.loads(line) for line in out.splitlines()]
    assert [(d["doc_id"], d["published"]) for d in docs] == [("one", "2020-01-02"), (f"{corpus}:5", "2017-07-26")]
    assert f"{corpus}:3: not JSON" in err
    assert f'{corpus}:4: expected an object with a "text" string' in err
    assert f"{corpus}:6" in err


def test_html_to_file(fixed, article, tmp_path):
    page = tmp_path / "new" / "view.html"
    assert main(["analyze", str(article), "-f", "html", "-o", str(page)]) == 0
    text = page.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    assert 'class="ck-speaker' in text


def test_html_for_many_documents_needs_a_directory(article, tmp_path, capsys):
    with pytest.raises(SystemExit) as e:
        main(["analyze", str(article), str(article), "-f", "html"])
    assert e.value.code == 2
    assert "-o DIRECTORY" in capsys.readouterr().err
    pages = tmp_path / "pages"
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"text": "A.", "id": "x/../one"}\n{"text": "B.", "id": "two"}\n', encoding="utf-8")
    assert main(["analyze", str(corpus), "--input-format", "jsonl", "-f", "html", "-o", str(pages)]) == 0
    assert sorted(p.name for p in pages.iterdir()) == ["one.html", "two.html"]


def test_progress_bar_on_stderr(article, capsys):
    assert main(["analyze", str(article), str(article), "--progress", "-f", "jsonl"]) == 0
    out, err = capsys.readouterr()
    assert "2/2" in err
    assert "2/2" not in out


def test_times(fixed, capsys):
    assert main(["times", "on Monday, in May", "--reference", "2017-07-26"]) == 0
    out = capsys.readouterr().out
    assert "'on Monday'" in out
    assert "2017-07-24   day  [2017-07-24T00:00:00 .. 2017-07-25T00:00:00)" in out
    assert "(not normalized)" in out


def test_times_json_and_errors(fixed, capsys):
    assert main(["times", "x", "--reference", "2017-07-26", "-f", "json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["value"]["timex"] == "2017-07-24"
    assert main(["times", "x", "--reference", "soon"]) == 1
    assert "--reference" in capsys.readouterr().err


def test_times_needs_reference():
    with pytest.raises(SystemExit) as e:
        main(["times", "on Monday"])
    assert e.value.code == 2


def test_compare(monkeypatch, sample_analysis, capsys):
    monkeypatch.setattr(cli, "compare", lambda a, b: sample_analysis.relations[0])
    assert main(["compare", "A", "B"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "contradicts (score 0.90)"
    assert "  - s3 denies what s1 asserts" in out
    assert main(["compare", "A", "B", "-f", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["kind"] == "contradicts"


def test_compare_nothing(capsys):
    assert main(["compare", "It rained.", "The sun shone.", "-f", "json"]) == 0
    assert json.loads(capsys.readouterr().out) is None


@pytest.mark.parametrize("command", [[], ["analyze"], ["relate"], ["times"], ["compare"]])
def test_help_everywhere_has_examples(command, capsys):
    with pytest.raises(SystemExit) as e:
        main([*command, "--help"])
    assert e.value.code == 0
    assert "example" in capsys.readouterr().out


def test_python_dash_m(article):
    done = subprocess.run(
        [sys.executable, "-m", "claimkit", "analyze", str(article), "-f", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["doc_id"] == str(article)


def test_text_report_names_the_speaker_of_a_continued_quote(sample_analysis):
    s2 = sample_analysis.statement("s2")
    more = attrs.evolve(s2, id="s5", speaker=None, speaker_span=None, cue=None, cue_span=None, continues="s2")
    report = cli.format_text(attrs.evolve(sample_analysis, statements=[s2, more], relations=()))
    assert "s5 direct   Ana Ruiz (continues s2) [2017-07-26]" in report


def test_relate_across_documents(monkeypatch, sample_analysis, tmp_path, article, capsys):
    seen = []

    def fake(analyses):
        seen.extend(a.doc_id for a in analyses)
        return sample_analysis.relations

    monkeypatch.setattr(cli, "find_relations", fake)
    other = tmp_path / "b.txt"
    other.write_text("Another text.", encoding="utf-8")
    assert main(["relate", str(article), str(other), str(tmp_path / "gone.txt"), "--no-progress"]) == 1
    out, err = capsys.readouterr()
    assert seen == [str(article), str(other)]
    assert "gone.txt" in err
    assert "harbour:s1 contradicts harbour:s3 (score 0.90)" in out
    assert "    harbour:s3: the ferry would resume in May" in out
    assert main(["relate", str(article), "--across-only", "-f", "json"]) == 0
    (only,) = json.loads(capsys.readouterr().out)
    assert only["kind"] == "agrees"
    assert only["b"] == {
        "doc_id": "other-paper",
        "id": "s9",
        "speaker": None,
        "content": "Ferries run again in May",
        "start": 0,
        "end": 24,
    }


def test_relate_nothing(article, capsys):
    assert main(["relate", str(article), "--no-progress"]) == 0
    out = capsys.readouterr().out
    assert out == "no contradictions or agreements found\n" or "score" in out


def test_relate_html_puts_every_article_on_one_page(fixed, tmp_path, article):
    other = tmp_path / "b.txt"
    other.write_text("Another text.", encoding="utf-8")
    page = tmp_path / "story.html"
    assert main(["relate", str(article), str(other), "-f", "html", "-o", str(page), "--no-progress"]) == 0
    html = page.read_text(encoding="utf-8")
    assert html.count('<article class="ck-article"') == 2
    assert "<title>2 documents · claimkit</title>" in html


def test_worker_processes_keep_order_and_report_failures(tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    lines = [
        json.dumps({"text": "“Yes,” he said.", "id": "one"}),
        json.dumps({"text": "Bad date.", "id": "two", "published": "whenever"}),
        json.dumps({"text": "“No,” she said.", "id": "three"}),
    ]
    corpus.write_text("\n".join(lines), encoding="utf-8")
    code = main(["analyze", str(corpus), "--input-format", "jsonl", "-f", "jsonl", "--jobs", "2", "--no-progress"])
    out, err = capsys.readouterr()
    assert code == 1
    assert [json.loads(line)["doc_id"] for line in out.splitlines()] == ["one", "three"]
    assert "two: published must be" in err


@pytest.mark.parametrize("jobs", ["0", "-2", "many"])
def test_bad_jobs_is_a_usage_error(article, jobs):
    with pytest.raises(SystemExit) as e:
        main(["analyze", str(article), "--jobs", jobs])
    assert e.value.code == 2


def test_text_report_names_other_documents_only(sample_analysis):
    report = cli.format_text(sample_analysis)
    assert "\ns1 contradicts s3 (score 0.90)\n" in report
    assert "\ns1 agrees other-paper:s9 (score 0.60)\n" in report


@pytest.mark.parametrize("batch", ["0", "-1", "many"])
def test_bad_store_batch_is_a_usage_error(tmp_path, article, batch, capsys):
    with pytest.raises(SystemExit) as e:
        main(["store", "add", str(tmp_path / "claims.db"), str(article), "--batch", batch])
    assert e.value.code == 2
    assert "must be a positive number" in capsys.readouterr().err


def test_good_store_batch_is_accepted(tmp_path, article):
    assert (
        main(["store", "add", str(tmp_path / "claims.db"), str(article), "--published", "2017-07-26", "--batch", "1"])
        == 0
    )
