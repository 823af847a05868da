"""Errors of the seal package.

A code that cannot be read (truncated, malformed, unknown data identifier) is a fact about
the document, reported as a finding: ``SealFormatError``. Failing to reach the network in
``docverify trust update`` is the command's own failure: ``TrustUpdateError`` (exit 4).
"""

from __future__ import annotations

from docverify.errors import DocverifyError


class SealFormatError(ValueError):
    """The bytes read from a barcode are not a well-formed 2D-Doc (or are cut short)."""


class TrustUpdateError(DocverifyError):
    """``docverify trust update`` could not download the trust list nor any certificate."""
