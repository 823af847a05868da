"""A RIB photographed out of focus: a few lines at the top of a white sheet, the letters
blurred. Tesseract's one threshold for the whole page fell in the blur around the letters,
which merged into blots: nothing was read, either way up, and the page was typed unknown
(set_v p06, an LCL RIB on a table). Read again with a local threshold, it is a RIB."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

pytestmark = pytest.mark.e2e

FONTS = "/usr/share/fonts/truetype/liberation/"
IBAN = "FR1030002005120000738219Z76"


def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONTS + f"Liberation{name}.ttf", size)


def _blurred_rib(path: Path) -> None:
    """An A4 RIB at 140 dpi, its text in the top third, blurred (Gaussian, 1.5 px) with a
    little sensor noise."""
    im = Image.new("L", (1195, 1639), 255)
    d = ImageDraw.Draw(im)
    d.text((85, 105), "LCL", font=_font("Sans-Bold", 28), fill=0)
    d.text((770, 112), "RELEVÉ D'IDENTITÉ BANCAIRE", font=_font("Sans-Bold", 17), fill=0)
    d.text(
        (88, 172), "Titulaire du compte / Account holder", font=_font("Sans-Regular", 12), fill=0
    )
    d.text((655, 172), "Domiciliation", font=_font("Sans-Regular", 12), fill=0)
    rows = (("M RESTREPO GOMEZ JUAN CAMILO", "LCL LYON TERREAUX"),
            ("19 rue Sainte-Catherine", "2 place des Terreaux"), ("69001 LYON", "69001 Lyon"))  # fmt: skip
    for i, (left, right) in enumerate(rows):
        d.text((88, 198 + 25 * i), left, font=_font("Sans-Bold", 17), fill=0)
        d.text((655, 198 + 25 * i), right, font=_font("Sans-Regular", 14), fill=0)
    d.rectangle((86, 318, 826, 394), outline=60)
    cells = ((98, "Code banque", "30002"), (268, "Code guichet", "00512"),
             (438, "N° de compte", "0000738219Z"), (722, "Clé RIB", "76"))  # fmt: skip
    for x, label, value in cells:
        d.text((x, 331), label, font=_font("Sans-Regular", 12), fill=0)
        d.text((x, 362), value, font=_font("Mono-Bold", 16), fill=0)
    d.text(
        (88, 438),
        "IBAN (International Bank Account Number)",
        font=_font("Sans-Regular", 12),
        fill=0,
    )
    grouped = " ".join(IBAN[i : i + 4] for i in range(0, len(IBAN), 4))
    d.text((88, 466), grouped, font=_font("Mono-Bold", 19), fill=0)
    d.text((712, 438), "BIC (Bank Identifier Code)", font=_font("Sans-Regular", 12), fill=0)
    d.text((712, 466), "CRLYFRPP", font=_font("Mono-Bold", 19), fill=0)
    footer = "Ce relevé est destiné à être remis, sur leur demande, à vos créanciers ou débiteurs"
    d.text((40, 1560), footer, font=_font("Sans-Regular", 8), fill=90)
    blurred = cv2.GaussianBlur(np.array(im), (0, 0), 1.5).astype(np.float32)
    noise = np.random.default_rng(1).normal(0, 3, blurred.shape)
    cv2.imwrite(str(path), np.clip(blurred + noise, 0, 255).astype(np.uint8))


def test_a_blurred_sparse_rib_is_read_with_a_local_threshold(
    tmp_path: Path, audit_packet: Any
) -> None:
    _blurred_rib(tmp_path / "rib_lcl.png")
    result = audit_packet(tmp_path, "2026-11-20")
    rib = next((d for d in result.documents if d.type.value == "rib"), None)
    assert rib is not None, [d.type.value for d in result.documents]
    assert rib.fields.iban == IBAN and rib.fields.iban_valid
    assert rib.fields.holder_name and "RESTREPO" in rib.fields.holder_name
