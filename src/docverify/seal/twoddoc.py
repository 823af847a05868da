"""A 2D-Doc read from the bytes of a barcode: header, signed fields, signature, annex.

>>> code = decode(b"DC03FR000001123F1636010126FR247500010MME/SPECIMEN/NATACHA\\x1d"
...               b"22145 AVENUE DES SPECIMENS\\x1d\\x1fFEDMPW5SO5BNZFYP7FIQUYZFV5H3OF6QERDMOBN7"
...               b"BZ4CC4KVJ4XWUH6EW3CSWILAGLN4XQE6AKHX6RNOI3OXVW6X3IKJASZGL62FBUQ")
>>> code.header.doc_type, code.value("holder_line"), code.get("24"), len(code.signature)
('01', 'MME/SPECIMEN/NATACHA', '75000', 64)
>>> code.signed.endswith(b"SPECIMENS\\x1d")
True

A code cut short is a clean error:

>>> decode(b"DC03FR000001123F1636010126FR247500010MME/SPEC")
Traceback (most recent call last):
...
docverify.seal.errors.SealFormatError: the code has no signature: it is cut short or not a 2D-Doc
"""

from __future__ import annotations

from dataclasses import dataclass

from docverify.seal.catalog import DocumentType, document_type
from docverify.seal.errors import SealFormatError
from docverify.seal.header import Header, parse_header
from docverify.seal.message import Field, parse_binary_fields, read_fields
from docverify.seal.signature import split_binary, split_c40


@dataclass(frozen=True)
class TwoDDoc:
    raw: bytes
    header: Header
    signed: bytes
    """Exactly the bytes the signature covers."""
    signature: bytes
    fields: tuple[Field, ...]
    annex: tuple[Field, ...] = ()
    """Unsigned: shown, never compared nor trusted."""
    fields_error: str | None = None
    """Why the message could not be read to its end (the signature can still be checked)."""

    @property
    def type(self) -> DocumentType | None:
        return document_type(self.header.doc_type) if self.header.perimeter == "01" else None

    def get(self, key: str) -> str | None:
        """The value of a data identifier (``"24"``), None when absent."""
        for f in self.fields:
            if f.id == key:
                return f.value
        return None

    def by_role(self, role: str) -> list[Field]:
        return [f for f in self.fields if f.role == role]

    def value(self, role: str) -> str | None:
        """The first non-empty value of a role (``holder_line``, ``iban``...)."""
        for f in self.by_role(role):
            if f.value.strip():
                return f.value.strip()
        return None


def is_2ddoc(raw: bytes) -> bool:
    """Does a barcode's content look like a 2D-Doc (other DataMatrix codes are ignored)?"""
    return raw[:2] == b"DC" or (raw[:1] == b"\xdc" and raw[1:2] == b"\x04")


def decode(raw: bytes) -> TwoDDoc:
    """Read a 2D-Doc; raises SealFormatError when the header or the signature cannot be
    found. A message that cannot be read to its end keeps the fields read so far and
    says why in ``fields_error``."""
    header = parse_header(raw)
    if header.encoding == "c40":
        zones = split_c40(raw, header.size)
        annex_fields: tuple[Field, ...] = ()
        if zones.annex:
            annex_fields = read_fields(zones.annex.decode("latin-1"))[0]
        fields, error = read_fields(zones.message.decode("latin-1"))
        return TwoDDoc(raw, header, zones.signed, zones.signature, fields, annex_fields, error)
    zones = split_binary(raw, header.size)
    try:
        binary = parse_binary_fields(zones.message)
        error = None
    except SealFormatError as exc:
        binary, error = (), str(exc)
    return TwoDDoc(raw, header, zones.signed, zones.signature, binary, (), error)
