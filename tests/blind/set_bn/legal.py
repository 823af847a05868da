"""Legalisation papers: the apostille (Hague Convention model, 10 numbered items) and a
sworn translation."""

from __future__ import annotations

import io
import random

from reportlab.pdfbase.pdfmetrics import stringWidth

from civil import STAMP_BLUE, stamp
from common import hand_text, new_canvas, para, rl_signature


def qr_like(c, x, y, size, rng, n=25):
    """A QR-like square of modules (finder patterns and random data); not decodable."""
    m = size / n
    c.setFillColorRGB(0, 0, 0)
    fixed = set()
    for fx, fy in ((0, 0), (n - 7, 0), (0, n - 7)):
        for i in range(7):
            for j in range(7):
                fixed.add((fx + i, fy + j))
                ring = max(abs(i - 3), abs(j - 3))
                if ring != 2:
                    c.rect(x + (fx + i) * m, y + (fy + j) * m, m, m, stroke=0, fill=1)
    for i in range(n):
        for j in range(n):
            if (i, j) not in fixed and rng.random() < 0.48:
                c.rect(x + i * m, y + j * m, m, m, stroke=0, fill=1)


def apostille(a: dict, rng: random.Random) -> bytes:
    """Hague Convention model certificate, 10 numbered items; a['style'] 'br' or 'uk'."""
    buf = io.BytesIO()
    c = new_canvas(buf, title="Apostille")
    br = a["style"] == "br"
    f, fb = ("DejaVu", "DejaVu-B") if br else ("Serif", "Serif-B")
    if br:
        c.setFillColorRGB(0.93, 0.95, 0.9)
        c.rect(30, 300, 535, 510, stroke=0, fill=1)
    x0, top = 60, 780
    c.setLineWidth(1.2)
    c.rect(x0 - 15, 330, 505, 470)
    c.setFillColorRGB(0, 0, 0)
    c.setFont(fb, 17)
    c.drawCentredString(297, top - 10, "APOSTILLE")
    c.setFont(f, 9.5)
    c.drawCentredString(297, top - 26, "(Convention de La Haye du 5 octobre 1961)")
    if br:
        c.setFont(f, 7.5)
        c.drawCentredString(297, top - 38, "APOSTILA - Convenção da Haia de 5 de outubro de 1961")
    items = a["items"]
    y = top - 64
    c.setFont(f, 9.5)
    c.drawString(x0, y, "1. " + items["label1"])
    c.setFont(fb, 10)
    c.drawString(x0 + 190, y, items["country"])
    y -= 22
    c.setFont(f, 9.5)
    c.drawString(x0, y, items["label_doc"])
    y -= 22
    for num, lab, key in (
        (2, items["label2"], "signed_by"),
        (3, items["label3"], "capacity"),
        (4, items["label4"], "seal"),
    ):
        c.setFont(f, 9.5)
        c.drawString(x0, y, f"{num}. {lab}")
        if stringWidth(f"{num}. {lab}", f, 9.5) > 185:
            y -= 13
        yy = para(c, x0 + 190, y, items[key], fb, 10, 290, 12)
        y = min(yy, y - 12) - 10
    c.setFont(fb, 10)
    c.drawCentredString(297, y, items["label_cert"])
    y -= 24
    c.setFont(f, 9.5)
    c.drawString(x0, y, f"5. {items['label5']}")
    c.setFont(fb, 10)
    c.drawString(x0 + 70, y, items["at"])
    c.setFont(f, 9.5)
    c.drawString(x0 + 250, y, f"6. {items['label6']}")
    c.setFont(fb, 10)
    c.drawString(x0 + 320, y, items["date_text"])
    y -= 24
    c.setFont(f, 9.5)
    c.drawString(x0, y, f"7. {items['label7']}")
    yy = para(c, x0 + 70, y, items["by"], fb, 10, 380, 12)
    y = min(yy, y - 12) - 10
    c.setFont(f, 9.5)
    c.drawString(x0, y, f"8. {items['label8']}")
    c.setFont(fb, 10.5)
    c.drawString(x0 + 90, y, items["number"])
    y -= 30
    c.setFont(f, 9.5)
    c.drawString(x0, y, f"9. {items['label9']}")
    c.drawString(x0 + 250, y, f"10. {items['label10']}")
    if br:
        qr_like(c, x0 + 20, y - 110, 90, rng)
        c.setFont(f, 7)
        c.drawString(x0 + 120, y - 40, f"Código de verificação: {a['code']}")
        c.drawString(x0 + 120, y - 52, "Consulte em https://apostil.org.br")
    else:
        stamp(
            c,
            x0 + 90,
            y - 60,
            42,
            "FOREIGN COMMONWEALTH & DEVELOPMENT OFFICE * ",
            ["FCDO"],
            (0.45, 0.45, 0.45),
            rng,
        )
    rl_signature(c, rng, x0 + 270, y - 90, 170, 60, (0.1, 0.1, 0.35))
    c.setFont(f, 8.5)
    c.drawString(x0 + 270, y - 102, items["signer"])
    if not br:
        c.setFont(f, 6.8)
        para(
            c,
            50,
            315,
            "This Apostille only confirms that the signature, seal or stamp on the "
            "document is genuine. It does not mean that the contents of the document are correct "
            "or that the Foreign, Commonwealth and Development Office approves of the contents.",
            f,
            6.8,
            495,
            8.5,
        )
    c.showPage()
    c.save()
    return buf.getvalue()


def translation(t: dict, rng: random.Random) -> bytes:
    buf = io.BytesIO()
    c = new_canvas(buf, title="Traduction")
    f, fb = "Caladea", "Caladea-B"
    c.setFont(fb, 11)
    c.drawString(40, 800, t["translator"])
    c.setFont(f, 9)
    y = 787
    for ln in t["translator_lines"]:
        c.drawString(40, y, ln)
        y -= 11
    c.setFont(fb, 13)
    c.drawCentredString(297, 715, "TRADUCTION CERTIFIÉE CONFORME")
    c.setFont(f, 10)
    c.drawCentredString(297, 700, t["subtitle"])
    y = 670
    for line in t["body"]:
        if line.startswith("#"):
            c.setFont(fb, 10.5)
            c.drawCentredString(297, y, line[1:])
            y -= 16
            continue
        y = para(c, 50, y, line, f, 10, 495, 12.5) - 3
    y -= 10
    y = para(c, 50, y, t["certification"], "Caladea-B", 10, 495, 12.5)
    c.setFont(f, 10)
    c.drawString(330, y - 20, t["place_date"])
    stamp(
        c,
        400,
        y - 90,
        48,
        t["stamp_ring"],
        t["stamp_center"],
        STAMP_BLUE,
        rng,
        angle=rng.uniform(-10, 10),
    )
    rl_signature(c, rng, 380, y - 120, 160, 60, (0.1, 0.1, 0.35))
    hand_text(c, 60, y - 120, f"Rép. n° {t['repertoire']}", rng, "Dkg", 12, (0.1, 0.1, 0.35))
    c.setFont(f, 7.5)
    c.drawCentredString(
        297,
        40,
        "Traduction comportant 1 page, annexée à l'original - toute modification la rend caduque",
    )
    c.showPage()
    c.save()
    return buf.getvalue()
