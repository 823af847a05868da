"""Barcodes in images: the go2ddoc PNGs decode to their known content (bytes, not text);
the five pages of DossierFacile's PDF (the same code at five places and sizes) decode and
verify, from a low-resolution page image sharpened from the PDF where needed; a page
without any code is read quickly."""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image

from docverify.seal.datamatrix import read_codes
from docverify.seal.stage import pdf_sharper
from docverify.seal.trust import SealStatus, TrustStore
from docverify.seal.twoddoc import decode
from tests.seal.conftest import unescape

DOSSIERFACILE = (
    "DC04FR0000011A5E1A5EB101FRBK18-ROSWFTHR-35B0CORINNE/NATACHA<GS>B2BERTHIER<GS>B3<GS>"
    "B712071973BB9654321785T<GS><US>"
)


def test_png_barcodes_decode_to_their_content(twoddoc_dir: Path, test_store: TrustStore) -> None:
    known = json.loads((twoddoc_dir / "go2ddoc_png_decoded.json").read_text("utf-8"))
    assert len(known) == 3
    for item in known:
        grey = np.asarray(Image.open(twoddoc_dir / item["file"]).convert("L"))
        found = read_codes(grey)
        assert [c.data for c in found] == [unescape(item["decoded_text_escaped"])]
        assert test_store.verify(decode(found[0].data)).status == SealStatus.VALID


def test_dossierfacile_pages_decode_and_verify(twoddoc_dir: Path, test_store: TrustStore) -> None:
    path = twoddoc_dir / "dossierfacile_2ddocs.pdf"
    pdf = pdfium.PdfDocument(str(path))
    try:
        assert len(pdf) == 5
        for index in range(5):
            for dpi in (100, 200):
                bitmap = pdf[index].render(scale=dpi / 72, grayscale=True)
                grey = np.asarray(bitmap.to_pil().convert("L"))
                found = read_codes(grey, pdf_sharper(path, index, dpi))
                assert len(found) == 1, (index, dpi)
                assert found[0].data.startswith(unescape(DOSSIERFACILE)), (index, dpi)
                code = decode(found[0].data)
                assert code.header.doc_type == "B1"
                assert code.get("B2") == "BERTHIER"
                assert test_store.verify(code).status == SealStatus.VALID
    finally:
        pdf.close()


def test_a_page_without_code_is_read_quickly() -> None:
    rng = np.random.default_rng(3)
    page = np.full((2339, 1654), 245, np.uint8)  # A4 at 200 dpi with lines of "text"
    for y in range(200, 2200, 45):
        page[y : y + 18, 150:1500] = np.where(rng.random((18, 1350)) < 0.35, 30, 245)
    read_codes(page)  # warm up
    start = time.perf_counter()
    for _ in range(3):
        assert read_codes(page) == []
    assert (time.perf_counter() - start) / 3 < 0.5  # the bench holds the 0.1 s target
