"""French identity numbers: NIR (social security number), SIREN and SIRET.

The checks are python-stdnum's (``stdnum.fr.nir``, ``stdnum.fr.siren``,
``stdnum.fr.siret``, including La Poste's SIRET exception); errors are re-raised
as docverify's :mod:`~docverify.values.errors` with masked numbers only.

>>> nir = Nir.parse("2 95 10 99 126 111 93")
>>> nir.compact, nir.sex, nir.birth_year_2digits, nir.birth_month, nir.department
('295109912611193', 'F', '95', '10', '99')
>>> nir.masked
'2 95 ** ** *** *** 93'
>>> Nir.parse("253072B07300470").department
'2B'
>>> Siret.parse("732 829 320 00074").siren.compact
'732829320'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from stdnum import exceptions as _se
from stdnum.fr import nir as _nir
from stdnum.fr import siren as _siren
from stdnum.fr import siret as _siret

from docverify.values.errors import InvalidChecksum, InvalidFormat, InvalidLength

__all__ = ["Nir", "Siren", "Siret"]


def _validate(func: Callable[[str], str], text: str, what: str, masked: str) -> str:
    """Run a stdnum validator, translating its errors (messages carry the masked form)."""
    try:
        return func(text)
    except _se.InvalidLength:
        raise InvalidLength(f"{what} {masked}: wrong length") from None
    except _se.InvalidChecksum:
        raise InvalidChecksum(f"{what} {masked}: bad check digits") from None
    except _se.ValidationError:
        raise InvalidFormat(f"{what} {masked}: invalid format") from None


def _mask_digits(compact: str, keep_start: int, keep_end: int) -> str:
    if len(compact) <= keep_start + keep_end:
        return "*" * len(compact)
    return compact[:keep_start] + "*" * (len(compact) - keep_start - keep_end) + compact[-keep_end:]


@dataclass(frozen=True, repr=False)
class Nir:
    """French NIR: sex (1), year (2), month (2), department (2, 2A/2B in Corsica),
    commune (3), order number (3), key (2)."""

    compact: str

    @classmethod
    def parse(cls, text: str) -> Nir:
        """Validate with python-stdnum.

        >>> Nir.parse("295109912611199")
        Traceback (most recent call last):
            ...
        docverify.values.errors.InvalidChecksum: NIR 2 95 ** ** *** *** 99: bad check digits
        """
        compact = _nir.compact(text)
        return cls(_validate(_nir.validate, compact, "NIR", _mask_nir(compact)))

    @property
    def sex(self) -> str | None:
        """M (1, 3, 7), F (2, 4, 8); 7/8 are temporary numbers."""
        return {"1": "M", "3": "M", "7": "M", "2": "F", "4": "F", "8": "F"}.get(self.compact[0])

    @property
    def birth_year_2digits(self) -> str:
        return self.compact[1:3]

    @property
    def birth_month(self) -> str:
        return self.compact[3:5]

    @property
    def department(self) -> str:
        return self.compact[5:7]

    @property
    def key(self) -> str:
        return self.compact[13:]

    @property
    def formatted(self) -> str:
        return str(_nir.format(self.compact))

    @property
    def masked(self) -> str:
        return _mask_nir(self.compact)

    def __repr__(self) -> str:
        return f"Nir({self.masked!r})"

    def __str__(self) -> str:
        return self.masked


def _mask_nir(compact: str) -> str:
    """Sex and year and key visible: ``2 95 ** ** *** *** 93``."""
    if len(compact) != 15:
        return _mask_digits(compact, 1, 2)
    masked = compact[:3] + "*" * 10 + compact[13:]
    return str(_nir.format(masked))


@dataclass(frozen=True)
class Siren:
    """French company number (9 digits, Luhn).

    >>> Siren.parse("404 833 048").formatted
    '404 833 048'
    """

    compact: str

    @classmethod
    def parse(cls, text: str) -> Siren:
        compact = _siren.compact(text)
        return cls(_validate(_siren.validate, compact, "SIREN", compact))

    @property
    def formatted(self) -> str:
        return str(_siren.format(self.compact))


@dataclass(frozen=True)
class Siret:
    """French establishment number: SIREN (9) + NIC (5); Luhn, except La Poste.

    >>> Siret.parse("35600000000048").nic
    '00048'
    """

    compact: str

    @classmethod
    def parse(cls, text: str) -> Siret:
        compact = _siret.compact(text)
        return cls(_validate(_siret.validate, compact, "SIRET", compact))

    @property
    def siren(self) -> Siren:
        return Siren(self.compact[:9])

    @property
    def nic(self) -> str:
        return self.compact[9:]

    @property
    def formatted(self) -> str:
        return str(_siret.format(self.compact))
