#!/usr/bin/env bash
# Install (if needed), then run the whole test suite: lint, types, unit and end-to-end
# tests (real tesseract on the rendered samples). Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh
.venv/bin/ruff check src tests samples bench
.venv/bin/ruff format --check src tests samples bench
.venv/bin/mypy
# a fresh OCR cache, so the end-to-end tests really run tesseract
export DOCVERIFY_CACHE_DIR="$(mktemp -d)"
trap 'rm -rf "$DOCVERIFY_CACHE_DIR"' EXIT
set +e
.venv/bin/python -m pytest -n 2 --dist loadfile -q "$@"
rc=$?
set -e
if [ "$rc" -eq 5 ]; then
  echo "pytest collected no tests: failing on purpose" >&2
  exit 1
fi
exit "$rc"
