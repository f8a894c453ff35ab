#!/usr/bin/env bash
# The whole check, as CI runs it: set-up, ruff, mypy --strict, pytest (unit, property, doctests, examples).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check src tests examples benchmarks
.venv/bin/ruff format --check src tests examples benchmarks
.venv/bin/mypy --strict
.venv/bin/python -m pytest "$@"
