"""The fast tagger gives exactly NLTK's tags: on the real model, and on small models full of ties."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from nltk.tag.perceptron import PerceptronTagger

from claimkit._perceptron import FastPerceptron
from claimkit.testing import documents

LABELS = ("NN", "VB", "DT", "JJ", ".")
WORDS = ("the", "a", "said", "Said", "run-up", "1999", "42", "-x", "", ".", "ab", "abc", "xabc", "-START-")
CONTEXT = (*WORDS, "!hyphen", "!year", "!digits", "-START-", "-START2-", "-END-", "-END2-")


def nltk_tags(tagger: PerceptronTagger, sentence: list[str]) -> list[str]:
    return [tag for _, tag in tagger.tag(sentence)]


@pytest.fixture(scope="module")
def real_model() -> PerceptronTagger:
    return PerceptronTagger(load=True, lang="eng")


@pytest.fixture(scope="module")
def real_fast(real_model) -> FastPerceptron:
    fast = FastPerceptron.from_model(real_model.model.weights, real_model.tagdict, real_model.classes)
    assert fast is not None
    return fast


tokens = st.one_of(
    st.sampled_from(WORDS),
    st.text(min_size=1, max_size=12),
    st.from_regex(r"[A-Z]?[a-z]{1,10}(-[a-z]+)?|[0-9]{1,6}", fullmatch=True),
)


@pytest.mark.needs_nltk_data
@given(st.lists(st.lists(tokens, max_size=30), max_size=6))
def test_same_tags_as_nltk_on_random_tokens(real_model, real_fast, sentences):
    assert real_fast.tag_sentences(sentences) == [nltk_tags(real_model, s) for s in sentences]


@pytest.mark.needs_nltk_data
@given(documents(max_words=120))
def test_same_tags_as_nltk_on_news_words(real_model, real_fast, text):
    sentence = text.split()
    assert real_fast(sentence) == nltk_tags(real_model, sentence)


@pytest.mark.needs_nltk_data
def test_sentence_blocks_and_empty_sentences(real_model, real_fast):
    sentence = ["The", "minister", "said", "that", "officials", "denied", "reports", "."]
    sentences = [sentence, [], ["Hi"], *([sentence] * 700)]  # more than one block of tokens
    assert real_fast.tag_sentences(sentences) == [nltk_tags(real_model, s) if s else [] for s in sentences]


def _feature_names(context_word: str, tag: str, tag2: str) -> list[str]:
    return [
        "bias",
        f"i suffix {context_word[-3:]}",
        f"i pref1 {context_word[:1]}",
        f"i-1 tag {tag}",
        f"i-2 tag {tag2}",
        f"i tag+i-2 tag {tag} {tag2}",
        f"i word {context_word}",
        f"i-1 tag+i word {tag} {context_word}",
        f"i-1 word {context_word}",
        f"i-1 suffix {context_word[-3:]}",
        f"i-2 word {context_word}",
        f"i+1 word {context_word}",
        f"i+1 suffix {context_word[-3:]}",
        f"i+2 word {context_word}",
    ]


tags_and_starts = st.sampled_from((*LABELS, "-START-", "-START2-"))
features = st.builds(_feature_names, st.sampled_from(CONTEXT), tags_and_starts, tags_and_starts).flatmap(
    st.sampled_from
)
# Few distinct weights, so that labels often tie and the float fallback runs.
weights = st.dictionaries(st.sampled_from(LABELS), st.sampled_from((-1.5, -0.1, 0.1, 0.2, 0.3, 1.0)), max_size=4)


@given(
    model=st.dictionaries(features, weights, max_size=60),
    tagdict=st.dictionaries(st.sampled_from(WORDS), st.sampled_from(LABELS), max_size=3),
    sentences=st.lists(st.lists(st.sampled_from(WORDS), max_size=12), max_size=4),
)
def test_same_tags_as_nltk_on_small_models_with_ties(model, tagdict, sentences):
    reference = PerceptronTagger(load=False)
    reference.model.weights = model
    reference.tagdict = tagdict
    reference.classes = reference.model.classes = set(LABELS)
    fast = FastPerceptron.from_model(model, tagdict, LABELS)
    assert fast is not None
    assert fast.tag_sentences(sentences) == [nltk_tags(reference, s) for s in sentences]


def test_inexact_weights_are_declined():
    assert FastPerceptron.from_model({"bias": {"NN": 0.1234}}, {}, ["NN"]) is None
    assert FastPerceptron.from_model({"bias": {"NN": float("nan")}}, {}, ["NN"]) is None
    assert FastPerceptron.from_model({"bias": {"NN": 0.123}}, {}, ["NN"]) is not None


@pytest.mark.needs_nltk_data
@given(st.lists(st.lists(tokens, max_size=30), max_size=6))
def test_flat_tags_are_the_sentences_tags_joined(real_fast, sentences):
    flat = [t for s in sentences for t in s]
    assert real_fast.tag_flat(flat, [len(s) for s in sentences]) == [
        t for s in real_fast.tag_sentences(sentences) for t in s
    ]
