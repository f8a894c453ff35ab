"""Claim checking: does each article support, dispute, discuss or ignore one claim?

:func:`check` takes a claim (one sentence) and analyzed articles and returns one
:class:`CheckResult` per article, in order. An article

* **disputes** the claim when one of its statements contradicts it: a denial aimed at
  it ("Acme denied the report"), a negation of it ("Acme's servers were not
  compromised"), a word that calls it false ("a hoax", "fake", "debunked", "not
  true") or a credibility dispute ("no evidence that ...", "unsubstantiated");
* **supports** it when the article itself (no attributed source, no hedge, no
  question) states what the claim states;
* **discusses** it when it reports the claim without asserting it: attributed ("X
  says", "according to", "Sources:"), hedged ("reportedly", "may") or asked ("Is
  ...?");
* is **unrelated** when it shares too little of the claim's content.

The statements behind a verdict come back as :class:`~claimkit.Relation` objects
whose first statement is the claim and whose reasons say why.

>>> import claimkit
>>> articles = [
...     claimkit.analyze("Acme denied that hackers planted chips in its servers."),
...     claimkit.analyze("Hackers planted chips in servers used by Acme."),
...     claimkit.analyze("Hackers reportedly planted chips in Acme's servers."),
...     claimkit.analyze("The river flooded the town."),
... ]
>>> [r.verdict.value for r in claimkit.check("Hackers planted chips in Acme's servers.", articles)]
['disputes', 'supports', 'discusses', 'unrelated']

.. versionadded:: 0.2.0
"""

from __future__ import annotations

import enum
import functools
import re
from typing import TYPE_CHECKING

import attrs

from claimkit import actors as _actors
from claimkit import claims as _claims
from claimkit import relations as _relations
from claimkit.errors import InvalidInputError, short_repr
from claimkit.lang import tags, wordclass
from claimkit.lang.cues import reporting_verbs
from claimkit.lang.resources import rows, wordlist
from claimkit.lang.synonyms import synonym
from claimkit.model import Analysis, Relation, RelationKind, Span, Stance, Statement, StatementKind

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from claimkit.model import Claim
    from claimkit.pipeline import Analyzer
    from claimkit.text import Document, Token

__all__ = ["DEFAULT_THRESHOLD", "CheckResult", "Verdict", "check", "judge_texts"]

DEFAULT_THRESHOLD = 0.5
"""The score a dispute or support needs to decide the verdict (see :func:`check`)."""

_CLAIM_DOC = "claim"
_MIN_TOPIC = 0.34  # share of the claim's content words an article unit must share to be about it
_MIN_TOPIC_CUED = 0.2  # the same where the unit denies, negates or calls something false
_MIN_TOPIC_TEXT = 0.5  # compare(): two bare texts share at least half the content words of one
_MIN_SUPPORT = 0.4  # share needed for an unhedged, unattributed unit to support the claim
_MIN_SHARED = 1
_MIN_SHARED_CUED = 2  # shared words a cued unit needs below the caller's topic share (rule cued-topic)
_SCORE_DENIAL = 0.85
_SCORE_FALSITY = 0.8
_SCORE_NEGATION = 0.7
_SCORE_DISMISS = 0.65
_NEGATION_WINDOW = 6
_SCORE_AGREE_TEXT = 0.85  # a bare text agrees with another when it states nearly all of it
_SOURCE_LABEL_MAX = 3  # "NYT: ...", "...: Sources": a short label beside a colon names the source


def _relations_tuple(items: Iterable[Relation]) -> tuple[Relation, ...]:
    return tuple(items)


class Verdict(enum.Enum):
    """What an article does with a claim."""

    SUPPORTS = "supports"
    """The article states the claim as fact."""
    DISPUTES = "disputes"
    """The article denies, negates, debunks or calls into doubt the claim."""
    DISCUSSES = "discusses"
    """The article reports the claim (attributed, hedged or asked) without asserting it."""
    UNRELATED = "unrelated"
    """The article is not about the claim."""


@attrs.frozen(kw_only=True)
class CheckResult:
    """How one article relates to a checked claim.

    >>> CheckResult(verdict=Verdict.UNRELATED, score=0.0).relations
    ()
    """

    verdict: Verdict
    score: float
    """How strongly the article's statements bear out the verdict (0..1); the topic overlap for
    "discusses", 0 for "unrelated"."""
    relations: tuple[Relation, ...] = attrs.field(default=(), converter=_relations_tuple)
    """The statements behind the verdict: ``a`` is the claim, ``b`` the article's statement."""
    doc_id: str | None = None
    """The analysis's ``doc_id``."""


@attrs.frozen
class _Lex:
    stopwords: frozenset[str]
    negation: frozenset[str]
    falsity: frozenset[str]
    hedges: frozenset[str]
    dispute: frozenset[str]
    truth: frozenset[str]
    denials: frozenset[tuple[str, ...]]  # lemma keys of denial verbs, with their particle
    report_denials: frozenset[tuple[str, ...]]  # those that deny only a report or claim ("rejected the offer")
    antonyms: frozenset[tuple[str, str]]
    reports: frozenset[str]  # report nouns ("rumors", "claims"): rule misread-denial-verb


@functools.cache
def _lex() -> _Lex:
    antonyms: set[tuple[str, str]] = set()
    for a, b, *_ in rows("antonyms.tsv"):
        ka, kb = _key(a), _key(b)
        antonyms.update({(ka, kb), (kb, ka)})
    return _Lex(
        stopwords=wordclass.stopwords(),
        negation=wordlist("negation.txt") | {"n't"},
        falsity=wordlist("falsity.txt"),
        hedges=frozenset(k for k in _claims.hedge_words()),
        dispute=wordlist("evidence_disputes.txt"),
        truth=wordlist("truth_words.txt"),
        denials=frozenset(tuple(_key(w) for w in line.split()) for line in wordlist("denial_verbs.txt")),
        report_denials=frozenset(tuple(_key(w) for w in line.split()) for line in _claims.report_object_denials()),
        antonyms=frozenset(antonyms),
        reports=wordlist("report_nouns.txt"),
    )


@functools.cache
def _aux_keys() -> frozenset[str]:
    """The keys of the auxiliaries: never a topic word."""
    return frozenset(_key(w) for w in wordclass.AUXILIARIES)


_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


def _key(word: str) -> str:
    """One key for a word's forms: 'planted', 'plants' and 'plant' meet; 'Russian' meets 'Russia'."""
    low = word.lower().replace("’", "'")
    lemma = _claims.lemmatize(low)
    if lemma in reporting_verbs():
        return "#say"  # "told" and "said" report the same act
    return _relations.word_key(_claims.verb_key(synonym(lemma)))  # "dead" and "died" meet


@attrs.frozen
class _Unit:
    """A statement of the article, or a sentence no statement covers (the article's own voice)."""

    statement: Statement
    tokens: tuple[Token, ...]
    attributed: bool
    stance: Stance


def _content_keys(tokens: Iterable[Token], lex: _Lex, *, parts: bool = False) -> dict[str, int]:
    """Content-word keys with the index of their first token; with *parts*, a hyphenated word gives its parts'
    keys too (rule ``hyphen-parts``, for an article's unit: "three-breasted" is about a breast, "Ebola-infected"
    birds about Ebola). The claim's own words stay whole, so a compound it names ("sex-change operations") is not
    met by a plain verb of the article ("do not change")."""
    out: dict[str, int] = {}
    for k, t in enumerate(tokens):
        if t.tag == "POS":
            continue
        low = t.text.lower().replace("’", "'")
        for word in (low, *hyphen_parts(low)) if parts else (low,):
            if not word[:1].isalnum() or word in lex.stopwords or word in lex.negation:
                continue
            if word in lex.falsity or word in lex.hedges or word in lex.dispute:
                continue
            key = _key(word)
            if key in _aux_keys():
                continue
            out.setdefault(key, k)
    return out


def hyphen_parts(word: str) -> tuple[str, ...]:
    """Rule ``hyphen-parts``: the parts of a hyphenated word ("three-breasted": three, breasted), none for a
    word without an inner hyphen or with a part that is not all letters ("covid-19", "F-16": a name).

    >>> hyphen_parts("ebola-infected"), hyphen_parts("plant"), hyphen_parts("f-16")
    (('ebola', 'infected'), (), ())
    """
    if "-" not in word.strip("-"):
        return ()
    parts = tuple(p for p in word.split("-") if p)
    return parts if len(parts) > 1 and all(p.isalpha() for p in parts) else ()


def _claim_keys(tokens: Sequence[Token], lex: _Lex) -> dict[str, int]:
    """The claim's content-word keys without the descriptions of its names ("sculptor" Ivo Brant)."""
    keys = _content_keys(tokens, lex)
    described = {_key(tokens[i].text) for i in _claims.name_descriptors(tokens)}
    core = {k: v for k, v in keys.items() if k not in described}
    return core or keys


def _negations(tokens: Sequence[Token], lex: _Lex) -> list[int]:
    """The negations that deny what the tokens assert (not "a panel that didn't include", "don't shoot")."""
    return [k for k in _claims.asserted_negations(tokens) if _low(tokens[k]) in lex.negation]


def _has(tokens: Iterable[Token], words: frozenset[str]) -> list[str]:
    return [t.text for t in tokens if t.text.lower().replace("’", "'") in words]


def _source_label(tokens: Sequence[Token]) -> bool:
    """'NYT: Apple Watch includes ...', 'Tesla chooses Nevada: Sources': a short label beside a colon."""
    colons = [k for k, t in enumerate(tokens) if t.text == ":"]
    for k in colons:
        before, after = tokens[:k], [t for t in tokens[k + 1 :] if t.text not in (".", "!")]
        for side in (before, after):
            if 0 < len(side) <= _SOURCE_LABEL_MAX and all(t.tag in ("NNP", "NNPS", "NNS", "NN") for t in side):
                return True
    return False


_STANCE_RANK = {Stance.DENY: 3, Stance.RETRACT: 2, Stance.DISMISS: 2, Stance.ASK: 1}


def _units(analysis: Analysis, doc: Document) -> list[_Unit]:
    """Each statement, and each sentence with the stance and attribution of the statements in it."""
    out: list[_Unit] = []
    inside: list[tuple[int, int, Statement]] = []
    for s in analysis.statements:
        parts = s.content_parts or (s.content,)
        tokens = tuple(t for p in parts for t in doc.tokens_in(p.start, p.end))
        attributed = s.speaker_span is not None or s.cue is not None
        out.append(_Unit(s, tokens, attributed, s.stance))
        start = min([p.start for p in parts] + [x.start for x in (s.speaker_span, s.cue_span) if x is not None])
        end = max([p.end for p in parts] + [x.end for x in (s.speaker_span, s.cue_span) if x is not None])
        inside.append((start, end, s))
    for n, sent in enumerate(doc.sentence_spans()):
        tokens = doc.tokens_in(sent.start, sent.end)
        if not tokens:
            continue
        within = [s for a, b, s in inside if a < sent.end and sent.start < b]
        stance = max((s.stance for s in within), key=lambda x: _STANCE_RANK.get(x, 0), default=Stance.ASSERT)
        attributed = bool(within) or _source_label(tokens)
        if within and stance not in _STANCE_RANK:
            stance = Stance.ASSERT
        statement = Statement(id=f"sentence-{n + 1}", kind=StatementKind.DIRECT, content=sent, doc_id=analysis.doc_id)
        out.append(_Unit(statement, tokens, attributed, stance))
    return out


@attrs.frozen
class _Found:
    verdict: Verdict
    score: float
    relation: Relation


def _low(t: Token) -> str:
    return t.text.lower().replace("’", "'")


def _positions(tokens: Sequence[Token], lex: _Lex) -> list[tuple[int, str]]:
    return [
        (k, _key(low))
        for k, t in enumerate(tokens)
        if (low := _low(t))[:1].isalnum() and t.tag != "POS" and low not in lex.stopwords
    ]


def _falsity(tokens: Sequence[Token], lex: _Lex) -> list[str]:
    """Words that call something false: 'a hoax', 'fake', 'not true', 'isn't real', 'denied', 'debunk'."""
    lows = [_low(t) for t in tokens]
    doubled = _claims.double_negations(tokens)  # "is no hoax", "was NOT a hoax": nothing called false
    out = [
        t.text for k, (t, low) in enumerate(zip(tokens, lows, strict=True)) if low in lex.falsity and k not in doubled
    ]
    for k, low in enumerate(lows):
        if low in lex.negation:
            after = range(k + 1, min(len(lows), k + 4))
            out.extend(f"{tokens[k].text} {lows[m]}" for m in after if lows[m] in lex.truth)
    keys = [_key(low) for low in lows]
    for k in range(len(keys)):
        if not (tokens[k].tag.startswith("VB") or tokens[k].text[:1].isupper() or _misread_verb(tokens, k, lex)):
            continue  # "in dispute over": a noun
        if k in doubled:
            continue
        out.extend(
            " ".join(t.text for t in tokens[k : k + len(phrase)])
            for phrase in lex.denials
            if tuple(keys[k : k + len(phrase)]) == phrase
            and (phrase not in lex.report_denials or _claims.aimed_at_content(tokens, k + len(phrase)))
        )
    return list(dict.fromkeys(out))


_MISREAD_VERB_REACH = 4
"""Words of a noun phrase between a denial verb tagged as a plural noun and the report noun it is aimed at."""
_COMMON_NOUN_TAGS = tags.NOUN_TAGS - tags.PROPER_NOUN_TAGS
_REPORT_PHRASE_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$"})


def _misread_verb(tokens: Sequence[Token], k: int, lex: _Lex) -> bool:
    """Rule ``misread-denial-verb``: "Jo Li rebuffs online rumors": a verb tagged as a plural noun.

    The tagger reads a third-person verb after a name as a plural noun now and then. Token *k*
    counts as a verb when it is tagged ``NNS``, follows a proper noun and a report noun
    ("rumors", "claims") ends the noun phrase after it: "trade disputes" never qualifies.
    """
    if tokens[k].tag != "NNS" or k == 0 or tokens[k - 1].tag not in tags.PROPER_NOUN_TAGS:
        return False
    for t in tokens[k + 1 : k + 1 + _MISREAD_VERB_REACH]:
        if t.tag not in _REPORT_PHRASE_TAGS:
            return False
        if t.tag in _COMMON_NOUN_TAGS and _low(t) in lex.reports:
            return True
    return False


def _negated_shared(tokens: Sequence[Token], shared: set[str], lex: _Lex) -> list[str]:
    """Shared words a negation bears on: within a few words after it, or just before it ('Culkin NOT dead')."""
    where = _positions(tokens, lex)
    out: list[str] = []
    for k in _negations(tokens, lex):
        out.extend(key for m, key in where if key in shared and k - 2 <= m <= k + _NEGATION_WINDOW and m != k)
    return out


def _cued_topic(tokens: Sequence[Token], shared: set[str], topic: float, lex: _Lex, *, claim_negated: bool) -> bool:
    """Rule ``cued-topic``: a unit that calls false, denies or negates shared words is about the claim sooner.

    Where a caller asks for more overlap (:func:`judge_texts`: half the content words), a
    unit that calls something false ("... is probably fake"), denies ("experts debunk
    ... claims") or negates one of the shared words ("X is not the man who ...") needs only
    the overlap :func:`check` asks of such units (``_MIN_TOPIC_CUED``), and two shared words.
    """
    if topic < _MIN_TOPIC_CUED or len(shared) < _MIN_SHARED_CUED:
        return False
    if _falsity(tokens, lex):
        return True
    return not claim_negated and bool(_negated_shared(tokens, shared, lex))


def _opposites(keys: dict[str, int], claim_keys: dict[str, int], lex: _Lex) -> list[str]:
    """Rule ``opposite-word``: "x / y" for a word x of the unit opposite to a word y of the claim, where
    the unit does not also use y ("lift the curfew imposed last week" is no opposite of "lifted")."""
    return sorted(
        f"{x} / {y}"
        for x in keys
        for y in claim_keys
        if (x, y) in lex.antonyms and x not in claim_keys and y not in keys
    )


def _judge(
    claim_statement: Statement,
    claim_keys: dict[str, int],
    claim_negated: bool,
    unit: _Unit,
    lex: _Lex,
    *,
    min_cued: float = _MIN_TOPIC_CUED,
) -> _Found | None:
    keys = _content_keys(unit.tokens, lex, parts=True)
    shared = set(claim_keys.keys() & keys.keys())
    if len(shared) < _MIN_SHARED:
        return None
    topic = len(shared) / max(1, len(claim_keys))
    if topic < min_cued and not _cued_topic(unit.tokens, shared, topic, lex, claim_negated=claim_negated):
        return None
    words = ", ".join(sorted(shared))
    said = f"the claim “{claim_statement.content.text.strip()}”; the article: “{unit.statement.content.text.strip()}”"
    who = unit.statement.speaker.name if unit.statement.speaker is not None else None
    falsity = _falsity(unit.tokens, lex)
    disputes = [t.text for t in unit.tokens if _low(t) in lex.dispute]
    near = _negated_shared(unit.tokens, shared, lex)
    opposite = _opposites(keys, claim_keys, lex)
    negated = bool(near) and not claim_negated
    asserted_negative = (
        claim_negated and topic >= _MIN_TOPIC_TEXT and not any(_low(t) in lex.negation for t in unit.tokens)
    )
    cued = falsity or disputes or near or opposite or unit.stance in (Stance.DENY, Stance.DISMISS, Stance.RETRACT)
    if topic < _MIN_TOPIC and not cued:
        return None
    if unit.stance is Stance.DENY:
        verdict, score = Verdict.DISPUTES, _SCORE_DENIAL
        reason = f"{who or 'a source'} denies it ({unit.statement.cue or 'denied'})"
    elif unit.stance is Stance.RETRACT:
        verdict, score = Verdict.DISPUTES, _SCORE_DISMISS
        reason = f"{who or 'a source'} retracts it ({unit.statement.cue or 'retracted'}): no longer claimed"
    elif falsity:
        verdict, score = Verdict.DISPUTES, _SCORE_FALSITY
        reason = "the article calls it false: " + ", ".join(falsity)
    elif unit.stance is Stance.DISMISS or disputes:
        verdict, score = Verdict.DISPUTES, _SCORE_DISMISS
        reason = "the article disputes its credibility: " + ", ".join(
            dict.fromkeys(disputes or [unit.statement.cue or "dismissed"])
        )
    elif negated or asserted_negative or opposite:
        verdict, score = Verdict.DISPUTES, _SCORE_NEGATION
        reason = (
            "the article negates it"
            if negated
            else "the article says the opposite: " + ", ".join(opposite)
            if opposite
            else "the article asserts what the claim negates"
        )
    else:
        verdict, score, reason = _uncontested(unit, topic, who, lex)
    score = round(min(1.0, score * min(1.0, 0.6 + topic) if verdict is Verdict.DISPUTES else score), 3)
    kind = RelationKind.CONTRADICTS if verdict is Verdict.DISPUTES else RelationKind.AGREES
    relation = Relation(
        kind=kind,
        a=claim_statement,
        b=unit.statement,
        score=score,
        reasons=(said, f"{reason}; shared words: {words}"),
    )
    return _Found(verdict, score, relation)


def _uncontested(unit: _Unit, topic: float, who: str | None, lex: _Lex) -> tuple[Verdict, float, str]:
    """The verdict on an article unit that neither disputes nor negates the claim: it discusses it when it
    only reports it (attributed, hedged, asked), supports it when it states it on enough of its words."""
    hedges = [t.text for t in unit.tokens if _low(t) in lex.hedges]
    question = any(t.text == "?" for t in unit.tokens) or unit.stance is Stance.ASK
    if unit.attributed or hedges or question or unit.stance is not Stance.ASSERT:
        why = (
            f"reported by {who}"
            if who
            else ("hedged: " + ", ".join(hedges) if hedges else "asked" if question else "attributed")
        )
        return Verdict.DISCUSSES, topic, f"the article reports it without asserting it ({why})"
    if topic >= _MIN_SUPPORT:
        return Verdict.SUPPORTS, 0.5 + 0.5 * topic, "the article states it"
    return Verdict.DISCUSSES, topic, "the article is about it"


def _claim_statement(analyzer: Analyzer, claim: str) -> tuple[Statement, Document, tuple[Claim, ...]]:
    doc = analyzer.processor.parse(claim)
    statement = Statement(
        id="claim", kind=StatementKind.DIRECT, content=Span.from_text(claim, 0, len(claim)), doc_id=_CLAIM_DOC
    )
    claims = _claims.extract_claims(doc, [statement], _actors.find_actors(doc))
    return statement, doc, claims


def check(
    claim: str,
    analyses: Iterable[Analysis],
    /,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    analyzer: Analyzer | None = None,
) -> tuple[CheckResult, ...]:
    """Whether each analyzed article supports, disputes, discusses or ignores *claim*.

    Args:
        claim: One claim, as a sentence ("Hackers planted chips in Acme's servers.").
        analyses: Results of :func:`claimkit.analyze`, one per article.
        threshold: The score (0..1) a dispute or a support needs to decide the verdict;
            weaker evidence makes the verdict "discusses". Lower it for recall, raise it
            for precision.
        analyzer: The :class:`~claimkit.Analyzer` whose text processor reads the claim
            (the default analyzer's if None).

    Returns:
        One :class:`CheckResult` per analysis, in the order given.

    Raises:
        InvalidInputError: if *claim* is not a str, an item is not an Analysis or
            *threshold* is not a number in 0..1.

    >>> import claimkit
    >>> a = claimkit.analyze("There is no truth in reports that the mayor resigned, a spokesman said.")
    >>> [r] = claimkit.check("The mayor resigned.", [a])
    >>> r.verdict.value, r.relations[0].b.content.text
    ('disputes', 'There is no truth in reports that the mayor resigned')
    """
    from claimkit.pipeline import default_analyzer  # noqa: PLC0415

    if not isinstance(claim, str):
        msg = f"claim must be a str, got {type(claim).__name__}: {short_repr(claim)}"
        raise InvalidInputError(msg)
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0.0 <= threshold <= 1.0:
        msg = f"threshold must be a number in 0..1, got {short_repr(threshold)}"
        raise InvalidInputError(msg)
    items = list(analyses) if not isinstance(analyses, Analysis) else [analyses]
    for item in items:
        if not isinstance(item, Analysis):
            msg = f"check() takes analyses from claimkit.analyze(), got {type(item).__name__}: {short_repr(item)}"
            raise InvalidInputError(msg)
    engine = analyzer if analyzer is not None else default_analyzer()
    lex = _lex()
    statement, claim_doc, _claim_claims = _claim_statement(engine, claim)
    claim_keys = _claim_keys(claim_doc.tokens, lex)
    claim_negated = bool(_negations(claim_doc.tokens, lex))
    out = []
    for analysis in items:
        doc = engine.processor.parse(analysis.text)
        found = [f for u in _units(analysis, doc) if (f := _judge(statement, claim_keys, claim_negated, u, lex))]
        out.append(_verdict(found, threshold, analysis.doc_id))
    return tuple(out)


def _verdict(found: list[_Found], threshold: float, doc_id: str | None) -> CheckResult:
    for verdict in (Verdict.DISPUTES, Verdict.SUPPORTS):
        strong = sorted((f for f in found if f.verdict is verdict and f.score >= threshold), key=lambda f: -f.score)
        if strong:
            return CheckResult(
                verdict=verdict, score=strong[0].score, relations=tuple(f.relation for f in strong), doc_id=doc_id
            )
    if found:
        best = sorted(found, key=lambda f: -f.score)
        return CheckResult(
            verdict=Verdict.DISCUSSES,
            score=round(min(best[0].score, threshold), 3),
            relations=tuple(f.relation for f in best),
            doc_id=doc_id,
        )
    return CheckResult(verdict=Verdict.UNRELATED, score=0.0, doc_id=doc_id)


_WHOLE_TEXT_TOKENS = 25
"""A text of several sentences up to this many tokens (a headline: "X dead? Another hoax") is also read whole."""


def _sentences_and_whole(doc: Document) -> list[Span]:
    spans = list(doc.sentence_spans())
    if len(spans) > 1 and len(doc.tokens) <= _WHOLE_TEXT_TOKENS:
        spans.append(Span.from_text(doc.text, spans[0].start, spans[-1].end))
    return spans


def judge_texts(
    a: Document, b: Document, sa: Statement, sb: Statement, *, claims: Sequence[Claim] = ()
) -> Relation | None:
    """How two bare texts relate, read as a claim and an article both ways round.

    The fallback of :func:`claimkit.compare` when no pair of claims lines up: a sentence
    of one that denies, negates, calls false or says the opposite of the other contradicts
    it; a sentence that states nearly all of the other's content words, unhedged, agrees.

    >>> import claimkit
    >>> claimkit.compare("Acme bought Brightline.", "No, Acme did not buy Brightline.").kind.value
    'contradicts'
    """
    if _relations.different_periods(sa, sb, claims):
        return None  # about different periods
    lex = _lex()
    found: list[tuple[_Found, bool]] = []
    for claim_doc, other, claim_st, other_st, forward in ((a, b, sa, sb, True), (b, a, sb, sa, False)):
        keys = _claim_keys(claim_doc.tokens, lex)
        negated = bool(_negations(claim_doc.tokens, lex))
        for n, sent in enumerate(_sentences_and_whole(other)):
            tokens = other.tokens_in(sent.start, sent.end)
            if not tokens:
                continue
            labelled = _source_label(tokens)
            unit = _Unit(attrs.evolve(other_st, id=f"{other_st.id}-{n + 1}"), tokens, labelled, Stance.ASSERT)
            f = _judge(claim_st, keys, negated, unit, lex, min_cued=_MIN_TOPIC_TEXT)
            if f is not None:
                found.append((f, forward))
    disputes = [x for x in found if x[0].verdict is Verdict.DISPUTES and x[0].score >= DEFAULT_THRESHOLD]
    agrees = [x for x in found if x[0].verdict is Verdict.SUPPORTS and x[0].score >= _SCORE_AGREE_TEXT]
    best = max(disputes or agrees, key=lambda x: x[0].score, default=None)
    if best is None:
        return None
    f, forward = best
    kind = RelationKind.CONTRADICTS if f.verdict is Verdict.DISPUTES else RelationKind.AGREES
    reason = f.relation.reasons[1]
    first, second = (sa, sb) if forward else (sb, sa)
    said = f"one text says “{first.content.text.strip()}”; the other “{second.content.text.strip()}”"
    why = reason.replace("the article", "the other text")
    return Relation(kind=kind, a=sa, b=sb, score=f.score, reasons=(said, why))
