#!/usr/bin/env bash
# Install (if needed) and audit the bundled complete sample packet.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install.sh
exec .venv/bin/docverify samples/complete_employed --as-of 2026-11-15 "$@"
