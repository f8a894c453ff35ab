"""Shared fixtures: NLTK data location, Hypothesis profiles, the reference article."""

from __future__ import annotations

import functools
import importlib.util
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from claimkit.text import Document, TextProcessor

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REFERENCE = ROOT / "examples" / "data" / "reference-article.txt"

if "NLTK_DATA" not in os.environ and (SHARED / "nltk_data").is_dir():
    os.environ["NLTK_DATA"] = str(SHARED / "nltk_data")

settings.register_profile("dev", max_examples=50, deadline=None)
settings.register_profile("ci", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=100_000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


def _tagger_available() -> bool:
    try:
        import nltk

        nltk.data.find("taggers/averaged_perceptron_tagger_eng/")
    except LookupError:
        return False
    return True


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if _tagger_available():
        return
    skip = pytest.mark.skip(
        reason="NLTK tagger not installed (python -m nltk.downloader averaged_perceptron_tagger_eng)"
    )
    for item in items:
        if "needs_nltk_data" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def reference_text() -> str:
    return REFERENCE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def reference_analysis(reference_text: str):
    import claimkit

    return claimkit.analyze(reference_text, published="2017-07-26", doc_id="reference")


@pytest.fixture(scope="session")
def sample_analysis():
    """A hand-made Analysis of an invented article (tests/_sample.py), whatever the stages find."""
    spec = importlib.util.spec_from_file_location("claimkit_tests_sample", ROOT / "tests" / "_sample.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.sample_analysis()


@functools.cache
def processor() -> TextProcessor:
    """One text processor for the whole run (loading the tagger takes a moment); tests import it."""
    return TextProcessor.from_lexicons()


def parse(text: str) -> Document:
    """*text* read by the shared :func:`processor`."""
    return processor().parse(text)
