"""Masking of identifiers: full IBANs, document numbers and NIRs never go into logs,
and reports hide them on request (``--redact``)."""

from __future__ import annotations

from typing import Any

SENSITIVE_FIELDS = frozenset({"iban", "document_number", "nir", "numero_compte"})


def mask(value: str, head: int = 4, tail: int = 3) -> str:
    """Keep the first and last characters.

    >>> mask("FR7630004008280001234567890")
    'FR76********************890'
    >>> mask("12AB")
    '****'
    """
    if len(value) <= head + tail:
        return "*" * len(value)
    return value[:head] + "*" * (len(value) - head - tail) + value[-tail:]


def redact_fields(fields: dict[str, Any]) -> dict[str, Any]:
    return {
        k: (mask(v) if k in SENSITIVE_FIELDS and isinstance(v, str) else v)
        for k, v in fields.items()
    }
