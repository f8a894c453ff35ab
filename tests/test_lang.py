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


def test_role_nouns_of_the_cue_lexicon_come_from_titles_tsv() -> None:
    for word in ("spokesman", "engineer", "head", "chair"):
        assert word in wordclass.role_nouns(), word
        assert "role" in _classes(word), word
    assert "role" in _classes("expert")  # listed in attribution_words.tsv itself: no title
    assert "role" not in _classes("mr.")  # a title, but no role noun
    assert "role" not in _classes("king")


def test_attribution_words_lists_no_word_another_file_already_gives_the_class() -> None:
    vocab = timewords.vocabulary()
    elsewhere = {
        "time": {*vocab.months, *vocab.weekdays, *vocab.parts_of_day},
        "pronoun": wordclass.subject_pronouns(),
        "relpro": wordclass.relative_pronouns(),
        "modal": wordclass.MODALS,
        "aux": wordclass.MODALS,
        "prep": wordclass.SUBORDINATORS,
        "stop": wordclass.CLAUSE_WORDS,
        "numeral": {r[0] for r in rows("approximators.tsv")},
        "role": wordclass.role_nouns(),
        "timeprep": {r[1] for r in rows("time_words.tsv") if r[0] == "modifier" and "before-cue" in r[3:]},
        "hedge": {r[0] for r in rows("cues.tsv") if "hedge" in r[1].split(",")},
    }
    twice = [(word, cls) for word, cls, *_ in rows("attribution_words.tsv") if word in elsewhere.get(cls, ())]
    assert twice == []


def test_time_phrase_openers_come_from_the_time_vocabulary_and_hedges_from_the_cues() -> None:
    for word in ("last", "this", "the", "earlier"):
        assert "timeprep" in _classes(word), word
    assert "timeprep" in _classes("on")  # listed in attribution_words.tsv itself: no time modifier
    assert "timeprep" not in _classes("every")  # a time modifier not marked before-cue
    for word in ("think", "guess", "suppose", "reckon"):
        assert "hedge" in _classes(word), word
    assert "hedge" not in _classes("believe")  # a hedging cue, but "I believe ..." is a statement
    assert "hedge" in cue_lexicon().verbs["think"][0].takes


def test_post_modifiers_are_the_prepositions_marked_in_attribution_words() -> None:
    from claimkit.lang.cues import post_modifiers

    assert post_modifiers() == {"of", "in", "for", "at", "from", "with", "on", "among"}
    assert all("prep" in _classes(word) for word in post_modifiers())


def test_stopwords_and_sentence_starters_take_the_closed_classes_from_their_homes() -> None:
    from claimkit.lang.resources import wordlist

    stop, starters = wordclass.stopwords(), wordclass.sentence_starters()
    assert stop >= wordclass.DEMONSTRATIVES
    assert wordclass.possessive_determiners() <= stop
    assert {"a", "the", "of", "there"} <= stop
    assert starters >= wordclass.DEMONSTRATIVES
    assert wordclass.subject_pronouns() <= starters
    assert {"the", "however", "officials"} <= starters
    # one home: the data files do not list them again
    assert not wordlist("stopwords.txt") & (wordclass.DEMONSTRATIVES | wordclass.possessive_determiners())
    assert not wordlist("sentence_starters.txt") & (wordclass.DEMONSTRATIVES | wordclass.subject_pronouns())


def test_calendar_words_are_not_names_from_the_time_vocabulary_alone() -> None:
    from claimkit.lang.names import not_names
    from claimkit.lang.resources import wordlist

    vocab = timewords.vocabulary()
    calendar = {w[:1].upper() + w[1:] for w in (*vocab.months, *vocab.weekdays)}
    assert calendar <= not_names()
    assert {"GMT", "OK"} <= not_names()
    assert not calendar & wordlist("actor_stopwords.txt")  # one home: time_words.tsv


def test_time_zones_in_capitals_are_not_names() -> None:
    from claimkit.lang.names import not_names
    from claimkit.lang.resources import wordlist

    zones = {z.upper() for z in timewords.vocabulary().time_zones}
    assert {"EST", "PDT", "UTC"} <= zones <= not_names()
    assert not zones & wordlist("actor_stopwords.txt")  # one home: time_words.tsv
    assert "Est" not in not_names()  # matched as written


def test_modals_subordinators_and_approximators_give_their_classes() -> None:
    # the cue lexicon's classes take these words from their homes in the language layer
    for word in wordclass.MODALS:
        assert {"modal", "aux"} <= _classes(word), word
    assert "aux" in _classes("has")  # listed in attribution_words.tsv itself
    assert "modal" not in _classes("must")
    for word in wordclass.SUBORDINATORS:
        assert "prep" in _classes(word), word
    assert "prep" in _classes("against")  # listed in attribution_words.tsv itself
    for word in ("nearly", "roughly", "over", "under"):  # approximators.tsv
        assert "numeral" in _classes(word), word
    assert "numeral" in _classes("just")  # listed in attribution_words.tsv itself
    assert "numeral" not in _classes("at least")  # a phrase gives no one-word class
    assert wordclass.MODALS < wordclass.AUXILIARIES


def test_a_final_double_f_is_kept():
    from claimkit.lang.morphology import lemmatize

    assert [lemmatize(w) for w in ("rebuffed", "rebuffs", "sniffed", "stopped")] == [
        "rebuff",
        "rebuff",
        "sniff",
        "stop",
    ]


def test_clause_words_end_a_reported_clause() -> None:
    assert all("stop" in _classes(w) for w in wordclass.CLAUSE_WORDS)  # derived from their home
    assert "stop" in _classes("despite")  # listed in attribution_words.tsv itself


def test_report_verbs_are_cue_verbs_marked_report() -> None:
    from claimkit.lang.cues import report_verbs

    assert {"report", "allege", "write", "accuse"} <= report_verbs()
    assert "say" not in report_verbs()
    assert "deny" not in report_verbs()


def test_number_words_have_one_home() -> None:
    spelled = {r[1] for r in rows("time_words.tsv") if r[0] == "number"}
    assert not spelled & {r[0] for r in rows("quantity_words.tsv")}  # one home: time_words.tsv
    numbers = wordclass.number_words()
    assert (numbers["seven"], numbers["hundred"], numbers["dozen"], numbers["bn"]) == (7.0, 100.0, 12.0, 1e9)
    assert not {"a", "an", "several", "a few"} & numbers.keys()  # articles and vague words are no numbers


def test_the_claim_readers_classes_are_no_attribution_classes() -> None:
    # the classes argument and rank of attribution_words.tsv are read by claims and quantities only: an attribution
    # class (a feature of the trained tagger) they would change is not theirs to change
    assert {"argument", "rank"}.isdisjoint(_classes("from") | _classes("among") | _classes("this"))
    assert {"from", "to"} <= wordclass.argument_prepositions()
    assert {"among", "this"} <= wordclass.rank_restrictors()
    numerals = {r[0] for r in rows("attribution_words.tsv") if r[1] == "numeral"}
    assert {"at", "than"} <= wordclass.approximator_links() <= numerals
