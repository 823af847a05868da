"""Machine-readable zones (ICAO 9303) as a self-validating value.

Supported layouts:

========  =========  =========================================================
kind      lines      documents
========  =========  =========================================================
TD1       3 x 30     ID cards, French residence permits (``IDFRA``, ``IRFRA``)
TD2       2 x 36     older ID cards and residence documents
TD3       2 x 44     passports
MRVA      2 x 44     visas, format A (``V<``, ``VD``...)
MRVB      2 x 36     visas, format B
FRA_ID    2 x 36     the French national ID card of 1988-2021 (``IDFRA``)
========  =========  =========================================================

A structurally parseable MRZ never raises because a check digit fails: the
result records every check in :attr:`Mrz.checks` and :attr:`Mrz.valid` is
false. Only text that is not an MRZ at all raises :class:`InvalidFormat` or
:class:`InvalidLength`.

The ICAO 9303 specimen passport:

>>> import datetime
>>> m = Mrz.parse(
...     "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\n"
...     "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
...     as_of=datetime.date(2026, 11, 29),
... )
>>> m.kind, m.document_code, m.issuing_country, m.nationality
('TD3', 'P', 'UTO', 'UTO')
>>> m.surname, m.given_names, m.sex
('ERIKSSON', 'ANNA MARIA', 'F')
>>> m.document_number, m.optional_data
('L898902C3', 'ZE184226B')
>>> m.date_of_birth, m.expiry_date
(datetime.date(1974, 8, 12), datetime.date(2012, 4, 15))
>>> print(*m.checks)
document_number date_of_birth expiry_date optional_data composite
>>> m.valid, m.repairs
(True, ())

An OCR misread confirmed by the check digit is repaired and reported:

>>> r = Mrz.parse(
...     "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\\n"
...     "L898902C36UTO74O8122F1204159ZE184226B<<<<<10",
...     as_of=datetime.date(2026, 11, 29),
... )
>>> r.valid, r.repairs
(True, ('date_of_birth: O->0 at position 2',))
"""

from __future__ import annotations

from docverify.values.mrz.document import Mrz
from docverify.values.mrz.fields import (
    FILLER,
    NAME_FILLER_LOOKALIKES,
    check_digit,
    resolve_birth_date,
    resolve_expiry_date,
    same_glyph,
)
from docverify.values.mrz.lines import alternations, implausibility

__all__ = [
    "FILLER",
    "NAME_FILLER_LOOKALIKES",
    "Mrz",
    "alternations",
    "check_digit",
    "implausibility",
    "resolve_birth_date",
    "resolve_expiry_date",
    "same_glyph",
]
