#!/usr/bin/env bash
# Set up a development environment from scratch: .venv with claimkit (editable) and its
# development tools (tests, lint, typing, docs), plus NLTK's English POS tagger inside the venv.
# The browser test (tests/test_browser.py) also wants a headless Chromium: `apt-get install chromium`
# (.ci/run installs it); without one that test is skipped.
# Idempotent: running it again only fills in what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade "pip>=25.1"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e . --group dev --group bench
# NLTK looks in <venv>/nltk_data; put the tagger there.
TAGGER=taggers/averaged_perceptron_tagger_eng
if [ ! -d ".venv/nltk_data/$TAGGER" ]; then
  if [ -d "../shared/nltk_data/$TAGGER" ]; then
    mkdir -p .venv/nltk_data/taggers
    cp -r "../shared/nltk_data/$TAGGER" .venv/nltk_data/taggers/
  else
    .venv/bin/python -m nltk.downloader -d .venv/nltk_data averaged_perceptron_tagger_eng
  fi
fi
