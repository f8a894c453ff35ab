"""The public surface is deliberate: any change here goes in the changelog."""

import subprocess
import sys

import claimkit

EXPECTED = [
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


def test_all_is_pinned():
    assert claimkit.__all__ == EXPECTED


def test_all_is_sorted():
    assert sorted(claimkit.__all__) == claimkit.__all__


def test_every_name_exists():
    for name in claimkit.__all__:
        assert hasattr(claimkit, name), name


def test_import_is_pure():
    # importing claimkit loads neither nltk nor dateparser, and does no I/O worth measuring
    code = "import sys, claimkit; print('nltk' in sys.modules, 'dateparser' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


def test_error_tree():
    for name in (
        "InvalidInputError",
        "InputTooLargeError",
        "InvalidSpanError",
        "DateNormalizationError",
        "SerializationError",
        "ResourceMissingError",
        "MissingDependencyError",
        "NotFoundError",
        "StoreError",
    ):
        assert issubclass(getattr(claimkit, name), claimkit.ClaimkitError)
    assert issubclass(claimkit.InvalidInputError, ValueError)
    assert issubclass(claimkit.ResourceMissingError, LookupError)
    assert issubclass(claimkit.MissingDependencyError, ImportError)
    assert issubclass(claimkit.NotFoundError, KeyError)
    assert issubclass(claimkit.AmbiguousDateWarning, claimkit.ClaimkitWarning)
