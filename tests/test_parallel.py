"""Analyzer.analyze_many: order, ids, dates, streaming, processes, errors; results pickle and serialize."""

import ast
import datetime as dt
import itertools
import multiprocessing
import pickle
import warnings
from pathlib import Path

import pytest

import claimkit
from claimkit import Article

pytestmark = pytest.mark.needs_nltk_data

TEXTS = [
    "“We will not sign it,” the trade minister said on Tuesday.",
    "Officials denied the reports. The committee met two days ago.",
    "",
    "The mayor told reporters that the bridge would reopen in April.\n\nShe did not say more.",
    "Nothing happened.",
]


@pytest.fixture(scope="module")
def analyzer():
    with claimkit.Analyzer() as a:
        yield a


def test_sequential_matches_analyze(analyzer):
    got = list(analyzer.analyze_many(TEXTS, published="2017-07-26"))
    expected = [analyzer.analyze(t, published="2017-07-26", doc_id=str(i)) for i, t in enumerate(TEXTS)]
    assert got == expected


def test_ids_and_dates_per_item(analyzer):
    items = [
        "First.",
        Article(text="Second.", doc_id="b"),
        Article(text="Third.", published=dt.date(2016, 1, 2)),
        Article(text="Fourth.", published="2015-05-05", doc_id="d"),
    ]
    got = [(a.doc_id, a.published, a.text) for a in analyzer.analyze_many(items, published="2017-07-26")]
    july = dt.date(2017, 7, 26)
    assert got == [
        ("0", july, "First."),
        ("b", july, "Second."),
        ("2", dt.date(2016, 1, 2), "Third."),
        ("d", dt.date(2015, 5, 5), "Fourth."),
    ]


def test_lazy_on_an_endless_stream(analyzer):
    endless = (f"Report number {i} was filed." for i in itertools.count())
    first = list(itertools.islice(analyzer.analyze_many(endless), 3))
    assert [a.doc_id for a in first] == ["0", "1", "2"]


def test_article_from_dict():
    a = Article.from_dict({"text": "Hi.", "published": "2017-07-26", "id": 12, "title": "extra keys are ignored"})
    assert a == Article(text="Hi.", published="2017-07-26", doc_id="12")
    with pytest.raises(claimkit.InvalidInputError, match="'text'"):
        Article.from_dict({"body": "Hi."})
    with pytest.raises(claimkit.InvalidInputError, match="mapping"):
        Article.from_dict(["Hi."])
    with pytest.raises(claimkit.InvalidInputError, match="text must be a str"):
        Article.from_dict({"text": None})


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"n_jobs": 0}, "n_jobs"),
        ({"n_jobs": -2}, "n_jobs"),
        ({"n_jobs": 1.5}, "n_jobs"),
        ({"n_jobs": True}, "n_jobs"),
        ({"batch_size": 0}, "batch_size"),
        ({"max_pending": -1}, "max_pending"),
        ({"published": "soon"}, "published"),
        ({"errors": "ignore"}, "errors"),
    ],
)
def test_bad_arguments_fail_eagerly(analyzer, kwargs, match):
    with pytest.raises(claimkit.InvalidInputError, match=match):
        analyzer.analyze_many(TEXTS, **kwargs)


def test_one_string_is_not_many(analyzer):
    with pytest.raises(claimkit.InvalidInputError, match="not one str"):
        analyzer.analyze_many("A text.")
    with pytest.raises(claimkit.InvalidInputError, match="iterable"):
        analyzer.analyze_many(42)


def test_bad_article_fields():
    with pytest.raises(claimkit.InvalidInputError):
        Article(text=b"bytes")
    with pytest.raises(claimkit.InvalidInputError):
        Article(text="Hi.", doc_id=3)
    with pytest.raises(claimkit.InvalidInputError):
        Article(text="Hi.", published="yesterday")


def test_bad_item_raises_in_order(analyzer):
    results = analyzer.analyze_many(["One.", "Two.", 3, "Four."])
    assert [next(results).text, next(results).text] == ["One.", "Two."]
    with pytest.raises(claimkit.InvalidInputError, match="item 2"):
        next(results)


def test_raise_mode_yields_every_result_of_the_batch_before_the_failure():
    small = claimkit.Analyzer(config=claimkit.AnalyzerConfig(max_chars=20))
    results = small.analyze_many(["One.", "Two.", "x" * 21, "Four."], n_jobs=2, batch_size=4)
    assert [next(results).text, next(results).text] == ["One.", "Two."]
    with pytest.raises(claimkit.InputTooLargeError):
        next(results)


def _summary(results):
    return [
        (r.index, r.doc_id, type(r.error).__name__) if isinstance(r, claimkit.Failure) else r.doc_id for r in results
    ]


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_return_mode_yields_failures_in_place_and_goes_on(n_jobs):
    small = claimkit.Analyzer(config=claimkit.AnalyzerConfig(max_chars=20))
    items = ["One.", 3, Article(text="x" * 21, doc_id="long"), Article(text="Four."), "Five."]
    results = list(small.analyze_many(items, errors="return", n_jobs=n_jobs, batch_size=2))
    assert _summary(results) == [
        "0",
        (1, "1", "InvalidInputError"),
        (2, "long", "InputTooLargeError"),
        "3",
        "4",
    ]
    assert results[2].message.startswith("long: InputTooLargeError: text has 21 characters")


def test_json_records_are_items(analyzer):
    records = [{"text": "Hi.", "id": 7, "published": "2017-07-26"}, {"body": "no text", "id": "b"}, {"text": "Bye."}]
    results = list(analyzer.analyze_many(records, published="2016-01-01", errors="return"))
    assert _summary(results) == ["7", (1, "b", "InvalidInputError"), "2"]
    assert [str(r.published) for r in results if isinstance(r, claimkit.Analysis)] == ["2017-07-26", "2016-01-01"]
    assert "'text'" in results[1].message


def test_failures_pickle():
    failure = claimkit.Failure(index=0, doc_id="a", error=claimkit.InputTooLargeError("too long"))
    again = pickle.loads(pickle.dumps(failure))  # noqa: S301  (our own bytes)
    assert again == failure
    assert again.message == "a: InputTooLargeError: too long"


def test_results_pickle_and_serialize(analyzer):
    for a in analyzer.analyze_many(TEXTS, published="2017-07-26"):
        assert pickle.loads(pickle.dumps(a)) == a  # noqa: S301  (our own bytes)
        assert claimkit.Analysis.from_json(a.to_json()) == a
    article = Article(text="Hi.", published=dt.date(2017, 7, 26), doc_id="x")
    assert pickle.loads(pickle.dumps(article)) == article  # noqa: S301  (our own bytes)


def test_an_analyzer_pickles_with_its_configuration(analyzer):
    small = claimkit.Analyzer(config=claimkit.AnalyzerConfig(max_chars=50, relations=False))
    small.analyze("Built.")  # the text processor exists now; it does not travel
    again = pickle.loads(pickle.dumps(small))  # noqa: S301  (our own bytes)
    assert again.config == small.config
    assert again.analyze("“No,” she said.") == small.analyze("“No,” she said.")
    analyze = pickle.loads(pickle.dumps(analyzer.analyze))  # noqa: S301  (a bound method, as engines ship it)
    assert analyze(TEXTS[0], published="2017-07-26") == analyzer.analyze(TEXTS[0], published="2017-07-26")


def test_processes_give_the_same_results_in_order(analyzer):
    items = [*TEXTS, *(Article(text=t, doc_id=f"copy-{i}") for i, t in enumerate(TEXTS))]
    sequential = list(analyzer.analyze_many(items, published="2017-07-26"))
    parallel = list(analyzer.analyze_many(items, published="2017-07-26", n_jobs=2, batch_size=2, max_pending=2))
    assert parallel == sequential


def test_processes_stream_errors_in_order():
    small = claimkit.Analyzer(config=claimkit.AnalyzerConfig(max_chars=20))
    results = small.analyze_many(["Short one.", "x" * 21, "Short two."], n_jobs=2)
    assert next(results).text == "Short one."
    with pytest.raises(claimkit.InputTooLargeError):
        next(results)


def test_processes_stop_early_on_an_endless_stream(analyzer):
    endless = (f"Report number {i} was filed." for i in itertools.count())
    results = analyzer.analyze_many(endless, n_jobs=2, max_pending=3)
    first = list(itertools.islice(results, 4))
    results.close()
    assert [a.doc_id for a in first] == ["0", "1", "2", "3"]


def test_unpicklable_tagger_is_a_clear_error():
    custom = claimkit.Analyzer(tagger=lambda tokens: ["NN"] * len(tokens))
    with pytest.raises(claimkit.InvalidInputError, match="picklable"):
        list(custom.analyze_many(["One."], n_jobs=2))


def test_dask_example_matches_analyze(tmp_path):
    pytest.importorskip("dask.bag")
    pytest.importorskip("distributed")
    import importlib.util
    import json
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "examples" / "dask_corpus.py"
    spec = importlib.util.spec_from_file_location("dask_corpus", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    corpus = tmp_path / "corpus.jsonl"
    lines = [*module.CORPUS.read_text(encoding="utf-8").splitlines()[:3], "not json", '{"body": "no text"}']
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = module.run(corpus, tmp_path / "out", workers=1)
    assert [row["doc_id"] for row in summary] == ["harbour-1", "harbour-2", "budget-1", None, None]
    written = [
        json.loads(line) for f in sorted((tmp_path / "out").glob("part-*.jsonl")) for line in f.read_text().splitlines()
    ]
    analyses = [claimkit.Analysis.from_dict(r) for r in written if "error" not in r]
    for line, analysis in zip(lines, analyses, strict=False):
        record = json.loads(line)
        expected = claimkit.analyze(record["text"], published=record["published"], doc_id=record["doc_id"])
        assert analysis == expected
    assert sum("error" in r for r in written) == 2


def test_a_script_without_a_main_guard_is_told_so(tmp_path):
    import subprocess
    import sys

    script = tmp_path / "no_guard.py"
    script.write_text(
        "import claimkit\nlist(claimkit.Analyzer().analyze_many(['One.', 'Two.'], n_jobs=2))\n", encoding="utf-8"
    )
    result = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode != 0
    assert "claimkit.errors.ClaimkitError" in result.stderr
    assert '`if __name__ == "__main__":` guard' in result.stderr


UNCLOSED = "“We will not sign it, the minister said.\n\nNothing else."


def _children() -> set[int]:
    return {p.pid for p in multiprocessing.active_children()}


def test_workers_live_with_the_analyzer_across_calls():
    with claimkit.Analyzer() as own:
        before = _children()
        first = list(own.analyze_many(TEXTS, n_jobs=2))
        workers = _children() - before
        second = list(own.analyze_many(TEXTS, n_jobs=2))
        assert len(workers) == 2
        assert _children() - before == workers  # the same two processes served the second call
        assert first == second
        again = pickle.loads(pickle.dumps(own))  # noqa: S301  (our own bytes: a running pool does not travel)
        assert again.config == own.config
    assert not workers & _children()  # the with block stopped them


def test_closed_analyzer_starts_new_workers_when_needed():
    own = claimkit.Analyzer()
    list(own.analyze_many(TEXTS[:2], n_jobs=2))
    own.close()
    assert [a.text for a in own.analyze_many(TEXTS[:2], n_jobs=2)] == TEXTS[:2]
    own.close()


def test_worker_warnings_reach_the_caller_under_its_filters(analyzer):
    with pytest.warns(claimkit.UnbalancedQuoteWarning) as in_process:
        list(analyzer.analyze_many(["Fine.", UNCLOSED]))
    with pytest.warns(claimkit.UnbalancedQuoteWarning) as from_workers:
        results = list(analyzer.analyze_many(["Fine.", UNCLOSED], n_jobs=2))
    assert [a.text for a in results] == ["Fine.", UNCLOSED]
    assert [(str(w.message), w.filename, w.lineno) for w in from_workers] == [
        (str(w.message), w.filename, w.lineno) for w in in_process
    ]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        warnings.filterwarnings("ignore", category=claimkit.ClaimkitWarning)
        list(analyzer.analyze_many([UNCLOSED], n_jobs=2))
    assert caught == []
    with warnings.catch_warnings():
        warnings.simplefilter("error", claimkit.UnbalancedQuoteWarning)
        with pytest.raises(claimkit.UnbalancedQuoteWarning):
            list(analyzer.analyze_many([UNCLOSED], n_jobs=2))


def test_parallel_does_not_import_the_pipeline():
    source = Path(claimkit.parallel.__file__).read_text(encoding="utf-8")
    imported = {
        node.module if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(ast.parse(source))
        if isinstance(node, (ast.Import, ast.ImportFrom))
        for alias in node.names
    }
    assert "claimkit.pipeline" not in imported
