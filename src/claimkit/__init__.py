"""claimkit: who said what, when, and where sources disagree, in news text.

>>> import claimkit
>>> analysis = claimkit.analyze("“We left,” the minister said.", published="2017-07-26")
>>> isinstance(analysis, claimkit.Analysis)
True

Importing claimkit does no work: NLTK data is loaded on first use.
"""

from __future__ import annotations

from claimkit.checking import CheckResult, Verdict, check
from claimkit.errors import (
    AmbiguousDateWarning,
    ClaimkitError,
    ClaimkitWarning,
    DateNormalizationError,
    InputTooLargeError,
    InvalidInputError,
    InvalidSpanError,
    MissingDependencyError,
    NotFoundError,
    ResourceMissingError,
    SerializationError,
    StoreError,
    UnbalancedQuoteWarning,
)
from claimkit.model import (
    Actor,
    ActorKind,
    Analysis,
    Approximation,
    Argument,
    Claim,
    Evidence,
    Granularity,
    Polarity,
    PredicateClass,
    Quantity,
    QuantityKind,
    Relation,
    RelationKind,
    Span,
    Stance,
    Statement,
    StatementKind,
    TimeExpression,
    TimeKind,
    TimeMod,
    TimeSource,
    TimeValue,
)
from claimkit.parallel import Article, Failure
from claimkit.pipeline import Analyzer, AnalyzerConfig, analyze, compare
from claimkit.relations import find_relations
from claimkit.render import render_html
from claimkit.store import Store
from claimkit.tables import to_frame, to_records
from claimkit.temporal import normalize_date

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "ActorKind",
    "AmbiguousDateWarning",
    "Analysis",
    "Analyzer",
    "AnalyzerConfig",
    "Approximation",
    "Argument",
    "Article",
    "CheckResult",
    "Claim",
    "ClaimkitError",
    "ClaimkitWarning",
    "DateNormalizationError",
    "Evidence",
    "Failure",
    "Granularity",
    "InputTooLargeError",
    "InvalidInputError",
    "InvalidSpanError",
    "MissingDependencyError",
    "NotFoundError",
    "Polarity",
    "PredicateClass",
    "Quantity",
    "QuantityKind",
    "Relation",
    "RelationKind",
    "ResourceMissingError",
    "SerializationError",
    "Span",
    "Stance",
    "Statement",
    "StatementKind",
    "Store",
    "StoreError",
    "TimeExpression",
    "TimeKind",
    "TimeMod",
    "TimeSource",
    "TimeValue",
    "UnbalancedQuoteWarning",
    "Verdict",
    "__version__",
    "analyze",
    "check",
    "compare",
    "find_relations",
    "normalize_date",
    "render_html",
    "to_frame",
    "to_records",
]
