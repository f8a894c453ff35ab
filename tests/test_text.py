import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimkit import InvalidSpanError, Span
from claimkit import text as text_module
from claimkit.testing import awkward_texts
from claimkit.text import (
    MAX_SENTENCE_TOKENS,
    Document,
    Sentence,
    Sentences,
    TextProcessor,
    find_quotes,
    split_paragraphs,
)

pytestmark = pytest.mark.needs_nltk_data


@pytest.fixture(scope="module")
def processor() -> TextProcessor:
    return TextProcessor.from_lexicons()


def test_sentences_respect_abbreviations(processor):
    doc = processor.parse("U.S. Army Gen. John Smith said so. Mr. Jones met Sen. Brown in Jan. 2017. It rained.")
    assert [s.text for s in doc.sentence_spans()] == [
        "U.S. Army Gen. John Smith said so.",
        "Mr. Jones met Sen. Brown in Jan. 2017.",
        "It rained.",
    ]


def test_closing_quote_stays_with_its_sentence(processor):
    doc = processor.parse("“It is over.” He left.")
    assert [s.text for s in doc.sentence_spans()] == ["“It is over.”", "He left."]


def test_tokens_are_offsets_not_rewrites(processor):
    text = "Lavrov’s team didn’t say “no.”"
    doc = processor.parse(text)
    assert [t.text for t in doc.tokens] == ["Lavrov", "’s", "team", "did", "n’t", "say", "“", "no", ".", "”"]
    assert all(text[t.start : t.end] == t.text for t in doc.tokens)
    assert doc.tokens[1].tag == "POS"


def test_quotes_curly_straight_and_mismatched():
    text = "“A ‘b' c,” he said. \"D\" and 'e'."
    assert [q.content.text for q in find_quotes(text, 0, len(text))] == ["A ‘b' c,", "b", "D", "e"]


def test_apostrophes_are_not_quotes():
    text = "The officials’ claims weren’t Lavrov’s."
    assert find_quotes(text, 0, len(text)) == []


def test_unclosed_quote_runs_to_paragraph_end():
    text = "“It goes on and on"
    (q,) = find_quotes(text, 0, len(text))
    assert not q.closed
    assert q.content.text == "It goes on and on"


def test_paragraphs():
    wrapped = "This line of a hard-wrapped paragraph runs on for more than sixty\ncharacters and ends here."
    text = "Title\nA.\n\n  " + wrapped
    assert [text[s:e] for s, e in split_paragraphs(text)] == ["Title", "A.", wrapped]


@given(awkward_texts())
def test_offsets_always_slice_back(text):
    doc = TextProcessor.from_lexicons(tagger=lambda toks: ["NN"] * len(toks)).parse(text)
    for t in doc.tokens:
        assert text[t.start : t.end] == t.text
    for s in doc.sentences:
        assert 0 <= s.start < s.end <= len(text)
    for q in doc.quotes:
        assert text[q.span.start : q.span.end] == q.span.text
        assert q.span.contains(q.content)


@given(st.text(alphabet="“”‘’\"' ab\n", max_size=60))
def test_quote_soup_never_crashes(text):
    for q in find_quotes(text, 0, len(text)):
        assert q.content.start >= q.span.start


def test_deeply_nested_unclosed_quotes_are_capped():
    # every open quote copies the rest of its paragraph: thousands of them must not all be kept
    text = "‘a “b " * 2000 + "end"
    quotes = find_quotes(text, 0, len(text))
    assert all(q.depth < 4 for q in quotes)
    assert sum(len(q.content.text) for q in quotes) <= 4 * len(text)


def test_many_quote_marks_pair_up():
    text = "“a” ‘b’ " * 3000
    quotes = find_quotes(text, 0, len(text))
    assert len(quotes) == 6000
    assert all(q.closed for q in quotes)


def test_a_run_on_sentence_is_cut_into_bounded_pieces(processor):
    # junk without sentence ends must not become one huge sentence: work per sentence stays bounded
    text = "the minister said that " * 400 + "it rained."
    doc = processor.parse(text)
    lengths = [s.last_token - s.first_token for s in doc.sentences]
    assert max(lengths) <= MAX_SENTENCE_TOKENS
    assert sum(lengths) == len(doc.tokens) == 4 * 400 + 3
    assert [t.text for t in doc.tokens] == [text[t.start : t.end] for t in doc.tokens]


def test_a_long_real_sentence_is_not_cut(processor):
    clause = "officials in the capital said on Tuesday that the talks, which began in March, would resume"
    text = ", and ".join([clause] * 10) + "."  # about 190 tokens, as long as real news sentences get
    doc = processor.parse(text)
    assert len(doc.sentences) == 1
    assert doc.sentences[0].last_token - doc.sentences[0].first_token < MAX_SENTENCE_TOKENS


def test_marks_around_no_word_quote_nothing():
    text = "He wrote “” and ‘...’ and “yes”. It ended.“"
    assert [q.content.text for q in find_quotes(text, 0, len(text))] == ["yes"]


def test_a_long_row_of_marks_is_one_token(processor):
    marks = "“”‘’\"'«»„" * 3
    text = f"{marks} He said “it is {marks[:15]} over”."
    doc = processor.parse(text)
    assert doc.tokens[0].text == marks
    short = text.index(marks[:15], len(marks))
    assert len(doc.tokens_in(short, short + 15)) == 15  # a row of 15 marks: a token each


def test_a_run_from_a_mark_beyond_the_alphabets_is_one_token(processor):
    junk = "\U0001f44d\ue000a\U00020000\U0002a6d7"  # an emoji, a private-use mark, a letter, CJK letters
    doc = processor.parse(f"He said “{junk}”. Great\U0001f44dok, fine。")
    assert [t.text for t in doc.tokens[:6]] == ["He", "said", "“", junk, "”", "."]
    assert [t.text for t in doc.tokens[6:]] == ["Great", "\U0001f44dok", ",", "fine", "。"]


def test_an_age_that_opens_with_a_number_is_one_token(processor):
    doc = processor.parse("A 42-year-old driver and two 3-month-olds got an $18-a-share deal on 2017-07-26.")
    words = [t.text for t in doc.tokens]
    assert (words[1], words[5]) == ("42-year-old", "3-month-olds")
    assert words[9:14] == ["18", "-", "a-share", "deal", "on"]  # a figure stays a number of its own
    assert words[14] == "2017-07-26"


def test_tokens_in_takes_the_tokens_wholly_inside(processor):
    doc = processor.parse("He left. She stayed.")
    assert [t.text for t in doc.tokens_in(0, 7)] == ["He", "left"]
    assert [t.text for t in doc.tokens_in(1, 8)] == ["left", "."]  # "He" starts before 1
    assert [t.text for t in doc.tokens_in(0, 6)] == ["He"]  # "left" ends after 6
    assert doc.tokens_in(4, 3) == ()


def test_equal_token_texts_share_one_string(processor):
    doc = processor.parse("“A” “B” “C”")
    opening = [t.text for t in doc.tokens if t.text == "“"]
    assert len(opening) == 3
    assert all(x is opening[0] for x in opening)


def test_first_token_from(processor):
    doc = processor.parse("He left. She stayed.")
    assert [doc.first_token_from(k) for k in (0, 1, 9, 100)] == [0, 1, 3, len(doc.tokens)]


@given(awkward_texts(max_size=200))
def test_a_long_sentence_is_tokenized_in_windows_cut_at_white_space(text: str) -> None:
    from claimkit import text as text_module

    processor = TextProcessor.from_lexicons(tagger=lambda toks: ["X"] * len(toks))
    whole = processor.parse(text).tokens
    window = text_module._TOKENIZE_WINDOW
    try:
        text_module._TOKENIZE_WINDOW = 3  # cut wherever a space follows the third character
        cut = processor.parse(text).tokens
    finally:
        text_module._TOKENIZE_WINDOW = window
    assert cut == whole


def test_a_token_end_shares_the_next_tokens_start() -> None:
    doc = TextProcessor.from_lexicons(tagger=lambda toks: ["X"] * len(toks)).parse(" " * 300 + "said,“said")
    assert [(t.start, t.end) for t in doc.tokens] == [(300, 304), (304, 305), (305, 306), (306, 310)]
    assert all(a.end is b.start for a, b in itertools.pairwise(doc.tokens))  # one int object, not two


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("said\x00said\x1bsaid.", ["said", "said", "said", "."]),  # C0 control characters
        ("\u200f“\u202eHe said\u202c” \u200e", ["“", "He", "said", "”"]),  # bidirectional formatting marks
        ("\ud800\udc00 He\udfff left", ["He", "left"]),  # lone surrogates
        ("He said \u200bso", ["He", "said", "\u200b", "so"]),  # a zero-width space is still a token
    ],
)
def test_control_characters_bidi_marks_and_lone_surrogates_are_no_tokens(text: str, tokens: list[str]) -> None:
    doc = TextProcessor.from_lexicons(tagger=lambda toks: ["X"] * len(toks)).parse(text)
    assert [t.text for t in doc.tokens] == tokens
    assert all(text[t.start : t.end] == t.text for t in doc.tokens)


def test_edges_are_one_int_object_each(processor):
    # offsets above 256 are int objects of their own: the paragraph and its tokens share them
    text = "x " * 200 + "\n\n" + "Hi there.\nHi.\nHi."
    doc = processor.parse(text)
    para, sentence = doc.paragraphs[1], doc.sentences[1]
    assert (sentence.start, sentence.end) == (para.start, para.end)
    first = doc.tokens[sentence.first_token]
    last = doc.tokens[sentence.last_token - 1]
    assert first.start is para.start
    assert last.end is para.end
    assert isinstance(doc.sentences, Sentences)
    assert all(a.last_token == b.first_token for a, b in itertools.pairwise(doc.sentences))
    assert [p.text for p in doc.paragraphs[2:]] == ["Hi.", "Hi."]
    assert doc.paragraphs[2].text is doc.paragraphs[3].text  # equal short paragraphs: one string


def test_a_long_document_keeps_no_sentence_objects_a_short_one_keeps_them_once_read(processor, monkeypatch):
    monkeypatch.setattr(text_module, "_KEPT_SENTENCES", 2)
    long = processor.parse("Hi.\nHo.\nHa.")
    assert long.sentences[1] == long.sentences[1]
    assert long.sentences[1] is not long.sentences[1]  # made at each read from the arrays
    assert list(long.sentences) == [long.sentences[0], long.sentences[1], long.sentences[2]]
    short = processor.parse("Hi.\nHo.")
    assert short.sentences[1] is short.sentences[1]
    assert next(iter(short.sentences)) is short.sentences[0]


def test_a_document_made_from_sentence_objects_reads_them_back(processor):
    doc = processor.parse("Ann left. Tom stayed.\n\nThey met.")
    given = tuple(doc.sentences)
    again = Document(text=doc.text, paragraphs=doc.paragraphs, sentences=given, tokens=doc.tokens, quotes=doc.quotes)
    assert again == doc
    assert tuple(again.sentences) == given
    assert again.sentences[-1] == given[-1]
    assert again.sentences[1:] == given[1:]
    assert [again.sentence_index_at(s.start) for s in given] == [0, 1, 2]
    assert again.sentence_index_at(9) is None  # the space between the first two sentences


def test_sentences_hold_offsets_past_32_bits():
    far = Sentence(start=2**31, end=2**31 + 5, paragraph=0, first_token=0, last_token=2)
    assert Sentences.of([far])[0] == far


def test_a_one_token_span_holds_the_token_text_and_offsets(processor):
    text = "x " * 200 + "Doe met Doe."
    doc = processor.parse(text)
    first, second = (t for t in doc.tokens if t.text == "Doe")
    span = doc.span(second.start, second.end)
    assert span == Span.from_text(text, second.start, second.end)
    assert span.text is first.text  # one string for every "Doe"
    assert span.start is second.start
    assert doc.span(first.start, second.end).text == "Doe met Doe"
    with pytest.raises(InvalidSpanError):
        doc.span(5, len(text) + 1)
