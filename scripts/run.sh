#!/usr/bin/env bash
# Command 1: set everything up, then start ATTT Desk (arguments go to the app).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh run
exec .venv/bin/python -m app "$@"
