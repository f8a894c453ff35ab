"""The language layer keeps one home for each word class."""

from __future__ import annotations

from claimkit.lang import timewords, wordclass
from claimkit.lang.cues import cue_lexicon
from claimkit.lang.resources import rows


def _classes(word: str) -> frozenset[str]:
    return cue_lexicon().word_classes.get(word, frozenset())


def test_time_words_of_the_cue_lexicon_come_from_the_time_vocabulary() -> None:
    for word in ("monday", "sept.", "october", "morning"):
        assert "time" in _classes(word), word
    assert "time" in _classes("yesterday")  # listed in attribution_words.tsv itself
    # a month that is also a modal stays a modal only
    assert "modal" in _classes("may")
    assert "time" not in _classes("may")


def test_pronoun_classes_of_the_cue_lexicon_come_from_pronouns_tsv() -> None:
    for word in wordclass.subject_pronouns():
        assert "pronoun" in _classes(word), word
    assert "pronoun" in _classes("someone")  # listed in attribution_words.tsv itself
    for word in wordclass.relative_pronouns():
        assert "relpro" in _classes(word), word


def test_attribution_words_lists_no_word_another_file_already_gives_the_class() -> None:
    vocab = timewords.vocabulary()
    elsewhere = {
        "time": {*vocab.months, *vocab.weekdays, *vocab.parts_of_day},
        "pronoun": wordclass.subject_pronouns(),
        "relpro": wordclass.relative_pronouns(),
    }
    twice = [(word, cls) for word, cls, *_ in rows("attribution_words.tsv") if word in elsewhere.get(cls, ())]
    assert twice == []


def test_calendar_words_are_not_names_from_the_time_vocabulary_alone() -> None:
    from claimkit.lang.names import not_names
    from claimkit.lang.resources import wordlist

    vocab = timewords.vocabulary()
    calendar = {w[:1].upper() + w[1:] for w in (*vocab.months, *vocab.weekdays)}
    assert calendar <= not_names()
    assert {"GMT", "OK"} <= not_names()
    assert not calendar & wordlist("actor_stopwords.txt")  # one home: time_words.tsv
