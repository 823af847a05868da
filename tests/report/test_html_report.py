"""The HTML report on an audit result built in code: checklist, embedded pages with
evidence boxes, values read, French and English, --redact painting identifiers out of the
thumbnails, and the JSON's additive ``pages[].box``."""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import re
from dataclasses import dataclass

import numpy as np
from PIL import Image

from docverify.model import (
    Applicant,
    AuditResult,
    DocType,
    Document,
    FileResult,
    Finding,
    PageRef,
    PageText,
    RequirementResult,
    Severity,
    Status,
    Word,
)
from docverify.report.html_report import render
from docverify.report.json_report import SCHEMA, to_dict

IBAN = "FR7630006000011234567890189"
IBAN_BOX = (300, 400, 900, 440)


@dataclass(frozen=True)
class Fields:
    holder_name: str | None
    iban: str | None


def _result() -> AuditResult:
    image = np.full((1600, 1200), 255, np.uint8)
    image[IBAN_BOX[1] : IBAN_BOX[3], IBAN_BOX[0] : IBAN_BOX[2]] = 40  # the IBAN's ink
    ref = PageRef("rib.png", 1)
    words = (
        Word("Titulaire", (100, 300, 260, 330), 95.0, (1, 1, 1)),
        Word("ANNA", (300, 300, 400, 330), 95.0, (1, 1, 1)),
        Word("ERIKSSON", (410, 300, 600, 330), 95.0, (1, 1, 1)),
        Word("IBAN", (100, 400, 200, 440), 95.0, (1, 1, 2)),
        Word(IBAN, IBAN_BOX, 95.0, (1, 1, 2)),
    )
    page = PageText(ref, image, 200, words, "ocr", mean_conf=95.0)
    doc = Document("d1", DocType.RIB, 0.98, (page,), Fields("ANNA ERIKSSON", IBAN))
    bad = Finding("bank_details.rib_key_invalid", Severity.ERROR,
                  "The IBAN FR76 **** **** 189 passes mod 97 but its French RIB key (clé RIB 87) "
                  "does not match", evidence={"rib_key": "87"}).about(doc)  # fmt: skip
    reqs = [RequirementResult(rid, Status.COMPLETE) for rid in (
        "application_form", "identity", "residence_status", "birth_certificate",
        "residence_proof")]  # fmt: skip
    reqs.append(RequirementResult("bank_details", Status.INVALID, ("d1",), (bad,)))
    reqs.append(RequirementResult("employment", Status.NOT_APPLICABLE))
    return AuditResult(
        packet="clients/anna", as_of=dt.date(2026, 11, 15),
        applicant=Applicant("ERIKSSON", "ANNA", dt.date(1974, 8, 12), "USA", "d1"),
        requirements=tuple(reqs), documents=(doc,),
        files=(FileResult("rib.png", 1),),
    )  # fmt: skip


def _thumbnail(html: str) -> np.ndarray:
    uri = re.search(r'<img src="data:image/jpeg;base64,([^"]+)"', html)
    assert uri is not None
    return np.asarray(Image.open(io.BytesIO(base64.b64decode(uri.group(1)))).convert("L"))


def test_checklist_fix_first_pages_and_boxes_in_english() -> None:
    html = render(_result(), lang="en")
    assert '<html lang="en">' in html
    assert 'data-status="incomplete"' in html
    assert html.count('data-requirement="') == 7
    assert 'data-requirement="bank_details" data-status="invalid"' in html
    fix = html[html.index('id="fix-first"') :]
    assert "French RIB key" in fix[: fix.index("</ol>")]
    # the page embedded, downscaled, with a box around the IBAN's line
    assert html.count('<img src="data:image/jpeg;base64,') == 1
    rect = re.search(r'<rect class="mark sev-error" x="(\d+)" y="(\d+)"', html)
    assert rect is not None
    assert abs(int(rect.group(1)) - IBAN_BOX[0]) < 20 and abs(int(rect.group(2)) - IBAN_BOX[1]) < 20
    assert 'viewBox="0 0 1200 1600"' in html
    thumb = _thumbnail(html)
    assert thumb.shape[1] <= 900
    assert "holder_name" in html and "ANNA ERIKSSON" in html
    assert "http://" not in html and "https://" not in html  # nothing loaded from outside


def test_french_report() -> None:
    html = render(_result(), lang="fr")
    assert '<html lang="fr">' in html
    assert "Incomplet : la CPAM renverrait ce dossier" in html
    assert "Liste de contrôle" in html and "À corriger en premier" in html
    assert "sa clé RIB (87) ne correspond pas" in html
    assert "non valable" in html


def test_redact_masks_the_iban_in_the_thumbnail_and_the_values() -> None:
    plain = render(_result(), lang="en")
    masked = render(_result(), lang="en", redact=True)
    assert IBAN in plain and IBAN not in masked
    scale = _thumbnail(masked).shape[1] / 1200
    x0, y0, x1, y1 = (round(v * scale) for v in IBAN_BOX)
    zone = _thumbnail(masked)[y0 + 2 : y1 - 2, x0 + 2 : x1 - 2]
    assert zone.mean() < 25  # painted out (the ink alone is 40 on the plain page)
    assert _thumbnail(plain)[y0 + 2 : y1 - 2, x0 + 2 : x1 - 2].mean() > 30


def test_json_findings_point_at_their_box_additively() -> None:
    report = to_dict(_result(), lang="fr")
    assert report["schema"] == SCHEMA
    bank = next(r for r in report["requirements"] if r["id"] == "bank_details")
    f = bank["findings"][0]
    assert f["code"] == "bank_details.rib_key_invalid"
    assert f["pages"][0]["path"] == "rib.png" and f["pages"][0]["page"] == 1
    assert f["pages"][0]["box"] == list(IBAN_BOX)
    assert f["message"].startswith("L'IBAN") and "French RIB key" in f["message_en"]
    english = to_dict(_result())
    assert "message_en" not in english["requirements"][5]["findings"][0]
    json.dumps(report)
