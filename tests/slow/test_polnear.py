"""PolNeAR dev: claimkit's statements against the attribution annotations (measured, never shipped).

Runs the shared scorer on the dev split and checks the first milestone (CofeNet-exact F1:
source >= 0.60, cue >= 0.65, content >= 0.50 is the goal; the floors here guard against
regressions). Skipped when the corpus is not beside the repository.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.slow, pytest.mark.needs_nltk_data]

SHARED = Path(__file__).resolve().parents[3] / "shared"
DEV = SHARED / "data" / "attribution" / "polnear" / "dev"
SCORER = SHARED / "tools" / "score_polnear.py"


@pytest.fixture(scope="module")
def scores() -> dict[str, object]:
    if not DEV.is_dir() or not SCORER.is_file():
        pytest.skip("PolNeAR dev split or its scorer is not available")
    out = subprocess.run(
        [sys.executable, "-W", "ignore", str(SCORER), str(DEV), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, object] = json.loads(out.stdout)
    return result


def test_no_article_fails(scores: dict[str, object]) -> None:
    assert scores["analyze_errors"] == 0
    assert scores["bad_spans"] == 0


def test_cofenet_exact_f1_floors(scores: dict[str, object]) -> None:
    cofenet = scores["cofenet"]
    assert isinstance(cofenet, dict)
    assert cofenet["exact"]["source"]["f1"] >= 0.50
    assert cofenet["exact"]["cue"]["f1"] >= 0.55
    assert cofenet["exact"]["content"]["f1"] >= 0.40
