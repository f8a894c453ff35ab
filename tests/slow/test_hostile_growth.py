"""Hostile inputs grow linearly: 10 KB against 100 KB of each of claimkit.testing.hostile_texts.

The benchmark (benchmarks/run.py) measures them up to 1 MB; this only guards against a
return of super-linear work or output, with a wide margin for a busy machine.
"""

import time
import warnings

import pytest

import claimkit
from claimkit.testing import hostile_texts

pytestmark = [pytest.mark.slow, pytest.mark.needs_nltk_data]

_SMALL, _LARGE = 10_000, 100_000


def _run(analyzer: claimkit.Analyzer, text: str) -> tuple[float, int]:
    start = time.process_time()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", claimkit.ClaimkitWarning)
        result = analyzer.analyze(text, published="2017-07-26")
    return time.process_time() - start, len(result.to_json())


@pytest.mark.parametrize("name", list(hostile_texts(10)))
def test_ten_times_the_input_is_about_ten_times_the_work(name):
    analyzer = claimkit.Analyzer()
    analyzer.analyze("Warm up.")
    small_time, small_output = _run(analyzer, hostile_texts(_SMALL)[name])
    large_time, large_output = _run(analyzer, hostile_texts(_LARGE)[name])
    assert large_output <= 15 * max(small_output, 1_000)
    assert large_time <= 25 * max(small_time, 0.05)
