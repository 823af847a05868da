"""How hard the fuzz tests try.

CI mode (the default, ``scripts/test.sh``): a bounded, derandomised number of examples
per parser, the same every run, so a failure is reproducible and the suite stays fast.
Long local mode: ``DOCVERIFY_FUZZ=long`` multiplies the examples by 100 and draws new
ones every run (failures are kept in ``.hypothesis/`` and replayed first);
``DOCVERIFY_FUZZ_EXAMPLES=N`` sets the number per test outright.

    DOCVERIFY_FUZZ=long .venv/bin/python -m pytest tests/fuzz -q -p no:xdist \\
        --hypothesis-show-statistics
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

LONG = os.environ.get("DOCVERIFY_FUZZ", "").lower() == "long"
FACTOR = 100
EXPLICIT = int(os.environ.get("DOCVERIFY_FUZZ_EXAMPLES") or 0)

ALLOWED_HEALTH = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]


def examples(ci: int) -> int:
    """Examples for a test that tries ``ci`` of them in CI mode."""
    if EXPLICIT:
        return EXPLICIT
    return ci * FACTOR if LONG else ci


def fuzz(ci: int = 200) -> settings:
    """Hypothesis settings for a fuzz test trying ``ci`` examples in CI mode."""
    return settings(
        max_examples=examples(ci),
        deadline=None,
        derandomize=not LONG,
        database=settings.default.database if LONG else None,
        suppress_health_check=ALLOWED_HEALTH,
        print_blob=True,
    )
