"""The message zone: a run of fields, each a two-character data identifier then its value.

A fixed-size field (``24`` postcode, 5 characters) needs no separator; a variable one ends
with ``<GS>`` (0x1D), or ``<RS>`` (0x1E) when the issuer truncated the value to fit, or
at its maximal size, or at the end of the zone. A ``<GS>`` may also follow a fixed-size
field. The identifiers' sizes come from the catalogue (``data/seal_2ddoc.toml``).

>>> fields = parse_fields("10MME/SPECIMEN/NATACHA\\x1d22145 AVENUE DES SPECIMENS\\x1d2475000")
>>> [(f.id, f.value) for f in fields]
[('10', 'MME/SPECIMEN/NATACHA'), ('22', '145 AVENUE DES SPECIMENS'), ('24', '75000')]
>>> fields[2].name, fields[2].typed
('service_postcode', '75000')
>>> parse_fields("10MME/SPECIMEN/NATA\\x1e")[0].truncated
True
>>> [f.typed for f in parse_fields("5A1517,42\\x1d36121338-234,78\\x1d")]
[1517.42, datetime.date(2012, 9, 1), -234.78]

A fixed-size field cut short is an error, not a shorter value:

>>> parse_fields("2475")
Traceback (most recent call last):
...
docverify.seal.errors.SealFormatError: field 24 (service_postcode) wants 5 characters, the code has 2 left

Binary codes carry their message as tag-length-value records (ICAO visible digital seal
style); their tags are shown as they are (``tag_0x0a``), not named.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from docverify.seal.catalog import DataIdentifier, identifier
from docverify.seal.errors import SealFormatError
from docverify.seal.header import hex_date

GS, RS, US = "\x1d", "\x1e", "\x1f"
_ID = re.compile(r"[0-9A-Z]{2}")
_AMOUNT = re.compile(r"-?\d+(?:,\d+)?")


@dataclass(frozen=True)
class Field:
    id: str
    value: str
    truncated: bool = False
    """The issuer cut the value to fit (``<RS>``): it is a prefix of the printed one."""

    @property
    def spec(self) -> DataIdentifier | None:
        return identifier(self.id)

    @property
    def name(self) -> str:
        spec = self.spec
        return spec.name if spec else f"tag_{self.id.lower()}"

    @property
    def role(self) -> str | None:
        spec = self.spec
        return spec.role if spec else None

    @property
    def typed(self) -> Any:
        """The value as a date, number or flag when its format says so (the text when it
        does not parse)."""
        spec = self.spec
        return typed_value(spec.format if spec else "text", self.value)


def typed_value(fmt: str, value: str) -> Any:
    """
    >>> typed_value("date", "21112017"), typed_value("date_hex", "124F")
    (datetime.date(2017, 11, 21), datetime.date(2012, 10, 31))
    >>> typed_value("amount", "0157,5"), typed_value("amount", "63198"), typed_value("year_hex", "7DF")
    (157.5, 63198.0, 2015)
    >>> typed_value("date", "31022015")
    '31022015'
    """
    try:
        if fmt == "date" and re.fullmatch(r"\d{8}", value):
            return dt.date(int(value[4:]), int(value[2:4]), int(value[:2]))
        if fmt == "datetime" and re.fullmatch(r"\d{12}", value):
            return dt.datetime(
                int(value[4:8]), int(value[2:4]), int(value[:2]), int(value[8:10]), int(value[10:])
            )
        if fmt == "date_hex" and value != "FFFF":
            return hex_date(value)
        if fmt == "amount" and _AMOUNT.fullmatch(value):
            return float(value.replace(",", "."))
        if fmt == "integer" and value.isdigit():
            return int(value)
        if fmt == "year_hex" and re.fullmatch(r"[0-9A-F]{3}", value):
            return int(value, 16)
        if fmt == "flag" and value in ("0", "1"):
            return value == "1"
    except (ValueError, SealFormatError):
        pass
    return value


def parse_fields(zone: str) -> tuple[Field, ...]:
    """Every field of a C40 message (or annex) zone, in order."""
    fields, error = read_fields(zone)
    if error is not None:
        raise SealFormatError(error)
    return fields


def read_fields(zone: str) -> tuple[tuple[Field, ...], str | None]:
    """The fields read before the first problem, and the problem (None when all is read)."""
    out: list[Field] = []
    try:
        for f in _iter_fields(zone):
            out.append(f)
    except SealFormatError as exc:
        return tuple(out), str(exc)
    return tuple(out), None


def _iter_fields(zone: str) -> Iterator[Field]:
    i, n = 0, len(zone)
    while i < n:
        if zone[i] in (GS, RS):  # a separator left after a fixed-size field
            i += 1
            continue
        key = zone[i : i + 2]
        if not _ID.fullmatch(key):
            raise SealFormatError(f"no data identifier at character {i} ({key!r})")
        spec = identifier(key)
        if spec is None:
            raise SealFormatError(
                f"unknown data identifier {key}: the rest of the message cannot be read"
            )
        i += 2
        if spec.fixed is not None:
            value = zone[i : i + spec.fixed]
            if len(value) < spec.fixed or GS in value or RS in value:
                left = len(zone) - i
                raise SealFormatError(
                    f"field {key} ({spec.name}) wants {spec.fixed} characters, the code has "
                    f"{left} left"
                )
            yield Field(key, value)
            i += spec.fixed
            continue
        limit = n if spec.max is None else min(n, i + spec.max)
        j = i
        while j < limit and zone[j] not in (GS, RS):
            j += 1
        if j < n and zone[j] == RS:
            yield Field(key, zone[i:j], truncated=True)
            i = j + 1
        else:
            yield Field(key, zone[i:j])
            i = j + 1 if j < n and zone[j] == GS else j


def ber_length(data: bytes, at: int) -> tuple[int, int]:
    """A BER length at ``at``: (length, position after it).

    >>> ber_length(bytes([0x40]), 0), ber_length(bytes([0x81, 0xC8]), 0)
    ((64, 1), (200, 2))
    """
    if at >= len(data):
        raise SealFormatError("the code is cut short (a length is missing)")
    first = data[at]
    if first < 0x80:
        return first, at + 1
    count = first & 0x7F
    if count == 0 or count > 2 or at + 1 + count > len(data):
        raise SealFormatError("malformed length in a binary 2D-Doc")
    return int.from_bytes(data[at + 1 : at + 1 + count], "big"), at + 1 + count


def ber(length: int) -> bytes:
    """The BER encoding of a length (used to build test codes)."""
    if length < 0x80:
        return bytes((length,))
    if length < 0x100:
        return bytes((0x81, length))
    return bytes((0x82,)) + length.to_bytes(2, "big")


def parse_binary_fields(zone: bytes) -> tuple[Field, ...]:
    """Tag-length-value records of a binary message (tags unnamed, values as text)."""
    out: list[Field] = []
    i = 0
    while i < len(zone):
        tag = zone[i]
        length, i = ber_length(zone, i + 1)
        if i + length > len(zone):
            raise SealFormatError("the code is cut short (a binary field is incomplete)")
        value = zone[i : i + length]
        i += length
        text = value.decode("latin-1") if value.isascii() else value.hex()
        out.append(Field(f"0x{tag:02x}", text))
    return tuple(out)
