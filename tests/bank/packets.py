"""Minimal packets rendered at test time (samplekit): the applicant's passport plus the
documents one requirement needs. Identical renderings are byte-identical, so the
session OCR cache reads each page once."""

from __future__ import annotations

from pathlib import Path

import samplekit.output as output
from samplekit.bank_variants import write_variant
from samplekit.documents.common import Person
from samplekit.documents.passport import PassportContent, passport_pages
from samplekit.output import PageSpec
from samplekit.scan import ScanOptions, scan

EMILY = Person()
PASSPORT_DPI = 200  # enough for the MRZ; 300 dpi doubles the MRZ search time
LIGHT_SCAN = ScanOptions(skew_deg=0.4, noise_sigma=0.6, blur_radius=0.5)


def with_passport(folder: Path) -> Path:
    """A folder holding Emily CARTER's passport data page (a light flatbed scan)."""
    (spec,) = passport_pages(PassportContent(person=EMILY))
    image = scan(spec.render(PASSPORT_DPI), 7, LIGHT_SCAN)
    output.write_jpeg(folder / "passeport.jpg", image, quality=80, dpi=PASSPORT_DPI)
    return folder


def packet(root: Path, name: str, docs: dict[str, tuple[list[PageSpec], str]]) -> Path:
    """``docs``: file stem -> (pages, rendering) as in ``bank_variants.write_variant``."""
    folder = with_passport(root / name)
    for stem, (pages, rendering) in docs.items():
        write_variant(folder / stem, pages, rendering)
    return folder
