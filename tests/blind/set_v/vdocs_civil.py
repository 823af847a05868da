"""Civil-status layouts: birth certificates, apostilles, sworn translations."""

from __future__ import annotations

from reportlab.lib.units import mm
from vcore import draw_signature, hand, stamp


# ---------------------------------------------------------------- birth certificates
def birth_certificate(c, W, H, b, rng):
    """Generic civil-registry extract; b carries heading lines, label/value rows, officer."""
    font, fontb = b.get("fonts", ("dserif", "dserif-b"))
    c.setFillColorRGB(*(b.get("paper", (1, 1, 1))))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    if b.get("border"):
        c.setStrokeColorRGB(*b["border"])
        c.setLineWidth(3)
        c.rect(12 * mm, 12 * mm, W - 24 * mm, H - 24 * mm)
        c.setLineWidth(0.8)
        c.rect(14 * mm, 14 * mm, W - 28 * mm, H - 28 * mm)
    c.setFillColorRGB(0.1, 0.1, 0.1)
    y = H - 30 * mm
    for i, ln in enumerate(b["heading"]):
        c.setFont(fontb if i < 2 else font, 12 if i < 2 else 10)
        c.drawCentredString(W / 2, y, ln)
        y -= 6 * mm
    y -= 4 * mm
    c.setFont(fontb, 15)
    c.drawCentredString(W / 2, y, b["title"])
    y -= 12 * mm
    handfill = b.get("handfill")
    for lab, val in b["rows"]:
        c.setFont(font, 9.5)
        c.setFillColorRGB(0.15, 0.15, 0.15)
        c.drawString(24 * mm, y, lab)
        if handfill:
            c.setStrokeColorRGB(0.5, 0.5, 0.5)
            c.setDash(1, 2)
            c.line(92 * mm, y - 1, W - 24 * mm, y - 1)
            c.setDash()
            hand(c, 94 * mm, y + 0.5, val, rng, handfill, 12)
        else:
            c.setFont(fontb, 10)
            c.setFillColorRGB(0.02, 0.02, 0.05)
            c.drawString(92 * mm, y, val)
        y -= 9 * mm
    for ln in b.get("body", []):
        c.setFont(font, 9)
        c.drawString(24 * mm, y, ln)
        y -= 5 * mm
    y -= 8 * mm
    c.setFont(font, 9.5)
    c.drawString(W / 2, y, b["done"])
    c.drawString(W / 2, y - 6 * mm, b["officer"])
    draw_signature(c, b["officer_name"], W / 2, y - 30 * mm, 55 * mm, 20 * mm, rng)
    stamp(c, W / 2 - 25 * mm, y - 20 * mm, 15 * mm, b["stamp"], rng)
    if b.get("ref"):
        c.setFont(font, 7.5)
        c.drawString(24 * mm, 20 * mm, b["ref"])


def apostille(c, W, H, a, rng):
    c.setFillColorRGB(*(a.get("paper", (1, 1, 1))))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    x0, top = 28 * mm, H - 35 * mm
    c.setStrokeColorRGB(0.2, 0.2, 0.3)
    c.setLineWidth(1.2)
    c.rect(x0 - 8 * mm, top - 150 * mm, W - 2 * x0 + 16 * mm, 165 * mm)
    c.setFillColorRGB(0.05, 0.05, 0.1)
    c.setFont("dserif-b", 18)
    c.drawCentredString(W / 2, top, "APOSTILLE")
    c.setFont("dserif", 9.5)
    c.drawCentredString(W / 2, top - 6 * mm, a["conv"])
    lines = [
        (f"1. {a['l_country']}", a["country_txt"]),
        (a["l_doc"], ""),
        (f"2. {a['l_signed']}", a["signer"]),
        (f"3. {a['l_capacity']}", a["capacity"]),
        (f"4. {a['l_seal']}", a["seal"]),
        (a["l_cert"], ""),
        (f"5. {a['l_at']}", a["city"]),
        (f"6. {a['l_on']}", a["date_txt"]),
        (f"7. {a['l_by']}", a["by"]),
        (f"8. {a['l_no']}", a["number"]),
        (f"9. {a['l_stamp']}", ""),
        (f"10. {a['l_sig']}", ""),
    ]
    y = top - 18 * mm
    for lab, val in lines:
        c.setFont("dserif", 9)
        c.drawString(x0, y, lab)
        if val:
            c.setFont("mono-b", 9.5)
            c.drawString(x0 + 70 * mm, y, val[:48])
        y -= 9.5 * mm
    stamp(c, x0 + 35 * mm, y + 8 * mm, 16 * mm, a["stamp"], rng, color=(0.55, 0.1, 0.15))
    draw_signature(c, a["by"], x0 + 80 * mm, y - 2 * mm, 55 * mm, 20 * mm, rng)


def translation(c, W, H, t, rng):
    c.setFont("dserif-b", 10)
    c.drawString(20 * mm, H - 20 * mm, t["translator"])
    c.setFont("dserif", 8.5)
    for i, ln in enumerate(t["tr_lines"]):
        c.drawString(20 * mm, H - (25 + 4.2 * i) * mm, ln)
    c.setFont("dserif-b", 13)
    c.drawCentredString(W / 2, H - 52 * mm, "TRADUCTION CERTIFIÉE CONFORME")
    c.setFont("dserif", 9)
    c.drawCentredString(W / 2, H - 58 * mm, t["from"])
    y = H - 72 * mm
    for lab, val in t["rows"]:
        c.setFont("dserif", 10)
        c.drawString(25 * mm, y, lab)
        c.setFont("dserif-b", 10)
        c.drawString(95 * mm, y, val)
        y -= 8 * mm
    y -= 6 * mm
    c.setFont("dserif", 9)
    for ln in t["footer"]:
        c.drawString(25 * mm, y, ln)
        y -= 5 * mm
    stamp(c, W - 60 * mm, y - 25 * mm, 18 * mm, t["stamp"], rng, color=(0.1, 0.25, 0.55))
    draw_signature(c, t["translator"], W - 110 * mm, y - 40 * mm, 50 * mm, 18 * mm, rng)
