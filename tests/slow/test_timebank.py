"""TimeBank (TempEval-3 TBAQ-cleaned) through the shared scorer: targets from issue 3."""

import importlib.util
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[3] / "shared"
DATA = SHARED / "data" / "timebank"
SCORER = SHARED / "tools" / "score_timeml.py"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.needs_nltk_data,
    pytest.mark.skipif(not (DATA.is_dir() and SCORER.is_file()), reason="shared TimeBank data not present"),
]


def test_timebank_relaxed_and_value_f1():
    spec = importlib.util.spec_from_file_location("score_timeml", SCORER)
    assert spec is not None
    assert spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    result = scorer.score([DATA], verbose=False)
    assert result["analyze_errors"] == 0
    assert result["relaxed"]["f1"] >= 0.90
    assert result["value"]["f1"] >= 0.80
