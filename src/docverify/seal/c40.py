"""The C40 packing of the 2D-Doc binary header (as in ICAO visible digital seals): three
characters of the set ``space, 0-9, A-Z`` in two bytes, ``V = 1600*c1 + 40*c2 + c3 + 1``;
a lone last character is written ``0xFE`` then its ASCII code plus one.

>>> len(pack("FR03ABCDE"))
6
>>> unpack(pack("FR03ABCDE"))
'FR03ABCDE'
>>> unpack(pack("FRA")), unpack(pack("FR"))
('FRA', 'FR')
"""

from __future__ import annotations

from docverify.seal.errors import SealFormatError

_SET = " 0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
"""Values 3..39 of a C40 triplet (0..2 are shifts, never used in a 2D-Doc header)."""


def _value(ch: str) -> int:
    i = _SET.find(ch)
    if i < 0:
        raise ValueError(f"{ch!r} cannot be written in C40")
    return i + 3


def _char(v: int) -> str:
    if v < 3:
        return ""  # a shift: padding at the end of a header field
    return _SET[v - 3]


def pack(text: str) -> bytes:
    """Two bytes per three characters."""
    out = bytearray()
    i = 0
    while i < len(text):
        chunk = text[i : i + 3]
        if len(chunk) == 3:
            v = 1600 * _value(chunk[0]) + 40 * _value(chunk[1]) + _value(chunk[2]) + 1
            out += v.to_bytes(2, "big")
        elif len(chunk) == 2:  # pad with a shift (value 0)
            v = 1600 * _value(chunk[0]) + 40 * _value(chunk[1]) + 1
            out += v.to_bytes(2, "big")
        else:
            out += bytes((0xFE, ord(chunk) + 1))
        i += 3
    return bytes(out)


def unpack(data: bytes) -> str:
    if len(data) % 2:
        raise SealFormatError("C40 data has an odd number of bytes")
    out: list[str] = []
    for i in range(0, len(data), 2):
        b1, b2 = data[i], data[i + 1]
        if b1 == 0xFE:
            if not 0x21 <= b2 <= 0x80:
                raise SealFormatError(f"not a C40 padding pair: {data[i : i + 2].hex()}")
            out.append(chr(b2 - 1))
            continue
        v = (b1 << 8 | b2) - 1
        if v < 0 or v >= 64000:
            raise SealFormatError(f"not a C40 pair: {data[i : i + 2].hex()}")
        out.extend(_char(x) for x in (v // 1600, (v // 40) % 40, v % 40))
    return "".join(out)
