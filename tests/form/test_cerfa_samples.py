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
