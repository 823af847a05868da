"""The official forms bundled in ``samples/forms/`` (cerfa 15763*02: the fillable PDF
filled on screen, a form filled by hand and scanned), audited alone with the real
tesseract against their truth files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from docverify.model import DocType
from tests.conftest import SAMPLES

pytestmark = pytest.mark.e2e

FORMS = sorted(p for p in (SAMPLES / "forms").iterdir() if p.is_dir())


@pytest.mark.parametrize("folder", FORMS, ids=[p.name for p in FORMS])
def test_bundled_form(folder: Path, audit_packet: Any) -> None:
    truth = json.loads((folder.parent / f"{folder.name}.truth.json").read_text("utf-8"))
    result = audit_packet(folder, truth["as_of"])
    forms = [d for d in result.documents if d.type == DocType.APPLICATION_FORM]
    # both pages typed application_form and joined into one document, never a permit
    assert len(forms) == 1 and len(forms[0].pages) == 2, [
        (d.type, d.pages) for d in result.documents
    ]
    f = forms[0].fields
    assert f.signed is truth["signed"]
    assert f.employment_status == truth["employment_status"]
    assert f.situation_boxes is not None
    if folder.name.startswith("c002"):  # typed in the PDF's fields: read without OCR
        assert (f.surname, f.given_names) == (truth["surname"], truth["given_names"])
        assert f.signed_on is not None and f.signed_on.isoformat() == truth["signed_on"]
        req = next(r for r in result.requirements if r.id == "application_form")
        assert req.status.value == truth["verdict"]


def test_phone_photos_of_the_form_say_72_dpi_and_are_still_measured(
    tmp_path: Path, audit_packet: Any
) -> None:
    """Phones write "72 dpi" on every photo: taken at its word, a millimetre would be 3
    pixels and the signature frame would not be found (the form was called unsigned)."""
    import numpy as np
    import pypdfium2 as pdfium
    from PIL import Image

    folder = FORMS[[p.name[:4] for p in FORMS].index("c005")]
    pdf = pdfium.PdfDocument(str(next(folder.glob("*.pdf"))))
    packet = tmp_path / "photos"
    packet.mkdir()
    for index in range(len(pdf)):
        page = pdf[index].render(scale=230 / 72).to_pil().convert("RGB")
        table = Image.new("RGB", (int(page.width * 1.25), int(page.height * 1.2)), (96, 80, 64))
        table.paste(page, ((table.width - page.width) // 2, (table.height - page.height) // 2))
        noisy = np.asarray(table).astype(np.int16)
        noisy += np.random.default_rng(index).integers(-6, 7, noisy.shape, dtype=np.int16)
        photo = Image.fromarray(noisy.clip(0, 255).astype(np.uint8))
        photo.save(packet / f"IMG_{4410 + index}.jpg", quality=90, dpi=(72, 72))
    truth = json.loads((folder.parent / f"{folder.name}.truth.json").read_text("utf-8"))
    result = audit_packet(packet, truth["as_of"])
    forms = [d for d in result.documents if d.type == DocType.APPLICATION_FORM]
    assert len(forms) == 1 and forms[0].fields.signed is True
    assert all(p.dpi > 150 for p in forms[0].pages)  # measured from the page, not the tag
