"""Speakers as a careful reader resolves them: each pronoun rule, participles, frames of quotations."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimkit
from claimkit import actors
from claimkit.actors import SpeakerFrame, find_actors
from claimkit.text import Document

from .conftest import processor as _processor

pytestmark = pytest.mark.needs_nltk_data

GUIDE = Path(__file__).parent.parent / "docs" / "guide" / "actors.md"


def _span(doc: Document, text: str, word: str, nth: int = 0):
    at = -1
    for _ in range(nth + 1):
        at = text.index(word, at + 1)
    return doc.span(at, at + len(word))


def _resolve(text: str, word: str, *, nth: int = 0, frames: tuple[tuple[str, str], ...] = ()):
    """The actor name and rule for the anchor *word* (its *nth* occurrence); frames: (content, speaker)."""
    doc = _processor().parse(text)
    anchor = _span(doc, text, word, nth)
    speaker_frames = [SpeakerFrame(content=_span(doc, text, c), speaker=_span(doc, text, sp)) for c, sp in frames]
    table = find_actors(doc, [anchor, *(f.speaker for f in speaker_frames if f.speaker)], frames=speaker_frames)
    actor = table.actor_at(anchor)
    return (actor.name if actor else None), table.rule_at(anchor)


def test_relative_pronoun() -> None:
    assert _resolve("The envoy met Tom Ek, who left.", "who") == ("Tom Ek", "relative-pronoun")


def test_pronoun_in_quote_frame_is_not_the_speaker() -> None:
    text = "Tom Ek met Jon Bell. Ann Roe said: “He lied.”"
    got = _resolve(text, "He", frames=(("“He lied.”", "Ann Roe"),))
    assert got == ("Jon Bell", "pronoun-in-quote-frame")


def test_pronoun_in_quote_frame_is_not_the_hearer() -> None:
    text = "Tom Ek spoke first. Ann Roe told Jon Bell: “He lied.”"
    doc = _processor().parse(text)
    he = _span(doc, text, "He")
    frame = SpeakerFrame(
        content=_span(doc, text, "“He lied.”"),
        speaker=_span(doc, text, "Ann Roe"),
        addressee=_span(doc, text, "Jon Bell"),
    )
    table = find_actors(doc, [he, frame.speaker, frame.addressee], frames=[frame])  # type: ignore[list-item]
    assert table.actor_at(he).name == "Tom Ek"


def test_pronoun_same_sentence() -> None:
    assert _resolve("Ann Roe met the envoy before she left.", "she") == ("Ann Roe", "pronoun-same-sentence")


def test_pronoun_previous_speaker() -> None:
    text = "Tom Ek had lied, Jon Bell said. He left."
    got = _resolve(text, "He", frames=(("Tom Ek had lied", "Jon Bell"),))
    assert got == ("Jon Bell", "pronoun-previous-speaker")


def test_pronoun_nearest_subject() -> None:
    assert _resolve("Jon Bell met Tom Ek on Monday. He left.", "He") == ("Jon Bell", "pronoun-nearest-subject")


def test_pronoun_nearest_subject_passes_over_a_fronted_clause() -> None:
    assert _resolve("After Tom Ek spoke, Jon Bell left. He was tired.", "He")[0] == "Jon Bell"
    assert _resolve("Asked whether he would resign, Jon Bell left. He was tired.", "He")[0] == "Jon Bell"


def test_pronoun_subject_of_the_sentence_before_wins_over_an_older_speaker() -> None:
    # the sentence right before is read first: its subject, not the speaker of the sentence before it
    text = "Tom Ek said the dam was safe. Jon Bell disagreed. He said it was not."
    got = _resolve(text, "He", frames=(("the dam was safe", "Tom Ek"),))
    assert got == ("Jon Bell", "pronoun-nearest-subject")
    text = "Tom Ek said the dam was safe. The vote was close. He said it was not."
    assert _resolve(text, "He", frames=(("the dam was safe", "Tom Ek"),)) == ("Tom Ek", "pronoun-previous-speaker")


@pytest.mark.parametrize("opener", ["whether the dam was safe", "about the dam"])
def test_pronoun_speaker_after_a_question_is_the_one_asked(opener: str) -> None:
    text = f"Ann Roe asked Tom Ek {opener}. He said it was."
    assert _resolve(text, "He", frames=(("it was", "He"),)) == ("Tom Ek", "pronoun-answers-question")


def test_pronoun_after_a_question_is_the_one_asked_only_as_a_speaker_of_a_question() -> None:
    # not when "he" does not speak, nor after a request ("asked X to ...")
    assert _resolve("Jon Bell asked Tom Ek whether the dam was safe. He left.", "He")[0] == "Jon Bell"
    text = "Jon Bell asked Tom Ek to resign. He said it was time."
    assert _resolve(text, "He", frames=(("it was time", "He"),))[0] == "Jon Bell"


def test_pronoun_last_person() -> None:
    text = "The report named Jon Bell. The vote was close. The storm came. He left."
    assert _resolve(text, "He") == ("Jon Bell", "pronoun-last-person")


def test_plural_pronoun_last_group() -> None:
    assert _resolve("Kenyan officials protested. They left.", "They") == (
        "Kenyan officials",
        "plural-pronoun-last-group",
    )


def test_it_last_organization() -> None:
    assert _resolve("Kenya objected. It left.", "It") == ("Kenya", "it-last-organization")


@pytest.mark.parametrize(
    ("text", "word", "found"),
    [
        # the subject of an indirect question is the one asked, named or only described
        ("Tom Ek asked the 42-year-old driver why he had lied.", "he", "42-year-old driver"),
        ("Tom Ek asked Jon Bell whether he had lied.", "he", "Jon Bell"),
        ("The judge asked the officials if they had lied.", "they", "officials"),
        # "to" and a verb between the one asked and the question
        ("Tom Ek asked the 61-year-old guard to explain why he had lied.", "he", "61-year-old guard"),
    ],
)
def test_pronoun_asked_hearer(text: str, word: str, found: str) -> None:
    assert _resolve(text, word, nth=_nth_word(text, word)) == (found, "pronoun-asked-hearer")


def _nth_word(text: str, word: str) -> int:
    """Which occurrence of *word* as a substring ("he" is in "the") is the word itself, first as a word."""
    return text[: text.index(f" {word} ")].count(word)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Ek asked why he had lied.",  # nobody asked: the asker
        "Tom Ek asked Ann Roe whether he had lied.",  # the one asked is a woman
        "Tom Ek told the driver why he had lied.",  # "tell" takes a hearer but asks nothing
        "Tom Ek asked the driver, then the guard, why he had lied.",  # no single noun phrase between
        "Tom Ek asked to explain why he had lied.",  # "to" and a verb, but nobody asked before them
    ],
)
def test_pronoun_asked_hearer_needs_a_fitting_hearer_of_an_asking_verb(text: str) -> None:
    assert _resolve(text, "he", nth=_nth_word(text, "he")) == ("Tom Ek", "pronoun-same-sentence")


def test_every_pronoun_rule_is_documented() -> None:
    guide = GUIDE.read_text(encoding="utf-8")
    assert all(f"| `{name}` |" in guide for name in actors.RULE_NAMES)


# --------------------------------------------------------------------------- through analyze()


def _speakers(text: str) -> list[tuple[str | None, str | None, list[str]]]:
    a = claimkit.analyze(text)
    return [(s.cue, s.speaker.name if s.speaker else None, [e.rule for e in s.evidence]) for s in a.statements]


def test_a_pronoun_speaker_shows_its_rule_last_in_the_evidence() -> None:
    (_, second) = _speakers("Tom Ek had lied, Jon Bell said. He added that the polls were wrong.")
    assert second[:2] == ("added", "Jon Bell")
    assert second[2][-1] == "pronoun-previous-speaker"


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Ann Roe, a lawyer, said the dam would hold.", "apposition"),
        ("Kenya's foreign ministry said the dam would hold.", "possessive"),
    ],
)
def test_a_speakers_phrase_rule_is_in_the_evidence(text: str, rule: str) -> None:
    (statement,) = claimkit.analyze(text).statements
    assert statement.speaker_span is not None
    last = statement.evidence[-1]
    assert (last.rule, last.span) == (rule, statement.speaker_span)


def test_a_pronoun_in_a_quotation_is_not_its_speaker() -> None:
    found = _speakers("Tom Ek met Jon Bell. Ann Roe said: “He told me the deal was dead.”")
    assert ("told", "Jon Bell", ["subject-then-said-verb", "said-verb-then-clause", "pronoun-in-quote-frame"]) in found


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("On Monday, Jon Bell met reporters, saying the deal was dead.", "Jon Bell"),
        ("In a statement, the ministry thanked Tom Ek, adding that the border would reopen.", "ministry"),
        ("Asked whether he would resign, Tom Hale thanked his staff, saying he would stay.", "Tom Hale"),
        ("“We will win,” Jon Bell said, adding that the polls were wrong.", "Jon Bell"),
        ("Jon Bell criticised Tom Ek, saying the deal was dead.", "Jon Bell"),
        # two fronted pieces, an adverb and a clause, are both passed over (not "the plant")
        ("Still, when the plant closed, the mayor stayed calm, saying the town would recover.", "mayor"),
    ],
)
def test_a_participle_takes_the_subject_of_the_main_verb(text: str, speaker: str) -> None:
    participles = [s for s in _speakers(text) if s[0] in {"saying", "adding"}]
    assert participles
    assert participles[0][1] == speaker
    assert {"participle-takes-main-subject", "participle-takes-frame-subject"} & set(participles[0][2])


# --------------------------------------------------------------------------- names in pieces


def _speaker(text: str) -> tuple[str, str, str | None, str | None]:
    (s,) = claimkit.analyze(text).statements
    assert s.speaker is not None
    return s.speaker_span.text if s.speaker_span else "", s.speaker.name, s.speaker.kind.value, s.speaker.part_of


def test_a_job_title_of_several_words_before_a_name() -> None:
    span, name, kind, _ = _speaker("Housing and communities secretary Ann Roe said the rent would rise.")
    assert (span, name, kind) == ("Housing and communities secretary Ann Roe", "Ann Roe", "person")


def test_two_subjects_joined_by_and_are_not_a_title() -> None:
    # "and" joins a title's nouns only when lower-case nouns and a role noun follow it, then a name
    # the rules alone (the trained layer widens the source to both nouns, PolNeAR's convention)
    rules = claimkit.Analyzer(config=claimkit.AnalyzerConfig(trained_attribution=False))
    (s,) = rules.analyze("Critics and voters said the plan was dead.").statements
    assert s.speaker_span is not None
    assert s.speaker_span.text == "voters"


def test_the_and_a_plural_name_is_an_organization() -> None:
    assert _speaker("The Free Democrats said the vote was rigged.")[1:3] == ("Free Democrats", "organization")


@pytest.mark.parametrize(
    ("text", "name", "government"),
    [
        ("Downing Street said the talks would go on.", "Downing Street", "united-kingdom"),
        ("Number 10 said the talks would go on.", "Downing Street", "united-kingdom"),
        ("The Kremlin denied the report.", "Kremlin", "russia"),
        ("Foggy Bottom said the visit was off.", "State Department", "united-states"),
        ("The Elysee said the visit was off.", "Élysée Palace", "france"),
    ],
)
def test_a_seat_of_government_speaks_for_its_government(text: str, name: str, government: str) -> None:
    _, got, kind, part_of = _speaker(text)
    assert (got, kind, part_of) == (name, "organization", government)


def test_a_message_after_a_preposition_is_not_the_main_subjects() -> None:
    # "despite video showing ...": the video shows it, not the one who spoke before
    found = _speakers("Jon Bell said the crowd was huge, despite video showing the square half empty.")
    assert all(name != "Jon Bell" for cue, name, _ in found if cue == "showing")


def test_a_coordinated_cue_inside_a_quote_does_not_take_the_frames_subject() -> None:
    found = _speakers("Jon Bell added: “We are ready and said so at once.”")
    assert [name for cue, name, _ in found if cue == "said"] in ([], [None])


# --------------------------------------------------------------------------- issue 13: speakers read whole


def _actors(text: str, *anchors: str) -> dict[str, str]:
    """Actor name -> kind, with the last occurrence of each of *anchors* as a speaker."""
    doc = _processor().parse(text)
    spans = [doc.span(text.rindex(w), text.rindex(w) + len(w)) for w in anchors]
    return {a.name: a.kind.value for a in find_actors(doc, spans).actors}


def _rules_speaker(text: str) -> tuple[str, str | None]:
    rules = claimkit.Analyzer(config=claimkit.AnalyzerConfig(trained_attribution=False))
    (s,) = rules.analyze(text).statements
    assert s.speaker_span is not None
    return s.speaker_span.text, s.speaker.name if s.speaker else None


def test_a_name_after_a_role_keeps_its_bracketed_party_out() -> None:
    # the name ends at the bracket: one actor, Ann Roe, not a person "campaign chairman" besides her
    text = "The campaign chairman, Ann Roe (Labour), said the dam was safe."
    assert _resolve(text, "The campaign chairman, Ann Roe (Labour),")[0] == "Ann Roe"
    assert _actors(text, "The campaign chairman, Ann Roe (Labour),") == {"Ann Roe": "person"}


def test_an_apposition_of_a_name_and_its_party_is_the_source() -> None:
    # a bracketed party after the name does not make the apposition less of a name
    assert _rules_speaker("The mayor, Ann Roe (Labour), said the dam was safe.") == (
        "The mayor, Ann Roe (Labour)",
        "Ann Roe",
    )


@pytest.mark.parametrize(("verb", "kind"), [("met", "person"), ("thanked", "person"), ("sailed into", "location")])
def test_a_name_after_a_verb_of_persons_is_no_place(verb: str, kind: str) -> None:
    assert _actors(f"Tom Ek {verb} Jon Bay.")["Jon Bay"] == kind


def test_a_name_read_as_a_place_becomes_a_person_when_it_speaks() -> None:
    assert _actors("Tom Ek visited Jon Bay. Jon Bay said the dam was safe.", "Jon Bay")["Jon Bay"] == "person"
    assert _actors("Jon Bay, a lawyer, said the dam was safe.", "Jon Bay, a lawyer,")["Jon Bay"] == "person"


def test_of_inside_a_title_is_no_post_modifier() -> None:
    # the rules alone: "of" in "chief of staff" does not end the phrase ("the mayor" is not the speaker)
    assert _rules_speaker("The chief of staff of the mayor said the dam was safe.")[0] == (
        "The chief of staff of the mayor"
    )


def test_a_name_after_an_organizations_possessive_is_a_person_of_it() -> None:
    # "the Vortan Party's Ann Roe": the speaker is Ann Roe, part of the party (not the party); a name after a
    # person's name is left alone (the owner, as before)
    for text, found in [
        ("The Vortan Party's Ann Roe said the dam was safe.", ("Ann Roe", "person", "vortan-party")),
        ("Jon Bell's Ann Roe said the dam was safe.", ("Jon Bell", "person", None)),
        ("The Vortan Party's Trade Co. said the dam was safe.", ("Vortan Party", "organization", None)),
        ("The Vortan Party's Channel Two said the dam was safe.", ("Vortan Party", "organization", None)),
    ]:
        doc = _processor().parse(text)
        speaker = doc.span(0, text.index(" said"))
        actor = find_actors(doc, [speaker]).actor_at(speaker)
        assert actor is not None
        assert (actor.name, actor.kind.value, actor.part_of) == found


def test_a_name_after_a_role_of_a_body_is_a_person_of_that_body() -> None:
    # "The head of X, NAME,": the speaker is the name, part of X (not X, which the role speaks for)
    text = "The head of the Vortan union, Ann Roe, said the dam was safe."
    doc = _processor().parse(text)
    speaker = doc.span(0, text.index(" said"))
    actor = find_actors(doc, [speaker]).actor_at(speaker)
    assert actor is not None
    assert (actor.name, actor.kind.value, actor.part_of) == ("Ann Roe", "person", "vortan-union")


def test_a_title_abbreviated_without_a_period_is_a_title() -> None:
    assert _speaker("Prof Ann Roe said the dam was safe.")[1:3] == ("Ann Roe", "person")


def test_a_role_owner_named_nowhere_is_still_the_owner() -> None:
    # "the mayor's office" with no mayor named before: a group of the mayor, as when a mayor was named
    for text in ("The mayor's office said the dam was safe.", "Tom Ek, the mayor, spoke. The mayor's office said it."):
        (s,) = claimkit.analyze(text).statements
        assert s.speaker is not None
        assert (s.speaker.kind.value, s.speaker.part_of) == ("group", "tom-ek" if "Ek" in text else "mayor")


def test_a_title_in_capitals_after_a_name_is_its_role() -> None:
    assert _speaker("Ann Roe MP said the dam was safe.")[1:3] == ("Ann Roe", "person")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The mayor of Brightwater said the dam was safe.", "organization"),  # an office of a body
        ("The lawyer of Ann Roe said the dam was safe.", "person"),  # a given name says she is a person
        ("The head of Vortan Water said the dam was safe.", "person"),  # two words: left to their form
    ],
)
def test_an_office_of_a_one_word_name_is_an_office_of_a_body(text: str, kind: str) -> None:
    assert _speaker(text)[2] == kind


def test_a_shouted_speaker_is_a_person_and_a_dotted_acronym_an_organization() -> None:
    # a transcript's speaker label, "VANTERSON:", is a person (a shouted place name is a dateline, not a speaker)
    assert _actors("VANTERSON: The dam is safe.", "VANTERSON") == {"Vanterson": "person"}
    assert _actors("VANTERSON said the dam was safe.", "VANTERSON") == {"Vanterson": "organization"}  # an acronym
    assert _actors("BRIGHTWATER - The dam is safe.") == {"Brightwater": "location"}
    assert _actors("The R.T.A. said the dam was safe.", "The R.T.A.") == {"R.T.A.": "organization"}
    assert _actors("Tom Ek wrote to the R.T.A. on Monday.")["R.T.A."] == "organization"  # not a speaker either


@pytest.mark.parametrize("name", ["Vortan Policy Center", "Brightwater General Hospital"])
def test_an_institution_named_by_a_place_word_speaks_as_an_organization(name: str) -> None:
    assert _speaker(f"The {name} said the dam was safe.")[1:3] == (name, "organization")


def test_a_name_after_a_noun_the_tagger_reads_as_an_adjective() -> None:
    # "rival" is tagged JJ: still a common noun that introduces the name (rule named-body)
    assert _speaker("The dam is safe, rival Tom Ek said.")[1:3] == ("Tom Ek", "person")


@pytest.mark.parametrize(
    "text",
    [
        "Commissioner Tom O’Neill spoke first. O'Neill said the dam was safe.",  # two apostrophes: one surname
        "Tom O'Neill spoke first. O'Neill said the dam was safe.",
    ],
)
def test_a_name_with_an_apostrophe_is_one_name(text: str) -> None:
    # the tokenizer splits "O'Neill" in three: one name all the same, and its surname meets the full name
    a = claimkit.analyze(text)
    assert [x.name for x in a.actors] == [text[text.index("Tom") : text.index(" spoke")]]
    assert a.statements[0].speaker is not None
    assert a.statements[0].speaker.id == a.actors[0].id


@pytest.mark.parametrize("name", ["Ann Mary J. Roe", "Ann Mary D'Arcy"])
def test_a_names_period_or_apostrophe_is_no_word_of_it(name: str) -> None:
    # four words, though the tokenizer makes five tokens of them: a person's name still
    assert _speaker(f"{name} said the dam was safe.")[1:3] == (name, "person")


def test_an_apposition_of_an_age_and_a_home_place_is_the_source() -> None:
    # rule appositive-subject: "of" + a place after a name and its age is an apposition, as "a lawyer" is
    assert _rules_speaker("Tom Ek, 42, of Brightwater, said the plant was safe.") == (
        "Tom Ek, 42, of Brightwater",
        "Tom Ek",
    )
