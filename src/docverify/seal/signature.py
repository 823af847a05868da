"""Where the signed bytes end: the signature zone and the annex.

In a C40 code the signature follows ``<US>`` (0x1F), in Base32 without padding: the
concatenation ``r||s`` of an ECDSA signature (64 bytes for P-256, 96 for P-384, 132 for
P-521), or an RSA signature. Everything before ``<US>`` (header and message, exactly as
read) is what the issuer signed. An annex may follow the signature after ``<GS>``: it is
not signed, so nothing in it is ever trusted.

>>> z = split_c40(b"DC03FR0000011242163604011024\\x1fAEBAGBAFAYDQQCIK\\x1d0CHTTP")
>>> z.signed, z.signature[:3], len(z.signature), z.annex
(b'DC03FR0000011242163604011024', b'\\x01\\x02\\x03', 10, b'0CHTTP')

In a binary code the signature is the record tagged ``0xFF`` (BER length, then the raw
signature) after the message records.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass

from docverify.seal.errors import SealFormatError
from docverify.seal.message import ber_length

US = 0x1F
_BASE32 = re.compile(rb"[A-Z2-7]*")


@dataclass(frozen=True)
class Zones:
    signed: bytes
    """Header and message: exactly the bytes the signature covers."""
    message: bytes
    signature: bytes
    annex: bytes = b""


def b32decode(text: bytes) -> bytes:
    """Base32 without padding.

    >>> b32decode(b"AEBAG")
    b'\\x01\\x02\\x03'
    """
    try:
        return base64.b32decode(text + b"=" * (-len(text) % 8))
    except (binascii.Error, ValueError) as exc:
        raise SealFormatError(f"the signature is not Base32 ({exc})") from exc


def b32encode(raw: bytes) -> bytes:
    return base64.b32encode(raw).rstrip(b"=")


def split_c40(data: bytes, header_size: int = 0) -> Zones:
    at = data.find(bytes((US,)), header_size)
    if at < 0:
        raise SealFormatError("the code has no signature: it is cut short or not a 2D-Doc")
    run = _BASE32.match(data, at + 1)
    sig_text = run.group(0) if run else b""
    end = at + 1 + len(sig_text)
    if len(sig_text) < 16:
        raise SealFormatError(
            f"the signature is cut short ({len(sig_text)} Base32 characters after <US>)"
        )
    annex = data[end:].lstrip(b"\x1d\x1e").rstrip(b"\x00")
    return Zones(data[:at], data[header_size:at], b32decode(sig_text), annex)


def split_binary(data: bytes, header_size: int) -> Zones:
    i = header_size
    while i < len(data):
        tag = data[i]
        length, start = ber_length(data, i + 1)
        if start + length > len(data):
            raise SealFormatError("the code is cut short (a binary record is incomplete)")
        if tag == 0xFF:
            return Zones(data[:i], data[header_size:i], data[start : start + length],
                         data[start + length :])  # fmt: skip
        i = start + length
    raise SealFormatError("the binary code has no signature record (0xFF): it is cut short")
