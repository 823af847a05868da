"""A RIB photographed small on a table (the sheet some 120 pixels an inch in the photo): its
print is a few pixels tall, so the sheet is enlarged before it is read, and which way is up
is told from words, not scraps (the real tesseract, on a drawn photo)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from docverify.model import AuditOptions, DocType
from docverify.pipeline import audit

pytestmark = pytest.mark.e2e

SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
IBAN = "FR76 3000 6000 0112 3456 7890 189"


def _photo(path: Path, dpi: float = 120.0) -> None:
    """An A4 RIB drawn at ``dpi``, a little soft, set askew on a dark table."""
    mm = dpi / 25.4
    sheet = Image.new("L", (int(210 * mm), int(297 * mm)), 246)
    d = ImageDraw.Draw(sheet)

    def text(x: float, y: float, value: str, pt: float, font: str = SANS) -> None:
        d.text(
            (x * mm, y * mm), value, font=ImageFont.truetype(font, round(pt * dpi / 72)), fill=25
        )

    text(15, 15, "Crédit Agricole", 12)
    text(110, 20, "RELEVÉ D'IDENTITÉ BANCAIRE", 11)
    text(15, 32, "Titulaire du compte / Account holder", 7)
    text(15, 37, "MME EMILY CARTER", 9)
    text(15, 42, "12 rue des Lilas, 69003 Lyon", 9)
    text(15, 58, "IBAN (International Bank Account Number)", 7)
    text(15, 63, IBAN, 11, MONO)
    text(130, 58, "BIC (Bank Identifier Code)", 7)
    text(130, 63, "AGRIFRPP", 10, MONO)
    sheet = sheet.filter(ImageFilter.GaussianBlur(0.4)).rotate(4, expand=True, fillcolor=60)
    table = Image.new("L", (2592, 1944), 60)
    table.paste(sheet, ((2592 - sheet.width) // 2, (1944 - sheet.height) // 2))
    noise = np.random.default_rng(3).normal(0, 4, (1944, 2592))
    photo = np.clip(np.asarray(table, dtype=np.float64) + noise, 0, 255).astype(np.uint8)
    Image.fromarray(photo).convert("RGB").save(path, quality=88)


def test_a_rib_small_in_its_photo_is_read(tmp_path: Path) -> None:
    _photo(tmp_path / "rib.jpg")
    options = AuditOptions(as_of=dt.date(2026, 11, 20), cache_dir=tmp_path / "cache")
    report = audit(tmp_path, options)
    ribs = [doc for doc in report.documents if doc.type == DocType.RIB]
    assert ribs, [doc.type for doc in report.documents]
    assert ribs[0].fields.iban == IBAN.replace(" ", "")
