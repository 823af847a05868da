"""Golden packets for the application form, rendered at test time and audited with the
real tesseract: a scanned form (two pages) and a clean passport scan.

Page 1 is the same rendering in every scanned packet (same content, same seed), so it is
OCR'd once per run thanks to the session OCR cache; only page 2 (date, signature)
changes between packets.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import samplekit.form_variants as fv

from docverify.model import DocType, Status

pytestmark = pytest.mark.e2e

AS_OF = "2026-11-15"
SCAN = fv.ScanOptions(skew_deg=1.2, noise_sigma=2.5, blur_radius=0.7, jpeg_quality=60)


def _variant(**content: Any) -> fv.FormVariant:
    # one name for all: the same seeds, so page 1 renders (and is OCR'd) identically
    return fv.FormVariant("e2e", fv.form_content(**content), style="typed", scan=SCAN)


def _audit(audit_packet: Any, folder: Path, v: fv.FormVariant) -> tuple[dict[str, Any], Any]:
    fv.write_packet(folder, v)
    result = audit_packet(folder, AS_OF)
    reqs = {r.id: r for r in result.requirements}
    (form,) = [d for d in result.documents if d.type == DocType.APPLICATION_FORM]
    return reqs, form.fields


def _codes(req: Any) -> set[str]:
    return {f.code for f in req.findings}


def test_signed_and_dated_employed(audit_packet: Any, tmp_path: Path) -> None:
    reqs, f = _audit(audit_packet, tmp_path, _variant())
    assert f.signed is True and f.signed_on == dt.date(2026, 11, 10)
    assert (f.surname, f.date_of_birth) == ("CARTER", dt.date(1990, 4, 17))
    assert reqs["application_form"].status == Status.COMPLETE, reqs["application_form"].findings
    # section B says "employed": job papers are required, and none are in this packet
    assert f.employment_status == "employed"
    assert reqs["employment"].status == Status.MISSING


def test_unsigned(audit_packet: Any, tmp_path: Path) -> None:
    reqs, f = _audit(audit_packet, tmp_path, _variant(signed=False))
    assert f.signed is False
    assert reqs["application_form"].status == Status.INVALID
    assert "application_form.unsigned" in _codes(reqs["application_form"])


def test_future_date(audit_packet: Any, tmp_path: Path) -> None:
    reqs, f = _audit(audit_packet, tmp_path, _variant(signed_on=dt.date(2026, 12, 3)))
    assert f.signed_on == dt.date(2026, 12, 3)
    assert reqs["application_form"].status == Status.INVALID
    assert "application_form.date_in_future" in _codes(reqs["application_form"])


def test_us_style_date(audit_packet: Any, tmp_path: Path) -> None:
    reqs, f = _audit(audit_packet, tmp_path, _variant(date_text="11/13/2026"))
    assert f.date_us_style is True
    assert f.signed_on == dt.date(2026, 11, 13)  # the day meant, written month first
    req = reqs["application_form"]
    assert req.status == Status.INVALID
    assert "application_form.date_us_format" in _codes(req)
    assert any("DD/MM/YYYY" in x.message for x in req.findings)


def test_digital_pdf_not_employed(audit_packet: Any, tmp_path: Path) -> None:
    v = fv.FormVariant(
        "digital", fv.form_content(situation="not_employed"), style="digital", scan=None
    )
    reqs, f = _audit(audit_packet, tmp_path, v)
    assert f.source == "form_fields"
    assert reqs["application_form"].status == Status.COMPLETE, reqs["application_form"].findings
    assert reqs["employment"].status == Status.NOT_APPLICABLE
