"""Fuzzing the 2D-Doc parser (the bytes of a DataMatrix code on a French bill or
certificate): whatever the bytes, ``decode`` returns a code or raises ``SealFormatError``
(the seal package's own error), never anything else. See ``fuzzing.py`` for the modes.

Found so far: a version written with a superscript digit (``DC²3``, byte 0xB2 read as
Latin-1) passed ``str.isdigit`` and made ``int()`` raise a bare ValueError, which the
seal stage does not catch (fixed in ``seal/header.py``)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from docverify.seal.errors import SealFormatError
from docverify.seal.twoddoc import decode, is_2ddoc
from tests.fuzz.fuzzing import fuzz

SPECIMEN = (
    b"DC03FR000001123F1636010126FR247500010MME/SPECIMEN/NATACHA\x1d"
    b"22145 AVENUE DES SPECIMENS\x1d\x1fFEDMPW5SO5BNZFYP7FIQUYZFV5H3OF6QERDMOBN7"
    b"BZ4CC4KVJ4XWUH6EW3CSWILAGLN4XQE6AKHX6RNOI3OXVW6X3IKJASZGL62FBUQ"
)
C40ISH = b"DC0234FR0001ABCDEF0123456789 /<>\x1d\x1e\x1fZ"


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    out = bytearray(SPECIMEN)
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(out)))
        action = draw(st.sampled_from(["replace", "drop", "insert", "cut"]))
        byte = draw(st.one_of(st.sampled_from(C40ISH), st.integers(0, 255)))
        if action == "replace" and at < len(out):
            out[at] = byte
        elif action == "drop":
            del out[at : at + 1]
        elif action == "insert":
            out[at:at] = bytes([byte])
        else:
            del out[at:]
    return bytes(out)


CODES = st.one_of(
    damaged(),
    st.binary(max_size=200).map(lambda b: b"DC" + b),
    st.binary(max_size=200).map(lambda b: b"\xdc\x04" + b),
    st.lists(st.sampled_from(C40ISH), max_size=160).map(lambda b: b"DC" + bytes(b)),
)


@fuzz(300)
@given(CODES)
def test_2ddoc_decode(raw: bytes) -> None:
    assert is_2ddoc(raw) in (True, False)
    try:
        code = decode(raw)
    except SealFormatError:
        return
    code.header.doc_type  # noqa: B018
    for field in (*code.fields, *code.annex):
        field.typed  # noqa: B018  (dates, amounts... or the text)
