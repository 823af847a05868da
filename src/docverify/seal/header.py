"""The 2D-Doc header: who signed (certification authority, certificate), when, and what
kind of document it is.

C40 headers (the codes printed on bills) are ASCII, ``DC`` then the version:

=======  ====  ===================================================================
version  size  fields
=======  ====  ===================================================================
01, 02   22    DC vv CA(4) cert(4) issue date(4 hex) signature date(4 hex) type(2)
03       24    ... + perimeter(2)
04       26    ... + perimeter(2) + issuing country(2)
=======  ====  ===================================================================

Dates are days since 2000-01-01 in hexadecimal; ``FFFF`` means "no date" (a RIB has no
issue date).

>>> h = parse_header(b"DC04FR000001198519D31201FR90MAITRE")
>>> h.version, h.ca_id, h.cert_id, h.issued_on, h.signed_on, h.doc_type, h.perimeter, h.size
(4, 'FR00', '0001', datetime.date(2017, 11, 20), datetime.date(2018, 2, 6), '12', '01', 26)
>>> parse_header(b"DC03FR000001FFFF1636030130M").issued_on is None
True

Binary headers (version 04, first byte ``0xDC``) are 19 bytes: version, issuing country
(C40, 3 letters), authority and certificate (C40, 4 + 5 characters), issue and signature
dates (3 bytes each, the number MMDDYYYY), document type (1 byte) and perimeter (2 bytes).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from docverify.seal import c40
from docverify.seal.errors import SealFormatError

EPOCH = dt.date(2000, 1, 1)
C40_SIZES = {1: 22, 2: 22, 3: 24, 4: 26}
BINARY_SIZE = 19
_ID = re.compile(r"[A-Z0-9]{4}")
_TYPE = re.compile(r"[A-Z0-9]{2}")
_HEX4 = re.compile(r"[0-9A-F]{4}")


@dataclass(frozen=True)
class Header:
    encoding: str  # "c40" | "binary"
    version: int
    ca_id: str
    cert_id: str
    issued_on: dt.date | None
    signed_on: dt.date | None
    doc_type: str
    perimeter: str = "01"
    country: str = "FR"
    size: int = 22
    """Bytes of the code the header takes."""


def hex_date(text: str) -> dt.date | None:
    """``FFFF`` is no date; else days since 2000-01-01.

    >>> hex_date("1636"), hex_date("FFFF")
    (datetime.date(2015, 7, 27), None)
    """
    if not _HEX4.fullmatch(text):
        raise SealFormatError(f"not a 2D-Doc date: {text!r}")
    if text == "FFFF":
        return None
    return EPOCH + dt.timedelta(days=int(text, 16))


def to_hex_date(day: dt.date | None) -> str:
    """The inverse of ``hex_date`` (used to build test codes).

    >>> to_hex_date(dt.date(2015, 7, 27)), to_hex_date(None)
    ('1636', 'FFFF')
    """
    return "FFFF" if day is None else f"{(day - EPOCH).days:04X}"


def _binary_date(raw: bytes) -> dt.date | None:
    if raw == b"\xff\xff\xff":
        return None
    v = int.from_bytes(raw, "big")
    month, day, year = v // 1_000_000, (v // 10_000) % 100, v % 10_000
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise SealFormatError(f"not a binary 2D-Doc date: {raw.hex()}") from exc


def to_binary_date(day: dt.date | None) -> bytes:
    if day is None:
        return b"\xff\xff\xff"
    return (day.month * 1_000_000 + day.day * 10_000 + day.year).to_bytes(3, "big")


def parse_header(data: bytes) -> Header:
    """The header at the start of ``data`` (C40 text or binary)."""
    if data[:1] == b"\xdc":
        return _parse_binary(data)
    if data[:2] != b"DC":
        raise SealFormatError("not a 2D-Doc: the code does not start with DC")
    text = data[:26].decode("latin-1")
    if not re.fullmatch(r"[0-9]{2}", text[2:4]) or int(text[2:4]) not in C40_SIZES:
        raise SealFormatError(f"unknown 2D-Doc version {text[2:4]!r}")
    version = int(text[2:4])
    size = C40_SIZES[version]
    if len(data) < size:
        raise SealFormatError(
            f"the code is cut short: a version {version:02d} header has {size} characters"
        )
    ca, cert, issued, signed, doc_type = (
        text[4:8],
        text[8:12],
        text[12:16],
        text[16:20],
        text[20:22],
    )
    if not (_ID.fullmatch(ca) and _ID.fullmatch(cert) and _TYPE.fullmatch(doc_type)):
        raise SealFormatError(f"malformed 2D-Doc header {text[:size]!r}")
    perimeter = text[22:24] if version >= 3 else "01"
    country = text[24:26] if version >= 4 else "FR"
    return Header("c40", version, ca, cert, hex_date(issued), hex_date(signed), doc_type,
                  perimeter, country, size)  # fmt: skip


def _parse_binary(data: bytes) -> Header:
    if len(data) < BINARY_SIZE:
        raise SealFormatError(f"the code is cut short: a binary header has {BINARY_SIZE} bytes")
    version = data[1]
    if version != 4:
        raise SealFormatError(f"unknown binary 2D-Doc version {version}")
    country = c40.unpack(data[2:4]).strip()
    signer = c40.unpack(data[4:10])
    ca, cert = signer[:4], signer[4:].strip()
    if not _ID.fullmatch(ca):
        raise SealFormatError(f"malformed binary 2D-Doc header (authority {ca!r})")
    return Header(
        "binary", version, ca, cert, _binary_date(data[10:13]), _binary_date(data[13:16]),
        f"{data[16]:02X}", f"{int.from_bytes(data[17:19], 'big'):02d}", country, BINARY_SIZE,
    )  # fmt: skip


def binary_header(h: Header) -> bytes:
    """A binary header for ``h`` (used to build test codes)."""
    return (
        b"\xdc\x04"
        + c40.pack(h.country)
        + c40.pack(f"{h.ca_id}{h.cert_id:<5}")
        + to_binary_date(h.issued_on)
        + to_binary_date(h.signed_on)
        + bytes((int(h.doc_type, 16),))
        + int(h.perimeter).to_bytes(2, "big")
    )


def c40_header(h: Header) -> bytes:
    """A C40 header for ``h`` (used to build test codes)."""
    text = (
        f"DC{h.version:02d}{h.ca_id}{h.cert_id}{to_hex_date(h.issued_on)}"
        f"{to_hex_date(h.signed_on)}{h.doc_type}"
    )
    if h.version >= 3:
        text += h.perimeter
    if h.version >= 4:
        text += h.country
    return text.encode("ascii")
