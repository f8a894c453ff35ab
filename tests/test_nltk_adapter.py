"""The sentence splitter gives exactly NLTK Punkt's sentences, with the patterns compiled by ``re``."""

from hypothesis import given
from hypothesis import strategies as st
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from claimkit import _nltk
from claimkit.lang import wordclass
from claimkit.lang.resources import wordlist
from claimkit.testing import awkward_texts, documents

ABBREVIATIONS = wordlist("abbreviations.txt")
STARTERS = wordclass.sentence_starters()


def _reference() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    params.sent_starters = set(STARTERS)
    return PunktSentenceTokenizer(params)


REFERENCE = _reference()
SPLIT = _nltk.make_sentence_splitter(ABBREVIATIONS, STARTERS)
BASIC = [
    "Mr.",
    "Gen.",
    "U.S.",
    "No.",
    "3.5",
    "...",
    "!",
    "?",
    ".",
    "”",
    "“",
    "'",
    ")",
    "(",
    " ",
    "\n",
    "said",
    "He",
    "--",
]
# initials, numbers, ellipses, sentence starters in both cases, compound abbreviations, other white space
EDGES = ["J.", "é.", "5.", "1,000.", "..", "The", "the", "But", "co-Gen.", "Inc.", "##number##.", ";", ",", "\t", "  "]
pieces = st.sampled_from(BASIC + EDGES)


@given(st.one_of(awkward_texts(), documents(), st.lists(pieces, max_size=60).map("".join)))
def test_same_sentences_as_punkt(text):
    assert SPLIT(text) == [(int(s), int(e)) for s, e in REFERENCE.span_tokenize(text)]


def test_a_long_text_splits():
    text = "The minister said so. " * 20_000 + "a" * 100_000 + ". Done."
    spans = SPLIT(text)
    assert spans[0] == (0, 21)
    assert text[spans[-1][0] : spans[-1][1]] == "Done."


def test_flat_tagger_uses_a_given_batch_tagger():
    def tag(tokens):
        return ["ONE"] * len(tokens)

    def batch(sentences):
        return [[f"S{i}"] * len(s) for i, s in enumerate(sentences)]

    assert _nltk.flat_tagger(tag)(["a", "b", "c"], [1, 0, 2]) == ["ONE", "ONE", "ONE"]
    assert _nltk.flat_tagger(tag, batch)(["a", "b", "c"], [1, 0, 2]) == ["S0", "S2", "S2"]
