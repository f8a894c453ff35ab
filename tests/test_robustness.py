"""Hostile input never crashes; the size limit; the same output in every process and hash seed.

The inputs are the adversarial kinds of ``benchmarks/run.py`` at small sizes: the
benchmark checks that they take linear time at 100 KB and 1 MB, these tests check
that they go through every code path raising nothing but ClaimkitError.
"""

import json
import os
import subprocess
import sys
import warnings

import pytest

import claimkit
from claimkit.model import spans_of

pytestmark = pytest.mark.needs_nltk_data

N = 3000
HOSTILE = {
    "quote marks": ("“”‘’\"'«»„" * N)[:N],
    "quote marks and words": " ".join(["“said", "”said", "'said", '"said'] * (N // 24)),
    "line without spaces": "a" * N,
    "punctuation without spaces": ("!?.,;:" * N)[:N],
    "digit run": "7" * N,
    "digits and separators": ("12/07/2017-3.5,000:" * N)[:N],
    "deep brackets": "(" * (N // 2) + ")" * (N // 2),
    "unbalanced brackets": "[(" * (N // 2),
    "mixed scripts": " ".join(["Москва заявила", "قال الوزير", "北京表示", "Athens said", "दिल्ली ने कहा"] * (N // 60)),
    "NUL bytes": ("“He said\x00 no,” she said.\x00" * N)[:N],
    "lone surrogates": "".join(chr(0xD800 + i % 0x800) if i % 3 else " " for i in range(N)),
    "RTL marks": ("\u200f“\u202eHe said\u202c” \u200e" * N)[:N],
    "one long sentence": ("the minister said that " * N)[:N],
    "many short lines": ("Hi.\n" * N)[:N],
    "nested speakers": ("Ann Roe of the Ruritanian Ministry said that " * N)[:N],
    "short names and titles": ("Mr. A. Dr. B, Gen. C and Sen. D said. " * N)[:N],
    "blank lines only": "\n \n\t\r\n" * (N // 5),
    "combining marks": "e" + "\u0301" * N,
    "dates everywhere": ("on Monday, April 3, 2017, two days ago, in 1999 " * N)[:N],
    "cues everywhere": ("said told denied according to " * N)[:N],
    "one paragraph repeated": ("Officials said the dam was safe. Engineers denied that the dam was safe.\n" * N)[:N],
    "one claim, many speakers": "".join(
        f"Ann Roe{i} said the dam was safe. Engineer Bo Lind{i} denied that the dam was safe. " for i in range(N // 80)
    ),
}


@pytest.fixture(scope="module")
def analyzer() -> claimkit.Analyzer:
    return claimkit.Analyzer()


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_is_analyzed_or_rejected_cleanly(analyzer, name):
    text = HOSTILE[name]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", claimkit.ClaimkitWarning)
            result = analyzer.analyze(text, published="2017-07-26", doc_id=name)
    except claimkit.InvalidInputError:  # the documented error; an InvalidSpanError would be a bug
        return
    for span in spans_of(result):
        assert text[span.start : span.end] == span.text
    assert claimkit.Analysis.from_json(result.to_json()) == result


def test_size_limit_is_exact_and_explained():
    analyzer = claimkit.Analyzer(config=claimkit.AnalyzerConfig(max_chars=50))
    assert analyzer.analyze("x" * 50).text == "x" * 50
    with pytest.raises(claimkit.InputTooLargeError, match=r"51 characters.*limit of 50.*max_chars") as info:
        analyzer.analyze("x" * 51)
    assert isinstance(info.value, claimkit.InvalidInputError)
    assert isinstance(info.value, ValueError)
    for bad in (0, -1):
        with pytest.raises(claimkit.InvalidInputError, match="max_chars"):
            claimkit.AnalyzerConfig(max_chars=bad)


def test_size_limit_applies_to_each_document_of_many():
    analyzer = claimkit.Analyzer(config=claimkit.AnalyzerConfig(max_chars=10))
    results = analyzer.analyze_many(["Short.", "Far too long for it."])
    assert next(results).text == "Short."
    with pytest.raises(claimkit.InputTooLargeError):
        next(results)


_DETERMINISM_TEXT = (
    "“We will not sign it,” the trade minister, Ana Lopes, said on Tuesday. "
    "Officials in two ministries denied the reports, and the committee met two days ago.\n\n"
    "According to the union, talks resumed in April. “Nothing is agreed,” a spokesman told reporters. "
    "The minister said the talks had not resumed."
)

_CHILD = """
import json, sys, warnings
import claimkit
warnings.simplefilter("ignore")
text = sys.stdin.read()
print(claimkit.analyze(text, published="2017-07-26", doc_id="d").to_json())
"""


def _analyze_in_subprocess(seed: str) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run(
        [sys.executable, "-c", _CHILD],
        input=_DETERMINISM_TEXT,
        capture_output=True,
        text=True,
        check=True,
        env=env,
        timeout=120,
    ).stdout
    return json.loads(out)


def test_same_output_across_processes_and_hash_seeds():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", claimkit.ClaimkitWarning)
        here = json.loads(claimkit.analyze(_DETERMINISM_TEXT, published="2017-07-26", doc_id="d").to_json())
    assert _analyze_in_subprocess("0") == here
    assert _analyze_in_subprocess("4242") == here
