"""Statements: who said what. Finds attributions (speaker span, cue, content) in a Document.

A rule-based finder over the POS-tagged tokens of :mod:`claimkit.text`. It looks for
cues from the lexicon ``data/en/cues.tsv`` (reporting verbs, noun cues such as "the claim
that", "according to"), takes the noun phrase before or after the cue as the source,
and the clause, object or quotation on the other side as the content. Quotations with
no attribution of their own that follow a direct statement continue it.

This stage works on spans only; :mod:`claimkit.actors` later turns speaker spans into
actors and :mod:`claimkit.pipeline` assembles the public :class:`~claimkit.Statement`.

>>> from claimkit.text import TextProcessor
>>> doc = TextProcessor.from_lexicons().parse("“We left early,” the minister said. “It was late.”")
>>> [(a.id, a.kind.value, a.speaker_span.text if a.speaker_span else None, a.continues)
...  for a in find_attributions(doc)]
[('s1', 'direct', 'the minister', None), ('s2', 'direct', None, 's1')]

.. versionadded:: 0.1.0
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
import warnings
from typing import TYPE_CHECKING, Literal, TypeAlias

import attrs

from claimkit.errors import UnbalancedQuoteWarning
from claimkit.lang import tags, wordclass
from claimkit.lang.cues import CueEntry, CueLexicon, cue_lexicon, post_modifiers
from claimkit.lang.resources import wordlist
from claimkit.model import Evidence, Span, Stance, StatementKind

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

    from claimkit.text import Document, Quote, Token

__all__ = [
    "MAX_DRAFTS_PER_SENTENCE",
    "RULE_NAMES",
    "Attribution",
    "CueEntry",
    "CueLexicon",
    "cue_lexicon",
    "find_attributions",
    "has_alnum",
    "is_bare_infinitive",
    "main_clause_subjects",
]


def _span_tuple(items: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(items)


def _evidence_tuple(items: Iterable[Evidence]) -> tuple[Evidence, ...]:
    return tuple(items)


@attrs.frozen(kw_only=True)
class Attribution:
    """One attribution, before its speaker is resolved to an actor.

    >>> from claimkit.text import TextProcessor
    >>> doc = TextProcessor.from_lexicons().parse("Officials said the road was closed.")
    >>> a = find_attributions(doc)[0]
    >>> a.speaker_span.text, a.cue, a.content.text, a.kind.value
    ('Officials', 'said', 'the road was closed', 'indirect')
    """

    id: str
    kind: StatementKind
    content: Span
    content_parts: tuple[Span, ...] = attrs.field(default=(), converter=_span_tuple)
    speaker_span: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    stance: Stance = Stance.ASSERT
    continues: str | None = None
    """Id of the attribution this one continues (a quote's next sentence or paragraph)."""
    via_spans: tuple[Span, ...] = attrs.field(default=(), converter=_span_tuple)
    """Speaker spans of the outer attributions that relay this one, outermost first."""
    addressee_span: Span | None = None
    evidence: tuple[Evidence, ...] = attrs.field(default=(), converter=_evidence_tuple)
    """The named rules that chose the source and the content (see the attribution guide)."""


# --------------------------------------------------------------------------- finding

MAX_DRAFTS_PER_SENTENCE = 24
"""Statements the rules read in one sentence before they stop reading it: twice the pipeline's
``MAX_STATEMENTS_PER_SENTENCE`` (12), so the statements kept are the same (the most in one sentence of
the 268 dev documents is 4). Junk such as "he said he said ..." (one sentence, a cue every two words)
would otherwise make a draft for every cue, each holding the rest of the sentence."""

_NP_INNER = tags.NOMINAL_TAGS | tags.ADJECTIVE_TAGS | {"POS", "PRP$", "VBN", "HYPH", "FW"}
# Words tagged IN that open a clause rather than a prepositional phrase.
_NOT_PREPOSITIONS = wordclass.SUBORDINATORS | {"that", "whether"}
# Words tagged IN that open a clause after a cue ("said that ...", "asked if ..."), not an adjunct.
_CLAUSE_OPENERS = frozenset({"that", "if", "whether", "because"})
# ... and a preposition that opens the cue's topic ("said about ..."): no adjunct either.
_NOT_ADJUNCTS = _CLAUSE_OPENERS | {"about"}
_OPENERS = "“‘„‚«‹\"'`"
_CLOSERS = "”’»›\"'"
_SENT_END = frozenset({".", "!", "?", "…"})
_PUNCT = " \t\n,.;:”’\"'»›"  # what may stand between a content's end and the comma after it
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SUBJECT_END = tags.NOMINAL_TAGS | {"PRP", "EX", "WP", "WDT"}  # what may stand just before a clause's own verb
_MAX_APPOSITION = 25
_CLAUSE_REACH = 14
_MAX_PAREN = 8
_MAX_CONTENT_TOKENS = 250  # an indirect content ends here at the latest
_DASHES = frozenset({"―", "—", "--", "–"})
# the words at which a clause may end (:meth:`_Clauses.clause_end`): punctuation, "according", "and", "but",
# dashes, and the subordinators that keep a clause after a comma going
_ADJUNCT_PREPOSITIONS = frozenset({"in", "on", "at", "during", "since", "over", "after", "before", "following"})
_CLAUSE_WORDS = (
    frozenset({";", "(", ",", "according", "and", "but"}) | _DASHES | wordclass.SUBORDINATORS | _ADJUNCT_PREPOSITIONS
)
_RELATIVES = frozenset({"which", "who", "whom", "whose"})
_ASIDE_STOPS = frozenset({";", ":", "(", ")"}) | _DASHES | _SENT_END  # what a relative aside never holds
_LOOK_BACK = 64  # content pieces searched backwards for the one holding a nested cue


@attrs.define
class _Found:
    """A mutable draft of an attribution while the document is read."""

    kind: StatementKind
    content: tuple[int, int]
    parts: list[tuple[int, int]]
    speaker: tuple[int, int] | None
    cue: tuple[int, int] | None
    stance: Stance
    sentence: int
    addressee: tuple[int, int] | None = None
    continues: int | None = None
    """Index in the found list of the draft this one continues."""
    extent_end: int = 0
    speech: bool = True
    """Whether the cue reports speech or writing ("say", "deny"), not an act or attitude ("defend", "hope")."""
    evidence: list[tuple[str, tuple[int, int] | None]] = attrs.Factory(list)
    """(rule name, char span it matched): the rules that decided, in order."""


_Content: TypeAlias = tuple[StatementKind, list[tuple[int, int]]]
"""What a content rule decides: the statement's kind and its content pieces (char spans)."""


@attrs.define(kw_only=True)
class _VerbCue:
    """A reporting verb being read, and what the rules have settled about it so far."""

    si: int
    i: int
    lo: int
    hi: int
    entry: CueEntry
    cue_end: int
    vg: int
    """The first token of the verb group ("has also said")."""
    cue_span: tuple[int, int]
    k: int
    """The first token after the cue and its hearer: where a content after the cue may start."""
    addressee: tuple[int, int] | None
    src: tuple[int, int] | None = None
    inverted: bool = False
    frame_start: int = 0
    left_ok: bool = False
    after: int = 0
    right_empty: bool = False
    chain: tuple[int, int] | None = None
    """The catenative verb the cue's verb group reaches back over ("could not *resist* pointing out")."""
    evidence: list[tuple[str, tuple[int, int] | None]] = attrs.Factory(list)


_ALNUM = re.compile(r"[^\W_]")  # a letter or digit (what str.isalnum says of one character)


def has_alnum(text: str) -> bool:
    """Whether *text* holds a letter or a digit: ``any(c.isalnum() for c in text)`` without a step per character.

    >>> has_alnum("U.S."), has_alnum("“—"), has_alnum("")
    (True, False, False)
    """
    return text.isalnum() or _ALNUM.search(text) is not None


_INITIAL_DOT = "._"  # the lowered form given to the period of an initial


def _is_initial(before: Token, dot: Token) -> bool:
    """Whether *dot* closes an initial written as its own token: "R" "." in "Ronald R. Fieldstone"."""
    word = before.text
    return before.end == dot.start and len(word) == 1 and word.isupper()


def _cue_words_of(lex: CueLexicon) -> frozenset[str]:
    """The words at which a cue rule can start."""
    return frozenset(lex.verbs).union(lex.nouns, lex.preps, _SIGNING_DASHES)


@functools.cache
def _cue_words() -> frozenset[str]:
    """:func:`_cue_words_of` the shipped cue lexicon (built once, not per document)."""
    return _cue_words_of(cue_lexicon())


@functools.cache
def _relative_words() -> frozenset[str]:
    """The relative pronouns of ``pronouns.tsv`` ("who", "which", "that", ...) and the relative determiner "whose"."""
    return wordclass.relative_pronouns() | {"whose"}


class _Tokens:
    """A document's tokens for the attribution rules: lowered words, tags, word classes and quotations."""

    def __init__(self, doc: Document, lex: CueLexicon) -> None:
        self.doc = doc
        self.text = doc.text
        self.toks: Sequence[Token] = doc.tokens
        self.low = list(doc.folds)  # the document's, shared with the other stages
        self.lex = lex
        self.quotes: list[Quote] = [q for q in doc.quotes if q.depth == 0]
        self.quote_starts = [q.span.start for q in self.quotes]
        n = len(self.low)
        for i in itertools.compress(range(n), map(".".__eq__, self.low)):
            if i and _is_initial(self.toks[i - 1], self.toks[i]):
                self.low[i] = _INITIAL_DOT  # "Ronald R. Fieldstone": the period of an initial ends nothing
        self.found: list[_Found] = []
        self.tags: list[str] = list(map(operator.itemgetter(3), doc.tokens))  # read at every rule: a list, not a method
        self.token_starts: list[int] = list(map(operator.itemgetter(0), doc.tokens))
        # the words at which a cue rule can start (each rule first looks its word up here)
        self.cue_words = _cue_words() if lex is cue_lexicon() else _cue_words_of(lex)
        # the tokens at which a cue may start
        self.cue_at = list(itertools.compress(range(n), map(self.cue_words.__contains__, self.low)))

    @functools.cached_property
    def word_tokens(self) -> list[int]:
        """The tokens with a letter or digit, ascending, so that "is there a word between these
        offsets" is two lookups, not a scan."""
        alnum = _ALNUM.search
        texts = list(map(operator.itemgetter(2), self.toks))
        wordy = {w: w.isalnum() or alnum(w) is not None for w in dict.fromkeys(texts)}
        return list(itertools.compress(range(len(texts)), map(wordy.__getitem__, texts)))

    def has_word(self, start: int, end: int) -> bool:
        """Whether a token with a letter or digit lies wholly within chars ``[start, end)``."""
        words = self.word_tokens
        k = bisect.bisect_left(words, bisect.bisect_left(self.token_starts, start))
        return k < len(words) and self.toks[words[k]].end <= end

    def is_class(self, i: int, cls: str) -> bool:
        low = self.low[i]
        if cls in self.lex.word_classes.get(low, ()):
            return True
        return cls == "role" and low.endswith("s") and cls in self.lex.word_classes.get(low[:-1], ())

    def tag(self, i: int) -> str:
        return self.toks[i].tag

    def is_verb(self, i: int) -> bool:
        return self.toks[i].tag.startswith(("VB", "MD")) and not self.is_class(i, "role")

    def is_open_quote(self, i: int) -> bool:
        t = self.toks[i].text
        return len(t) == 1 and t in _OPENERS and self.quote_at(self.toks[i].start) is not None

    def is_mark(self, i: int) -> bool:
        t = self.toks[i].text
        return len(t) == 1 and (t in _OPENERS or t in _CLOSERS)

    def is_word(self, i: int) -> bool:
        return has_alnum(self.toks[i].text)

    def quote_at(self, offset: int) -> Quote | None:
        """The depth-0 quote whose span starts at *offset*."""
        k = bisect.bisect_left(self.quote_starts, offset)
        if k < len(self.quotes) and self.quotes[k].span.start == offset:
            return self.quotes[k]
        return None

    def run_on(self, q: Quote) -> Quote | None:
        """The quotation that carries *q* on in the next paragraph, as newspapers print a long quote.

        Each paragraph of a long quotation opens with a quote mark and only the last one closes:
        a paragraph whose quotation is left open, followed by a paragraph that opens with a quote
        mark, goes on in that paragraph's quotation.
        """
        if q.closed or q.depth:
            return None
        nxt = q.paragraph + 1
        if nxt >= len(self.doc.paragraphs):
            return None
        return self.quote_at(self.doc.paragraphs[nxt].start)

    def end_in_quote(self, cue_at: int, start_c: int, end_c: int) -> int:
        """Where a content from char *start_c* to *end_c* ends when the cue at char *cue_at* stands inside a
        quotation that opens before the content: at the quotation's last word at the latest."""
        outer = self.quote_around(cue_at)
        if outer is not None and outer.span.start < start_c:
            end_c = min(end_c, outer.content.end)
            while end_c > start_c and self.text[end_c - 1] in ",;: ":
                end_c -= 1
        return end_c

    def quote_around(self, offset: int) -> Quote | None:
        """The depth-0 quote whose span contains *offset*."""
        k = bisect.bisect_right(self.quote_starts, offset) - 1
        if k >= 0 and self.quotes[k].span.start <= offset < self.quotes[k].span.end:
            return self.quotes[k]
        return None

    def nounish(self, i: int) -> bool:
        t = self.toks[i]
        if self.is_class(i, "role"):
            return True
        if not t.text[:1].isalnum():
            return t.tag == "POS" or t.text == "&" or self.low[i] == _INITIAL_DOT
        if t.tag in _NP_INNER or t.tag.startswith("NN"):
            return True
        if t.text[:1].isupper() and t.tag == "IN" and not self.is_class(i, "prep"):
            return True  # a name the tagger took for a preposition
        return t.text[:1].isupper() and t.tag not in {"IN", "CC", "DT", "PRP", "WP", "WDT", "MD", "TO", "RB", "PRP$"}

    def quantity_end(self, k: int, hi: int) -> int | None:
        """The number after up to three quantity words at *k* ("at least 80", "up to 80"), or None."""
        j = k
        while j < hi and j - k < 3 and self.is_class(j, "numeral"):
            j += 1
        return j if k < j < hi and self.tags[j] == "CD" else None

    def after_dateline(self, lo: int, limit: int) -> int:
        """The first token after a dateline such as "WASHINGTON ―", "BEIRUT (AP) —" or "KYIV, Ukraine (Reuters) —".

        A dateline opens with a place in capitals; the rest up to the dash are names and brackets.
        """
        k = lo
        while k < limit and k - lo < _MAX_PAREN and self.low[k] not in {"―", "—", "--", "–"}:
            word = self.toks[k].text
            if any(c.islower() for c in word) and word not in {"(", ")"} and self.tags[k] != "NNP":
                return lo
            k += 1
        dash = k < limit - 1 and k > lo and self.low[k] in {"―", "—", "--", "–"}
        first = self.toks[lo].text
        if dash and first.isupper() and len(first) > 1:
            return k + 1
        return lo

    def relative_aside(self, comma: int, hi: int) -> int | None:
        """The comma that closes ", which ...," at token *comma* when the clause's own verb comes next, or None.

        The rule ``relative-aside-in-content``: in "said the move, which cost millions, was a disaster" the
        relative clause is an aside inside the subject of the reported clause, which goes on to its verb.
        """
        if not 0 < comma < hi - 2 or self.low[comma + 1] not in _RELATIVES or not self.nounish(comma - 1):
            return None
        for x in range(comma + 2, min(hi - 1, comma + 2 + _MAX_APPOSITION)):
            lw = self.low[x]
            if lw == ",":
                return x if self.tags[x + 1] in _FINITE and not self.is_class(x + 1, "role") else None
            if lw in _ASIDE_STOPS or self.is_mark(x):
                return None
        return None

    def verb_cue(self, i: int, hi: int) -> tuple[CueEntry, int] | None:
        entries = self.lex.verbs.get(self.low[i])
        if not entries:
            return None
        tg = self.tags[i]
        noun_read = (  # "Trump charges that ...": a verb the tagger read as a plural noun
            tg in {"NNS", "NN"}
            and 0 < i < hi - 1
            and self.low[i + 1] == "that"
            and (self.tags[i - 1] in {"NNP", "NNPS", "PRP"} or self.toks[i - 1].text[:1].isupper())
        )
        if not (
            tg.startswith("VB")
            or noun_read
            or self.frame_noun_read(i, hi)
            or self.low[i] in {"said", "says", "say", "told", "tells"}
        ):
            return None
        for e in entries:
            end = self.entry_end(e, i, hi)
            if end is not None:
                return e, end
        return None

    def frame_noun_read(self, i: int, hi: int) -> bool:
        """ "S, the mayor's doctor maintains.": a present-tense cue the tagger read as a plural noun, after
        a noun and before the end of the sentence (or a comma), in a frame after a comma."""
        if self.tags[i] != "NNS" or i < 2 or not (i + 1 >= hi or self.low[i + 1] in _SENT_END | {","}):
            return False
        if not self.tags[i - 1].startswith("NN"):
            return False
        return any(self.low[j] == "," for j in range(max(0, i - _CLAUSE_REACH), i - 1))

    def that_after_aside(self, k: int, hi: int) -> int | None:
        """The "that" after an aside between commas from the comma at token *k* ("said, in a statement on
        Monday, that ...", "says at a rally in Dayton, Ohio, that ..."), or None: the aside holds no verb."""
        if k >= hi or self.low[k] != ",":
            return None
        for j in range(k + 1, min(hi - 1, k + _CLAUSE_REACH)):
            if self.low[j] == "that" and self.low[j - 1] == ",":
                return j if j > k + 2 else None
            if self.is_verb(j) or self.is_mark(j) or self.low[j] in _ASIDE_STOPS:
                return None
        return None

    def entry_end(self, e: CueEntry, i: int, hi: int) -> int | None:
        """Where cue entry *e* read at token *i* ends: past the rest of its words ("report on"),
        or ``None`` if they do not follow or a time does ("reported on Sunday that ...": a time
        adjunct, not "report on <topic>")."""
        n = len(e.rest)
        if n and (i + n >= hi or tuple(self.low[i + 1 : i + 1 + n]) != e.rest):
            return None
        if n and i + 1 + n < hi and self.is_class(i + 1 + n, "time"):
            return None
        return i + 1 + n

    def verb_group_start(self, i: int, lo: int) -> int:
        j = i
        while j - 1 >= lo and (
            self.is_class(j - 1, "aux") or (self.tags[j - 1] == "RB" and self.low[j - 1] != "however")
        ):
            j -= 1
        return j

    def catenative(self, vg: int, i: int, lo: int) -> int | None:
        """Rule ``catenative-verb-group``: the token of a catenative verb (class ``catenative``, by lemma)
        that governs the cue at *i* ("would not resist noting", "kept saying", "went on to say"),
        or None. The cue's verb group then reaches back over it, so the subject before it is the speaker."""
        if vg != i or self.tags[i] not in {"VBG", "VB"}:
            return None
        j = i - 1
        if self.tags[i] == "VB":  # an infinitive: "began to argue"
            if j < lo or self.low[j] != "to":
                return None
            j -= 1
        if j >= lo and self.low[j] == "on":  # "went on to say", "kept on saying"
            j -= 1
        if j < lo or not self.tags[j].startswith("VB") or self.low[j] in self.cue_words:
            return None
        if "catenative" not in self.lex.word_classes.get(self.doc.lemmas[j], ()):
            return None
        finite = self.tags[j] in _FINITE or self.verb_group_start(j, lo) < j  # not "his inability to resist ..."
        return j if finite else None

    def message_noun(self, x: int) -> bool:
        """Whether token *x* is a message noun (class ``artifact``: "statement", "tweet"), or its plural."""
        low = self.low[x]
        if self.is_class(x, "artifact"):
            return True
        return low.endswith("s") and "artifact" in self.lex.word_classes.get(low[:-1], ())

    def stop_or_that(self, j: int, hi: int) -> bool:
        """Whether token *j* ends an adverbial phrase after a cue: a comma, a colon, or "that" opening the
        content ("said in May that ..."); a relative "that" right before its verb ("told reporters after
        the meeting that was held ...") belongs to the phrase."""
        if self.low[j] in {",", ":"}:
            return True
        return self.low[j] == "that" and not (j + 1 < hi and self.is_verb(j + 1))

    def negated_subject(self, k: int, hi: int) -> bool:
        """Whether "not" at *k* negates the noun phrase after it ("said not the plant but the mill was
        safe", "not only the plant ..."): it opens the reported clause like "neither" does (part of
        ``said-verb-then-clause``); "not to ...", "not long ago" do not."""
        if self.low[k] != "not" or k + 1 >= hi:
            return False
        return self.low[k + 1] == "only" or self.nounish(k + 1) or self.tags[k + 1] in {"DT", "PRP", "CD"}

    def passive(self, vg: int, i: int) -> bool:
        be = {"is", "was", "were", "are", "be", "been", "being", "'s", "'re", "am"}
        return self.tags[i] == "VBN" and any(self.low[j] in be for j in range(max(vg - 1, 0), i))

    def add(self, f: _Found) -> None:
        self.found.append(f)

    def span_chars(self, toks: tuple[int, int] | None) -> tuple[int, int] | None:
        if toks is None:
            return None
        return (self.toks[toks[0]].start, self.toks[toks[1] - 1].end)

    def is_quote_span(self, span: tuple[int, int]) -> bool:
        """Whether chars *span* are one quotation and nothing more (marks and punctuation aside)."""
        q = self.quote_around(span[0])
        return q is not None and q.span.start <= span[0] and span[1] <= q.span.end and _only_quote(q, *span)

    def has_clause(self, span: tuple[int, int]) -> bool:
        """Whether a left content is a quotation or holds a verb (not "In April, ...")."""
        if self.quote_around(span[0]) is not None or self.quote_around(span[1] - 1) is not None:
            return True
        return any(self.is_verb(t) for t in self.token_range(span))

    def title_case(self, span: tuple[int, int]) -> bool:
        """Whether chars *span* are a headline's words, three or more, each of four letters or more
        capitalized ("Mayor Hid Plant Problems From Public, Former Aide Says": the tagger reads no verb)."""
        words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", self.text[span[0] : span[1]]) if len(w) >= 4]
        first = self.token_range(span)
        if not first or self.tags[first[0]] in {"IN", "TO"}:
            return False  # "In Late April, Officials Said": a phrase, not a headline's claim
        return len(words) >= 3 and all(w[0].isupper() for w in words)

    def token_range(self, span: tuple[int, int]) -> range:
        starts = self.token_starts
        lo = bisect.bisect_left(starts, span[0])
        hi = bisect.bisect_left(starts, span[1])
        return range(lo, hi)


class _Phrases(_Tokens):
    """Noun phrases: where a phrase that ends or starts at a token begins or ends."""

    def np_left(self, end: int, lo: int, *, modifiers: int = 1) -> tuple[int, int] | None:  # noqa: C901, PLR0912  a token-by-token scan for a phrase's left edge: one branch per boundary case
        """The noun phrase ending just before token *end* (exclusive), as token indices.

        At most *modifiers* prepositional post-modifiers are taken in ("officials in Kabul").
        """
        k = end - 1
        if k < lo:
            return None
        if self.low[k] == ")":  # "Sen. Jane Roe (D-Ore.) said"
            j = k - 1
            while j > lo and k - j < _MAX_PAREN and self.low[j] not in {"(", ")"}:
                j -= 1
            if j > lo and self.low[j] == "(":
                inner = self.np_left(j, lo)
                return (inner[0], k + 1) if inner is not None else None
            return None
        # a time phrase between subject and verb: "X on Wednesday denied"
        if self.is_class(k, "time") and not self.is_class(k, "pronoun"):
            j = k
            while j >= lo and (self.is_class(j, "time") or self.is_class(j, "timeprep")):
                j -= 1
            if j >= lo and self.nounish(j) and j < k:
                k = j
            elif j < k and self.participle_after_noun(j, lo):
                k = j - 1  # "Workers protesting Monday said": a time is never the speaker, the workers are
        low = self.low[k]
        if low in wordclass.reflexives() and k - 1 >= lo and self.tags[k - 1] != "PRP":
            # "Lukashenko himself insisted": the reflexive stresses the noun phrase before it
            inner = self.np_left(k, lo, modifiers=modifiers)
            return (inner[0], k + 1) if inner is not None else None
        if (low in wordclass.object_pronouns() or low == "whom") and k - 2 >= lo and self.low[k - 1] == "of":
            # a part of a group named before: "one of them said", "many of whom say"
            return (k - 2, k + 1) if self.is_class(k - 2, "of") or self.tags[k - 2] == "CD" else None
        if self.tags[k] == "PRP" or low in wordclass.subject_pronouns():
            return (k, k + 1) if low not in wordclass.object_pronouns() else None
        if low in {"who", "which", "that"} and self.tags[k] in {"WP", "WDT", "IN", "DT"}:
            j = k - 1 if k - 1 >= lo and self.low[k - 1] == "," else k
            return self.np_left(j, lo) if j > lo else None
        if not (
            self.toks[k].tag in tags.NOMINAL_TAGS
            or self.is_class(k, "role")
            or (self.nounish(k) and self.toks[k].text[:1].isupper())
        ):
            return None
        m = self.np_left_edge(k, lo, modifiers)
        if m > lo and self.tags[m - 1] in {"IN", "TO"} and self.low[m - 1] not in _NOT_PREPOSITIONS:
            # the phrase is the object of a preposition ("in the village", "of the report"):
            # a noun phrase built on a post-modifier stops where that modifier began
            modifier = next((x for x in range(m, k) if self.low[x] in post_modifiers() and self.tags[x] == "IN"), None)
            if modifier is not None:
                m = modifier + 1
        while m <= k and self.tags[m] in {"POS", "HYPH"}:
            m += 1
        return (m, k + 1) if m <= k else None

    def np_left_edge(self, k: int, lo: int, modifiers: int) -> int:
        """The first token of the noun phrase whose head is token *k*: determiners, modifiers,
        names joined by "and" or "bin", and at most *modifiers* prepositional post-modifiers."""
        m = k
        crossed = 0  # post-modifiers crossed: not a chain of them
        while m - 1 >= lo:
            p = m - 1
            tg = self.tags[p]
            lw = self.low[p]
            # "to reflect that Fowler is calling for ...": "that" before a name opens a clause (the scan stops)
            if tg in {"DT", "PRP$"} and not (lw == "that" and self.tags[m] in {"NNP", "NNPS"}):
                m = p
                if p - 2 >= lo and crossed < modifiers and self.post_modifier(p - 1):
                    m = p - 2
                    crossed += 1
                    continue
                break
            if p - 1 >= lo and self.inside_title(p, m, k):
                m = p - 1  # "Work and pensions minister Jane Doe", "The chief of staff of the mayor": one title
                continue
            if p - 1 >= lo and crossed < modifiers and self.post_modifier(p):
                m = p - 1
                crossed += 1
                continue
            if (
                lw in {"and", "&"}
                and p - 1 >= lo
                and self.tags[p - 1] in {"NNP", "NNPS"}
                and self.tags[m] in {"NNP", "NNPS"}
            ):
                m = p - 1
                continue
            if p - 1 >= lo and self.joins_name(p):  # O'Neill, Osama bin Laden
                m = p - 1
                continue
            if (self.nounish(p) and not self.is_verb(p)) or (tg in {"VBN", "VBG"} and "-" in lw):
                m = p
                continue
            if self.participle_modifier(p, m, lo):
                m = p  # "a newly elected mayor", "two recently appointed ministers"
                continue
            break
        return m

    def participle_modifier(self, p: int, m: int, lo: int) -> bool:
        """Whether token *p*, before a noun phrase starting at *m*, modifies its noun: a participle ("elected") or an
        -ly adverb before a modifier ("newly elected"), opened by a determiner, a number, a possessive or the
        clause's start."""
        tg, before = self.tags[p], p - 1
        if tg == "RB":
            if not self.low[p].endswith("ly") or self.tags[m] not in {"JJ", "VBN", "VBG", "VBD"}:
                return False
        elif tg in {"VBN", "VBG", "VBD"}:  # "appointed" may be tagged as a past tense
            if before >= lo and self.tags[before] == "RB" and self.low[before].endswith("ly"):
                before -= 1  # the adverb is taken at the next step
        else:
            return False
        if before < lo:
            return tg != "VBD"
        return self.tags[before] in {"DT", "PRP$", "CD", "POS"}  # "the mayor's newly hired spokeswoman"

    def participle_after_noun(self, j: int, lo: int) -> bool:
        """Whether token *j* is a participle right after a noun: "Workers protesting (Monday)"."""
        return (
            j - 1 >= lo
            and self.tags[j] in {"VBG", "VBN", "VBD"}  # "Residents interviewed Tuesday": tagged as a past tense
            and self.nounish(j - 1)
            and not self.is_verb(j - 1)
        )

    def inside_title(self, p: int, m: int, k: int) -> bool:
        """Whether "and" or "of" at *p* joins the words of one title ending at token *m* .. *k*: "Work and pensions
        minister" (:meth:`joined_title`), "chief of staff" (:func:`claimkit.lang.wordclass.of_titles`)."""
        if self.low[p] == "and":
            return self.joined_title(p, m, k)
        ends = range(m, min(k, p + 4) + 1)
        return self.low[p] == "of" and any(tuple(self.low[p - 1 : e + 1]) in wordclass.of_titles() for e in ends)

    def joined_title(self, conj: int, m: int, k: int) -> bool:
        """Whether "and" at *conj* joins the nouns of one job title before a name.

        "Work and pensions minister Jane Doe", "housing and communities secretary Ann Roe":
        a noun, "and", lower-case nouns, a role noun, then the capitalized name.
        """
        before = conj - 1
        if self.tags[before] not in {"NN", "NNS", "NNP"} or not self.toks[m].text.islower():
            return False
        role = next((x for x in range(m, k) if self.is_class(x, "role")), None)
        if role is None or not all(self.toks[x].text.islower() for x in range(m, role)):
            return False
        return role + 1 <= k and all(
            self.tags[x] in {"NNP", "NNPS"} or self.low[x] == _INITIAL_DOT for x in range(role + 1, k + 1)
        )

    def post_modifier(self, p: int) -> bool:
        """Whether the preposition at *p* ties a phrase to the noun before it, inside one noun phrase.

        "Residents of the village", "attorneys for the family", "officials in Kabul",
        "Nearly nine of 10 drivers": the head is the noun before the preposition.
        """
        lw = self.low[p]
        if lw not in post_modifiers() or self.tags[p] != "IN":
            return False
        before = p - 1
        if self.is_class(before, "of") or self.is_class(before, "role"):
            return True
        if self.tags[before] not in {"NN", "NNS", "NNP", "NNPS", "CD"}:
            return False
        return lw == "of" or self.tags[before] != "CD"

    def joins_name(self, p: int) -> bool:
        """Whether token *p* joins two capitalized parts of one name (O'Neill, bin Laden)."""
        if p + 1 >= len(self.toks) or not self.toks[p - 1].text[:1].isupper() or self.tags[p - 1] in {"CC", "DT", "IN"}:
            return False  # "But Der Spiegel": a capitalized conjunction joins nothing
        if not self.toks[p + 1].text[:1].isupper():
            return False
        t = self.toks[p]
        if t.text in {"'", "’"}:
            return self.toks[p - 1].end == t.start and t.end == self.toks[p + 1].start
        return self.is_class(p, "particle")

    def np_right(self, start: int, hi: int, *, appositive: bool = True) -> tuple[int, int] | None:  # noqa: C901, PLR0912  a token-by-token scan for a phrase's right edge: one branch per boundary case
        """The noun phrase starting at token *start*, with an appositive after a comma."""
        k = start
        if k >= hi:
            return None
        low = self.low[k]
        possessive = low == "her" and k + 1 < hi and self.tags[k + 1] in {"NN", "NNS"}  # "told her staff ..."
        if not possessive and (
            self.tags[k] == "PRP" or low in wordclass.subject_pronouns() or low in wordclass.object_pronouns()
        ):
            return (k, k + 1)
        if self.tags[k] in {"DT", "PRP$"} or possessive:
            k += 1
        head = -1
        while k < hi:
            tg = self.tags[k]
            lw = self.low[k]
            if (self.nounish(k) and not self.is_verb(k)) or (tg in {"VBN", "VBG"} and "-" in lw):
                if tg in tags.NOMINAL_TAGS or tg.startswith("NN") or self.toks[k].text[:1].isupper():
                    head = k
                k += 1
                continue
            if head == k - 1 and k + 1 < hi and self.joins_name(k):
                k += 1
                continue
            if (
                lw in {"of", "for"}
                and head == k - 1
                and k + 1 < hi
                and (self.is_class(k - 1, "of") or self.tags[k - 1] in {"NNP", "NNPS"})
                and (self.nounish(k + 1) or self.tags[k + 1] in {"DT", "PRP$"})
            ):
                k += 1
                if self.tags[k] in {"DT", "PRP$"}:
                    k += 1
                continue
            break
        if head < 0:
            return None
        end = head + 1
        end = self.informed_by(end, hi)
        if end < hi and self.low[end] == "(":
            j = end + 1
            while j < hi and j - end < _MAX_PAREN and self.low[j] not in {"(", ")"}:
                j += 1
            if j < hi and self.low[j] == ")":
                end = j + 1
        if appositive and end + 1 < hi and self.low[end] == ",":
            j = end + 1
            if self.tags[j] in {"DT", "PRP$", "JJ", "NN", "NNP", "CD"} and not self.is_open_quote(j):
                stop = j
                while stop < hi and stop - j < _MAX_APPOSITION:
                    t = self.low[stop]
                    if t in {",", ";", ":", "—", "--"} or t in _SENT_END or self.is_mark(stop) or self.is_verb(stop):
                        break
                    stop += 1
                if stop - j < _MAX_APPOSITION and (
                    stop >= hi or self.low[stop] in {",", "."} or self.low[stop] in _SENT_END
                ):
                    end = stop
        return (start, end)

    def informed_by(self, end: int, hi: int) -> int:
        """Past a source's "familiar with the matter" / "with knowledge of the plan", if it has one."""
        k = end + 1 if end + 1 < hi and self.low[end] == "with" and self.low[end + 1] == "knowledge" else end
        if not (k + 2 < hi and self.is_class(k, "informed") and self.tags[k + 1] in {"IN", "TO"}):
            return end
        inner = self.np_right(k + 2, hi, appositive=False)
        return inner[1] if inner is not None else end

    def subject_then_verb(self, k: int, hi: int) -> bool:
        """Whether a noun phrase and a finite verb start at token *k* ("black families would be ...")."""
        np = self.np_right(k, hi, appositive=False)
        return np is not None and np[1] < hi and self.tags[np[1]] in _FINITE and not self.is_class(np[1], "role")

    def coordinated_verb(self, j: int, hi: int) -> bool:
        """Whether "and" or "but" at token *j* joins a second verb to the cue's after its noun-phrase content.

        The rule ``coordinated-verb-ends-object``: in "The mayor praised the plan and then left the hall"
        the subject goes on to do something else (adverbs between: "and then", "but later"); the
        content ends before "and".
        """
        if self.low[j] not in {"and", "but"}:
            return False
        v = j + 1
        while v < hi and self.tags[v] == "RB" and self.low[v] not in {"not", "n't"}:
            v += 1
        return v < hi and self.tags[v] in {"VBD", "VBZ"}

    def finite_verb_ahead(self, k: int, hi: int) -> bool:
        """Whether a finite verb comes within ``_CLAUSE_REACH`` tokens of token *k*, before any clause
        punctuation (a relative aside between commas is passed over) and before an infinitive or a participle."""
        j = k
        while j < hi and j - k < _CLAUSE_REACH:
            if self.low[j] == "," and (aside := self.relative_aside(j, hi)) is not None:
                j = aside + 1  # "the move, which cost millions, was ...": the subject's verb comes after the aside
                continue
            if self.low[j] in {",", ";", ":", "—", "--"} or self.low[j] in _SENT_END:
                return False
            if j > k and self.low[j] in wordclass.SUBORDINATORS and self.subject_then_verb(j + 1, hi):
                return False  # "indicates a close race as the mayor gains": the verb is the adverbial clause's
            if self.low[j] in {"'s", "'re", "'ll", "'d", "'ve", "'m"} and self.tags[j] != "POS":
                return True
            if self.tags[j] in {"VBD", "VBZ", "VBP", "MD", "VBN"}:
                return True
            if self.tags[j] in {"VB", "VBG", "TO"}:
                return False
            j += 1
        return False


def _long_apposition(tokens: _Phrases, np: tuple[int, int], hi: int) -> tuple[int, int]:
    """ "said Jane Roe, an economist who served ...": the source runs to the end of the sentence."""
    end = np[1]
    if end >= hi or tokens.low[end] != ",":
        return np
    j = end + 1
    while j < hi and j - end < _MAX_APPOSITION * 2:
        if tokens.is_mark(j) or tokens.low[j] in {";", ":"}:
            return np
        j += 1
    if j < hi and not all(tokens.low[x] in _SENT_END for x in range(j, hi)):
        return np
    stop = hi
    while stop > end + 1 and (tokens.low[stop - 1] in _SENT_END or tokens.low[stop - 1] == ","):
        stop -= 1
    return (np[0], stop) if stop > end + 1 else np


class _Clauses(_Phrases):
    """Clauses: adjuncts after a cue, where reported content starts and ends."""

    def skip_adjuncts(self, k: int, hi: int) -> int:  # noqa: C901  a token-by-token scan: one branch per kind of adjunct
        """Skip time words and a short adverbial phrase after a cue ("said Wednesday in a statement")."""
        while k < hi:
            if self.quantity_end(k, hi) is not None:
                break  # "said nearly 80 ...", "said at least 80 ...": the content starts here
            possessive = k + 1 < hi and self.tags[k + 1] == "POS"
            if (self.is_class(k, "time") and not possessive) or (
                self.tags[k] == "RB" and self.low[k] not in {"not", "n't"}
            ):
                k += 1
                continue
            if self.is_class(k, "timeprep") and self.low[k] != "that" and k + 1 < hi and self.is_class(k + 1, "time"):
                k += 2
                continue
            if self.tags[k] == "IN" and self.low[k] not in _CLAUSE_OPENERS:
                j = k + 1
                while j < hi and j - k < 7 and not self.is_verb(j) and not self.stop_or_that(j, hi):
                    if self.is_mark(j) or self.low[j] in _SENT_END:
                        break
                    j += 1
                if j < hi and self.stop_or_that(j, hi) and j > k + 1:
                    k = j
                    continue
            if self.tags[k] in {"IN", "TO"} and self.low[k] not in _NOT_ADJUNCTS:
                np = self.np_right(k + 1, hi, appositive=False)
                if np is not None:
                    j = np[1]
                    if j >= hi or self.low[j] in _SENT_END or self.stop_or_that(j, hi) or self.is_open_quote(j):
                        k = j
                        continue
                    if self.subject_then_verb(j, hi):
                        k = j  # "said after the vote the plant was safe": a clause follows the phrase
                        continue
            break
        return k

    def clause_end(self, k: int, hi: int, *, short: bool, verb_tag: str | None = None) -> int:
        """Where content starting at token *k* ends (exclusive token index).

        *verb_tag* is the tag of the reporting verb before the content, when there is one: a
        second reporting verb of the same form after "and" ends the content (:meth:`coordinated_cue`).

        The scan stops after ``_MAX_CONTENT_TOKENS`` tokens, so that a run-on "sentence" with a
        cue every few words costs linear time (and its nested contents linear memory). Only the
        words of ``_CLAUSE_WORDS`` can end a clause; the others are passed over at once.
        """
        hi = min(hi, k + _MAX_CONTENT_TOKENS)
        low = self.low
        dashes = [x for x in range(k, hi) if low[x] in _DASHES]  # indices, ascending
        subordinate = False
        home = self.quote_around(self.toks[k].start)  # content reported inside a quote reads as plain text there
        j = k
        while j < hi:
            lw = low[j]
            if lw in _CLAUSE_WORDS:
                start = self.toks[j].start
                q = self.quote_around(start)
                if q is None or q.span.start >= start or q is home:  # not inside another quotation
                    if lw == "," and (aside := self.relative_aside(j, hi)) is not None:
                        j = aside + 1  # rule relative-aside-in-content: the clause goes on to its verb
                        continue
                    if self.ends_clause_at(j, k, hi, short=short, verb_tag=verb_tag, subordinate=subordinate):
                        break
                    if (
                        lw in _DASHES
                        and j > k
                        and not any(low[x] == lw for x in dashes[bisect.bisect_right(dashes, j) :])
                    ):
                        break
                    if lw in wordclass.SUBORDINATORS:
                        subordinate = True  # "that if S1, S2": the clause after the comma is still content
            j += 1
        while j > k and (low[j - 1] in _SENT_END or low[j - 1] in {",", ";", ":", "—", "--"}):
            j -= 1
        return j

    def ends_clause_at(self, j: int, k: int, hi: int, *, short: bool, verb_tag: str | None, subordinate: bool) -> bool:
        """Whether the word at token *j* (of ``_CLAUSE_WORDS``, outside other quotations) ends the
        content that starts at token *k*: one case per boundary, as :meth:`clause_end` reads them."""
        lw = self.low[j]
        if lw == ";" or (lw == "(" and j > k):
            return True
        if lw == ",":
            return self.comma_ends_clause(j, k, hi, short=short, subordinate=subordinate)
        if lw == "according" and j - 2 >= k and self.toks[j - 1].text in _CLOSERS and self.low[j - 2] == ",":
            return True  # '... "will never attack Ukraine," according to X': the quote closes the content
        if short and j > k and self.coordinated_verb(j, hi):
            return True
        if short and j > k and lw in _ADJUNCT_PREPOSITIONS and self.reporting_adjunct(j, k, hi):
            return True  # "denied the report in a statement on Monday": the phrase tells when or how it was said
        if short and j > k and self.adverbial_clause(j, k, hi):
            return True
        return verb_tag is not None and j > k and self.coordinated_cue(j, hi, verb_tag)

    def adverbial_clause(self, j: int, k: int, hi: int) -> bool:
        """Whether the subordinator at token *j* opens an adverbial clause after the noun phrase that
        starts at token *k*: "praised the plan because it cut taxes", "cited the report as prices rose".

        The rule ``clause-ends-object``: after a cue whose content is a noun phrase, a clause of time,
        cause or condition tells when or why it was said, not what; "as" only with a subject and its verb
        after it ("described the plan as a failure" keeps its content).
        """
        if self.low[j] not in wordclass.SUBORDINATORS or self.low[k] == "to" or j + 1 >= hi:
            return False
        if any(self.is_verb(x) for x in range(k, j)):
            return False
        return self.low[j] != "as" or self.subject_then_verb(j + 1, hi)

    def reporting_adjunct(self, j: int, k: int, hi: int) -> bool:
        """Whether the preposition at token *j*, right after a noun phrase that starts at token *k*,
        opens a phrase of time or of a message: "in July", "on Monday", "in a statement".

        The rule ``adjunct-ends-object``: after a cue whose content is a noun phrase ("denied the
        report in a statement on Monday"), such a phrase tells when or in what the thing was said.
        After a verb ("asked him to explain why he told MPs on Monday ...") it belongs to the content.
        A message noun may be plural ("attacked the judge in early-morning tweets").
        """
        if any(self.is_verb(x) for x in range(k, j)):
            return False
        np = self.np_right(j + 1, hi, appositive=False)
        if np is None:
            return False
        return any(self.is_class(x, "time") or self.message_noun(x) for x in range(np[0], np[1]))

    def comma_ends_clause(self, j: int, k: int, hi: int, *, short: bool, subordinate: bool) -> bool:
        """Whether the comma at token *j* ends the content that starts at token *k*."""
        nxt = j + 1 < hi
        if nxt and short and (self.is_class(j + 1, "stop") or self.tags[j + 1] == "VBG"):
            return True
        if nxt and self.low[j + 1] == "according":
            return True
        if j == k:
            return False
        if self.claim_apposition(j, hi) is not None:
            return True  # "..., a claim Minsk rejected": the content ends at the comma
        if short and nxt and self.tags[j + 1] in {"IN", "VBG", "VBD", "VBZ", "MD"}:
            return True  # "X, citing security concerns, said ...": a noun phrase ends before the verb
        if short and nxt and self.subject_then_verb(j + 1, hi):
            return True  # "If the plan rejected single mothers, black families would ...": a new clause
        if nxt and (self.ends_clause_after_comma(j + 1, hi) or self.frame_only(j + 1, hi)):
            return True  # "..., which ...", "..., Doe said."
        return self.new_clause_after_comma(j + 1, hi) and not subordinate  # "X said that S1, we have S2"

    def coordinated_cue(self, j: int, hi: int, verb_tag: str) -> bool:
        """Whether "and" or "but" at token *j* joins a second reporting verb to the one before the content.

        The rule ``coordinated-cue-ends-content``: "X said prices rose and warned that ...". The
        second verb is a cue of the lexicon with the same tag as the first (past with past, present
        with present), so "X said prices rose and fell" keeps its content whole.
        """
        if self.low[j] not in {"and", "but"} or verb_tag not in {"VBD", "VBZ"}:
            return False
        v = j + 1
        while v < hi and self.tags[v] == "RB" and self.low[v] not in {"not", "n't"}:
            v += 1  # "and also warned", "but then added"
        return v < hi and self.tags[v] == verb_tag and self.low[v] in self.lex.verbs

    def claim_apposition(self, comma: int, hi: int) -> int | None:
        """The noun cue of ", a claim Minsk rejected" after the comma at *comma*, or None.

        A noun cue (claim, allegation, charge ...) after a determiner and at most two adjectives,
        then a source and a reporting verb before any other punctuation: the clause before the
        comma is what the source rejects (or confirms), not more of the content.
        """
        j = comma + 1
        if j >= hi or self.low[j] not in {"a", "an", "the", "one"}:
            return None
        j += 1
        while j < hi and j - comma <= 4 and self.tags[j] in {"JJ", "RB"}:
            j += 1
        if j + 1 >= hi or self.low[j] not in self.lex.nouns or not self.tags[j].startswith("NN"):
            return None
        s = j + 2 if self.low[j + 1] in {"that", "which"} and j + 2 < hi else j + 1  # "a claim that X denied"
        nxt = self.toks[s]
        if not (
            nxt.text[:1].isupper()
            or self.low[s] in wordclass.subject_pronouns()
            or self.tags[s] in {"DT", "PRP$", "NNS"}
        ):
            return None
        for x in range(s + 1, min(hi, s + 8)):
            if not self.is_word(x):
                return None
            if self.is_verb(x) and self.low[x] in self.lex.verbs:
                return j
        return None

    def new_clause_after_comma(self, k: int, hi: int) -> bool:
        """Whether a pronoun subject and a finite verb start at token *k*: ", we have ...", ", it is ..."."""
        return (
            k + 1 < hi
            and self.low[k] in wordclass.subject_pronouns()
            and self.tags[k + 1] in {"VBD", "VBZ", "VBP", "MD"}
            and not self.is_class(k + 1, "role")
        )

    def ends_clause_after_comma(self, k: int, hi: int) -> bool:
        """Whether what follows a comma at *k* is an aside, not more content: ", which ...", ", forcing ..."."""
        if (self.tags[k] in {"VBG", "VBN"} and self.low[k] != "including") or (
            self.low[k] in _relative_words() and self.low[k] != "that"
        ):
            return True
        return self.conjoined_clause(k, hi)

    def conjoined_clause(self, k: int, hi: int) -> bool:
        """Whether "and" or "but" at token *k*, after a comma, joins a clause with a subject of its own.

        The rule ``conjoined-clause-ends-content``: in "X said that prices rose, and the plant closed
        in May" the clause after ", and" has its own subject and finite verb: the writer goes on, and
        the content ends at the comma. Without a subject ("said prices rose, and fell") it goes on.
        """
        if k + 1 >= hi or self.low[k] not in {"and", "but"}:
            return False
        return self.low[k + 1] in wordclass.subject_pronouns() or self.subject_then_verb(k + 1, hi)

    def right_content(  # noqa: C901  ordered shapes of content after a cue
        self, k: int, hi: int, entry: CueEntry, cue_at: int, verb_tag: str | None = None
    ) -> tuple[int, int, bool] | None:
        """Content after a cue at char *cue_at*: (start char, end char, is_quote).

        *verb_tag* is the reporting verb's tag, as in :meth:`clause_end`.
        """
        k = self.skip_adjuncts(k, hi)
        k = self.that_after_aside(k, hi) or k
        if k < hi and self.low[k] in {":", ",", "—", "--", "-"}:
            k += 1
            if self.frame_only(k, hi):
                return None  # "Talks are continuing, he said.": what follows the comma is a frame of its own
        if k >= hi:
            return None
        if self.is_open_quote(k):
            q = self.quote_at(self.toks[k].start)
            if q is not None and not self.has_word(q.span.end, self.toks[hi - 1].end):
                return (q.span.start, q.span.end, True)
        short = bool(entry.takes & {"np", "to"}) and not (
            entry.takes & {"that", "wh"} and self.low[k] != "to" and self.opens_clause(k, hi, entry)
        )
        if self.low[k] == "to" and "to" not in entry.takes:
            return None
        if entry.takes & {"to", "np", "that", "wh", "tell"} == {"to"} and self.low[k] != "to":
            return None
        if (
            short
            and self.low[k] != "to"
            and not (
                self.nounish(k)
                or self.tags[k] in {"DT", "PRP", "PRP$", "VBG", "CD", "WRB", "WP"}
                or self.is_open_quote(k)
            )
        ):
            return None
        if not short and not self.opens_clause(k, hi, entry):
            return None
        end = self.clause_end(k, hi, short=short, verb_tag=verb_tag)
        if end <= k or not any(self.is_word(i) for i in range(k, end)):
            return None
        start_c, end_c = self.toks[k].start, self.toks[end - 1].end
        q = self.quote_around(self.toks[end - 1].start)
        if q is not None and q.span.end > end_c and q.span.start >= start_c:
            end_c = q.span.end
        end_c = self.end_in_quote(cue_at, start_c, end_c)
        if end_c <= start_c:
            return None
        return (start_c, end_c, False)

    def frame_only(self, k: int, hi: int) -> bool:
        """Whether tokens *k*.. are a subject and a reporting verb and nothing more: ", he said."."""
        np = self.np_right(k, hi, appositive=False)
        if np is None or np[1] >= hi or self.low[np[1]] not in self.lex.verbs or self.tags[np[1]] not in _FINITE:
            return False
        end = self.skip_adjuncts(np[1] + 1, hi)
        return all(self.low[x] in _SENT_END for x in range(end, hi))

    def opens_clause(self, k: int, hi: int, entry: CueEntry) -> bool:
        """Whether token *k* starts what a that-verb reports: "that", a quotation or a clause."""
        lw = self.low[k]
        if lw == "that" or self.is_open_quote(k):
            return True
        if "wh" in entry.takes and (self.tags[k] in {"WRB", "WP", "WDT"} or lw in {"if", "whether"}):
            return True
        if "to" in entry.takes and lw == "to":
            return True
        k = self.quantity_end(k, hi) or k  # "said at least 80 people died": read on from the number
        if self.is_verb(k) or (
            self.tags[k] in {"TO", "IN", "CC", "RB", "WRB", "WP", "WDT"}
            and lw not in {"neither", "either", "both"}
            and not self.negated_subject(k, hi)
        ):
            return False
        return self.finite_verb_ahead(k, hi)


class _SpeakerRules(_Clauses):
    """The speaker rules of a reporting verb (``_VERB_SPEAKER_RULES``, in order) and their phrase helpers."""

    def source_after_quote(self, vg: int, lo: int) -> tuple[int, int] | None:
        """Everything between a quotation and its cue: “...,” a narrator in the ad asks."""
        j = vg - 1
        while j >= lo and vg - j <= _MAX_APPOSITION:
            if self.is_mark(j) or self.low[j] in _SENT_END:
                break
            finite = self.tags[j] in {"VBD", "VBZ", "VBP", "MD"} and not self.is_class(j, "role")
            if finite or self.low[j] in {":", ";"}:
                return None
            j -= 1
        if j < lo or j == vg - 1 or self.toks[j].text not in _CLOSERS:
            return None
        q = self.quote_around(self.toks[j].start)
        if q is None or q.span.end != self.toks[j].end:
            return None
        start, end = j + 1, vg
        if self.low[start] == ",":
            start += 1
        while end > start and self.low[end - 1] == ",":
            end -= 1
        if end <= start or not any(self.nounish(x) or self.tags[x] == "PRP" for x in range(start, end)):
            return None
        if self.tags[start] in {"IN", "CC", "RB", "TO"}:
            return None
        return (start, end)

    def source_before(self, vg: int, lo: int, *, participle: bool = False) -> tuple[int, int] | None:
        """The source of a cue whose verb group starts at token *vg*.

        A *participle* cue right after a noun phrase modifies its last noun: in "videos of
        officials saying ...", the officials say it, so no post-modifier is taken in.
        """
        if vg - 1 < lo:
            return None
        if self.low[vg - 1] == ",":
            if vg - 3 >= lo and self.tags[vg - 2] == "RB" and self.low[vg - 3] == ",":
                return self.np_left(vg - 3, lo)  # "Some Democrats, however, question ..."
            return self.apposition_source(vg - 1, lo)
        return self.np_left(vg, lo, modifiers=0 if participle else 1)

    def apposition_source(self, comma: int, lo: int) -> tuple[int, int] | None:
        """ "X, a spokesman for Y, said" or "X, who ..., said": the whole of it."""
        j = comma - 1
        floor = max(lo, comma - _MAX_APPOSITION)
        while j > floor and self.low[j] != "," and not self.is_mark(j) and self.low[j] not in _SENT_END:
            j -= 1
        if j <= lo or self.low[j] != ",":
            return None
        first = j + 1
        if first >= comma:
            return None
        participle = self.tags[first] in {"VBG", "VBN"}
        relative = self.low[first] in {"who", "which", "whose"}
        # "Tom Ek, 42, of Brightwater, said": a home place after a name (and its age), as "Ann Roe, a lawyer," is
        home = self.low[first] in {"of", "from"} and first + 1 < comma
        if home and j - 2 > lo and self.tags[j - 1] == "CD" and self.low[j - 2] == ",":
            j -= 2
        if not (home or participle or relative or self.tags[first] in {"DT", "PRP$", "JJ", "NN", "NNP", "CD", "WP"}):
            return None
        if self.low[first] == "which" and any(
            self.low[t] in self.lex.verbs and self.is_verb(t) for t in range(first, comma)
        ):
            return None  # "Compaq, which said S, plans ...": the firm's clause is a report of its own, not an aside
        x = self.np_left(j, lo)
        name = all(self.tags[t] in {"NNP", "NNPS"} for t in range(first + home, self.paren_start(first, comma)))
        # a participle may follow any head: "A senior official, speaking on condition of anonymity, said"
        if x is None or (self.tags[x[1] - 1] not in {"NNP", "NNPS"} and not name and not relative and not participle):
            return None
        if (
            x[0] > lo
            and self.low[x[0] - 1] not in {",", "and", "but"}
            and self.low[x[0] - 1] not in _DASHES  # a dateline: "CITY -- X, ..., said"
            and not (x[0] - 1 == lo and self.tags[lo] == "RB")  # "Even X, ..., said"
            and not self.is_mark(x[0] - 1)
        ):
            return None
        return (x[0], j) if participle else (x[0], comma)

    def paren_start(self, first: int, end: int) -> int:
        """Where a bracketed aside closing the tokens *first* .. *end* opens ("Ann Roe (Labour)"); *end* without one."""
        if end - 1 > first and self.low[end - 1] == ")":
            opening = next((x for x in range(end - 2, first, -1) if self.low[x] in {"(", ")"}), None)
            if opening is not None and self.low[opening] == "(":
                return opening
        return end

    def reporter_question(self, c: _VerbCue) -> bool:
        """ "Reporters asked whether ...", "I asked him if ...": the press's own questions are no statements.

        The rule ``reporter-question``: a question cue whose source is the press (a reporter,
        journalists) or the writer ("I", "we" outside any quotation).
        """
        if c.entry.stance is not Stance.ASK or c.src is None:
            return False
        head = c.src[1] - 1
        if self.is_class(head, "press"):
            return True
        writer = c.src[1] - c.src[0] == 1 and self.low[head] in {"i", "we"}
        return writer and self.quote_around(self.toks[head].start) is None

    def speaker_apposition(self, c: _VerbCue) -> tuple[int, int] | None:
        """ "X, a spokesman for Y, said", "X, who ..., told": the subject with its apposition."""
        if c.vg - 1 >= c.lo and self.low[c.vg - 1] == ",":
            return self.apposition_source(c.vg - 1, c.lo)
        return None

    def speaker_inverted(self, c: _VerbCue) -> tuple[int, int] | None:
        """ "“...,” said Jane Roe." / "..., says X.": the subject after the verb."""
        before = c.vg - 1 >= c.lo and (self.low[c.vg - 1] == "," or self.toks[c.vg - 1].text in _CLOSERS)
        if not (before or c.vg == c.lo) or "inv" not in c.entry.takes or self.tags[c.i] == "VBG":
            return None
        r = self.np_right(c.cue_end, c.hi)
        if r is None or not (r[1] >= c.hi or self.low[r[1]] in _SENT_END | {",", ";", ":"} or self.is_open_quote(r[1])):
            return None
        c.inverted, c.k = True, r[1]
        return _long_apposition(self, r, c.hi)

    def speaker_after_quote(self, c: _VerbCue) -> tuple[int, int] | None:
        """ "“...,” a narrator in the ad asks": everything between the quotation and the verb."""
        return self.source_after_quote(c.vg, c.lo)

    def speaker_of_message(self, c: _VerbCue) -> tuple[int, int] | None:
        """ "X released a statement on Friday saying ...": a participle after a message (a statement, a
        letter, a video) reports what the message's author says: the subject of the main clause."""
        if self.tags[c.i] != "VBG" or c.vg - 1 < c.lo or self.low[c.vg - 1] == ",":
            return None
        message = self.np_left(c.vg, c.lo, modifiers=0)
        if message is None or not self.is_class(message[1] - 1, "artifact") or message[0] <= c.lo:
            return None
        verb = message[0] - 1  # the message is what the verb before it puts out: "released", "posted"
        if not self.tags[verb].startswith("VB") or self.is_class(verb, "aux") or self.is_class(verb, "role"):
            return None
        subject = self.source_before(self.verb_group_start(verb, c.lo), c.lo)
        return subject if subject is not None and subject[1] <= verb else None

    def speaker_before(self, c: _VerbCue) -> tuple[int, int] | None:
        """ "The mayor said ...": the noun phrase before the verb group."""
        return self.source_before(c.vg, c.lo, participle=self.tags[c.i] == "VBG")

    def speaker_main_subject(self, c: _VerbCue) -> tuple[int, int] | None:
        """ "X left the talks, saying ...", "On Monday, X thanked Y, adding ...": a participle after a
        comma takes the subject of the main clause's verb, never the object before the comma."""
        if self.tags[c.i] == "VBG" and c.vg - 1 >= c.lo and self.low[c.vg - 1] == ",":
            return self.np_left(self.subject_end(c.lo, c.vg), c.lo) or self.main_clause_subject(c.lo, c.vg - 1)
        return None

    def speaker_frame_subject(self, c: _VerbCue) -> tuple[int, int] | None:
        """ "S, he said, adding ...": a participle after the comma of a reporting frame takes the frame's
        subject ("he"), not the subject of the reported clause ("S") before it."""
        v = c.vg - 2
        if self.tags[c.i] != "VBG" or v - 1 < c.lo or self.low[c.vg - 1] != ",":
            return None
        if self.tags[v] not in {"VBD", "VBZ", "VBP"} or self.verb_cue(v, c.hi) is None:
            return None
        return self.np_left(self.verb_group_start(v, c.lo), c.lo)

    def main_clause_subject(self, lo: int, limit: int) -> tuple[int, int] | None:
        """The subject of the first finite verb of the sentence's main clause, before token *limit*.

        A fronted phrase or clause ("On Monday, ...", "Asked whether he ..., ...", "After X spoke, ...")
        and a fronted quotation ("“...,” X said, adding ...") are passed over.
        """
        start = self.after_dateline(lo, limit)
        quoted = start < limit and self.is_open_quote(start)
        if quoted:
            q = self.quote_at(self.toks[start].start)
            start = bisect.bisect_left(self.token_starts, q.span.end) if q is not None else limit
            while start < limit and self.low[start] == ",":
                start += 1
        while not quoted and start < limit and self.fronted(start):  # "Still, when it closed, X left, saying ..."
            comma = next((x for x in range(start, limit) if self.low[x] == ","), None)
            if comma is None:
                return None
            start = comma + 1
        home = self.quote_around(self.toks[limit].start) if limit < len(self.toks) else None
        for j in range(start, limit):
            if self.is_mark(j) or self.low[j] in {";", ":"}:
                return None
            if self.tags[j] in {"VBD", "VBZ", "VBP", "MD"} and not self.is_class(j, "role"):
                if self.quote_around(self.toks[j].start) is not home:
                    return None  # the main verb outside the quotation that holds the cue, or inside another
                vg = self.verb_group_start(j, start)
                return self.source_before(vg, start) if vg > start else None
        return None

    def speaker_coordinated(self, c: _VerbCue) -> tuple[int, int] | None:
        """ "X promised ... and said ...", "X told reporters that S, accepted ..., and said ...": the subject
        of the main clause's verb, else of the nearest verb before "and"."""
        if c.vg - 1 > c.lo and self.low[c.vg - 1] in {"and", "but"}:
            return self.main_clause_subject(c.lo, c.vg - 1) or self.coordinated_subject(c.vg - 1, c.lo)
        return None

    def coordinated_subject(self, conj: int, lo: int) -> tuple[int, int] | None:
        """The subject of the verb before "and" in "X promised ... and said ..."."""
        for j in range(conj - 1, lo - 1, -1):
            if self.tags[j] in {"VBD", "VBZ", "VBP"}:
                subject = self.source_before(self.verb_group_start(j, lo), lo)
                if subject is not None:
                    return subject
            if self.low[j] in {";", ":"} or self.is_mark(j):
                return None
        return None

    def adjunct_only(self, k: int, hi: int) -> bool:
        """Whether tokens *k*.. are an adverbial phrase or clause, not reported content."""
        if self.tags[k] not in {"IN", "TO"} or self.low[k] in {"that", "whether", "if"}:
            return False
        return not any(self.is_mark(x) for x in range(k, hi))

    def hearer_before_subject(self, a: tuple[int, int], hi: int) -> tuple[int, int]:
        """The hearer *a* after "told", less its last noun when a finite verb follows: in "told reporters
        officials were wrong" (and the headline "Mayor Tells Workers Plant Is Safe") that noun is the
        subject of the reported clause, not part of the hearer."""
        last = a[1] - 1
        if a[1] < hi and self.tags[a[1]] in _FINITE and last > a[0] and self.tags[last - 1].startswith("NN"):
            return (a[0], last)
        return a

    def infinitive_cue(self, c: _VerbCue, hi: int) -> tuple[int, int, bool] | None:
        """The content of a cue's infinitive that is a cue itself, which then joins the cue, or None.

        The rule ``infinitive-cue``: in "The mayor refused to disclose the records" what is refused is
        to disclose something; the cue is "refused to disclose" and the content "the records". An
        infinitive with nothing after it ("declined to comment.") stays the content, and so does one of
        any stance but ``assert`` ("refused to accept the report" is a denial of the report).
        """
        k = self.skip_adjuncts(c.k, hi)
        if c.entry.stance is not Stance.REFUSE or not (k + 1 < hi and self.low[k] == "to" and self.tags[k + 1] == "VB"):
            return None
        got = self.verb_cue(k + 1, hi)
        if got is None:
            return None
        entry, end = got
        if entry.stance is not Stance.ASSERT:
            return None  # "refused to accept the report" refuses an act on it: a denial, read as one whole
        rc = self.right_content(end, hi, entry, self.toks[c.i].start, self.tags[c.i])
        if rc is None:
            return None
        c.cue_end, c.cue_span = end, (c.cue_span[0], self.toks[end - 1].end)
        c.evidence.append(("infinitive-cue", self.span_chars((k, end))))
        return rc

    def fronted(self, k: int) -> bool:
        """Whether token *k*, opening a sentence, opens a fronted phrase or clause ("On Monday, ...",
        "When the vote was called, ...", "Asked about it, ...") rather than the subject."""
        return self.tags[k] in {"IN", "VBN", "VBG", "RB", "TO"} or self.low[k] in wordclass.SUBORDINATORS

    def subject_end(self, lo: int, limit: int) -> int:
        """The end of the sentence's first noun phrase (for "X left, saying ..."); *lo* when the sentence
        opens with a fronted phrase or clause ("When the vote was called, X left, saying ...")."""
        lo = self.after_dateline(lo, limit)
        if lo < limit and self.fronted(lo):
            return lo
        r = self.np_right(lo, limit, appositive=False)
        return r[1] if r is not None else lo


class _ContentRules(_SpeakerRules):
    """The content rules of a reporting verb (``_VERB_CONTENT_RULES``, in order) and their helpers."""

    def left_content(self, end_tok: int, lo: int) -> tuple[int, int] | None:
        """Content before a frame: from the sentence start (or its quote's start) to token *end_tok*."""
        j = end_tok
        if j - 1 >= lo and self.low[j - 1] in {",", ":", "—", "--"}:
            j -= 1
        if j <= lo:
            return None
        lo = self.after_dateline(lo, j)
        while lo < j - 1 and self.tags[lo] == "CC":  # "But the goal is ..., he said": the conjunction links sentences
            lo += 1
            if self.low[lo] == ",":
                lo += 1
        start_c = self.toks[lo].start
        q0 = self.quote_around(start_c)
        if q0 is not None and q0.span.start < start_c:
            start_c = q0.span.start
        end_c = self.toks[j - 1].end
        last = self.toks[j - 1]
        if j - 1 > lo and last.text in _CLOSERS and self.low[j - 2] == ",":
            pass  # “...,” keeps its comma inside the marks
        if not any(self.is_word(i) for i in range(lo, j)):
            return None
        return (start_c, end_c)

    def frame_sides(self, c: _VerbCue) -> None:
        """What lies on either side of the frame (source and cue), for the content rules."""
        src = c.src
        frame_start = src[0] if src is not None and not c.inverted else c.vg
        c.frame_start = frame_start
        c.left_ok = frame_start > c.lo and (
            self.low[frame_start - 1] in {",", ":", "—", "--"} or self.toks[frame_start - 1].text in _CLOSERS
        )
        after = self.skip_adjuncts(c.k, c.hi)
        c.after = after
        c.right_empty = after >= c.hi or all(not self.is_word(x) for x in range(after, c.hi))
        # "Through a spokesman, X declined to comment.": the infinitive is what the cue takes
        infinitive = after < c.hi and self.low[after] == "to" and "to" in c.entry.takes
        if c.left_ok and not c.right_empty and not infinitive and self.adjunct_only(after, c.hi):
            c.right_empty = True  # "“...,” he said of the plan." / "..., she said as the crowd cheered."

    def content_echoed(self, c: _VerbCue) -> _Content | None:
        """ "S, a claim Minsk rejected": Minsk rejects S (the source moves after the noun cue)."""
        if c.src is None or c.inverted:
            return None
        echoed = self.echoed_claim(c.src, c.lo, c.hi, c.si)
        if echoed is None:
            return None
        c.src, parts = echoed
        c.evidence = [("echoed-claim", self.span_chars(c.src))]
        return StatementKind.INDIRECT, parts

    def content_quote_sentence_before(self, c: _VerbCue) -> _Content | None:
        """ "“We left early.” He said." : a sentence of frame only takes the quote that ends just before it."""
        right_aside = c.after + 1 < c.hi and self.low[c.after] == "," and self.is_class(c.after + 1, "stop")
        if c.left_ok or c.frame_start != c.lo or not (c.right_empty or right_aside):
            return None
        if not self.quote_ends_before(c.si, c.lo):
            return None
        q = self.quote_around(self.toks[c.lo - 1].start)
        return None if q is None else (StatementKind.DIRECT, [(q.span.start, q.span.end)])

    def content_before_frame(self, c: _VerbCue) -> _Content | Literal[False] | None:
        """ "S, X said." / "“...,” X said, “...”": the content before the frame (and a second piece after it)."""
        if not (c.left_ok and (c.right_empty or (c.after < c.hi and self.low[c.after] == ","))):
            return None
        left = self.left_content(c.frame_start, c.lo)
        if left is None:
            return False
        parts = [left]
        if not c.right_empty:
            second = self.second_part(c.after + 1, c.hi, left)
            if second is not None:
                parts.append(second)
        if len(parts) == 1 and not self.has_clause(left) and not self.title_case(left):
            return False
        return StatementKind.INDIRECT, parts

    def content_refusal(self, c: _VerbCue) -> _Content | Literal[False] | None:
        """ "X refused to comment on ...": a statement of refusal when what is refused is speech
        (the verb after "to" is a cue), else an act refused ("refused to pay") and no statement."""
        if c.entry.stance is not Stance.REFUSE:
            return None
        k = self.skip_adjuncts(c.k, c.hi)
        if not (k + 1 < c.hi and self.low[k] == "to" and self.low[k + 1] in self.lex.verbs):
            return False
        return self.content_after_cue(c) or False

    def content_hypothetical_act(self, c: _VerbCue) -> Literal[False] | None:
        """ "X would welcome talks": an act or attitude under a modal, with a noun phrase for content, says nothing.

        Only cues of acts and attitudes (stance ``confirm`` or ``other``: welcome, defend, support) that
        take no clause; "critics would call it a failure" is still something said.
        """
        if _is_speech(c.entry) or c.entry.stance not in {Stance.CONFIRM, Stance.OTHER}:
            return None
        if not any(self.is_class(x, "modal") for x in range(c.vg, c.i)):
            return None
        after = self.skip_adjuncts(c.k, c.hi)
        if after < c.hi and (self.low[after] in {"that", "to"} or self.is_open_quote(after)):
            return None
        return False

    def can_read_right(self, c: _VerbCue) -> bool:
        """Whether content may follow the cue: not after an inverted source, and with a source (or a participle)."""
        return not c.inverted and (c.src is not None or self.tags[c.i] == "VBG")

    def content_after_cue(self, c: _VerbCue) -> _Content | Literal[False] | None:
        """ "X said (that) S", "X said: “...”": the content after the cue."""
        if not self.can_read_right(c):
            return None
        if (hi := self.fronted_clause_end(c)) == c.k:
            return False  # "When X called, Y was out.": the fronted clause ends at the cue
        rc = self.right_content(c.k, hi, c.entry, self.toks[c.i].start, self.tags[c.i])
        if rc is not None and not rc[2]:
            rc = self.infinitive_cue(c, hi) or rc
        return None if rc is None else (StatementKind.INDIRECT, [(rc[0], rc[1])])

    def fronted_clause_end(self, c: _VerbCue) -> int:
        """The comma that closes the fronted clause holding the cue, or ``c.hi`` when there is none.

        The rule ``fronted-clause-ends-content``: in "When the mayor said the plant was safe, the
        workers cheered." the cue's clause opens the sentence with a subordinator, and its content
        ends at the comma before the main clause (a subject and its finite verb), not at the stop.
        The subordinator must govern the cue's own clause: the speaker follows it with no comma
        between ("If asked, the mayor said ..." is the main clause).
        """
        start = self.after_dateline(c.lo, c.vg)
        while start < c.vg and self.tags[start] == "CC":  # "But when ..."
            start += 1
        if c.inverted or c.src is None or start > c.src[0] or self.low[start] not in wordclass.SUBORDINATORS:
            return c.hi
        if any(self.low[x] in {",", ";", ":"} or self.is_mark(x) for x in range(start, c.src[0])):
            return c.hi
        home = self.quote_around(self.toks[c.i].start)
        at_cue = c.k < c.hi and self.low[c.k] == "," and self.low[start] != "as"  # "As X said, S" reports S
        for j in range(c.k if at_cue else self.skip_adjuncts(c.k, c.hi) + 1, c.hi - 1):
            if self.low[j] in {";", ":"} or self.low[j] in _DASHES:
                break
            if (
                self.low[j] == ","
                and self.quote_around(self.toks[j].start) is home
                and (self.subject_then_verb(j + 1, c.hi) or self.new_clause_after_comma(j + 1, c.hi))
            ):
                return j
        return c.hi

    def note_boundary(self, c: _VerbCue, end_c: int) -> None:
        """Record the rule that ended the content after the cue at char *end_c*, when one did:
        ``fronted-clause-ends-content`` (the comma), ``coordinated-cue-ends-content`` ("and" + a second
        cue), ``adjunct-ends-object`` (the preposition), ``clause-ends-object`` (the subordinator) or
        ``conjoined-clause-ends-content`` (the comma and the conjunction)."""
        j = bisect.bisect_left(self.token_starts, end_c, lo=c.k, hi=c.hi)
        if j >= c.hi:
            return
        if j == self.fronted_clause_end(c):
            c.evidence.append(("fronted-clause-ends-content", self.span_chars((j, j + 1))))
        elif self.coordinated_cue(j, c.hi, self.tags[c.i]):
            c.evidence.append(("coordinated-cue-ends-content", self.span_chars((j, j + 2))))
        elif self.low[j] in _ADJUNCT_PREPOSITIONS and self.reporting_adjunct(j, c.k, c.hi):
            c.evidence.append(("adjunct-ends-object", self.span_chars((j, j + 1))))
        elif self.adverbial_clause(j, c.k, c.hi):
            c.evidence.append(("clause-ends-object", self.span_chars((j, j + 1))))
        elif self.coordinated_verb(j, c.hi) and not any(self.is_verb(x) for x in range(c.k, j)):
            c.evidence.append(("coordinated-verb-ends-object", self.span_chars((j, j + 1))))
        elif self.low[j] == "," and self.conjoined_clause(j + 1, c.hi):
            c.evidence.append(("conjoined-clause-ends-content", self.span_chars((j, j + 2))))

    def note_asides(self, c: _VerbCue, content: tuple[int, int]) -> None:
        """Record the rule ``relative-aside-in-content`` for each relative aside the content after the cue
        (chars *content*) goes on past: the aside's words, between its commas."""
        j = bisect.bisect_left(self.token_starts, content[0], lo=c.k, hi=c.hi)
        end = bisect.bisect_left(self.token_starts, content[1], lo=j, hi=c.hi)
        while j < end:
            aside = self.relative_aside(j, c.hi) if self.low[j] == "," else None
            if aside is not None and aside < end:
                c.evidence.append(("relative-aside-in-content", self.span_chars((j + 1, aside))))
                j = aside
            j += 1

    def content_next_paragraph(self, c: _VerbCue) -> _Content | None:
        """ "He said:" closing a paragraph, and the next paragraph is the quotation."""
        if not self.can_read_right(c):
            return None
        rc = self.quote_in_next_paragraph(c.si, c.k, c.hi)
        return None if rc is None else (StatementKind.INDIRECT, [(rc[0], rc[1])])

    def content_relative(self, c: _VerbCue) -> _Content | None:
        """ "the weapons, which they say were supplied by ...": the relative clause's predicate."""
        if not self.can_read_right(c) or c.src is None:
            return None
        rc = self.relative_predicate(c.src, c.k, c.hi, self.toks[c.i].start)
        return None if rc is None else (StatementKind.INDIRECT, [(rc[0], rc[1])])

    def echoed_claim(
        self, src: tuple[int, int], lo: int, hi: int, si: int
    ) -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
        """For "S, a claim Minsk rejected": the source after the noun cue, and the content S.

        S is the content of the statement that ends at the comma, when there is one
        ("X said S, a claim Y rejected"), else the clause before the comma.
        """
        comma = next((x for x in range(src[0] - 1, max(lo, src[0] - 6), -1) if self.low[x] == ","), None)
        if comma is None:
            return None
        noun = self.claim_apposition(comma, hi)
        if noun is None or noun + 1 >= src[1]:
            return None
        source = (max(src[0], noun + 1), src[1])
        end = self.toks[comma - 1].end
        for f in reversed(self.found):
            if f.sentence < si:
                break  # drafts come sentence by sentence: nothing further back is in this one
            if f.sentence == si and f.content[1] <= end and not self.doc.text[f.content[1] : end].strip(_PUNCT):
                return source, list(f.parts) or [f.content]
        left = self.left_content(comma + 1, lo)
        if left is None:
            return None
        return source, [left]

    def main_verb_after_clause(self, k: int, end: int) -> int | None:
        """The main clause's verb after a clause that opens at token *k* and has its own verb, or None.

        The rule ``clause-ends-at-main-verb``: in "The claim that prices rose was false" the clause
        after "that" has its verb ("rose"); a second finite verb with no subject of its own, no
        conjunction and no comma before it ("was") is the verb of the sentence the claim is the
        subject of, not more of the claim. A verb after "who" or "which" belongs to a relative clause.
        """
        seen = relative = False
        for j in range(k, end):
            lw, tg = self.low[j], self.tags[j]
            if lw in {",", ";", "and", "or", "but"} or tg == "CC":
                return None  # a coordination or an aside: the clause may go on
            if lw in _relative_words() or tg in {"WDT", "WP"}:
                relative = True
            elif tg in _FINITE:
                if relative:
                    relative = False  # the relative clause's own verb
                elif not seen:
                    seen = True
                elif j > k and self.tags[j - 1] not in _SUBJECT_END:
                    return j
        return None

    def quote_ends_before(self, si: int, lo: int) -> bool:
        """Whether the sentence before *si*, in the same paragraph, ends with a closing quote mark."""
        if si == 0 or lo == 0 or self.doc.sentences[si - 1].paragraph != self.doc.sentences[si].paragraph:
            return False
        last = self.toks[lo - 1]
        if last.text not in _CLOSERS:
            return False
        q = self.quote_around(last.start)
        return q is not None and q.span.end == last.end

    def relative_predicate(self, src: tuple[int, int], k: int, hi: int, cue_at: int) -> tuple[int, int, bool] | None:
        """ "the weapons, which they say were supplied by ...": the relative clause's predicate."""
        if src[0] == 0 or self.low[src[0] - 1] not in {"which", "that", "who"}:
            return None
        if k >= hi or self.tags[k] not in {"VBD", "VBZ", "VBP", "MD"}:
            return None
        end = self.clause_end(k, hi, short=False)
        if end <= k:
            return None
        start_c, end_c = self.toks[k].start, self.toks[end - 1].end
        end_c = self.end_in_quote(cue_at, start_c, end_c)
        return (start_c, end_c, False) if end_c > start_c else None

    def quote_in_next_paragraph(self, si: int, k: int, hi: int) -> tuple[int, int, bool] | None:
        """ "He said:" closing a paragraph, and the next paragraph is the quotation."""
        rest = [x for x in range(k, hi) if self.low[x] not in _SENT_END]
        if [self.low[x] for x in rest] != [":"]:
            return None
        p = self.doc.sentences[si].paragraph + 1
        if p >= len(self.doc.paragraphs):
            return None
        q = self.quote_at(self.doc.paragraphs[p].start)
        if q is None:
            return None
        return (q.span.start, q.span.end, True)

    def second_part(self, k: int, hi: int, first: tuple[int, int]) -> tuple[int, int] | None:
        """The piece after "“...,” he said, ...": a quotation, or the rest of an interrupted clause."""
        if k >= hi:
            return None
        first_quoted = self.quote_around(first[0]) is not None and self.quote_around(first[1] - 1) is not None
        if self.is_open_quote(k):
            q = self.quote_at(self.toks[k].start)
            return (q.span.start, q.span.end) if q is not None else None
        opener = self.low[bisect.bisect_left(self.token_starts, first[0])] in wordclass.SUBORDINATORS
        gerund = self.tags[k] == "VBG" and opener  # "Though the vote was close, he said, replacing him is hard."
        if first_quoted or self.is_class(k, "stop") or self.tags[k] in {"WP", "WDT"} or self.low[k] == "who":
            return None
        if self.tags[k] == "VBG" and not gerund:
            return None
        end = self.clause_end(k, hi, short=False)
        if end <= k or not any(self.is_verb(x) for x in range(k, end)):
            return None
        return (self.toks[k].start, self.toks[end - 1].end)


class _Reader(_ContentRules):
    """Reads one document: the cue rules (``_CUE_RULES``) at each word of each sentence, and what they found."""

    def read_sentence(self, si: int) -> None:
        sent = self.doc.sentences[si]
        lo, hi = sent.first_token, sent.last_token
        at, bound = self.cue_at, len(self.found) + MAX_DRAFTS_PER_SENTENCE
        c = bisect.bisect_left(at, lo)
        while c < len(at) and at[c] < hi and len(self.found) < bound:
            i = at[c]  # no cue rule reads a statement at a word that starts no cue
            nxt = None
            for rule in _CUE_RULES:  # the first cue rule that reads a statement at token i decides
                nxt = rule(self, si, i, lo, hi)
                if nxt:
                    break
            c = bisect.bisect_left(at, max(nxt or 0, i + 1), lo=c + 1)

    def try_dash(self, si: int, i: int, _lo: int, hi: int) -> int | None:
        """A quotation signed with a dash: “...” ― Jane Doe."""
        if self.low[i] not in _SIGNING_DASHES or i == 0 or self.toks[i - 1].text not in _CLOSERS:
            return None
        q = self.quote_around(self.toks[i - 1].start)
        if q is None or q.span.end != self.toks[i - 1].end:
            return None
        sent = self.doc.sentences[si]
        para_end = self.doc.paragraphs[sent.paragraph].end
        end_tok = hi
        while end_tok < len(self.toks) and self.toks[end_tok].start < para_end:
            end_tok += 1
        src = self.np_right(i + 1, end_tok)
        if src is None or self.tags[src[1] - 1] not in {"NNP", "NNPS"}:
            return None
        stop = src[1]
        while (
            stop < end_tok
            and not self.is_open_quote(stop)
            and "\n" not in self.text[self.toks[stop - 1].end : self.toks[stop].start]
        ):
            stop += 1
        if any(self.is_word(x) for x in range(src[1], stop)):
            return None
        self.add(
            _Found(
                kind=StatementKind.DIRECT,
                content=(q.span.start, q.span.end),
                parts=[(q.span.start, q.span.end)],
                speaker=self.span_chars(src),
                cue=self.span_chars((i, i + 1)),
                stance=Stance.ASSERT,
                sentence=si,
                evidence=[("dash-signature", self.span_chars((i, src[1])))],
            )
        )
        return src[1]

    def read_speaker_label(self, p: int) -> None:  # noqa: C901  one attribution rule: its guards in order
        """A paragraph that opens with a speaker's name and a colon: "SMITH: We ..." or "Poll: ..."."""
        para = self.doc.paragraphs[p]
        toks = self.doc.tokens_in(para.start, para.end)
        if len(toks) < 3:
            return
        first = bisect.bisect_left(self.token_starts, para.start)
        last = first + len(toks) - 1  # the paragraph's last token
        if first < len(self.toks) and self.is_mark(first):
            first += 1  # a stray quote mark before the label
        k = first
        while k < len(self.toks) and k - first < 5 and self.toks[k].start < para.end:
            if self.low[k] == ":":
                break
            if not (self.toks[k].text[:1].isupper() or self.low[k] in {".", "&"}):
                return
            k += 1
        if k == first or k >= len(self.toks) or self.low[k] != ":":
            return
        if k + 1 > last or not self.has_word(self.toks[k + 1].start, self.toks[last].end):
            return
        if self.toks[k + 1].start >= para.end:
            return
        label = self.text[self.toks[first].start : self.toks[k].start]
        if not any(c.isalpha() for c in label):
            return  # ".. :" or "— :" names nobody
        if k == first + 1 and self.is_class(first, "kicker"):
            return  # "CORRECTION: ...", "UPDATE: ...": a section label, not a speaker
        shouting = all(not c.islower() for c in label)
        if not (shouting or self.is_mark(k + 1) or self.headline_speaker(p, first, k)):
            return  # "The Latest: ..." is a heading; "PENCE: ..." and "Jane Doe: “...”" are speakers
        si = self.doc.sentence_index_at(para.start)
        self.add(
            _Found(
                kind=StatementKind.INDIRECT,
                content=(self.toks[k + 1].start, para.end),
                parts=[(self.toks[k + 1].start, para.end)],
                speaker=self.span_chars((first, k)),
                cue=self.span_chars((k, k + 1)),
                stance=Stance.ASSERT,
                sentence=si if si is not None else 0,
                evidence=[("speaker-label", self.span_chars((first, k + 1)))],
            )
        )

    def headline_speaker(self, p: int, first: int, colon: int) -> bool:
        """A headline "Jane Doe: Voters Want Change": a name (no article, no section label) and a colon."""
        para = self.doc.paragraphs[p]
        if p != 0 or "\n" in self.text[para.start : para.end].strip() or para.end - para.start > 200:
            return False
        return all(
            (self.tags[x].startswith("NNP") and not self.is_class(x, "kicker")) or self.low[x] == _INITIAL_DOT
            for x in range(first, colon)
        )

    def try_prep(self, si: int, i: int, lo: int, hi: int) -> int | None:
        entries = self.lex.preps.get(self.low[i])
        if not entries:
            return None
        for e in entries:
            cue_end = self.entry_end(e, i, hi)
            if cue_end is None:
                continue
            src = self.np_right(cue_end, hi)
            if src is None:
                return None
            after = src[1]
            # at the start of a clause ("..., but according to X, S"): the content follows
            if i == lo or (i - 1 >= lo and (self.is_class(i - 1, "stop") or self.low[i - 1] == "also")):
                k = after + 1 if after < hi and self.low[after] == "," else after
                rc = self.right_content(k, hi, e, self.toks[i].start)
                if rc is None:
                    return None
                content, parts = (rc[0], rc[1]), [(rc[0], rc[1])]
            else:
                left = self.left_content(i, lo)
                if left is None:
                    return None
                content, parts = left, [left]
                if after + 1 < hi and self.low[after] == ",":
                    end = self.clause_end(after + 1, hi, short=False)
                    if end > after + 1 and any(self.is_word(x) for x in range(after + 1, end)):
                        parts.append((self.toks[after + 1].start, self.toks[end - 1].end))
                        content = (left[0], parts[-1][1])
            self.add(
                _Found(
                    kind=StatementKind.INDIRECT,
                    content=content,
                    parts=parts,
                    speaker=self.span_chars(src),
                    cue=self.span_chars((i, cue_end)),
                    stance=e.stance,
                    sentence=si,
                    evidence=[("according-to", self.span_chars((i, src[1])))],
                )
            )
            return src[1]
        return None

    def try_noun(self, si: int, i: int, lo: int, hi: int) -> int | None:
        e = self.lex.nouns.get(self.low[i])
        if e is None or not self.tags[i].startswith("NN") or i + 2 >= hi or self.low[i + 1] != "that":
            return None
        if self.is_verb(i + 2) or self.tags[i + 2] in {"MD", "TO", "RB"}:
            return None  # "the report that was released": a relative clause
        end = self.clause_end(i + 1, hi, short=False)
        if end <= i + 2:
            return None
        main = self.main_verb_after_clause(i + 2, end)
        end = main if main is not None else end
        src: tuple[int, int] | None = None
        if i - 1 >= lo and self.tags[i - 1] == "POS":
            src = self.np_left(i - 1, lo)
        elif i - 1 >= lo and self.tags[i - 1] in {"NNP", "NNPS"}:
            m = i - 1
            while m - 1 >= lo and self.tags[m - 1] in {"NNP", "NNPS"}:
                m -= 1
            src = (m, i)
        start_c = self.toks[i + 1].start
        end_c = self.end_in_quote(self.toks[i].start, start_c, self.toks[end - 1].end)
        if src is None or end_c <= start_c:
            return None
        self.add(
            _Found(
                kind=StatementKind.INDIRECT,
                content=(start_c, end_c),
                parts=[],
                speaker=self.span_chars(src),
                cue=self.span_chars((i, i + 1)),
                stance=e.stance,
                sentence=si,
                evidence=[
                    ("noun-cue-that", self.span_chars((src[0], i + 2))),
                    *([("clause-ends-at-main-verb", self.span_chars((main, main + 1)))] if main is not None else []),
                ],
            )
        )
        return i + 1

    def try_verb(self, si: int, i: int, lo: int, hi: int) -> int | None:
        """A reporting verb at token *i*: its source by the speaker rules, its content by the content rules."""
        c = self.verb_frame(si, i, lo, hi)
        if c is None:
            return None
        for rule, find in _VERB_SPEAKER_RULES:
            c.src = find(self, c)
            if c.src is not None:
                c.evidence.append((rule, self.span_chars(c.src)))
                break
        if c.chain is not None:
            c.evidence.append(("catenative-verb-group", self.span_chars(c.chain)))
        src = c.src
        if src is not None and src[1] - src[0] == 1 and self.low[src[0]] in {"i", "you"} and self.is_class(i, "hedge"):
            return None  # "I think ...", "Do you think ...": a hedge inside one's own words, not a report
        if self.reporter_question(c):
            return None
        self.frame_sides(c)
        for name, content in _VERB_CONTENT_RULES:
            got = content(self, c)
            if got is None:
                continue
            if not got:
                return None  # the rule settled that there is no statement here
            kind, parts = got
            self.content_evidence(c, name, parts)
            self.add(
                _Found(
                    kind=kind,
                    content=(parts[0][0], parts[-1][1]),
                    parts=parts,
                    speaker=self.span_chars(c.src),
                    cue=c.cue_span,
                    stance=self.stance(c),
                    speech=_is_speech(c.entry),
                    sentence=si,
                    addressee=self.span_chars(c.addressee),
                    evidence=c.evidence,
                )
            )
            return c.cue_end
        return None

    def content_evidence(self, c: _VerbCue, name: str, parts: list[tuple[int, int]]) -> None:
        """Record the content rule *name* that settled *parts* (named by what the content is) and its helpers."""
        rule = _QUOTE_OR_CLAUSE[name][self.is_quote_span(parts[0])] if name in _QUOTE_OR_CLAUSE else name
        c.evidence.append((rule, parts[0] if rule != "echoed-claim" else (parts[0][0], parts[-1][1])))
        if len(parts) > 1 and rule != "echoed-claim":
            c.evidence.append(("resumes-after-cue", parts[-1]))
        if rule == "said-verb-then-clause":
            self.note_boundary(c, parts[-1][1])
            self.note_asides(c, parts[-1])

    def stance(self, c: _VerbCue) -> Stance:
        """The cue's stance, and the rule ``negated-denial``: a denial verb negated in its own verb group
        ("did not deny", "has never denied") asserts nothing false; what is not denied is left standing,
        so the statement is hedged (``Stance.HEDGE``), not a denial. The negation is the rule's span."""
        if c.entry.stance is Stance.DENY:
            negation = wordlist("negation.txt")
            for j in range(c.vg, c.i):
                if self.low[j] in negation:
                    c.evidence.append(("negated-denial", self.span_chars((j, j + 1))))
                    return Stance.HEDGE
        return c.entry.stance

    def verb_frame(self, si: int, i: int, lo: int, hi: int) -> _VerbCue | None:
        """The cue at token *i* with its verb group and hearer, or None when it reports nothing here."""
        got = self.verb_cue(i, hi)
        if got is None:
            return None
        entry, cue_end = got
        vg = self.verb_group_start(i, lo)
        chain = self.catenative(vg, i, lo)
        if chain is not None:
            vg = self.verb_group_start(chain, lo)
        elif self.passive(vg, i) or (i - 1 >= lo and self.low[i - 1] == "to" and self.tags[i] == "VB"):
            return None
        lemmas = self.doc.lemmas
        perfect = any(lemmas[j] == "have" for j in range(vg, i))
        if self.tags[i] == "VBN" and not perfect and self.low[i] not in {"said", "told"}:
            return None
        if self.tags[i] == "VBG" and vg - 1 >= lo and self.tags[vg - 1] in {"DT", "PRP$", "JJ", "IN"}:
            return None  # "the reporting of", "for saying": a gerund, not a cue
        k = cue_end
        addressee: tuple[int, int] | None = None
        if "tell" in entry.takes and k < hi:
            a = self.np_right(k, hi, appositive=False)
            if a is not None and not self.is_class(a[0], "time"):
                addressee = self.hearer_before_subject(a, hi)
                k = addressee[1]
        return _VerbCue(
            si=si,
            i=i,
            lo=lo,
            hi=hi,
            entry=entry,
            cue_end=cue_end,
            vg=vg,
            cue_span=(self.toks[vg].start, self.toks[cue_end - 1].end),
            k=k,
            addressee=addressee,
            chain=(chain, chain + 1) if chain is not None else None,
        )


_SIGNING_DASHES = frozenset({"―", "—", "–", "--", "-"})  # what signs a quotation ("“...” ― Jane Doe")

# The cue rules, tried in this order at each token; each returns where reading goes on, or None.
_CUE_RULES: tuple[Callable[[_Reader, int, int, int, int], int | None], ...] = (
    _Reader.try_prep,  # "according to X"
    _Reader.try_noun,  # "X's claim that S"
    _Reader.try_verb,  # "X said S", by the speaker and content rules below
    _Reader.try_dash,  # "“...” ― X"
)

# The speaker rules of a reporting verb, tried in this order; the first that finds a source decides.
_VERB_SPEAKER_RULES: tuple[tuple[str, Callable[[_Reader, _VerbCue], tuple[int, int] | None]], ...] = (
    ("appositive-subject", _Reader.speaker_apposition),
    ("said-verb-then-subject", _Reader.speaker_inverted),
    ("quote-then-subject-then-verb", _Reader.speaker_after_quote),
    ("message-then-participle", _Reader.speaker_of_message),
    ("subject-then-said-verb", _Reader.speaker_before),
    ("participle-takes-frame-subject", _Reader.speaker_frame_subject),
    ("participle-takes-main-subject", _Reader.speaker_main_subject),
    ("coordinated-subject", _Reader.speaker_coordinated),
)

# The content rules of a reporting verb, in this order: the first that settles decides (False: no statement).
_VERB_CONTENT_RULES: tuple[tuple[str, Callable[[_Reader, _VerbCue], _Content | Literal[False] | None]], ...] = (
    ("echoed-claim", _Reader.content_echoed),
    ("quote-then-said-sentence", _Reader.content_quote_sentence_before),
    ("content-then-said-verb", _Reader.content_before_frame),
    ("refusal-to-speak", _Reader.content_refusal),
    ("hypothetical-act", _Reader.content_hypothetical_act),
    ("said-verb-then-content", _Reader.content_after_cue),
    ("quote-in-next-paragraph", _Reader.content_next_paragraph),
    ("relative-clause-predicate", _Reader.content_relative),
)

# Content rules that only ever settle that there is no statement (documented, never in evidence).
_NO_STATEMENT = frozenset({"hypothetical-act"})

# Rules named by what their content is: (name for a clause, name for a quotation).
_QUOTE_OR_CLAUSE = {
    "content-then-said-verb": ("clause-then-said-verb", "quote-then-said-verb"),
    "said-verb-then-content": ("said-verb-then-clause", "said-verb-then-quote"),
}


RULE_NAMES: tuple[str, ...] = (
    *(name for name, _ in _VERB_SPEAKER_RULES),
    *(n for name, _ in _VERB_CONTENT_RULES if name not in _NO_STATEMENT for n in _QUOTE_OR_CLAUSE.get(name, (name,))),
    "resumes-after-cue",
    "catenative-verb-group",
    "infinitive-cue",
    "coordinated-cue-ends-content",
    "fronted-clause-ends-content",
    "adjunct-ends-object",
    "clause-ends-object",
    "coordinated-verb-ends-object",
    "conjoined-clause-ends-content",
    "relative-aside-in-content",
    "according-to",
    "noun-cue-that",
    "clause-ends-at-main-verb",
    "negated-denial",
    "dash-signature",
    "speaker-label",
    "quote-continues",
    "quote-after-report-continues",
    "quote-runs-on",
    "quote-runs-on-to-attribution",
)
"""Every rule name this stage records in ``evidence`` (documented in the attribution guide).

>>> RULE_NAMES[:2]
('appositive-subject', 'said-verb-then-subject')
"""


def _kind(reader: _Reader, f: _Found) -> StatementKind:
    parts = f.parts or [f.content]
    cue_start = f.cue[0] if f.cue is not None else -1
    all_quoted = True
    any_quote = False
    for s, e in parts:
        q = reader.quote_around(s)
        covers = q is not None and q.span.start <= s and e <= q.span.end
        cue_inside = q is not None and q.span.start <= cue_start < q.span.end
        if q is not None and covers and not cue_inside and _only_quote(q, s, e):
            any_quote = True
            continue
        all_quoted = False
        k = bisect.bisect_left(reader.quote_starts, s)
        if k < len(reader.quotes) and reader.quotes[k].span.start < e:
            any_quote = True
    if all_quoted:
        return StatementKind.DIRECT
    return StatementKind.PARTIAL if any_quote else StatementKind.INDIRECT


def _only_quote(q: Quote, s: int, e: int) -> bool:
    """Whether ``[s, e)`` is quote *q* and nothing more (marks and punctuation aside)."""
    return s <= q.span.start + 1 and e >= q.content.end - 1


def _continuations(reader: _Reader) -> None:
    """Quotations with no attribution of their own that go on with the statement before them: a direct
    one, or a report with a speaker in the same paragraph."""
    doc = reader.doc
    used = sorted(
        s
        for f in reader.found
        if f.cue is None or reader.quote_around(f.cue[0]) is None
        for s in (f.parts or [f.content])
    )
    used_starts = [s for s, _ in used]
    reach = list(itertools.accumulate((e for _, e in used), max))
    ends = sorted((f.extent_end, n) for n, f in enumerate(reader.found))
    for q in reader.quotes:
        k = bisect.bisect_left(used_starts, q.span.end) - 1
        if k >= 0 and reach[k] > q.span.start:
            continue  # already inside some attribution
        si = doc.sentence_index_at(q.span.start)
        if si is None or _text_before_in_sentence(reader, si, q.span.start):
            continue
        sentence = doc.sentences[si]
        if reader.has_word(q.span.end, max(q.span.end, sentence.end)) or _heading(reader, q):
            continue
        at = bisect.bisect_right(ends, (q.span.start, len(reader.found))) - 1
        if at < 0:
            continue
        prev = ends[at][1]
        pf = reader.found[prev]
        last = doc.sentence_index_at(max(pf.extent_end - 1, 0))
        if last is None or last != si - 1:
            continue
        rule = "quote-continues"
        if pf.kind is not StatementKind.DIRECT:
            # "X said S1. “S2.”" in one paragraph: the quotation goes on with X's report
            if pf.speaker is None or doc.sentences[last].paragraph != sentence.paragraph:
                continue
            rule = "quote-after-report-continues"
        root = prev
        while reader.found[root].continues is not None:
            root = reader.found[root].continues  # type: ignore[assignment]
        f = _Found(
            kind=StatementKind.DIRECT,
            content=(q.span.start, q.span.end),
            parts=[],
            speaker=None,
            cue=None,
            stance=reader.found[root].stance,
            sentence=si,
            continues=prev,
            extent_end=q.span.end,
            evidence=[(rule, (q.span.start, q.span.end))],
        )
        reader.found.append(f)
        bisect.insort(ends, (f.extent_end, len(reader.found) - 1))


_HEADING_WORDS = 8  # the most words of a quoted section heading


def _heading(reader: _Reader, q: Quote) -> bool:
    """Whether quotation *q* is a section heading: a whole paragraph of a few words, each word of four
    letters or more capitalized ("‘Coal Is Not the Villain.’"), so it continues no one's words."""
    doc = reader.doc
    p = doc.paragraphs[doc.sentences[doc.sentence_index_at(q.span.start) or 0].paragraph]
    if doc.text[p.start : p.end].strip() != doc.text[q.span.start : q.span.end]:
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", doc.text[q.content.start : q.content.end])
    long_words = [w for w in words if len(w) >= 4]
    return len(words) <= _HEADING_WORDS and bool(long_words) and all(w[0].isupper() for w in long_words)


def _paragraph_runs(reader: _Reader) -> None:
    """Quotations over several paragraphs: each paragraph opens a quote mark and only the last one closes.

    A paragraph's quotation that another one's left open carries on continues that statement
    ("He said: “S1. ⏎⏎ “S2.”": S2 continues S1), and when the attribution comes only in a
    later paragraph ("“S1. ⏎⏎ “S2,” he said."), the earlier paragraphs are that speaker's
    statement, which the attributed paragraph continues. A quotation with an attribution of
    its own is never taken in.
    """
    covered = sorted(
        s
        for f in reader.found
        if f.cue is None or reader.quote_around(f.cue[0]) is None
        for s in (f.parts or [f.content])
    )
    starts = [s for s, _ in covered]
    reach = list(itertools.accumulate((e for _, e in covered), max))
    taken: set[int] = set()

    def free(q: Quote) -> bool:
        k = bisect.bisect_left(starts, q.span.end) - 1
        return q.span.start not in taken and not (k >= 0 and reach[k] > q.span.start)

    def draft(q: Quote, rule: str, like: _Found, continues: int | None) -> int:
        taken.add(q.span.start)
        si = reader.doc.sentence_index_at(q.span.start)
        reader.found.append(
            _Found(
                kind=StatementKind.DIRECT,
                content=(q.span.start, q.span.end),
                parts=[],
                speaker=like.speaker if continues is None else None,
                cue=None,
                stance=like.stance,
                sentence=si if si is not None else like.sentence,
                continues=continues,
                extent_end=q.span.end,
                evidence=[(rule, (q.span.start, q.span.end))],
            )
        )
        return len(reader.found) - 1

    for n in range(len(reader.found)):
        f = reader.found[n]
        if f.cue is not None and reader.quote_around(f.cue[0]) is not None:
            continue  # a nested attribution inside someone's quotation
        pieces = f.parts or [f.content]
        last = reader.quote_around(pieces[-1][1] - 1) if pieces[-1][1] > pieces[-1][0] else None
        prev = n
        q = last if last is not None and last.span.end == pieces[-1][1] else None
        while q is not None and (q := reader.run_on(q)) is not None and free(q):
            prev = draft(q, "quote-runs-on", f, prev)
        first = reader.quote_at(pieces[0][0])
        if first is None or f.speaker is None or f.continues is not None:
            continue
        earlier = []
        while (q := _run_on_from(reader, first)) is not None and free(q):
            earlier.append(q)
            taken.add(q.span.start)
            first = q
        prev_id: int | None = None
        for q in reversed(earlier):
            taken.discard(q.span.start)
            prev_id = draft(q, "quote-runs-on-to-attribution" if prev_id is None else "quote-runs-on", f, prev_id)
        if prev_id is not None:
            f.continues = prev_id


def _run_on_from(reader: _Reader, q: Quote) -> Quote | None:
    """The quotation in the paragraph before *q* that *q* carries on, if *q* opens its paragraph."""
    p = q.paragraph
    if p == 0 or reader.doc.paragraphs[p].start != q.span.start:
        return None
    k = bisect.bisect_left(reader.quote_starts, reader.doc.paragraphs[p].start) - 1
    if k < 0:
        return None
    before = reader.quotes[k]
    nxt = reader.run_on(before)
    return before if nxt is not None and nxt.span.start == q.span.start else None


def _text_before_in_sentence(reader: _Reader, si: int, offset: int) -> bool:
    s = reader.doc.sentences[si]
    return reader.has_word(s.start, offset)


def main_clause_subjects(doc: Document) -> Callable[[int], Span | None]:
    """A function giving, for a token, the subject of the main clause of its sentence before it.

    What a purpose infinitive or a participle later in the sentence takes as its speaker
    ("X convened reporters to accuse them ...": X). A fronted phrase is passed over.
    The document is read once; each call looks at one sentence.

    >>> from claimkit.text import TextProcessor
    >>> doc = TextProcessor.from_lexicons().parse("The mayor met reporters on Monday to deny the report.")
    >>> main_clause_subjects(doc)(6).text
    'The mayor'
    """
    reader = _Reader(doc, cue_lexicon())

    def subject(token: int) -> Span | None:
        sentence = doc.sentence_index_at(doc.tokens[token].start) if 0 <= token < len(doc.tokens) else None
        if sentence is None:
            return None
        found = reader.main_clause_subject(doc.sentences[sentence].first_token, token)
        return None if found is None else doc.span(doc.tokens[found[0]].start, doc.tokens[found[1] - 1].end)

    return subject


def find_attributions(doc: Document, *, name: str | None = None) -> tuple[Attribution, ...]:
    """Every attribution in *doc*, in text order, with ids ``s1``, ``s2``, ...

    Args:
        doc: A parsed document (:meth:`claimkit.text.TextProcessor.parse`).
        name: What to call the input in a warning (a file name, a document id).

    Returns:
        The attributions found, in text order; an empty tuple when there are none.

    Warns:
        UnbalancedQuoteWarning: when a quotation is never closed and the next paragraph does
            not carry it on: it is then closed at the end of its paragraph. The message names
            the input (*name*), says so, and gives the offset of the first such quotation
            (:func:`unclosed_quote_warning` gives it without warning).

    >>> from claimkit.text import TextProcessor
    >>> doc = TextProcessor.from_lexicons().parse(
    ...     "The mayor denied closing the park. According to aides, she will run again."
    ... )
    >>> [(a.speaker_span.text, a.cue, a.stance.value, a.content.text) for a in find_attributions(doc)]
    [('The mayor', 'denied', 'deny', 'closing the park'), ('aides', 'According to', 'assert', 'she will run again')]
    """
    reader = _Reader(doc, cue_lexicon())
    for p in range(len(doc.paragraphs)):
        reader.read_speaker_label(p)
    for si in range(len(doc.sentences)):
        reader.read_sentence(si)
    _dedupe(reader)
    _drop_own_voice(reader)
    _drop_bare_infinitives(reader)
    for f in reader.found:
        f.kind = _kind(reader, f)
        f.extent_end = max(f.content[1], f.cue[1] if f.cue else 0, f.speaker[1] if f.speaker else 0)
    _paragraph_runs(reader)
    _continuations(reader)
    _warn_unclosed(doc, name)
    return _assemble(reader)


def _dedupe(reader: _Reader) -> None:
    """Drop drafts whose cue lies inside another draft's source (a cue word used as a name)."""
    sources = sorted(f.speaker for f in reader.found if f.speaker is not None)
    starts = [s for s, _ in sources]
    reach = list(itertools.accumulate((e for _, e in sources), max))
    keep = []
    for f in reader.found:
        if f.cue is not None:
            k = bisect.bisect_right(starts, f.cue[0]) - 1
            if k >= 0 and reach[k] > f.cue[0]:
                continue
        keep.append(f)
    reader.found = keep


def _is_speech(entry: CueEntry) -> bool:
    return bool(entry.takes & {"that", "wh", "inv"})


def _drop_own_voice(reader: _Reader) -> None:
    """Drop nested cues that are part of what the outer speaker says, not a relayed statement.

    Inside someone's statement, "I think", "we want", "he hopes" or "the group defended
    the plan" belong to what that speaker says; reported speech ("they say", "officials
    warned that ...") stays, as attributions relayed by it.
    """
    pieces = sorted((s, e) for f in reader.found for s, e in (f.parts or [f.content]))
    starts = [s for s, _ in pieces]
    keep = []
    for f in reader.found:
        if f.cue is not None and f.speaker is not None:
            who = reader.text[f.speaker[0] : f.speaker[1]].lower()
            attitude = f.stance in {Stance.HEDGE, Stance.OTHER}
            own = who in {"i", "we", "you"} or (who in wordclass.subject_pronouns() and attitude)
            if not own:  # inside a statement only reported speech is relayed ...
                own = attitude or not f.speech or _names_a_thing(reader, f)  # ... and only a proposition
            if own and (_in_content(f, pieces, starts) or _in_quotation(reader, f)):
                continue
        keep.append(f)
    reader.found = keep


def _names_a_thing(reader: _Reader, f: _Found) -> bool:
    """Rule ``object-inside-content``: whether draft *f*'s content is one noun phrase (no verb, no
    quotation mark): read inside another statement, "video shows the explosion", "he said this",
    "the U.S. had accepted 11,000 refugees" is an act on a thing, part of what the outer speaker
    says, not a proposition that speaker relays. A denial or a confirmation keeps its statement
    ("officials said the mayor denied the report", "... had not confirmed the cause"): what it denies or
    confirms is a claim, whatever its shape."""
    if len(f.parts) > 1 or f.stance in _CLAIM_STANCES:
        return False
    s, e = f.content
    if not _QUOTE_CHARS.isdisjoint(reader.text[s:e]):
        return False
    return not any(reader.is_verb(t) for t in reader.token_range((s, e)))


_QUOTE_CHARS = frozenset(_OPENERS + _CLOSERS)
_CLAIM_STANCES = frozenset({Stance.DENY, Stance.DISMISS, Stance.RETRACT, Stance.CONFIRM})

_BARE_INFINITIVE = re.compile(r"to\s+\W*[\w'’-]+\W*", re.IGNORECASE)


def is_bare_infinitive(content: str) -> bool:
    """Rule ``bare-infinitive``: whether a content is "to" and one word, with nothing of its own to say.

    "They had agreed to wait.", "It seemed to reverberate.": the infinitive names an act, not
    something said, so the cue makes no statement (a refusal, "refused to comment", keeps its own).

    >>> is_bare_infinitive("to obtain."), is_bare_infinitive("to ‘clarify’"), is_bare_infinitive("to testify today")
    (True, True, False)
    """
    return _BARE_INFINITIVE.fullmatch(content.strip()) is not None


def _drop_bare_infinitives(reader: _Reader) -> None:
    """Drop the drafts whose content, in one piece, is a bare infinitive (:func:`is_bare_infinitive`);
    a refusal keeps its statement ("refused to comment": rule ``refusal-to-speak``)."""
    text = reader.text
    reader.found = [
        f
        for f in reader.found
        if f.stance is Stance.REFUSE or len(f.parts) > 1 or not is_bare_infinitive(text[f.content[0] : f.content[1]])
    ]


def _in_content(f: _Found, pieces: list[tuple[int, int]], starts: list[int]) -> bool:
    """Whether *f*'s cue lies in a content piece of another draft (*pieces*, sorted; *starts*, theirs)."""
    cue = f.cue
    if cue is None:
        return False
    k = bisect.bisect_right(starts, cue[0]) - 1
    window = pieces[max(0, k - _LOOK_BACK) : k + 1]
    return any(s <= cue[0] and cue[1] <= e and (s, e) != f.content for s, e in window)


def _in_quotation(reader: _Reader, f: _Found) -> bool:
    """Rule ``own-voice-in-quote``: whether draft *f* lies wholly inside one closed quotation.

    A quotation is its speaker's statement even before a rule attributes it (a quote that goes
    on with the statement before it, one attributed after the paragraph is read): what its
    speaker thinks, wants or does inside it ("“We believe ...”", "“He has accepted ...”") is
    part of what that speaker says, like an attitude inside reported content.
    """
    q = reader.quote_around(f.cue[0]) if f.cue is not None else None
    return q is not None and q.closed and _inside(f, q.span.start, q.span.end)


def _inside(f: _Found, start: int, end: int) -> bool:
    """Whether draft *f* (its cue, source and content) lies within chars ``[start, end)``."""
    spans = [x for x in (f.cue, f.speaker, f.content) if x is not None]
    return all(start <= s and e <= end for s, e in spans)


def _warn_unclosed(doc: Document, name: str | None) -> None:
    """One warning per document listing the quotations that are never closed."""
    found = unclosed_quote_warning(doc, name)
    if found is not None:
        warnings.warn(found, stacklevel=3)


def unclosed_quote_warning(doc: Document, name: str | None = None) -> UnbalancedQuoteWarning | None:
    """One warning per document listing the quotations that are never closed, or ``None``.

    *name* (a file name, a document id) starts the message when given.
    """
    paragraphs = doc.paragraphs
    unclosed = []
    for q in doc.quotes:
        if q.closed or q.depth:
            continue
        nxt = q.paragraph + 1
        if nxt < len(paragraphs) and paragraphs[nxt].text[:1] in _OPENERS:
            continue  # a quotation running on into the next paragraph, as newspapers print it
        unclosed.append(q)
    if unclosed:
        first = unclosed[0]
        where = f"{name}: " if name else ""
        msg = (
            f"{where}{len(unclosed)} quotation(s) never closed; each was closed at the end of its paragraph "
            f"(the next paragraph does not open a quotation that would carry it on); "
            f"the first opens at offset {first.span.start}: {first.span.text[:40]!r}"
        )
        return UnbalancedQuoteWarning(msg)
    return None


_MAX_VIA = 3  # sources kept in a chain of nested attributions (the nearest ones)


def _containers(reader: _Reader) -> list[int | None]:
    """For each attribution, the one whose content piece (the smallest) holds its cue, or ``None``."""
    # via: the speakers of the attributions whose content holds this one's cue, outermost first
    pieces = sorted((s, e, m) for m, g in enumerate(reader.found) for s, e in (g.parts or [g.content]))
    piece_starts = [s for s, _, _ in pieces]

    def find_container(n: int) -> int | None:
        """The attribution with the smallest content piece holding *n*'s cue (a bounded look back)."""
        f = reader.found[n]
        if f.cue is None:
            return None
        best: tuple[int, int] | None = None
        k = bisect.bisect_right(piece_starts, f.cue[0]) - 1
        for s, e, m in reversed(pieces[max(0, k - _LOOK_BACK) : k + 1]):
            if m != n and s <= f.cue[0] and f.cue[1] <= e and (best is None or e - s < best[0]):
                best = (e - s, m)
        return best[1] if best is not None else None

    return [find_container(n) for n in range(len(reader.found))]


def _assemble(reader: _Reader) -> tuple[Attribution, ...]:
    text = reader.text
    order = sorted(
        range(len(reader.found)),
        key=lambda n: (
            min(x[0] for x in (reader.found[n].content, reader.found[n].cue, reader.found[n].speaker) if x is not None),
            reader.found[n].content[0],
        ),
    )
    ids = {n: f"s{rank + 1}" for rank, n in enumerate(order)}

    made: dict[tuple[int, int], Span] = {}  # one Span (and one copy of its text) per distinct offsets

    def cut(x: tuple[int, int]) -> Span:
        found = made.get(x)
        if found is None:
            found = made[x] = Span.from_text(text, x[0], x[1])
        return found

    def span(x: tuple[int, int] | None) -> Span | None:
        return None if x is None else cut(x)

    containers = _containers(reader)  # once per attribution

    def speaker_of(m: int) -> tuple[int, int] | None:
        seen = 0
        while reader.found[m].speaker is None and reader.found[m].continues is not None and seen < 1000:
            m = reader.found[m].continues  # type: ignore[assignment]
            seen += 1
        return reader.found[m].speaker

    def via(n: int) -> list[tuple[int, int]]:
        # the nearest _MAX_VIA sources only: "X said that Y said that Z said ..." must not give
        # every link the whole chain (output quadratic in the chain's length)
        chain: list[tuple[int, int]] = []
        m = containers[n]
        seen = {n}
        while m is not None and m not in seen and len(chain) < _MAX_VIA:
            seen.add(m)
            sp = speaker_of(m)
            if sp is not None:
                chain.append(sp)
            m = containers[m]
        return chain[::-1]

    out = []
    for n in order:
        f = reader.found[n]
        parts = tuple(cut(x) for x in f.parts) if len(f.parts) > 1 else ()
        content = cut(f.content)
        cue = span(f.cue)
        out.append(
            Attribution(
                id=ids[n],
                kind=f.kind,
                content=content,
                content_parts=parts,
                speaker_span=span(f.speaker),
                cue=cue.text if cue is not None else None,
                cue_span=cue,
                stance=f.stance,
                continues=ids[f.continues] if f.continues is not None else None,
                via_spans=tuple(s for x in via(n) if (s := span(x)) is not None),
                addressee_span=span(f.addressee),
                evidence=tuple(Evidence(rule=rule, span=span(x)) for rule, x in f.evidence),
            )
        )
    return tuple(out)
