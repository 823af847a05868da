"""A form filled on a computer whose "signature" is the applicant's name typed under
"Signature :" (set_al p01, p03: "A. Zhaksybekova" in blue): the PDF's own letters, no
hand's ink. The CPAM wants a handwritten signature, so the finding says the name is typed
and the form must be signed by hand, not that the box holds "a mark 6 mm wide"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from docverify.model import DocType, Status

pytestmark = pytest.mark.e2e

AS_OF = "2026-11-20"
ROWS = [
    ("Nom de naissance :", "ZHAKSYBEKOVA"),
    ("Nom d'usage (facultatif) :", ""),
    ("Prénom(s) :", "Aigerim"),
    ("Date de naissance :", "17/03/1994"),
    ("Lieu de naissance (commune, pays) :", "Almaty (Kazakhstan)"),
    ("Adresse :", "14 rue Duguesclin, 69006 Lyon"),
]


def _pen_picture() -> Any:
    """A picture of a fine blue pen's signature, as a phone app exports it: thin strokes
    that a page rendered in grey shows pale (set_cb p03's pasted signature)."""
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (900, 260), "white")
    draw = ImageDraw.Draw(picture)
    points = [(40 + 8 * k, 150 + int(60 * ((-1) ** (k // 6)) * ((k % 6) / 6))) for k in range(100)]
    draw.line(points, fill=(120, 140, 215), width=2)
    draw.line([(60, 215), (820, 195)], fill=(120, 140, 215), width=2)
    return picture


def _form(path: Path, signature: str | None, drawn: bool = False, pasted: bool = False) -> None:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    width, height = A4
    c.setFont("Helvetica-Bold", 9)
    c.drawString(40, height - 50, "cerfa N° 15763*02")
    c.drawRightString(width - 40, height - 50, "l'Assurance Maladie")
    c.setFont("Helvetica-Bold", 13)
    c.drawCentredString(width / 2, height - 90, "DEMANDE D'OUVERTURE DES DROITS")
    c.drawCentredString(width / 2, height - 106, "À L'ASSURANCE MALADIE")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(45, height - 150, "A. VOTRE IDENTITÉ")
    y = height - 180
    for label, value in ROWS:
        c.setFont("Helvetica", 9)
        c.drawString(45, y, label)
        c.setFont("Helvetica", 11)
        c.drawString(230, y, value)
        c.line(225, y - 4, width - 45, y - 4)
        y -= 26
    c.setFont("Helvetica-Bold", 10)
    c.drawString(45, y - 10, "B. VOTRE SITUATION")
    c.rect(45, y - 38, 9, 9)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(46.5, y - 36.5, "X")
    c.setFont("Helvetica", 10)
    c.drawString(60, y - 37, "Vous exercez une activité salariée")
    c.rect(45, y - 58, 9, 9)
    c.drawString(60, y - 57, "Vous êtes sans activité")
    y -= 110
    c.setFont("Helvetica-Bold", 10)
    c.drawString(45, y, "C. ENGAGEMENT ET SIGNATURE")
    c.setFont("Helvetica", 9)
    c.drawString(45, y - 22, "Je certifie sur l'honneur l'exactitude des renseignements portés.")
    c.setFont("Helvetica", 10)
    c.drawString(45, y - 50, "Fait à  Lyon")
    c.drawString(220, y - 50, "le  09/11/2026")
    c.drawString(370, y - 50, "Signature :")
    if signature:
        c.setFillColorRGB(0.1, 0.15, 0.45)
        c.setFont("Helvetica", 20)
        c.drawString(380, y - (112 if drawn else 80), signature)
    if drawn:  # a pen's stroke, not letters: a signature image's ink
        c.setStrokeColorRGB(0.1, 0.15, 0.45)
        c.setLineWidth(1.4)
        p = c.beginPath()
        p.moveTo(385, y - 85)
        p.curveTo(400, y - 55, 415, y - 100, 430, y - 70)
        p.curveTo(445, y - 50, 455, y - 95, 480, y - 75)
        p.curveTo(500, y - 60, 515, y - 90, 540, y - 72)
        c.drawPath(p)
    if pasted:  # a picture of a signature pasted into the PDF filled on screen
        from reportlab.lib.utils import ImageReader

        c.drawImage(ImageReader(_pen_picture()), 380, y - 115, width=160, height=46)
    c.showPage()
    c.save()


def _form_result(audit_packet: Any, folder: Path) -> tuple[Any, Any]:
    result = audit_packet(folder, AS_OF)
    (form,) = [d for d in result.documents if d.type == DocType.APPLICATION_FORM]
    (req,) = [r for r in result.requirements if r.id == "application_form"]
    return form.fields, req


def test_a_name_typed_where_the_hand_signs_is_no_signature(
    audit_packet: Any, tmp_path: Path
) -> None:
    _form(tmp_path / "formulaire_cpam.pdf", "A. Zhaksybekova")
    fields, req = _form_result(audit_packet, tmp_path)
    assert fields.signed is False and fields.signature_typed
    assert req.status == Status.INVALID
    codes = {f.code for f in req.findings}
    assert "application_form.signature_typed" in codes, req.findings
    assert "application_form.unsigned" not in codes


def test_a_drawn_signature_with_the_name_typed_under_it_is_signed(
    audit_packet: Any, tmp_path: Path
) -> None:
    _form(tmp_path / "formulaire_cpam.pdf", "A. Zhaksybekova", drawn=True)
    fields, _ = _form_result(audit_packet, tmp_path)
    assert fields.signed is True and not fields.signature_typed


def test_an_empty_box_stays_unsigned(audit_packet: Any, tmp_path: Path) -> None:
    _form(tmp_path / "formulaire_cpam.pdf", None)
    fields, req = _form_result(audit_packet, tmp_path)
    assert fields.signed is False and not fields.signature_typed
    assert "application_form.unsigned" in {f.code for f in req.findings}


def test_a_pale_signature_pasted_as_a_picture_is_signed(audit_packet: Any, tmp_path: Path) -> None:
    """set_cb p03, form_bh d013: a form filled on screen, a picture of a fine pen's
    signature pasted in its box. Its thin blue strokes read as pale ink, too little for a
    signature on a scan; the PDF itself draws a picture there: signed."""
    _form(tmp_path / "formulaire_cpam.pdf", None, pasted=True)
    fields, req = _form_result(audit_packet, tmp_path)
    assert fields.signed is True, req.findings
