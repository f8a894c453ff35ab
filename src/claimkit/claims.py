"""Claims: propositions (subject, predicate, object, polarity, hedging, time) in statement content.

A claim is read off the tagged tokens of a statement's content, clause by clause:

* a verb and its arguments: the subject to its left (past auxiliaries, adverbs and
  control verbs: "has decided to back"), the object to its right, and the
  prepositional arguments "to X", "from X", "by X", "with X";
* active and passive voice ("were supplied by X": X is the subject);
* converse predicates, turned round so that the giver is always the subject
  ("Y received weapons from X" is stored as X supply weapons to Y);
* nominal and adjectival forms ("arms supplies from X", "X-provided guns");
* polarity: negation between subject and verb ("is not supplying", "never"),
  a negated frame ("no evidence that ..."), negating verbs ("refused to pay"),
  and the speaker's act (a denied content is asserted false);
* certainty, lowered by hedges ("allegedly", "putative", a hedging cue).

Verb lemmas, predicate classes, negation cues and hedges are package data files
(``predicates.tsv``, ``negation.txt``, ``hedges.tsv`` ...), read on first use.

>>> from claimkit.text import TextProcessor
>>> from claimkit.actors import ActorTable
>>> from claimkit.model import Span, Statement, StatementKind
>>> text = "Freedonia is not supplying weapons to the group."
>>> doc = TextProcessor.from_lexicons().parse(text)
>>> s = Statement(id="s1", kind=StatementKind.DIRECT, content=Span.from_text(text, 0, len(text)))
>>> [c] = extract_claims(doc, [s], ActorTable())
>>> c.subject.text, c.predicate, c.predicate_class.value, c.object.text, c.recipient.text, c.polarity.value
('Freedonia', 'supply', 'transfer-weapons', 'weapons', 'the group', 'negative')

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import heapq
import re
from typing import TYPE_CHECKING, NamedTuple

import attrs

from claimkit.errors import InvalidSpanError
from claimkit.lang import tags, timewords, wordclass
from claimkit.lang.cues import cue_lexicon, reporting_verbs
from claimkit.lang.morphology import lemmatize, singular, verb_key
from claimkit.lang.resources import rows, table, wordlist
from claimkit.model import (
    Argument,
    Claim,
    Granularity,
    Polarity,
    PredicateClass,
    Span,
    Stance,
    StatementKind,
    TimeKind,
    TimeValue,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from claimkit.actors import ActorTable
    from claimkit.model import Actor, Statement
    from claimkit.text import Document, Token

# Enum members read in the hot paths, bound once: a member read off its Enum class goes through the class's
# attribute hook in Python 3.11 (about ten times the cost of a global).
_ASK, _DENY, _DISMISS, _HEDGE = Stance.ASK, Stance.DENY, Stance.DISMISS, Stance.HEDGE
_REFUSE, _RETRACT = Stance.REFUSE, Stance.RETRACT
_INDIRECT = StatementKind.INDIRECT
_NEGATIVE, _POSITIVE = Polarity.NEGATIVE, Polarity.POSITIVE

__all__ = [
    "NegationCue",
    "aimed_at_content",
    "asserted_negations",
    "cleft_negated",
    "double_negations",
    "extract_claims",
    "hedge_words",
    "lemmatize",
    "name_descriptors",
    "negation_cues",
    "proper_noun_verb",
    "report_called_false",
    "report_object_denials",
    "split_clauses",
    "subject_before",
    "verb_key",
]

MAX_CLAIM_TOKENS = 400
"""Tokens of one statement's content read for claims; the longest content in the PolNeAR dev articles has 148."""
MAX_CLAIMS_PER_STATEMENT = 32
"""Claims kept per statement (in text order); the most a PolNeAR dev statement makes is 10."""
MAX_OVERLAPPING_READS = 6
"""Statement contents read for claims over any one point of the text; PolNeAR dev has at most 3 (a quote
inside a quote inside a report). Unbalanced quote marks open partial quotes that run to the end of their
paragraph, and "he said he said ..." opens a report at every cue: without this bound each one would read
the rest of the paragraph again."""
_MEMO_BOUND = 4096
"""Phrase resolutions and clause times the claims stage remembers at once: both are memos of pure
functions, read again by the statements around one point of the text, so forgetting them all past this
many changes no result; a long text's 50,000 phrases would otherwise be held to the end of the stage."""

_CLAUSE_BREAKS = frozenset({".", ";", ":", "!", "?", "…", "...", "—", "–", "--"})
_NP_TAGS = tags.NOMINAL_TAGS | tags.ADJECTIVE_TAGS | {"DT", "PDT", "PRP$", "POS", "$", "#"}
_NP_HEAD_TAGS = tags.NOMINAL_TAGS | {"PRP"}
_BRACKETS = frozenset({"[", "]", "(", ")", "‘", "’", "“", "”", '"', "'"})
_FRAME_NEGATIONS = frozenset({"no", "not", "never", "false", "untrue", "nothing"})
_EVENT_ROLE_AGENT = "agent"
_EVENT_ROLE_RECIPIENT = "agent-rcpt"
_EVENT_ROLE_CONVERSE = "converse"
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_ANTECEDENT_WINDOW = 120
_CO_ARGUMENT_WINDOW = 6
_SKIP_LEFT_MAX = 8
_PP_WINDOW = 10
_PARENTHETICAL_MAX = 16
_DENY_CERTAINTY = 1.0
_HEDGE_STANCE_CERTAINTY = 0.7


# --------------------------------------------------------------------------- lexicons


@functools.cache
def _pronouns() -> frozenset[str]:
    """Pronouns that stand for an argument: personal ones and possessive determiners."""
    return wordclass.personal_pronouns() | wordclass.possessive_determiners()


@attrs.frozen
class _Lexicon:
    predicates: dict[str, tuple[PredicateClass, str]]  # lemma -> (class, role)
    light: dict[str, set[str]]  # light verb -> nouns it takes ("maintain" -> {"contact", "tie"})
    nominal: dict[str, str]  # word form -> predicate lemma
    weapons: frozenset[str]
    negation: frozenset[str]
    negating_verbs: frozenset[str]
    negated_by: dict[str, str]  # "decline" -> "accept": a negating verb with a direct object
    hedges: dict[str, float]
    exclusive: frozenset[str]
    approximators: frozenset[str]  # words before a number that widen it ("at least", "nearly")
    approximator_phrases: frozenset[str]  # those of several words ("up to", "as many as")
    denial_verbs: frozenset[str]  # "denied (the report) that S": S is asserted false
    report_nouns: frozenset[str]
    falsity: frozenset[str]  # words that call a claim false ("hoax", "denied")


@functools.cache
def _lexicon() -> _Lexicon:
    predicates: dict[str, tuple[PredicateClass, str]] = {}
    light: dict[str, set[str]] = {}
    for lemma, cls, role in (r[:3] for r in rows("predicates.tsv")):
        predicates[lemma] = (PredicateClass(cls), role)
        if " " in lemma:
            verb, noun = lemma.split(" ", 1)
            light.setdefault(verb, set()).add(noun)
    negating = wordlist("negating_verbs.txt")
    return _Lexicon(
        predicates=predicates,
        light=light,
        nominal={k: v[0] for k, v in table("predicate_nouns.tsv").items()},
        weapons=wordlist("weapon_words.txt"),
        negation=wordlist("negation.txt"),
        negating_verbs=negating,
        negated_by={r[0]: r[1] for r in rows("negating_verbs.txt") if len(r) > 1 and r[1]},
        hedges={k: float(v[0]) for k, v in table("hedges.tsv").items()},
        exclusive=wordlist("exclusive.txt"),
        approximators=frozenset(table("approximators.tsv")) | wordclass.approximator_links(),
        approximator_phrases=frozenset(k for k in table("approximators.tsv") if " " in k),
        denial_verbs=frozenset(w for w in wordlist("denial_verbs.txt") if " " not in w),
        report_nouns=wordlist("report_nouns.txt"),
        falsity=wordlist("falsity.txt"),
    )


def hedge_words() -> frozenset[str]:
    """The words that lower a claim's certainty (``hedges.tsv``).

    >>> "reportedly" in hedge_words()
    True
    """
    return frozenset(_lexicon().hedges)


# --------------------------------------------------------------------------- negation scope

_NEGATION_LOOKBACK = 12
"""Tokens looked at to the left of a negation for the clause that holds it."""
_COMPARATIVE_GAP = 5
"""Tokens a comparative may follow a negation by ("could not have paid for a better ...")."""
_CONTRAST_BREAKS = frozenset({",", "and", "but"})


@attrs.frozen(kw_only=True)
class NegationCue:
    """A negation word in a run of tokens, and whether it denies what the text asserts.

    .. versionadded:: 0.1.0
    """

    index: int
    """The negation's index in the tokens."""
    rule: str | None = None
    """``None`` when the negation denies the assertion; else the name of the rule that set it aside:
    ``double-negation`` ("is no hoax"), ``imperative`` ("don't shoot"), ``idiom`` ("had no idea"),
    ``gerund`` ("for not paying"), ``infinitive`` ("reasons not to go"), ``open-question`` ("would not say whether"),
    ``not-only`` ("not only", "not the only"), ``comparative``
    ("has never been higher"), ``contrastive`` ("in Nevada, not Texas", "driven not by X"),
    ``or-not`` ("... or not?"), ``relative-clause`` ("a panel that didn't include women") or
    ``purpose-clause`` ("so he won't turn", "to ensure it doesn't bend")."""


def negation_cues(tokens: Sequence[Token]) -> tuple[NegationCue, ...]:
    """The negation words of *tokens*, each with the rule that sets it aside (``None``: it negates).

    A negation denies what a sentence asserts only in the clause that asserts it: not in an
    imperative, a relative or purpose clause, a contrast of one phrase ("Nevada, not Texas"),
    "not only" or "never been higher". Each rule looks at a bounded window: linear work.

    >>> from claimkit.text import TextProcessor
    >>> doc = TextProcessor.from_lexicons().parse("They held a panel that did not include women.")
    >>> [(doc.tokens[c.index].text, c.rule) for c in negation_cues(doc.tokens)]
    [('not', 'relative-clause')]
    >>> doc = TextProcessor.from_lexicons().parse("The panel did not include women.")
    >>> [(doc.tokens[c.index].text, c.rule) for c in negation_cues(doc.tokens)]
    [('not', None)]
    """
    lex = _lexicon()
    lows = [t.text.lower().replace("’", "'") for t in tokens]
    starts: list[int] = []  # the index where each token's clause starts
    start = 0
    for k, low in enumerate(lows):
        starts.append(start)
        if low in _CLAUSE_BREAKS or low == "," or tokens[k].tag in tags.BRACKET_TAGS or low in wordclass.CLAUSE_WORDS:
            start = k + 1
    out = []
    doubled = double_negations(tokens) if any(low in lex.falsity for low in lows) else frozenset()
    for k, low in enumerate(lows):
        if low not in lex.negation:
            continue
        view = _NegationView(tokens, lows, k, starts[k], lex, doubled)
        rule = next((name for name, test in _NEGATION_RULES if test(view)), None)
        out.append(NegationCue(index=k, rule=rule))
    return tuple(out)


def asserted_negations(tokens: Sequence[Token]) -> tuple[int, ...]:
    """The indexes of the negation words of *tokens* that deny what the text asserts (see :func:`negation_cues`).

    >>> from claimkit.text import TextProcessor
    >>> doc = TextProcessor.from_lexicons().parse("Tesla will build it in Nevada, not Texas.")
    >>> asserted_negations(doc.tokens)
    ()
    """
    return tuple(c.index for c in negation_cues(tokens) if c.rule is None)


@attrs.frozen
class _NegationView:
    tokens: Sequence[Token]
    lows: list[str]
    k: int
    start: int  # the first index of the negation's clause (after the last comma or break)
    lex: _Lexicon
    doubled: frozenset[int]  # negations and falsity words that turn each other round ("no hoax")

    def low(self, i: int) -> str:
        return self.lows[i] if 0 <= i < len(self.lows) else ""

    def tag(self, i: int) -> str:
        return self.tokens[i].tag if 0 <= i < len(self.tokens) else ""


def _imperative(v: _NegationView) -> bool:
    """'Don't shoot', 'Do not cancel your plans', 'Never trust ...': advice, not a claim."""
    k = v.k
    opener = k - 1 if v.low(k - 1) == "do" else k if v.low(k) == "never" and v.tag(k + 1) == "VB" else -1
    if opener < 0:
        return False
    before = v.low(opener - 1)
    return opener == v.start or before in ("and", "but", "so", "please", "just") or not before[:1].isalnum()


def _not_only(v: _NegationView) -> bool:
    """'not only', 'not just', 'not the only', 'not merely': more is said, nothing denied."""
    nxt = v.low(v.k + 1)
    return nxt in v.lex.exclusive or (nxt == "the" and v.low(v.k + 2) in v.lex.exclusive)


def _comparative(v: _NegationView) -> bool:
    """'has never been higher', 'could not have paid for a better advertisement': a superlative in disguise."""
    for i in range(v.k + 1, min(len(v.tokens), v.k + 1 + _COMPARATIVE_GAP)):
        tag = v.tag(i)
        if tag in ("JJR", "RBR"):
            return v.low(i) not in ("more", "less", "fewer") and v.low(i + 1) != "than"
        if not (tag.startswith(("VB", "RB")) or tag in ("MD", "IN", "DT")):
            return False
    return False


def _contrastive(v: _NegationView) -> bool:
    """'in Nevada, not Texas', 'a ticket, not an arrest', 'driven not by X (but by Y)': one phrase is contrasted."""
    k = v.k
    if v.low(k) != "not":
        return False
    prev = v.tokens[k - 1] if k > 0 else None
    if prev is not None and prev.tag.startswith("VB") and v.tag(k + 1) == "IN" and v.low(k + 1) != "to":
        return lemmatize(v.low(k - 1), prev.tag) not in wordclass.AUXILIARIES  # "driven not by X"
    if v.low(k - 1) not in _CONTRAST_BREAKS:
        return False
    for i in range(k + 1, len(v.tokens)):
        if v.low(i) in _CONTRAST_BREAKS or v.low(i) in _CLAUSE_BREAKS:
            return i > k + 1
        if v.tag(i).startswith("VB") or v.tag(i) == "MD":
            return False
    return len(v.tokens) > k + 1


def _or_not(v: _NegationView) -> bool:
    """'... or not?', 'whether or not': a question left open."""
    return v.low(v.k - 1) == "or" and (v.k + 1 >= len(v.tokens) or not v.low(v.k + 1)[:1].isalnum())


def _relative_clause(v: _NegationView) -> bool:
    """'a panel that didn't include women', 'a nun who had no idea': the negation is about the noun's description.

    The relative clause ends where a second finite verb takes up the main clause again
    ("the man who was arrested did not steal": the main clause is negated).
    """
    finite = 0
    for i in range(v.k - 1, max(v.start, v.k - _NEGATION_LOOKBACK) - 1, -1):
        tag, low = v.tag(i), v.low(i)
        if tag in ("VBD", "VBZ", "VBP", "MD") and v.low(i - 1) not in ("and", "or"):
            finite += 1
        if low in wordclass.relative_pronouns() and (low != "that" or tag == "WDT"):
            noun_before = v.tag(i - 1).startswith("NN") or v.tag(i - 1) == "CD"
            return noun_before and v.low(i - 1) not in v.lex.report_nouns and finite <= 1
    return False


def _purpose_clause(v: _NegationView) -> bool:
    """'so he won't turn into ...', 'to ensure it doesn't bend', 'lest it fail': a purpose, not a fact."""
    for i in range(v.k - 1, max(v.start, v.k - _NEGATION_LOOKBACK) - 1, -1):
        low = v.low(i)
        if _negation_scope().get(low) != "purpose":
            continue
        if low == "so":
            nxt = v.tag(i + 1)
            return nxt in ("PRP", "DT", "NNP", "NN", "NNS", "IN", "WDT") and v.low(i + 1) != "far"
        return True
    return False


def _idiom(v: _NegationView) -> bool:
    """'had no idea', 'no doubt', 'no wonder', 'no matter': the pair denies nothing the sentence asserts."""
    return _negation_scope().get(v.low(v.k + 1)) == "idiom"


def _gerund(v: _NegationView) -> bool:
    """'frustrated with not finding love', 'executed for not harvesting': a negated gerund is a noun phrase."""
    return v.tag(v.k - 1) == "IN" and v.tag(v.k + 1) == "VBG"


def _infinitive(v: _NegationView) -> bool:
    """'four reasons not to give up', 'a vow never to return': a negated infinitive describing a noun."""
    before = v.tag(v.k - 1)
    return v.low(v.k + 1) == "to" and (before.startswith("NN") or before == "CD") and v.low(v.k - 1) != "one"


def _open_question(v: _NegationView) -> bool:
    """'would not say whether the family was threatened': a refusal to answer, not a denial."""
    for i in range(v.k + 1, min(len(v.tokens), v.k + 4)):
        tag, low = v.tag(i), v.low(i)
        if tag.startswith("VB"):
            if lemmatize(low, tag) in reporting_verbs():
                return _negation_scope().get(v.low(i + 1)) == "question"
            if lemmatize(low, tag) not in wordclass.AUXILIARIES:
                return False
    return False


def _double_negation(v: _NegationView) -> bool:
    """'is no hoax', 'was NOT a hoax', 'not fake': a negated falsity word affirms the claim."""
    return v.k in v.doubled


_DOUBLE_NEGATION_GAP = 3
"""Tokens a falsity word may follow the negation that turns it round by ("not a real hoax")."""


def double_negations(tokens: Sequence[Token]) -> frozenset[int]:
    """The indexes of falsity words turned round by a negation before them, and of those negations.

    "The photo is no hoax", "maintains the clip was NOT a hoax": the claim is affirmed, so neither word
    calls it false ("debunks the fiction that ..." still does). Linear.

    >>> from claimkit.text import TextProcessor
    >>> doc = TextProcessor.from_lexicons().parse("The photo is not a hoax.")
    >>> [doc.tokens[i].text for i in sorted(double_negations(doc.tokens))]
    ['not', 'hoax']
    """
    lex = _lexicon()
    out: set[int] = set()
    for i, t in enumerate(tokens):
        if t.text.lower() not in lex.falsity:
            continue
        for j in range(i - 1, max(-1, i - 1 - _DOUBLE_NEGATION_GAP), -1):
            low = tokens[j].text.lower().replace("’", "'")
            if low in lex.negation:
                out.update((i, j))
                break
            if tokens[j].tag.startswith("VB") or low in _CLAUSE_BREAKS or low == ",":
                break
    return frozenset(out)


_NEGATION_RULES = (
    ("double-negation", _double_negation),
    ("imperative", _imperative),
    ("idiom", _idiom),
    ("gerund", _gerund),
    ("infinitive", _infinitive),
    ("open-question", _open_question),
    ("not-only", _not_only),
    ("comparative", _comparative),
    ("contrastive", _contrastive),
    ("or-not", _or_not),
    ("relative-clause", _relative_clause),
    ("purpose-clause", _purpose_clause),
)
"""The rules that set a negation aside, tried in this order; the first that holds names the cue's rule."""


@functools.cache
def _negation_scope() -> dict[str, str]:
    return {k: v[0] for k, v in table("negation_scope.tsv").items()}


# --------------------------------------------------------------------------- what a denial is aimed at


@functools.cache
def report_object_denials() -> frozenset[str]:
    """Denial verbs (lemmas or "verb particle") that deny only when aimed at a report, a claim or a clause.

    >>> "reject" in report_object_denials(), "deny" in report_object_denials()
    (True, False)
    """
    return frozenset(r[0] for r in rows("denial_verbs.txt") if len(r) > 1 and r[1] == "report")


def aimed_at_content(tokens: Sequence[Token], end: int) -> bool:
    """Whether a denial verb ending before index *end* is aimed at content, not at some other object.

    Content is a report or claim noun ("rejected the allegations", "shoots down congressman's claims"),
    a pronoun ("rejected it"), a clause or a gerund ("dismissed suggestions that ...", "denies
    threatening"), or nothing said ("Cuba denies"); "rejecting demands", "shot down two planes" are not.

    >>> from claimkit.text import TextProcessor
    >>> doc = TextProcessor.from_lexicons().parse("The army shot down two planes.")
    >>> aimed_at_content(doc.tokens, 4)
    False
    >>> doc = TextProcessor.from_lexicons().parse("Officials shot down the congressman's claims.")
    >>> aimed_at_content(doc.tokens, 4)
    True
    """
    i = end
    while i < len(tokens) and tokens[i].tag.startswith("RB"):
        i += 1  # "rejected outright"
    if i >= len(tokens) or tokens[i].tag in ("PRP", "IN", "WDT") or tokens[i].tag.startswith("VB"):
        return True
    reports = _lexicon().report_nouns
    nouns = 0
    while i < len(tokens) and (tokens[i].tag in _NP_TAGS or tokens[i].tag == "PRP$"):
        if tokens[i].tag in tags.NOUN_TAGS:
            low = tokens[i].text.lower()
            if low in reports or singular(low) in reports:
                return True  # "claims ISIS terrorists are running ...": the claim's content follows unmarked
            nouns += 1
        i += 1
    return nouns == 0


# --------------------------------------------------------------------------- descriptions of names

_DESCRIPTOR_TAGS = frozenset({"JJ", "NN", "NNS", "NNP", "NNPS", "POS"})


def name_descriptors(tokens: Sequence[Token]) -> frozenset[int]:
    """The indexes of words that only describe the name they stand before: "Anonymous street artist" in
    "Reclusive sculptor Ivo Brant", "Magazine founder" in "Magazine founder Hal Dorn".

    A run of adjectives and nouns whose last common noun (lower case) is followed by a capitalized
    proper noun: the run up to that noun is a title-like description; the name says who. A claim
    about the named person holds whatever the description, so comparing leaves it out. Linear.

    >>> from claimkit.text import TextProcessor
    >>> doc = TextProcessor.from_lexicons().parse("Veteran river pilot Dana Roe retired.")
    >>> [doc.tokens[i].text for i in sorted(name_descriptors(doc.tokens))]
    ['Veteran', 'river', 'pilot']
    """
    out: set[int] = set()
    run_start = 0
    for k, t in enumerate(tokens):
        if t.tag not in _DESCRIPTOR_TAGS:
            run_start = k + 1
            continue
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if (
            t.tag in ("NN", "NNS")
            and t.text[:1].islower()
            and nxt is not None
            and nxt.tag in tags.PROPER_NOUN_TAGS
            and nxt.text[:1].isupper()
        ):
            out.update(range(run_start, k + 1))
    return frozenset(out)


# --------------------------------------------------------------------------- extraction


@attrs.frozen
class _Ctx:
    """What one statement's extraction needs."""

    doc: Document
    statement: Statement
    actors: ActorTable
    mention_starts: tuple[int, ...]
    mention_spans: tuple[tuple[int, int], ...]
    lex: _Lexicon
    own_speaker: Span | None = None
    """The speaker span of the quote this statement belongs to (its first part's, for a continuation)."""
    clause_times: dict[tuple[int, int], TimeValue | None] = attrs.field(factory=dict)
    """The time of each clause read so far, by its first and last offsets: one scan per clause,
    shared by every statement of one :func:`extract_claims` call (overlapping contents read a clause again)."""
    resolved: dict[tuple[int, int], Actor | None] = attrs.field(factory=dict)
    """The actor each phrase read so far resolves to, by its offsets, shared like :attr:`clause_times`."""
    made: list[int] = attrs.field(factory=lambda: [0])
    """How many claims were made before this one: the next claim's id is ``c<made + 1>``."""
    speaker_hedges: dict[str, tuple[tuple[str, float], ...]] = attrs.field(factory=dict)
    """The hedges of each speaker span's text read so far, with their factors, shared like :attr:`clause_times`."""


def _next_id(ctx: _Ctx) -> str:
    ctx.made[0] += 1
    return f"c{ctx.made[0]}"


def extract_claims(doc: Document, statements: Sequence[Statement], actors: ActorTable) -> tuple[Claim, ...]:
    """The claims made in each statement's content.

    Statements that only dispute credibility (``Stance.DISMISS``) or ask make no claims.
    A denied content (``Stance.DENY``) gives claims of the opposite polarity, and a
    hedged one (``Stance.HEDGE``) claims of lower certainty.

    Args:
        doc: The parsed document the statements were found in.
        statements: The statements whose content to read.
        actors: The document's actors, for arguments that mention one.

    Returns:
        The claims, in statement order, then text order; ids ``c1``, ``c2``, ...

    >>> from claimkit.text import TextProcessor
    >>> from claimkit.actors import ActorTable
    >>> from claimkit.model import Span, Stance, Statement, StatementKind
    >>> text = "They received weapons from the army."
    >>> doc = TextProcessor.from_lexicons().parse(text)
    >>> s = Statement(id="s1", kind=StatementKind.DIRECT, content=Span.from_text(text, 0, len(text)))
    >>> [c] = extract_claims(doc, [s], ActorTable())
    >>> c.subject.text, c.predicate_class.value, c.recipient.text
    ('the army', 'transfer-weapons', 'They')
    """
    lex = _lexicon()
    mentions = tuple(sorted(actors.by_mention))
    starts = tuple(s for s, _ in mentions)
    by_id = {s.id: s for s in statements}
    read = _parts_to_read(doc, statements)
    out: list[Claim] = []
    clause_times: dict[tuple[int, int], TimeValue | None] = {}
    resolved: dict[tuple[int, int], Actor | None] = {}
    hedged: dict[str, tuple[tuple[str, float], ...]] = {}
    for statement in statements:
        for memo in (clause_times, resolved):
            if len(memo) > _MEMO_BOUND:
                memo.clear()
        own = _own_speaker(statement, by_id)
        ctx = _Ctx(doc, statement, actors, starts, mentions, lex, own, clause_times, resolved, [len(out)], hedged)
        out.extend(_statement_claims(ctx, read.get(statement.id, ())))
    return tuple(out)


def _statement_claims(ctx: _Ctx, parts: Sequence[Span]) -> list[Claim]:
    """The claims of one statement's content parts: at most :data:`MAX_CLAIM_TOKENS` tokens read, at most
    :data:`MAX_CLAIMS_PER_STATEMENT` claims kept (reading stops when they are made); ids follow ``ctx.made``."""
    budget = MAX_CLAIM_TOKENS
    found: list[Claim] = []
    for whole in _joined_parts(ctx.doc, parts):
        tokens = whole[:budget]
        budget -= len(tokens)
        for clause in split_clauses(tokens):
            found.extend(_clause_claims(ctx, clause, first=clause[0] is tokens[0]))
            if len(found) >= MAX_CLAIMS_PER_STATEMENT:
                return found[:MAX_CLAIMS_PER_STATEMENT]
    return found


def _joined_parts(doc: Document, parts: Sequence[Span]) -> list[list[Token]]:
    """The tokens of each content part, a part with no verb joined to the next ("joined-parts"): in
    '"Russia," the minister said, "is arming the rebels."' or "Russia, according to officials, armed the
    rebels" the attribution interrupts a clause, and the words before it are the subject of the verb after it.
    The quote marks and commas at the seam go."""
    out: list[list[Token]] = []
    for part in parts:
        tokens = list(doc.tokens_in(part.start, part.end))
        while tokens and _seam(tokens[0]) and tokens[0].text != ",":
            tokens.pop(0)
        before = out[-1] if out else []
        while before and _seam(before[-1]):
            before.pop()  # seam marks are never part of a claim: a clause does not end in them
        subjectless = bool(tokens) and (tokens[0].tag.startswith(("VB", "RB")) or tokens[0].tag == "MD")
        verbless = bool(before) and not any(t.tag.startswith("VB") or t.tag == "MD" for t in before)
        if subjectless and verbless and before[-1].tag in _NP_HEAD_TAGS:
            out[-1] = before + tokens
        else:
            out.append(tokens)
    return [t for t in out if t]


def _seam(t: Token) -> bool:
    return t.text == "," or t.text in _BRACKETS or t.tag in tags.BRACKET_TAGS


def _parts_to_read(doc: Document, statements: Sequence[Statement]) -> dict[str, list[Span]]:
    """The content parts each statement's claims are read from, by statement id.

    Left out: statements that make no claims (``DISMISS``, ``ASK``, ``REFUSE``, ``RETRACT``), parts from
    another text, and a part that would make more than :data:`MAX_OVERLAPPING_READS` parts
    cover one point of the text (in text order: the first ones are kept).
    """
    candidates: list[tuple[int, str, Span]] = []  # (order, statement id, part)
    for statement in statements:
        if statement.stance in (_DISMISS, _ASK, _REFUSE, _RETRACT) or negated_cue(statement):
            continue
        for part in statement.content_parts or (statement.content,):
            if part.end <= len(doc.text) and doc.text[part.start : part.end] == part.text:
                candidates.append((len(candidates), statement.id, part))
    ends: list[int] = []  # a heap: the ends of the parts kept so far that reach past the current start
    kept: set[int] = set()
    for order, _, part in sorted(candidates, key=lambda c: (c[2].start, c[0])):
        while ends and ends[0] <= part.start:
            heapq.heappop(ends)
        if len(ends) < MAX_OVERLAPPING_READS:
            heapq.heappush(ends, part.end)
            kept.add(order)
    read: dict[str, list[Span]] = {}
    for order, statement_id, part in candidates:
        if order in kept:
            read.setdefault(statement_id, []).append(part)
    return read


def negated_cue(statement: Statement) -> bool:
    """Rule ``negated-cue``: a cue with a negation in it ("have not verified that P", "did not say P") does not
    put its content forward: the statement makes no claims (what the speaker does not know is read by the
    relations stage, rule ``knowledge-clash``).

    >>> from claimkit.model import Span, Statement, StatementKind
    >>> content = Span(start=0, end=1, text="P")
    >>> negated_cue(Statement(id="s1", kind=StatementKind.INDIRECT, content=content, cue="have not verified"))
    True
    """
    if statement.cue is None:
        return False
    negation = _lexicon().negation
    return any(w in negation or w.endswith("n't") for w in statement.cue.lower().replace("’", "'").split())


@functools.cache
def _cue_verbs() -> frozenset[str]:
    """The lemmas of the cue lexicon's verbs ("say", "verify", "confirm")."""
    return frozenset(e.lemma for entries in cue_lexicon().verbs.values() for e in entries)


_NEGATED_CUE_GAP = 3  # words between a negation and the cue verb it negates ("has not yet verified")


def _after_negated_cue(clause: Sequence[Token], start: int, lex: _Lexicon) -> bool:
    """Rule ``negated-cue``, inside a content: a clause right after a negated cue verb (and "that") is not put
    forward by the speaker ("the agency said the inspectors have not verified that the leak came from the pipe")."""
    k = start - 1
    if k >= 0 and clause[k].text.lower() == "that":
        k -= 1
    if k < 0 or not clause[k].tag.startswith("VB") or lemmatize(clause[k].text, clause[k].tag) not in _cue_verbs():
        return False
    before = clause[max(0, k - _NEGATED_CUE_GAP) : k]
    return any(t.text.lower().replace("’", "'") in lex.negation or t.text.lower().endswith("n't") for t in before)


def _own_speaker(statement: Statement, by_id: dict[str, Statement]) -> Span | None:
    seen = set()
    current = statement
    while current.speaker_span is None and current.continues in by_id and current.continues not in seen:
        seen.add(current.continues)
        current = by_id[current.continues]
    return current.speaker_span


def split_clauses(tokens: Sequence[Token]) -> list[list[Token]]:
    """Cut a run of tokens into clauses at strong punctuation and clause-linking words."""
    out: list[list[Token]] = []
    cur: list[Token] = []
    for t in tokens:
        if t.text in _CLAUSE_BREAKS or (t.tag in ("CC", "IN", "RB") and t.text.lower() in wordclass.CLAUSE_WORDS):
            if cur:
                out.append(cur)
            cur = []
            continue
        cur.append(t)
    if cur:
        out.append(cur)
    return out


class _Frame(NamedTuple):
    """A predicate found in a clause, before its arguments are attached (a tuple: one is made per verb read)."""

    at: int  # index of the predicate token in the clause
    lemma: str
    cls: PredicateClass | None
    role: str
    end: int  # index one past the predicate's last token (light-verb noun included)
    nominal: bool = False
    noun: bool = False  # "supplies", "support": a predicate noun
    negated: bool = False  # "declined the award": not accept


def _clause_claims(ctx: _Ctx, clause: list[Token], *, first: bool) -> list[Claim]:
    lex = ctx.lex
    out: list[Claim] = []
    clause_neg = _negated_frame(clause)
    called_false = report_called_false(clause)
    for frame in _frames(clause, lex):
        if frame.noun:
            claim = _noun(ctx, clause, frame)
        elif frame.nominal:
            claim = _adjectival(ctx, clause, frame)
        else:
            claim = _verbal(ctx, clause, frame, clause_neg != (frame.at in called_false), first)
        if claim is not None:
            out.append(claim)
    out.extend(_possessive_counts(ctx, clause))
    return out


_FALSE_AFTER_COPULA = 3
"""Words (determiners, adverbs: "is probably a hoax") a falsity word may follow its copula by."""


def report_called_false(clause: list[Token]) -> range:
    """The clause indexes of what a report says when the clause calls the report false ("report-called-false").

    "The story of a woman getting a third arm is a hoax", "Reports that the plant closed are false",
    "The rumor that he resigned is not true": the report's content, between its noun and the copula, is
    asserted false. An empty range when the clause calls no report false. Linear.

    >>> from claimkit.text import TextProcessor
    >>> doc = TextProcessor.from_lexicons().parse("Reports that the plant closed are false.")
    >>> [doc.tokens[i].text for i in report_called_false(list(doc.tokens))]
    ['that', 'the', 'plant', 'closed']
    """
    lex = _lexicon()
    nouns, reports = tags.NOUN_TAGS, lex.report_nouns
    report = None
    for r, t in enumerate(clause):
        if t.tag in nouns and t.text.lower() in reports:
            report = r
            break
    if report is None:
        return range(0)
    for c in range(report + 1, len(clause)):  # the report's content has verbs of its own: the copula comes after
        t = clause[c]
        if t.tag.startswith("VB") and lemmatize(t.text, t.tag) == "be" and _calls_false(clause, c + 1, lex):
            return range(report + 1, c)
    return range(0)


def _calls_false(clause: list[Token], j: int, lex: _Lexicon) -> bool:
    """'a hoax', 'probably fake', 'not true' from clause index *j* (after a copula); not 'not a hoax'."""
    negated = False
    for t in clause[j : j + _FALSE_AFTER_COPULA + 1]:
        low = t.text.lower().replace("’", "'")
        if low in lex.negation or low == "n't":
            negated = not negated
        elif low in lex.falsity:
            return not negated
        elif low in _truth_words():
            return negated
        elif t.tag not in ("DT", "RB", "RBS", "JJ"):
            return False
    return False


@functools.cache
def _truth_words() -> frozenset[str]:
    return wordlist("truth_words.txt")


_FRAME_TAGS = frozenset({"NN", "NNS"})


def _frames(clause: list[Token], lex: _Lexicon) -> list[_Frame]:  # noqa: C901, PLR0912  one branch per predicate form (hyphenated, noun, negating, light, auxiliary, verb)
    frames: list[_Frame] = []
    skip_until = -1
    for i, t in enumerate(clause):
        tag, text = t.tag, t.text
        if i < skip_until or not (tag in _FRAME_TAGS or tag.startswith("VB") or "-" in text):
            continue  # no predicate: the tests below would all fail
        low = text.lower()
        if "-" in low:
            head, _, tail = low.rpartition("-")
            lemma = lex.nominal.get(tail)
            if lemma is not None and tail.endswith(("ed", "en", "nt", "ld")) and head:
                adjective = lex.predicates.get(lemma)
                if adjective is not None:
                    frames.append(_Frame(i, lemma, adjective[0], adjective[1], i + 1, nominal=True))
                continue
        if tag in _FRAME_TAGS and low in lex.nominal and not low.endswith("ed"):
            lemma = lex.nominal[low]
            entry = lex.predicates.get(lemma)
            if entry is not None:
                frames.append(_Frame(i, lemma, entry[0], entry[1], i + 1, noun=True))
            continue
        if (
            tag.startswith("VB")
            and (text.isalpha() or any(ch.isalpha() for ch in text))
            and not _modifies_noun(clause, i)
            and not proper_noun_verb(clause, i)
        ):
            lemma = lemmatize(text, tag)
            positive = lex.negated_by.get(lemma)
            if positive is not None and not _next_is(clause, i, ("to",)) and positive in lex.predicates:
                # "declined the award": did not accept it
                cls_, role_ = lex.predicates[positive]
                frames.append(_Frame(i, positive, cls_, role_, i + 1, negated=True))
                continue
            # a light verb with its noun: "maintains contact", "have ties"
            nouns = lex.light.get(lemma)
            if nouns is not None:
                k = _light_noun(clause, i + 1, nouns)
                if k is not None:
                    noun = singular(clause[k].text.lower())
                    light_cls, light_role = lex.predicates[f"{lemma} {noun}"]
                    no = any(x.text.lower() in ("no", "none") for x in clause[i + 1 : k])  # "has no contacts"
                    frames.append(_Frame(i, f"{lemma} {noun}", light_cls, light_role, k + 1, negated=no))
                    skip_until = k + 1
                    continue
            if lemma in wordclass.AUXILIARIES and not _is_main_verb(clause, i):
                continue
            entry = lex.predicates.get(lemma)
            cls: PredicateClass | None = entry[0] if entry is not None else None
            role = entry[1] if entry is not None else _EVENT_ROLE_AGENT
            if lemma in reporting_verbs() or (lemma in lex.negating_verbs and _next_is(clause, i, ("to",))):
                continue
            frames.append(_Frame(i, lemma, cls, role, i + 1))
    return frames


_TITLE_CASE_SHARE = 0.6


def proper_noun_verb(clause: Sequence[Token], i: int) -> bool:
    """Whether a token tagged as a verb is part of a name: a tagging accident ("Downing Street").

    A capitalized word inside a clause, followed by a capitalized name word, in a clause
    that is not written in title case (where every word is capitalized, as in headlines).

    >>> from claimkit.text import Token
    >>> words = [("Officials", "NNS"), ("at", "IN"), ("Downing", "VBG"), ("Street", "NNP"), ("said", "VBD"),
    ...          ("the", "DT"), ("talks", "NNS"), ("failed", "VBD")]
    >>> clause, at = [], 0
    >>> for w, tag in words:
    ...     clause.append(Token(start=at, end=at + len(w), text=w, tag=tag))
    ...     at += len(w) + 1
    >>> proper_noun_verb(clause, 2), proper_noun_verb(clause, 4)
    (True, False)
    """
    t = clause[i]
    if i == 0 or not t.text[:1].isupper() or i + 1 >= len(clause):
        return False
    nxt = clause[i + 1]
    if not (nxt.text[:1].isupper() and nxt.tag in ("NNP", "NNPS")):
        return False
    words = [x for x in clause if x.text[:1].isalpha()]
    capitalized = sum(x.text[:1].isupper() for x in words)
    return capitalized < _TITLE_CASE_SHARE * len(words)


def _modifies_noun(clause: list[Token], i: int) -> bool:
    """A participle between a determiner and a noun is an adjective: "their shared border", "the growing threat"."""
    if clause[i].tag not in ("VBN", "VBD", "VBG") or i == 0 or i + 1 >= len(clause):
        return False
    return clause[i - 1].tag in ("DT", "PRP$", "POS") and clause[i + 1].tag in ("NN", "NNS", "NNP", "NNPS", "JJ")


def _light_noun(clause: list[Token], j: int, nouns: set[str]) -> int | None:
    for k in range(j, min(j + 3, len(clause))):
        word = singular(clause[k].text.lower())
        if word in nouns:
            return k
        if clause[k].tag not in ("JJ", "DT", "RB", "JJR", "CD"):
            return None
    return None


def _is_main_verb(clause: list[Token], i: int) -> bool:
    """Whether an auxiliary-like verb ("have", "be") is the clause's main verb."""
    for t in clause[i + 1 : i + 4]:
        if t.tag.startswith("VB"):
            return False
        if t.tag not in ("RB", "RBR", "RBS") and t.text.lower() not in ("n't", "not"):
            return True
    return True


def _next_is(clause: list[Token], i: int, words: tuple[str, ...]) -> bool:
    return i + 1 < len(clause) and clause[i + 1].text.lower() in words


@functools.cache
def _negated_frames() -> frozenset[str]:
    """The words of ``negated_frames.tsv``: "evidence", "sign", "true", "way" ..."""
    return frozenset(table("negated_frames.tsv"))


_FALSE_FRAMES = frozenset({"false", "untrue"})


def _negated_frame(clause: list[Token]) -> bool:
    """'no evidence that', 'not true that', 'it is false that' before the clause's verb: the frame word stands
    right before "that" ("no evidence and that ..." is no frame)."""
    frames = _negated_frames()
    for i, t in enumerate(clause[:12]):
        if t.text.lower() == "that" and i > 0:
            window = [x.text.lower() for x in clause[max(0, i - 4) : i]]
            if any(w in _FRAME_NEGATIONS for w in window) and (window[-1] in frames or window[-1] in _FALSE_FRAMES):
                return True
        if t.tag.startswith("VB") and t.text.lower() not in ("is", "was", "'s", "be"):
            return False
    return False


def _denied_complement(clause: list[Token], start: int, lex: _Lexicon) -> bool:
    """Whether the clause part from *start* is the complement of a denial verb.

    "Acme denied that hackers ...", "Acme denied the report that hackers ...",
    "rejected claims that hackers ...", "Acme denies it is closing the plant" (no "that").
    """
    k = start - 1
    if k >= 0 and clause[k].tag.startswith("VB") and lemmatize(clause[k].text, clause[k].tag) in lex.denial_verbs:
        return not _denial_withheld(clause, k, lex)  # "denies it is closing": the complement without "that"
    if k < 0 or clause[k].text.lower() != "that":
        return False
    k -= 1
    for _ in range(4):  # "the report", "the newspaper's reports", "any suggestion"
        if k < 0 or not (clause[k].tag in _NP_TAGS or clause[k].text.lower() in lex.report_nouns):
            break
        k -= 1
    if k < 0 or not clause[k].tag.startswith("VB"):
        return False
    if k < start - 2 and not any(t.text.lower() in lex.report_nouns for t in clause[k + 1 : start - 1]):
        return False  # "denied the man that ...": only a report noun stands between verb and clause
    return lemmatize(clause[k].text, clause[k].tag) in lex.denial_verbs and not _denial_withheld(clause, k, lex)


_WITHHELD_WINDOW = 3


def _denial_withheld(clause: list[Token], k: int, lex: _Lexicon) -> bool:
    """'refused to confirm or deny the report', 'did not deny that ...': no denial is made."""
    for m in range(max(0, k - _WITHHELD_WINDOW), k):
        low = clause[m].text.lower().replace("’", "'")
        if low in ("or", "nor") or low in lex.negation:
            return True
        if low == "to" and m > 0 and lemmatize(clause[m - 1].text, clause[m - 1].tag) in lex.negating_verbs:
            return True
    return False


@attrs.define
class _Left:
    """What the words left of a verb say: where the subject ends, negation, hedges, "only"."""

    j: int  # the clause index the subject ends at (-1: none)
    negative: bool
    certainty: float = 1.0
    hedges: list[str] = attrs.field(factory=list)
    exclusive: bool = False


def _scan_left(clause: list[Token], i: int, lex: _Lexicon, *, negative: bool) -> _Left:
    """Auxiliaries, adverbs, negation, hedges and control verbs left of the verb at *i*, up to the subject."""
    left = _Left(j=i - 1, negative=negative)
    while left.j >= 0 and i - left.j <= _SKIP_LEFT_MAX:
        t = clause[left.j]
        low = t.text.lower().replace("’", "'")
        lemma = lemmatize(low, t.tag) if t.tag.startswith("VB") else low
        if low in lex.negation:
            left.negative = not left.negative
        elif low in lex.exclusive:
            left.exclusive = True
        elif low in lex.hedges:
            left.hedges.append(t.text)
            left.certainty *= lex.hedges[low]
        elif (
            t.tag.startswith("VB")
            and lemma in reporting_verbs()
            and left.j - 1 >= 0
            and clause[left.j - 1].tag == "PRP"
        ):
            left.j -= 1  # "which they say were supplied": step over the parenthetical report
        elif _mistagged_name(clause, left.j, lex):
            break  # "Russia/RB appeared to arm": the subject, not an adverb
        elif t.tag.startswith("VB") or t.tag == "MD" or low == "to" or t.tag.startswith("RB"):
            if lemma in lex.negating_verbs:
                left.negative = not left.negative
            elif lemma in lex.hedges:
                left.hedges.append(t.text)
                left.certainty *= lex.hedges[lemma]
        else:
            break
        left.j -= 1
    return left


def _mistagged_name(clause: Sequence[Token], j: int, lex: _Lexicon) -> bool:
    """'Russia appeared to arm', 'Acme seems to have closed': a capitalized word the tagger read as an adverb
    opens the clause before a finite verb; a name, not an adverb ("However", "Meanwhile", "Reportedly" are not)."""
    t = clause[j]
    if t.tag != "RB" or not (t.text[:1].isupper() and t.text.isalpha()) or any(u.text.isalnum() for u in clause[:j]):
        return False
    low = t.text.lower()
    if low.endswith("ly") or low in _sentence_words() or low in lex.hedges or low in lex.negation:
        return False
    return j + 1 < len(clause) and clause[j + 1].tag in ("VBD", "VBZ", "VBP", "MD")


@functools.cache
def _sentence_words() -> frozenset[str]:
    return wordclass.sentence_starters() | wordclass.stopwords() | wordlist("exclusive.txt")


def _subject_mistagged_name(clause: list[Token], j: int) -> list[Token] | None:
    return [clause[j]] if j >= 0 and _mistagged_name(clause, j, _lexicon()) else None


_PARENTHETICAL_OPENERS = frozenset({"IN", "VBG", "RB", "TO"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _subject_before_parenthetical(clause: list[Token], j: int) -> list[Token] | None:
    """'Russia, according to officials, armed', 'Iran, like Russia, armed': the subject before a phrase set off
    by commas that opens with a preposition, a gerund or an adverb and holds no finite verb."""
    if j < 0 or clause[j].text != ",":
        return None
    for m in range(j - 1, max(0, j - _PARENTHETICAL_MAX) - 1, -1):
        t = clause[m]
        if t.tag in _FINITE_TAGS:
            return None
        if t.text == ",":
            opens = m + 1 < j and clause[m + 1].tag in _PARENTHETICAL_OPENERS
            return _np_left(clause, m - 1) if opens and m > 0 else None
    return None


_COORDINATORS = frozenset({"and", "but"})


def _subject_of_coordinated_verb(clause: list[Token], j: int) -> list[Token] | None:
    """Rule ``coordinated-verb``: a verb right after "and" or "but" shares the subject of the finite verb before
    it. "The crowds were large and stretched to the river": the crowds stretched to the river. Two subjects
    joined ("Acme and Brightline merged") are not this: there the verb's left ends at a noun, not at "and"."""
    if j < 1 or clause[j].tag != "CC" or clause[j].text.lower() not in _COORDINATORS:
        return None
    for m in range(j - 1, max(0, j - _PARENTHETICAL_MAX) - 1, -1):
        if clause[m].tag in _FINITE_TAGS:
            left = _scan_left(clause, m, _lexicon(), negative=False)
            return _np_left(clause, left.j) if left.j >= 0 else None
    return None


_SUBJECT_RULES: tuple[tuple[str, Callable[[list[Token], int], list[Token] | None]], ...] = (
    ("mistagged-name", _subject_mistagged_name),
    ("before-parenthetical", _subject_before_parenthetical),
    ("coordinated-verb", _subject_of_coordinated_verb),
)
"""Ways to find a subject the plain noun phrase to the left of the verb misses, tried in order."""


def subject_before(clause: list[Token], j: int) -> tuple[list[Token] | None, str | None]:
    """The subject ending at clause index *j* (left of a verb), and the name of the rule that found it.

    ``None`` as the rule: the plain noun phrase ending at *j*. Otherwise a rule of :data:`_SUBJECT_RULES`:
    ``mistagged-name`` (a name the tagger read as an adverb: "Russia appeared to ..."),
    ``before-parenthetical`` ("Russia, according to officials, armed ...") or ``coordinated-verb``
    ("the crowds were large and stretched to the river": the subject of the verb before "and").

    >>> from claimkit.text import TextProcessor
    >>> doc = TextProcessor.from_lexicons().parse("Russia, according to officials, armed the rebels.")
    >>> np, rule = subject_before(list(doc.tokens), 5)
    >>> [t.text for t in np], rule
    (['Russia'], 'before-parenthetical')
    """
    for name, rule in _SUBJECT_RULES:
        found = rule(clause, j)
        if found:
            return found, name
    return _np_left(clause, j), None


_CLEFT_PRONOUNS = frozenset({"it", "this", "that"})


def cleft_negated(clause: list[Token], start: int, end: int) -> bool:
    """Whether the subject at clause indexes *start* to *end* is denied by a cleft ("cleft-negation"):
    "It was not Russia that armed the rebels", "it's not Acme selling the plant", "It wasn't the army who ...".
    The subject is followed by a relative pronoun or a gerund; "that isn't the mandate" is no cleft.

    >>> from claimkit.text import TextProcessor
    >>> doc = TextProcessor.from_lexicons().parse("It was not Russia that armed the rebels.")
    >>> cleft_negated(list(doc.tokens), 3, 4), cleft_negated(list(doc.tokens), 0, 1)
    (True, False)
    """
    if start < 3 or end >= len(clause):  # "it", "was", "not" before the subject; something after it
        return False
    after = clause[end]
    if not (after.text.lower() in wordclass.relative_pronouns() or after.tag == "VBG"):
        return False
    negation, copula, pronoun = clause[start - 1], clause[start - 2], clause[start - 3]
    low = negation.text.lower().replace("’", "'")
    return (
        (low in _lexicon().negation or low == "n't")
        and copula.tag.startswith("VB")
        and lemmatize(copula.text, copula.tag) == "be"
        and pronoun.text.lower() in _CLEFT_PRONOUNS
    )


def _right_negation(clause: list[Token], after: int, lex: _Lexicon) -> tuple[int, int]:
    """Negation after an auxiliary-like main verb ("is not dead", "has never been"): (count, index after it)."""
    flips = 0
    while after < len(clause) and clause[after].text.lower().replace("’", "'") in lex.negation | {"n't"}:
        flips += 1
        after += 1
    return flips, after


def _verbal(ctx: _Ctx, clause: list[Token], frame: _Frame, clause_neg: bool, first: bool) -> Claim | None:
    lex = ctx.lex
    i = frame.at
    passive = _is_passive(clause, i)
    flips, object_np, pps = _right_side(clause, frame, lex)
    frame, object_np = _with_prepositional_object(clause, frame, object_np, passive=passive)
    intransitive = frame.cls is None and object_np is None and not passive
    if frame.cls is None and (
        pps.get("by") is None if passive else object_np is None and not _bare_verb(clause, frame)
    ):
        return None  # a verb of no predicate class needs both arguments (_both_arguments): the left is not read
    left = _scan_left(clause, i, lex, negative=clause_neg)
    if intransitive and not _plain_left(clause, left.j + 1, i):
        return None  # "wants to resign", "could resign": the verb is not asserted of its subject
    subject_np, _rule = subject_before(clause, left.j)
    start = clause.index(subject_np[0]) if subject_np else left.j + 1
    if (intransitive and _object_of_another(clause, start)) or _after_negated_cue(clause, start, lex):
        # "friendship with X resulted", "wants X fired", "no sign that X resigned": not asserted of X;
        # "have not verified that the leak came from the pipe": not put forward (rule negated-cue)
        return None
    negative = left.negative != _denied_complement(clause, start, lex)  # "denied the report that ...": not so
    end = start + len(subject_np) if subject_np else start
    negative = negative != cleft_negated(clause, start, end)  # "it was not Russia that armed ..."
    negative = negative != (flips % 2 == 1)
    if object_np is not None and object_np[0].text.lower() in ("no", "none"):
        negative = not negative
    # the speaker is the subject of a subjectless first clause ("said on Monday it would ..."),
    # not of an existential one ("there is no evidence that ...": rule existential-there)
    speaker_subject = first and subject_np is None and not _existential(clause, left.j)
    if frame.cls is None and not _both_arguments(
        ctx, subject_np, object_np, pps, passive=passive, first=speaker_subject, intransitive=intransitive
    ):
        return None  # a bare verb with one argument says too little to compare
    subject = _argument(ctx, clause, subject_np, first=first) if subject_np is not None else None
    obj = _argument(ctx, clause, object_np, first=False) if object_np is not None else None
    if subject is None and speaker_subject:
        subject = _speaker_argument(ctx.statement)
    subject, obj = _disjoint_arguments(ctx, clause, subject, obj)
    if passive:
        agent = pps.get("by")
        subject, obj = (_argument(ctx, clause, agent, first=False) if agent is not None else None), subject
    subject, theme, recipient = _roles(ctx, clause, frame, pps, (subject, obj), passive=passive)
    subject, recipient = _disjoint_arguments(ctx, clause, subject, recipient)
    if subject is None and obj is None and recipient is None:
        return None
    cls = _refine_class(frame.cls, theme, lex)
    negative = negative != frame.negated
    certainty, hedges = _stance_certainty(ctx, left.certainty, left.hedges)
    if left.exclusive:
        hedges.append("only")
    first_tok = clause[left.j + 1] if subject_np is None else subject_np[0]
    last = _last_token(clause, pps, object_np, frame)
    return Claim(
        id=_next_id(ctx),
        statement_id=ctx.statement.id,
        span=ctx.doc.span(min(first_tok.start, clause[i].start), last.end),
        subject=subject,
        predicate=frame.lemma,
        predicate_class=cls,
        object=theme if cls is not None else obj,
        recipient=recipient,
        polarity=_NEGATIVE if negative != (ctx.statement.stance is _DENY) else _POSITIVE,
        certainty=round(max(0.0, min(1.0, certainty)), 3),
        hedges=tuple(hedges),
        time=_clause_time(ctx, clause),
        doc_id=ctx.statement.doc_id,
    )


def _right_side(
    clause: list[Token], frame: _Frame, lex: _Lexicon
) -> tuple[int, list[Token] | None, dict[str, list[Token]]]:
    """What follows a verb: the negations after it, its object ("passed, by a majority, an amendment" too) and
    its prepositional phrases."""
    flips, after = _right_negation(clause, frame.end, lex)
    object_np, k = _np_right(clause, after)
    if object_np is None:
        object_np, k = _after_parenthetical(clause, frame.end, k)
    return flips, object_np, _pps(clause, k)


def _existential(clause: list[Token], j: int) -> bool:
    """Rule ``existential-there``: an existential "there" ends the words left of the verb ("there is", "there were")."""
    return 0 <= j < len(clause) and clause[j].tag == "EX"


def _both_arguments(
    ctx: _Ctx,
    subject_np: list[Token] | None,
    object_np: list[Token] | None,
    pps: dict[str, list[Token]],
    *,
    passive: bool,
    first: bool,
    intransitive: bool = False,
) -> bool:
    """Whether a verb of no predicate class will have a subject and an object: read before resolving either.

    A phrase always gives an argument; no subject phrase gives the speaker's for the content's first clause.
    An *intransitive* verb (rule ``intransitive-verb``, :func:`_bare_verb`) needs its subject only.
    """
    has_subject = subject_np is not None or (first and _speaker_argument(ctx.statement) is not None)
    if passive:
        return pps.get("by") is not None and has_subject
    return has_subject and (intransitive or object_np is not None)


_COMPLEMENT_OPENERS = frozenset({"to", "that", "whether", "if", "how", "what", "why", "when", "where", "who"})
"""Words after a verb that open its complement ("wants to", "decided that", "asked whether"): no bare verb."""


def _bare_verb(clause: Sequence[Token], frame: _Frame) -> bool:
    """Rule ``intransitive-verb``, the right side: a verb of no predicate class with no object makes a claim of
    its own (predicate: its lemma) when nothing follows it but adverbs, particles and adjuncts.

    "The mayor resigned", "the plant did not close on Monday": the claim is that the subject did it. Not a verb
    with a complement ("wants to go", "decided that ...", "began talking"), an auxiliary or a verb read in a name.

    >>> from claimkit.text import TextProcessor
    >>> doc = TextProcessor.from_lexicons().parse("The mayor resigned on Monday.")
    >>> _bare_verb(list(doc.tokens), _Frame(2, "resign", None, "agent", 3))
    True
    >>> doc = TextProcessor.from_lexicons().parse("The mayor wants to resign.")
    >>> _bare_verb(list(doc.tokens), _Frame(2, "want", None, "agent", 3))
    False
    """
    if frame.noun or frame.nominal or frame.negated or frame.lemma in wordclass.AUXILIARIES:
        return False
    rest = clause[frame.end :]
    for k, t in enumerate(rest):
        if t.tag in ("RB", "RP") and t.text.lower() not in _COMPLEMENT_OPENERS:
            continue  # "resigned abruptly", "gave up"
        if t.tag == "IN" and t.text.lower() not in _COMPLEMENT_OPENERS:
            return _time_phrase(rest[k + 1 : k + 3])  # "resigned on Monday"; not "went on strike"
        return t.text in (",", ")") or t.tag in tags.BRACKET_TAGS
    return True


def _with_prepositional_object(
    clause: list[Token], frame: _Frame, object_np: list[Token] | None, *, passive: bool
) -> tuple[_Frame, list[Token] | None]:
    """The frame and object of a verb, with rule ``prepositional-object`` applied where it reads."""
    if frame.cls is not None or object_np is not None or passive or _bare_verb(clause, frame):
        return frame, object_np
    found = prepositional_object(clause, frame)
    if found is None:
        return frame, object_np
    return frame._replace(lemma=f"{frame.lemma} {found[0]}"), found[1]


def prepositional_object(clause: list[Token], frame: _Frame) -> tuple[str, list[Token]] | None:
    """Rule ``prepositional-object``: a verb of no predicate class with no object, followed (after adverbs and
    particles) by an argument preposition and a noun phrase, takes that phrase as its object: the predicate is the
    verb with its preposition. "The crowd did not extend to the river" is (crowd, extend to, river), so that it
    meets "the crowd stretched to the river" (``synonyms.tsv``: "stretch to" says "extend to").

    Not a time ("resigned on Monday": rule ``intransitive-verb``), not "by" (a passive's agent) and not a verb
    with a complement ("wants to go": no noun phrase after "to").

    >>> from claimkit.text import TextProcessor
    >>> doc = TextProcessor.from_lexicons().parse("The crowd did not extend to the river.")
    >>> prep, np = prepositional_object(list(doc.tokens), _Frame(4, "extend", None, "agent", 5))
    >>> prep, " ".join(t.text for t in np)
    ('to', 'the river')
    """
    if frame.noun or frame.nominal or frame.negated or frame.lemma in wordclass.AUXILIARIES:
        return None
    k = frame.end
    while k < len(clause) and clause[k].tag in ("RB", "RP") and clause[k].text.lower() not in _COMPLEMENT_OPENERS:
        k += 1
    if k >= len(clause):
        return None
    prep = clause[k].text.lower()
    if prep == "by" or prep not in wordclass.argument_prepositions() or _time_phrase(clause[k + 1 : k + 3]):
        return None
    np, _ = _np_right(clause, k + 1)
    if np is None or np[0].tag == "CD":
        return None  # "rose to 5 percent": a figure, read by the quantities
    return prep, np


def _time_phrase(tokens: Sequence[Token]) -> bool:
    """Whether *tokens* (after a preposition) open a time: a weekday or month name, or a year."""
    calendar = timewords.calendar_words()
    return any(t.text.lower().rstrip(".") in calendar or _YEAR.match(t.text) for t in tokens)


_CONDITIONS = frozenset({"if", "unless", "whether"})


def _object_of_another(clause: Sequence[Token], start: int) -> bool:
    """Rule ``intransitive-verb``: whether the subject found at clause index *start* belongs to another word.

    A phrase after a preposition or a verb other than a reporting one is that word's object ("friendship with
    Acme collapsed", "wants Acme fired"), not the subject of the verb after it; a clause after a noun and
    "that" is the noun's content, which the speaker does not assert ("no sign that Acme collapsed", "the report
    that Acme collapsed": rules ``no-evidence`` and ``report-called-false`` read those).
    """
    if start == 0:
        return False
    before = clause[start - 1]
    low = before.text.lower()
    if low == "that":
        return start > 1 and clause[start - 2].tag in tags.NOUN_TAGS
    if low in _CONDITIONS:
        return True  # "if X resigned", "whether X resigned": a condition or a question, not asserted
    if before.tag == "IN":
        return low not in _COMPLEMENT_OPENERS and low not in wordclass.SUBORDINATORS  # "because X resigned"
    if before.tag in ("TO", "POS"):
        return True
    return before.tag.startswith("VB") and lemmatize(before.text, before.tag) not in reporting_verbs()


def _plain_left(clause: Sequence[Token], start: int, i: int) -> bool:
    """Rule ``intransitive-verb``, the left side: only auxiliaries ("has", "did"), negation and adverbs stand between
    the subject and the verb at clause index *i*: no modal ("could resign") and no verb it depends on ("wants to
    resign", "refused to resign"), which say something else than that the subject did it. The verb is finite
    ("resigned") or follows an auxiliary ("has resigned", "did not resign"): a participle or a gerund alone is
    no clause of its own ("wants him fired", "the shooting")."""
    auxiliary = False
    for t in clause[start:i]:
        if t.tag in ("MD", "TO"):
            return False
        if t.tag.startswith("VB"):
            if lemmatize(t.text, t.tag) not in ("be", "have", "do"):
                return False
            auxiliary = True
    return auxiliary or clause[i].tag in _FINITE_TAGS


def _roles(
    ctx: _Ctx,
    clause: list[Token],
    frame: _Frame,
    pps: dict[str, list[Token]],
    args: tuple[Argument | None, Argument | None],
    *,
    passive: bool,
) -> tuple[Argument | None, Argument | None, Argument | None]:
    """(subject, theme, recipient) by the predicate's role: converse ones turned round, the giver first."""
    subject, obj = args
    recipient: Argument | None = None
    theme: Argument | None = obj
    role = frame.role
    agent = pps.get("by")
    if frame.cls is None:
        return subject, theme, recipient
    if role == _EVENT_ROLE_CONVERSE:
        recipient = subject
        source = pps.get("from") or (agent if not passive else None)
        subject = _argument(ctx, clause, source, first=False) if source is not None else None
        if passive:  # "weapons were received by X": the object stays the theme
            recipient, theme = theme, None
    elif role == _EVENT_ROLE_RECIPIENT:
        recipient, theme = obj, _pp_argument(ctx, clause, pps.get("with"))
    else:
        recipient = _pp_argument(ctx, clause, pps.get("to") or pps.get("for"))
        if frame.cls is PredicateClass.CONTACT:
            recipient = recipient or _pp_argument(ctx, clause, pps.get("with"))
        elif pps.get("with") is not None and theme is not None and recipient is None:
            recipient, theme = theme, _pp_argument(ctx, clause, pps.get("with"))
    return subject, theme, recipient


def _stance_certainty(ctx: _Ctx, certainty: float, hedges: list[str]) -> tuple[float, list[str]]:
    """A hedging cue lowers the certainty, and so does a hedge in the speaker's description."""
    if ctx.statement.stance is _HEDGE:
        certainty *= _HEDGE_STANCE_CERTAINTY
        hedges.append(ctx.statement.cue or "hedged")
    return _speaker_hedges(ctx, certainty, hedges)


def _adjectival(ctx: _Ctx, clause: list[Token], frame: _Frame) -> Claim | None:
    """'X-provided guns': X provided the guns."""
    t = clause[frame.at]
    cut = t.text.rfind("-")
    head = ctx.doc.span(t.start, t.start + cut)
    object_np, _ = _np_right(clause, frame.at + 1)
    subject = _span_argument(ctx, head)
    obj = _argument(ctx, clause, object_np, first=False) if object_np is not None else None
    lex = ctx.lex
    cls = _refine_class(frame.cls, obj, lex)
    negative = ctx.statement.stance is _DENY
    certainty, hedges = _speaker_hedges(ctx, 1.0, [])
    last = object_np[-1] if object_np else t
    return Claim(
        id=_next_id(ctx),
        statement_id=ctx.statement.id,
        span=ctx.doc.span(t.start, last.end),
        subject=subject,
        predicate=frame.lemma,
        predicate_class=cls,
        object=obj,
        recipient=None,
        polarity=_NEGATIVE if negative else _POSITIVE,
        certainty=certainty,
        hedges=tuple(hedges),
        time=_clause_time(ctx, clause),
        doc_id=ctx.statement.doc_id,
    )


def _noun(ctx: _Ctx, clause: list[Token], frame: _Frame) -> Claim | None:  # noqa: C901, PLR0912  reads one nominal claim: left modifiers, prepositional arguments
    """'arms supplies from X to Y', 'X's support for Y', 'Xian support', 'contacts with Y'."""
    lex = ctx.lex
    i = frame.at
    negative = False
    theme: Argument | None = None
    subject: Argument | None = None
    j = i - 1
    first = i
    while j >= 0 and clause[j].tag in ("NN", "NNS", "JJ", "DT", "CD", "PRP$", "POS", "NNP", "NNPS"):
        t = clause[j]
        low = t.text.lower()
        if low in lex.weapons and theme is None:
            theme = Argument(text=t.text, span=t.span)
        elif low == "no":
            negative = True
        elif t.tag == "POS" and j - 1 >= 0:
            np = _np_left(clause, j - 1)
            if np:
                subject = _argument(ctx, clause, np, first=False)
                first = clause.index(np[0])
            break
        elif t.tag == "PRP$":
            subject = _argument(ctx, clause, [t], first=False)
            first = j
            break
        elif t.tag in ("JJ", "NNP", "NNPS") and t.text[:1].isupper():
            subject = _span_argument(ctx, t.span)
            first = j
            break
        j -= 1
    pps = _pps(clause, frame.end)
    source = pps.get("from") or pps.get("by")
    if subject is None and source is not None:
        subject = _argument(ctx, clause, source, first=False)
    target = pps.get("to") or pps.get("for") or pps.get("with") or pps.get("against")
    recipient = _argument(ctx, clause, target, first=False) if target is not None else None
    if theme is None and pps.get("of") is not None:
        theme = _argument(ctx, clause, pps.get("of"), first=False)
    if subject is None or (recipient is None and theme is None):
        return None
    if frame.role == _EVENT_ROLE_CONVERSE:
        return None
    if ctx.statement.stance is _DENY:
        negative = not negative
    certainty, hedges = _speaker_hedges(ctx, 1.0, [])
    if ctx.statement.stance is _HEDGE:
        certainty *= _HEDGE_STANCE_CERTAINTY
        hedges.append(ctx.statement.cue or "hedged")
    ends = [clause[i].end, *(np[-1].end for np in pps.values())]
    start = clause[first].start if isinstance(first, int) and 0 <= first < len(clause) else clause[i].start
    return Claim(
        id=_next_id(ctx),
        statement_id=ctx.statement.id,
        span=ctx.doc.span(min(start, clause[i].start), max(ends)),
        subject=subject,
        predicate=frame.lemma,
        predicate_class=_refine_class(frame.cls, theme, lex),
        object=theme,
        recipient=recipient,
        polarity=_NEGATIVE if negative else _POSITIVE,
        certainty=round(certainty, 3),
        hedges=tuple(hedges),
        time=_clause_time(ctx, clause),
        doc_id=ctx.statement.doc_id,
    )


def _possessive_counts(ctx: _Ctx, clause: list[Token]) -> list[Claim]:
    """'the alliance's 19 members': the alliance has 19 members."""
    out = []
    for k in range(1, len(clause) - 2):
        if clause[k].tag != "POS" or clause[k + 1].tag != "CD" or not clause[k + 2].tag.startswith("NN"):
            continue
        np = _np_left(clause, k - 1)
        if not np:
            continue
        end = k + 3
        while end < len(clause) and clause[end].tag in ("NN", "NNS"):
            end += 1
        obj = ctx.doc.span(clause[k + 1].start, clause[end - 1].end)
        out.append(
            Claim(
                id=_next_id(ctx),
                statement_id=ctx.statement.id,
                span=ctx.doc.span(np[0].start, obj.end),
                subject=_argument(ctx, clause, np, first=False),
                predicate="have",
                object=Argument(text=obj.text, span=obj),
                polarity=_NEGATIVE if ctx.statement.stance is _DENY else _POSITIVE,
                doc_id=ctx.statement.doc_id,
            )
        )
    return out


def _last_token(
    clause: list[Token], pps: dict[str, list[Token]], object_np: list[Token] | None, frame: _Frame
) -> Token:
    ends = [clause[frame.end - 1]]
    if object_np:
        ends.append(object_np[-1])
    ends.extend(np[-1] for np in pps.values() if np)
    return max(ends, key=lambda t: t.end)


def _speaker_hedges(ctx: _Ctx, certainty: float, hedges: list[str]) -> tuple[float, list[str]]:
    """A hedge in the speaker's description ('putative officials') lowers certainty too."""
    span = ctx.statement.speaker_span
    if span is not None:
        found = ctx.speaker_hedges.get(span.text)
        if found is None:
            lex_hedges = ctx.lex.hedges
            words = re.findall(r"\w+", span.text.lower())
            found = ctx.speaker_hedges[span.text] = tuple((w, lex_hedges[w]) for w in words if w in lex_hedges)
        for word, factor in found:
            certainty *= factor
            hedges.append(word)
    return round(certainty, 3), hedges


def _refine_class(cls: PredicateClass | None, theme: Argument | None, lex: _Lexicon) -> PredicateClass | None:
    """'transfer' of weapons is 'transfer-weapons' (which 'arm' and 'equip' are from the start)."""
    if cls is PredicateClass.TRANSFER and theme is not None and any(w in lex.weapons for w in _words(theme.text)):
        return PredicateClass.TRANSFER_WEAPONS
    return cls


def _is_passive(clause: list[Token], i: int) -> bool:
    if clause[i].tag != "VBN":
        return False
    for t in reversed(clause[max(0, i - 4) : i]):
        low = t.text.lower()
        if lemmatize(low, t.tag) in ("be", "get") and t.tag.startswith("VB"):
            return True
        if not (t.tag.startswith("RB") or low in ("not", "n't")):
            return False
    return False


def _np_left(clause: list[Token], j: int) -> list[Token] | None:  # noqa: C901  a token-by-token scan for a phrase's left edge: one branch per boundary case
    """The noun phrase ending at clause index *j* (a subject)."""
    end = j
    while end >= 0 and (clause[end].text in _BRACKETS or clause[end].tag in tags.BRACKET_TAGS):
        end -= 1
    if end < 0:
        return None
    t = clause[end]
    low = t.text.lower()
    if t.tag == "PRP" or low in _pronouns():
        return [t]
    if low in wordclass.relative_pronouns() and t.tag in ("WDT", "WP", "IN", "DT"):
        # "the weapons, which ... were supplied": the relative pronoun stands for the noun before it
        k = end - 1
        while k >= 0 and clause[k].text == ",":
            k -= 1
        return _np_left(clause, k) if k >= 0 else None
    if t.tag not in _NP_HEAD_TAGS and not (t.tag == "JJ" and t.text[:1].isupper()):
        return None  # "impossible to take": an adjective is no subject (a demonym is: "Freedonian")
    start = end
    while start - 1 >= 0:
        p = clause[start - 1]
        plow = p.text.lower()
        if (
            p.tag in _NP_TAGS
            or p.text in _BRACKETS
            or p.tag in tags.BRACKET_TAGS
            or (plow in ("of", "and", "&") and start - 2 >= 0 and clause[start - 2].tag in _NP_TAGS)
        ):
            start -= 1
        else:
            break
    approximators = _lexicon().approximators
    while start - 1 >= 0 and clause[start - 1].text.lower() in approximators and _number_within(clause, start, 3):
        start -= 1  # "up to 80 people", "at least 20 soldiers"
    while start <= end and (clause[start].text in _BRACKETS or clause[start].tag in tags.BRACKET_TAGS):
        start += 1
    return clause[start : end + 1] if start <= end else None


def _np_right(clause: list[Token], j: int) -> tuple[list[Token] | None, int]:
    """The noun phrase starting at clause index *j* (an object), and the index after it."""
    k = j
    approximators = _lexicon().approximators
    while k < len(clause) and (clause[k].tag in ("RP", "RB") or clause[k].text in _BRACKETS):
        if _opens_approximator_phrase(clause, k) and _number_within(clause, k + 1, 3):
            break  # "killed up to 80 people": "up" opens the quantity, not a particle
        k += 1
    start = k
    if k < len(clause) and clause[k].text.lower() in ("both", "either", "neither"):
        k += 1  # "declined both the award and ..."
        start = k
    while k < len(clause) and clause[k].text.lower() in approximators and _number_within(clause, k + 1, 3):
        k += 1  # "moved at least 20,000 troops", "up to 80 people": the quantity is part of the object
    while k < len(clause):
        t = clause[k]
        if t.tag in _NP_TAGS or t.tag == "PRP" or t.text.lower() in ("no", "none", "any"):
            k += 1
            if t.tag == "PRP":
                break
        elif t.text.lower() == "of" and k > start and k + 1 < len(clause) and clause[k + 1].tag in _NP_TAGS:
            k += 1
        else:
            break
    if k == start:
        return None, start
    return clause[start:k], k


def _opens_approximator_phrase(clause: list[Token], k: int) -> bool:
    """Whether a phrase of several words from ``approximators.tsv`` ("up to", "as many as") starts at index *k*."""
    for n in (2, 3):
        words = " ".join(t.text.lower() for t in clause[k : k + n])
        if words in _lexicon().approximator_phrases:
            return True
    return False


def _number_within(clause: list[Token], j: int, n: int) -> bool:
    """Whether a number comes within the *n* tokens from clause index *j*, after approximators only."""
    approximators = _lexicon().approximators
    for t in clause[j : j + n]:
        if t.tag == "CD":
            return True
        if t.text.lower() not in approximators:
            return False
    return False


def _after_parenthetical(clause: list[Token], j: int, k: int) -> tuple[list[Token] | None, int]:
    """'passed, by a majority of 35 to 23, an amendment': the object after a comma-set phrase."""
    if j >= len(clause) or clause[j].text != "," or j + 1 >= len(clause) or clause[j + 1].tag != "IN":
        return None, k
    for m in range(j + 2, min(len(clause), j + _PARENTHETICAL_MAX)):
        if clause[m].text == ",":
            np, after = _np_right(clause, m + 1)
            return (np, after) if np is not None else (None, k)
        if clause[m].tag.startswith("VB"):
            break
    return None, k


def _pps(clause: list[Token], k: int) -> dict[str, list[Token]]:
    """The first 'to/from/by/with/for X' phrases after the object."""
    out: dict[str, list[Token]] = {}
    end = min(len(clause), k + _PP_WINDOW)
    m = k
    while m < end:
        t = clause[m]
        low = t.text.lower()
        if t.tag.startswith("VB") or low in wordclass.relative_pronouns() or low == ",":
            break
        if low in wordclass.argument_prepositions() and low not in out:
            np, nxt = _np_right(clause, m + 1)
            if np is not None:
                out[low] = np
                m = nxt
                continue
        m += 1
    return out


# --------------------------------------------------------------------------- arguments


def _argument(ctx: _Ctx, clause: list[Token], np: list[Token] | None, *, first: bool) -> Argument | None:  # noqa: C901  ordered ways to resolve an argument (actor, mention, pronoun, description)
    if not np:
        return None
    span = ctx.doc.span(np[0].start, np[-1].end)
    low = span.text.lower()
    if low in wordclass.second_person():
        return Argument(text=span.text, span=span)  # "you": whoever is addressed, unknown here
    actor = _resolve(ctx, span)
    if actor is not None:
        if low in _pronouns() and low in wordclass.first_person() and ctx.statement.speaker is not None:
            actor = ctx.statement.speaker  # "we" in a quote is its speaker, whatever came before
        return Argument(text=actor.name if low in _pronouns() else span.text, span=span, actor_id=actor.id)
    actor = _mention_actor(ctx, span)
    if actor is not None:
        return Argument(text=span.text, span=span, actor_id=actor.id)
    if low in _pronouns():
        own = low in wordclass.first_person() or (first and ctx.statement.kind is _INDIRECT)
        speaker = _speaker_argument(ctx.statement) if own else None
        if speaker is not None:
            return attrs.evolve(speaker, span=span)
        if low not in wordclass.first_person():
            antecedent = _antecedent(ctx, clause, np[0])
            if antecedent is not None:
                return antecedent
        return Argument(text=span.text, span=span)
    words = low.split()
    described = words[-1] in wordlist("generic_nouns.txt") and words[0] in wordclass.DEFINITE_DETERMINERS
    if described and 2 <= len(words) <= 3:
        antecedent = _description_antecedent(ctx, np)
        if antecedent is not None:
            return antecedent
    return Argument(text=span.text, span=span)


def _pp_argument(ctx: _Ctx, clause: list[Token], np: list[Token] | None) -> Argument | None:
    return _argument(ctx, clause, np, first=False)


def _span_argument(ctx: _Ctx, span: Span) -> Argument:
    actor = _resolve(ctx, span) or _mention_actor(ctx, span)
    return Argument(text=span.text, span=span, actor_id=actor.id if actor is not None else None)


def _disjoint_arguments(
    ctx: _Ctx, clause: list[Token], subject: Argument | None, obj: Argument | None
) -> tuple[Argument | None, Argument | None]:
    """A pronoun is not its own clause's other argument ("they are arming the group" is not the group)."""
    if subject is None or obj is None or subject.actor_id is None or subject.actor_id != obj.actor_id:
        return subject, obj
    for arg, keep_subject in ((subject, False), (obj, True)):
        span = arg.span
        if span is None or span.text.lower() not in _pronouns():
            continue
        token = next((t for t in clause if t.start == span.start), None)
        other = _antecedent(ctx, clause, token) if token is not None else None
        if other is not None:
            return (subject, other) if keep_subject else (other, obj)
    return subject, obj


def _resolve(ctx: _Ctx, span: Span) -> Actor | None:
    """The actor the actor layer reads *span* as; a phrase it only knows as part of a table actor
    ("government sources" of a country) speaks for that actor."""
    key = (span.start, span.end)
    if key in ctx.resolved:
        return ctx.resolved[key]
    ctx.resolved[key] = found = _resolve_once(ctx, span)
    return found


def _resolve_once(ctx: _Ctx, span: Span) -> Actor | None:
    try:
        actor = ctx.actors.resolve(span)
    except InvalidSpanError:
        return None
    if actor is None or ctx.actors.get(actor.id) is not None or actor.part_of is None:
        return actor
    return ctx.actors.get(actor.part_of) or actor


def _speaker_argument(statement: Statement) -> Argument | None:
    speaker = statement.speaker
    if speaker is None:
        span = statement.speaker_span
        return None if span is None else Argument(text=span.text, span=span)
    return Argument(text=speaker.name, span=statement.speaker_span, actor_id=speaker.id)


def _mention_actor(ctx: _Ctx, span: Span) -> Actor | None:
    """The actor of a mention that heads *span* (the table is keyed by exact mention offsets).

    The mention must end the phrase: "its Leeds plant" is a plant, not Leeds.
    """
    i = bisect.bisect_left(ctx.mention_starts, span.start)
    while i < len(ctx.mention_spans) and ctx.mention_spans[i][0] < span.end:
        s, e = ctx.mention_spans[i]
        if e <= span.end and not any(ch.isalnum() for ch in ctx.doc.text[e : span.end]):
            return ctx.actors.actor_at(Span.from_text(ctx.doc.text, s, e))
        i += 1
    return None


def _antecedent(ctx: _Ctx, clause: list[Token], pronoun: Token) -> Argument | None:
    """The nearest proper noun before *pronoun* that is not already an argument of its clause."""
    doc = ctx.doc
    # names later in the clause are the pronoun's co-arguments ("they are arming the group")
    # and an object pronoun never stands for its own clause's subject ("X maintains contact with them")
    at = next((i for i, t in enumerate(clause) if t.start == pronoun.start), 0)
    before = _CO_ARGUMENT_WINDOW if pronoun.text.lower() in wordclass.object_pronouns() else 0
    near = clause[max(0, at - before) : at] + clause[at + 1 : at + 1 + _CO_ARGUMENT_WINDOW]
    taken = {t.text.lower() for t in near if t.text[:1].isupper()}
    skip = timewords.calendar_words()
    idx = bisect.bisect_left(doc.tokens, pronoun.start, key=lambda t: t.start)
    lo = max(0, idx - _ANTECEDENT_WINDOW)
    k = idx - 1
    while k >= lo:
        t = doc.tokens[k]
        low = t.text.lower()
        own = ctx.own_speaker is not None and ctx.own_speaker.start <= t.start < ctx.own_speaker.end
        name = t.tag in tags.PROPER_NOUN_TAGS and t.text[:1].isupper()
        if name and not own and low not in taken and low.rstrip(".") not in skip:
            end = k
            while k - 1 >= lo and doc.tokens[k - 1].tag in tags.PROPER_NOUN_TAGS:
                k -= 1
            span = doc.span(doc.tokens[k].start, doc.tokens[end].end)
            actor = _mention_actor(ctx, span)
            return Argument(text=span.text, span=pronoun.span, actor_id=actor.id if actor else None)
        k -= 1
    return None


def _description_antecedent(ctx: _Ctx, np: list[Token]) -> Argument | None:
    """'the group': the nearest earlier '... group' with a proper noun beside it."""
    doc = ctx.doc
    head = singular(np[-1].text.lower())
    idx = bisect.bisect_left(doc.tokens, np[0].start, key=lambda t: t.start)
    lo = max(0, idx - _ANTECEDENT_WINDOW)
    for k in range(idx - 1, lo - 1, -1):
        if singular(doc.tokens[k].text.lower()) != head:
            continue
        of = k + 2 < idx and doc.tokens[k + 1].text.lower() == "of"
        for m in (k - 1, k + 2 if of else -1):
            if lo <= m < idx and doc.tokens[m].tag in ("NNP", "NNPS"):
                t = doc.tokens[m]
                span = Span.from_text(doc.text, t.start, t.end)
                actor = _mention_actor(ctx, span)
                span_np = doc.span(np[0].start, np[-1].end)
                return Argument(text=t.text, span=span_np, actor_id=actor.id if actor else None)
    return None


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.lower())


# --------------------------------------------------------------------------- time


def _clause_time(ctx: _Ctx, clause: list[Token]) -> TimeValue | None:
    """A calendar date, month or year named in the clause ("in 2015", "on 1 May 2016"), read once per clause."""
    key = (clause[0].start, clause[-1].end)
    if key not in ctx.clause_times:
        ctx.clause_times[key] = _scan_clause_time(clause)
    return ctx.clause_times[key]


def _scan_clause_time(clause: list[Token]) -> TimeValue | None:
    for i, t in enumerate(clause):
        if len(t.text) != 4 or not _YEAR.match(t.text):  # a year has four characters: most tokens fail at once
            continue
        year = int(t.text)
        month = day = None
        for k in range(i - 1, max(-1, i - 4), -1):
            word = clause[k].text.lower().rstrip(".")
            month = timewords.month_number(word)
            if month is not None:
                if k - 1 >= 0 and clause[k - 1].text.isdigit():
                    day = int(clause[k - 1].text)
                if k + 1 < i and clause[k + 1].text.isdigit():
                    day = int(clause[k + 1].text)
                break
        return _time_value(year, month, day)
    return None


def _time_value(year: int, month: int | None, day: int | None) -> TimeValue | None:
    try:
        if month is not None and day is not None:
            start = dt.datetime(year, month, day)
            return TimeValue(
                timex=f"{year:04d}-{month:02d}-{day:02d}",
                kind=TimeKind.DATE,
                granularity=Granularity.DAY,
                start=start,
                end=start + dt.timedelta(days=1),
            )
        if month is not None:
            end = dt.datetime(year + (month == 12), month % 12 + 1, 1)
            return TimeValue(
                timex=f"{year:04d}-{month:02d}",
                kind=TimeKind.DATE,
                granularity=Granularity.MONTH,
                start=dt.datetime(year, month, 1),
                end=end,
            )
        return TimeValue(
            timex=f"{year:04d}",
            kind=TimeKind.DATE,
            granularity=Granularity.YEAR,
            start=dt.datetime(year, 1, 1),
            end=dt.datetime(year + 1, 1, 1),
        )
    except ValueError:
        return None
