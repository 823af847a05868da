"""A banking app's RIB screen in dark mode (light text on a dark ground), as a phone
screenshot: read with the real tesseract once the screen is turned into dark text on
light paper. Read as it is, tesseract saw "MIME SARAH © CONN" and no IBAN at all."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw, ImageFont

pytestmark = pytest.mark.e2e

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
IBAN = "FR7630006000011234567890189"
ROWS = [
    ("Titulaire", "MME EMILY CARTER"),
    ("Banque", "Banque Exemple"),
    ("IBAN", " ".join(IBAN[i : i + 4] for i in range(0, len(IBAN), 4))),
    ("BIC", "AGRIFRPPXXX"),
    ("Domiciliation", "Agence Centre - 12 rue de la Paix 75002 Paris"),
]


def _dark_screen(path: Path) -> None:
    img = Image.new("RGB", (1170, 2300), (28, 30, 60))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((70, 380, 1100, 1700), radius=40, fill=(42, 44, 82))
    d.text((470, 230), "Mon RIB", font=ImageFont.truetype(FONT, 52), fill=(255, 255, 255))
    small, value = ImageFont.truetype(FONT, 30), ImageFont.truetype(FONT, 38)
    for i, (label, text) in enumerate(ROWS):
        y = 460 + i * 200
        d.text((130, y), label, font=small, fill=(170, 172, 200))
        d.text((130, y + 50), text, font=value, fill=(250, 250, 250))
    d.rounded_rectangle((120, 1900, 1050, 2040), radius=70, fill=(255, 0, 140))
    d.text((380, 1945), "Partager mon RIB", font=value, fill=(255, 255, 255))
    img.save(path)


def test_a_dark_mode_rib_screen_is_read(tmp_path: Path, audit_packet: Any) -> None:
    _dark_screen(tmp_path / "Screenshot_20261103-180712.png")
    result = audit_packet(tmp_path, "2026-11-20")
    rib = next(d for d in result.documents if d.type.value == "rib")
    assert rib.fields.iban == IBAN
    assert rib.fields.holder_name and "CARTER" in rib.fields.holder_name
