"""A passport opened on its data page with the visa sticker facing it, scanned as ONE
image: two documents on one page, each with its own MRZ."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image

from docverify.model import DocType
from docverify.vision.geometry import rotate_quadrant
from tests.conftest import SAMPLES

pytestmark = pytest.mark.e2e


def test_passport_and_visa_on_one_scan(tmp_path: Path, audit_packet: Any) -> None:
    src = SAMPLES / "complete_employed"
    passport = Image.open(src / "passeport.jpg").convert("L")
    visa = Image.fromarray(
        rotate_quadrant(np.asarray(Image.open(src / "visa.png").convert("L")), 90)
    )
    spread = Image.new(
        "L", (passport.width + visa.width + 40, max(passport.height, visa.height) + 40), 255
    )
    spread.paste(visa, (20, 20))
    spread.paste(passport, (visa.width + 20, 20))
    packet = tmp_path / "packet"
    packet.mkdir()
    spread.save(packet / "passeport_ouvert.jpg", quality=85)

    result = audit_packet(packet, "2026-11-15")
    by_type = {d.type: d for d in result.documents}
    assert {DocType.PASSPORT, DocType.LONG_STAY_VISA} <= set(by_type)
    assert by_type[DocType.PASSPORT].fields.document_code.startswith("P")
    assert by_type[DocType.LONG_STAY_VISA].fields.document_code.startswith("V")
    assert by_type[DocType.PASSPORT].page_refs == by_type[DocType.LONG_STAY_VISA].page_refs
    verdicts = {r.id: r.status.value for r in result.requirements}
    assert verdicts["identity"] == "complete"
    assert verdicts["residence_status"] == "complete"
