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
  FOUND=""
  for dir in ${NLTK_DATA:+${NLTK_DATA//:/ }} ../shared/nltk_data "$HOME/nltk_data"; do
    if [ -d "$dir/$TAGGER" ]; then FOUND="$dir"; break; fi
  done
  if [ -n "$FOUND" ]; then
    mkdir -p .venv/nltk_data/taggers
    cp -r "$FOUND/$TAGGER" .venv/nltk_data/taggers/
    echo "setup: NLTK's tagger copied from $FOUND"
  elif ! .venv/bin/python -m nltk.downloader -d .venv/nltk_data averaged_perceptron_tagger_eng </dev/null; then
    echo "setup: could not download NLTK's tagger (no network?). Copy a folder holding" >&2
    echo "  $TAGGER into .venv/nltk_data/taggers/, or point NLTK_DATA at one and run this again." >&2
    exit 1
  fi
fi
