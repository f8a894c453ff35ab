"""Contradictions on the reference article and on the shared pair corpora, through the shared scorers."""

import importlib.util
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[3] / "shared"
TOOLS = SHARED / "tools"
DATA = SHARED / "data"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.needs_nltk_data,
    pytest.mark.skipif(not (DATA.is_dir() and TOOLS.is_dir()), reason="shared data not present"),
]


def _scorer(name):
    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reference_article_contradictions():
    result = _scorer("score").score_docs([DATA / "seed"], verbose=False)
    assert result["contradictions"]["recall"] == 1.0
    assert result["contradictions"]["false_on_non"] == 0


def test_rte3_contradiction_precision():
    result = _scorer("score_pairs").score(DATA / "contradiction" / "rte3_dev_en_3way.dev.jsonl", False, False)
    assert result["compare_errors"] == 0
    assert result["contradiction"]["precision"] >= 0.40


def test_emergent_against():
    result = _scorer("score_pairs").score(DATA / "contradiction" / "emergent_train.jsonl", False, False)
    assert result["compare_errors"] == 0
    assert result["contradiction"]["f1"] >= 0.45
