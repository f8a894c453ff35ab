import datetime as dt
import warnings

import pytest
from hypothesis import given

import claimkit
from claimkit.model import spans_of
from claimkit.testing import awkward_texts

pytestmark = pytest.mark.needs_nltk_data


def test_published_forms():
    for value in ("2017-07-26", dt.date(2017, 7, 26), dt.datetime(2017, 7, 26, 9, 30)):
        assert claimkit.analyze("Hi.", published=value).published == dt.date(2017, 7, 26)
    assert claimkit.analyze("Hi.").published is None


@pytest.mark.parametrize("bad", ["yesterday", "2017-13-01", 20170726, object()])
def test_bad_published_is_a_clear_error(bad):
    with pytest.raises(claimkit.InvalidInputError, match="published"):
        claimkit.analyze("Hi.", published=bad)


@pytest.mark.parametrize("bad", [None, b"bytes", 3])
def test_text_must_be_str(bad):
    with pytest.raises(claimkit.InvalidInputError):
        claimkit.analyze(bad)


def test_size_limit():
    analyzer = claimkit.Analyzer(config=claimkit.AnalyzerConfig(max_chars=10))
    with pytest.raises(claimkit.InputTooLargeError, match="max_chars"):
        analyzer.analyze("x" * 11)
    with pytest.raises(claimkit.InvalidInputError):
        claimkit.AnalyzerConfig(max_chars=0)


def test_empty_text():
    a = claimkit.analyze("", published="2017-07-26")
    assert (a.statements, a.actors, a.times, a.claims, a.relations) == ((), (), (), (), ())


def test_reference_article_offsets(reference_analysis):
    for span in spans_of(reference_analysis):
        assert reference_analysis.text[span.start : span.end] == span.text
    assert claimkit.Analysis.from_json(reference_analysis.to_json()) == reference_analysis


@given(awkward_texts())
def test_any_text_is_analyzed_or_rejected_cleanly(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", claimkit.ClaimkitWarning)
        try:
            a = claimkit.analyze(text, published="2017-07-26")
        except claimkit.InvalidInputError:  # the documented error (InputTooLargeError is one); nothing else
            return
    for span in spans_of(a):
        assert text[span.start : span.end] == span.text
    assert claimkit.Analysis.from_json(a.to_json()) == a


def test_statements_per_sentence_are_bounded():
    from claimkit.pipeline import MAX_STATEMENTS_PER_SENTENCE

    analysis = claimkit.analyze("he said " * 40, published="2017-07-26")
    assert 0 < len(analysis.statements) <= MAX_STATEMENTS_PER_SENTENCE


def test_the_trained_tagger_reads_no_more_statements_per_sentence_than_are_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from claimkit.attribution_crf import AttributionModel
    from claimkit.pipeline import MAX_STATEMENTS_PER_SENTENCE

    read: list[int] = []
    refine = AttributionModel.refine

    def counting(self: AttributionModel, doc: object, attributions: tuple[object, ...]) -> object:
        read.append(len(attributions))
        return refine(self, doc, attributions)  # type: ignore[arg-type]

    monkeypatch.setattr(AttributionModel, "refine", counting)
    claimkit.Analyzer().analyze("he said " * 40, published="2017-07-26")  # one sentence, 39 cues
    assert read == [MAX_STATEMENTS_PER_SENTENCE]


def test_the_rules_stop_reading_a_sentence_after_their_bound():
    from claimkit.attribution import MAX_DRAFTS_PER_SENTENCE, find_attributions
    from claimkit.pipeline import MAX_STATEMENTS_PER_SENTENCE
    from claimkit.text import TextProcessor

    assert MAX_DRAFTS_PER_SENTENCE >= MAX_STATEMENTS_PER_SENTENCE  # the pipeline's choice is made from them
    doc = TextProcessor.from_lexicons().parse("he said " * 200)  # a cue every two words, 200 of them
    found = find_attributions(doc)
    assert 0 < len(found) <= MAX_DRAFTS_PER_SENTENCE * len(doc.sentences) < 200


def test_relating_runs_after_the_document_is_released(monkeypatch):
    # by design (issue 16): the tokens, attributions and actor index are gone before the stage that holds most
    import gc
    import weakref

    from claimkit import pipeline
    from claimkit.text import TextProcessor

    docs = []
    parse, relate = TextProcessor.parse, pipeline._relations.relate

    def parse_and_watch(self, text):
        doc = parse(self, text)
        docs.append(weakref.ref(doc))
        return doc

    def relate_when_released(*args, **kwargs):
        gc.collect()
        assert [ref() for ref in docs] == [None]
        return relate(*args, **kwargs)

    monkeypatch.setattr(TextProcessor, "parse", parse_and_watch)
    monkeypatch.setattr(pipeline._relations, "relate", relate_when_released)
    a = claimkit.Analyzer().analyze(
        "“Russia arms the rebels,” Jane Doe said. “Russia does not arm the rebels,” Ana Ruiz said.",
        published="2017-07-26",
    )
    assert a.relations
    assert len(docs) == 1


def test_the_figures_are_read_after_the_actor_table_and_statement_times_are_released(monkeypatch):
    # by design (issue 16): the claims stage ends the read phase's peak; what it no longer needs is gone
    import gc
    import weakref

    from claimkit import pipeline

    held = []
    find_actors, resolve_times, extract_quantities = (
        pipeline._actors.find_actors,
        pipeline._temporal.resolve_times,
        pipeline._quantities.extract_quantities,
    )

    def find_and_watch(*args, **kwargs):
        table = find_actors(*args, **kwargs)
        held.append(weakref.ref(table))
        return table

    def resolve_and_watch(*args, **kwargs):
        timing = resolve_times(*args, **kwargs)
        held.append(weakref.ref(timing))
        return timing

    def extract_when_released(*args, **kwargs):
        gc.collect()
        assert [ref() for ref in held] == [None, None]
        return extract_quantities(*args, **kwargs)

    monkeypatch.setattr(pipeline._actors, "find_actors", find_and_watch)
    monkeypatch.setattr(pipeline._temporal, "resolve_times", resolve_and_watch)
    monkeypatch.setattr(pipeline._quantities, "extract_quantities", extract_when_released)
    a = claimkit.Analyzer().analyze("“About 40 people came,” Jane Doe said on Monday.", published="2017-07-26")
    assert a.quantities
    assert len(held) == 2
