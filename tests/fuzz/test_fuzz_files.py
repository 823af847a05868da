"""Fuzzing the readers of outside bytes: PDFs (pdfium, pdfplumber's text layer, pypdf's
form fields), images (Pillow) and zip archives. Whatever the bytes, reading a file gives
pages or raises ``FileReadError`` with a message fit for a human, never another
exception, never one of the reader's internal errors passed through unexplained
("unexpected ..."), and an archive never leaves a file outside its temporary folder,
nor the folder itself. See ``fuzzing.py`` for CI and long modes."""

from __future__ import annotations

import hashlib
import io
import tempfile
import zipfile
from pathlib import Path
from unittest import mock

from hypothesis import given
from hypothesis import strategies as st
from samplekit.hostile import minimal_pdf

from docverify import archive, paginate
from docverify.errors import FileReadError
from docverify.ingest import sniff_kind
from docverify.model import Limits, SourceFile
from tests.conftest import SAMPLES
from tests.fuzz.fuzzing import fuzz

WORK = Path(tempfile.mkdtemp(prefix="docverify-fuzz-"))
SMALL = Limits(max_pages_per_file=3, max_pages=3, max_page_pixels=2_000_000)
RIB = (SAMPLES / "complete_employed" / "rib.pdf").read_bytes()
BILL = (SAMPLES / "complete_employed" / "factures" / "free_2026-10.pdf").read_bytes()


def _read(data: bytes, suffix: str) -> list[object]:
    """paginate.load on these bytes: pages, or FileReadError; anything else fails."""
    path = WORK / f"f{suffix}"
    path.write_bytes(data)
    kind = sniff_kind(data[:16], suffix)
    src = SourceFile(path, path.name, hashlib.sha256(data).hexdigest(), len(data), kind)
    try:
        loaded = paginate.load(src, SMALL)
    except FileReadError as exc:
        message = str(exc)
        assert "unexpected" not in message, message
        assert " at 0x" not in message, message
        message.encode("utf-8")
        return []
    for page in loaded.pages:
        for word in page.text_layer:
            word.text.encode("utf-8")  # strict: a broken UTF-16 string is escaped
        for name, value in page.form_fields.items():
            (name + value).encode("utf-8")
    return list(loaded.pages)


@st.composite
def mutated(draw: st.DrawFn, data: bytes) -> bytes:
    """``data`` truncated, with bytes flipped, or with a run of bytes duplicated."""
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, max(0, len(out) - 1)))
        action = draw(st.sampled_from(["flip", "flip", "truncate", "repeat", "zero"]))
        if action == "flip":
            out[at] ^= draw(st.integers(1, 255))
        elif action == "truncate":
            del out[at:]
        elif action == "repeat":
            out[at:at] = out[at : at + draw(st.integers(1, 400))] * draw(st.integers(1, 5))
        else:
            out[at : at + draw(st.integers(1, 200))] = b""
        if not out:
            break
    return bytes(out)


PDF_TOKENS = [b"BT", b"ET", b"Tf", b"Td", b"Tj", b"TJ", b"re", b"f", b"q", b"Q", b"cm", b"Do",
              b"/F1", b"/Im1", b"(A\\(b)", b"<FEFF00E9D800>", b"<d83d>", b"[(x) -20 (y)]",
              b"1e308", b"-1", b"0", b"99999999999", b"<<", b">>", b"[", b"]", b"%", b"\\"]  # fmt: skip


@st.composite
def generated_pdf(draw: st.DrawFn) -> bytes:
    content = b" ".join(draw(st.lists(st.sampled_from(PDF_TOKENS), max_size=40)))
    size = st.sampled_from([0.0, 0.5, 10.0, 200.0, 595.0, 14400.0, 1e7, -50.0])
    return minimal_pdf(draw(st.integers(1, 5)), draw(size), draw(size), content)


@fuzz(60)
@given(st.one_of(mutated(RIB), mutated(BILL)))
def test_damaged_pdfs(data: bytes) -> None:
    _read(data, ".pdf")


@fuzz(60)
@given(st.one_of(generated_pdf(), st.binary(max_size=400).map(lambda b: b"%PDF-1.7\n" + b)))
def test_generated_pdfs(data: bytes) -> None:
    _read(data, ".pdf")


def _tiny_images() -> dict[str, bytes]:
    from PIL import Image

    img = Image.new("L", (64, 48), 255)
    img.paste(0, (8, 8, 40, 20))
    out = {}
    for fmt, suffix in (("PNG", ".png"), ("JPEG", ".jpg"), ("TIFF", ".tif"), ("GIF", ".gif"),
                        ("BMP", ".bmp"), ("WEBP", ".webp")):  # fmt: skip
        buf = io.BytesIO()
        img.save(buf, fmt)
        out[suffix] = buf.getvalue()
    return out


IMAGES = _tiny_images()


@fuzz(100)
@given(st.sampled_from(sorted(IMAGES)), st.data())
def test_damaged_images(suffix: str, data: st.DataObject) -> None:
    _read(data.draw(mutated(IMAGES[suffix])), suffix)


def _zip(entries: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buf.getvalue()


ZIP = _zip({"rib.pdf": RIB, "sub/free.pdf": BILL, "../x.pdf": b"%PDF"})


@fuzz(100)
@given(st.one_of(mutated(ZIP), st.binary(max_size=300).map(lambda b: b"PK\x03\x04" + b)))
def test_damaged_archives(data: bytes) -> None:
    private = WORK / "unpacked"
    private.mkdir(exist_ok=True)
    try:
        with (
            mock.patch.object(tempfile, "tempdir", str(private)),
            archive.unpacked(data, Limits(max_archive_bytes=1 << 20)) as unpacked,
        ):
            folder = unpacked.folder
            for path in folder.rglob("*"):
                assert path.resolve().is_relative_to(folder.resolve())
            for refusal in unpacked.refused:
                assert "unexpected" not in refusal.reason
        assert not folder.exists()
    except FileReadError as exc:
        assert " at 0x" not in str(exc)
    assert list(private.iterdir()) == []  # nothing left behind
