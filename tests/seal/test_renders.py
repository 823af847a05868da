"""Bills with a real-size code (0.42 mm modules, about 20 mm), rendered at test time by
``samples/samplekit/seal_variants.py``: scanned at 150 and 300 dpi, a JPEG, a phone photo,
a partly covered code, a text-layer PDF (kept at 100 dpi by docverify, sharpened from the
PDF around the code); and pages that must never read as valid. ``bench/seal_bench.py``
measures the rates on many more."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from samplekit import seal_variants as sv

from docverify.seal.datamatrix import read_codes
from docverify.seal.stage import pdf_sharper
from docverify.seal.trust import SealStatus, TrustStore
from docverify.seal.twoddoc import decode

CASES = {c.name: c for c in sv.cases(2)}


@pytest.fixture(scope="module")
def store() -> TrustStore:
    signer = sv.test_signer()
    xml = sv.trust_list_xml(signer.ca_certificate, "http://127.0.0.1/b.der")
    return TrustStore.of(xml, {sv.CA_ID: [signer.certificate]})


def status_of(case: sv.SealCase, store: TrustStore) -> SealStatus | None:
    found = read_codes(np.asarray(sv.render(case).convert("L")))
    if not found:
        return None
    assert found[0].data == sv.code_of(case)
    return store.verify(decode(found[0].data)).status


@pytest.mark.parametrize("name", ["scan150-0", "scan300-0", "jpeg-0", "photo-1", "covered-0"])
def test_rendered_bills_verify(name: str, store: TrustStore) -> None:
    assert status_of(CASES[name], store) == SealStatus.VALID


@pytest.mark.parametrize(
    ("name", "expected"),
    [("none-photo-0", None), ("altered-scan200-0", SealStatus.INVALID),
     ("rogue-scan200-0", SealStatus.INVALID), ("other_holder-scan200-0", SealStatus.VALID)],
)  # fmt: skip
def test_pages_that_must_not_read_as_valid_bills(
    name: str, expected: SealStatus | None, store: TrustStore
) -> None:
    """(``other_holder`` verifies: it is the page, not the code, that is wrong; the
    pipeline's cross-check reports it.)"""
    assert status_of(CASES[name], store) == expected


def test_text_layer_pdf_at_100_dpi(tmp_path: Path, store: TrustStore) -> None:
    case = CASES["pdf-1"]
    path = sv.write(case, tmp_path)
    pdf = pdfium.PdfDocument(str(path))
    try:
        grey = np.asarray(pdf[0].render(scale=100 / 72, grayscale=True).to_pil().convert("L"))
    finally:
        pdf.close()
    found = read_codes(grey, pdf_sharper(path, 0, 100))
    assert [f.data for f in found] == [sv.code_of(case)]
    assert store.verify(decode(found[0].data)).status == SealStatus.VALID
