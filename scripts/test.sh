#!/usr/bin/env bash
# The whole check, as CI runs it: set-up, ruff, mypy --strict, pytest (unit, property, doctests in src/
# and docs/, examples, the browser test where Chromium is installed), and the docs build (warnings are errors).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check src tests examples benchmarks docs
.venv/bin/ruff format --check src tests examples benchmarks docs
.venv/bin/mypy --strict
.venv/bin/python -m pytest "$@"
# -E: a fresh environment, so warnings in unchanged pages are reported too
.venv/bin/sphinx-build -W -E -q -b html docs docs/_build/html
