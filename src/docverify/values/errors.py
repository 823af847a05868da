"""Errors raised when a value (MRZ, IBAN, NIR...) cannot be parsed.

They extend python-stdnum's exception family, so ``except
stdnum.exceptions.ValidationError`` and ``except ValueError`` both catch them,
and mirror its names: a caller can handle ``InvalidLength`` from stdnum and
from docverify alike.

Messages never contain a full identifier (IBAN, document number, NIR): only
masked forms or positions.

>>> issubclass(InvalidLength, InvalidFormat), issubclass(InvalidFormat, ValueError)
(True, True)
>>> str(InvalidChecksum("RIB key does not match"))
'RIB key does not match'
"""

from __future__ import annotations

from stdnum import exceptions as _stdnum

__all__ = ["InvalidChecksum", "InvalidFormat", "InvalidLength", "ValueParseError"]


class ValueParseError(_stdnum.ValidationError):
    """Base class: the text could not be turned into the value object."""

    message = "The value could not be parsed."


class InvalidFormat(ValueParseError, _stdnum.InvalidFormat):
    """Characters, structure or required parts are wrong."""

    message = "The value has an invalid format."


class InvalidLength(InvalidFormat, _stdnum.InvalidLength):
    """The value (or one of its lines) has the wrong length."""

    message = "The value has an invalid length."


class InvalidChecksum(ValueParseError, _stdnum.InvalidChecksum):
    """A check digit or checksum does not match."""

    message = "The value's checksum or check digit is invalid."
