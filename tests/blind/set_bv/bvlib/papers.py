"""Apostille (Hague model), sworn translation, handwritten attestation d'hébergement."""

from __future__ import annotations

import random

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from .ink import (
    BLUE_INK,
    draw_signature,
    hand,
    hexcol,
    justified,
    matrix_block,
    new_canvas,
    para,
    round_stamp,
)

W, H = A4


# --------------------------------------------------------------------------- apostille


def apostille(a: dict, seed: int) -> bytes:
    """Apostille on the model annexed to the Hague Convention (10 numbered items)."""
    rng = random.Random(seed)
    c, buf = new_canvas(title="Apostille")
    ph = a["style"] == "ph"
    if ph:
        c.setFont("Serif", 10)
        c.drawCentredString(W / 2, H - 60, "Republic of the Philippines")
        c.setFont("Serif-B", 13)
        c.drawCentredString(W / 2, H - 76, "DEPARTMENT OF FOREIGN AFFAIRS")
        c.setFont("Serif", 9.5)
        c.drawCentredString(W / 2, H - 90, "Office of Consular Affairs - Authentication Division")
        bx, bw, top, fs = 70, W - 140, H - 120, 11
    else:
        bx, bw, top, fs = 120, 360, H - 90, 9.5
    lead = fs * 1.45
    vf = "Sans-B"
    lines = [
        ("1.", "Country / Pays :", a["country"]),
        ("", "This public document / Le présent acte public", None),
        ("2.", "has been signed by / a été signé par", a["signed_by"]),
        ("3.", "acting in the capacity of / agissant en qualité de", a["capacity"]),
        ("4.", "bears the seal/stamp of / est revêtu du sceau de", a["seal_of"]),
        ("", "Certified / Attesté", None),
        ("5.", "at / à", a["at"]),
        ("6.", "the / le", a["date_text"]),
        ("7.", "by / par", a["by"]),
        ("8.", "No / sous n°", a["number"]),
    ]
    y = top - 62
    ops = []
    for num, lab, val in lines:
        if val is None:
            ops.append(("center", y, lab))
            y -= lead
            continue
        lw = c.stringWidth(lab + " ", "Serif", fs)
        avail = bw - 40 - lw
        words = val.split(" ")
        cur, first = "", True
        ops.append(("num", y, num, lab))
        for wd in words:
            cand = (cur + " " + wd).strip()
            lim = avail if first else bw - 50
            if c.stringWidth(cand, vf, fs) > lim and cur:
                ops.append(("val", y, cur, (bx + 32 + lw) if first else bx + 40))
                y -= lead
                cur, first = wd, False
            else:
                cur = cand
        ops.append(("val", y, cur, (bx + 32 + lw) if first else bx + 40))
        y -= lead
    ops.append(("num", y, "9.", "Seal / stamp :"))
    ops.append(("num2", y, "10.", "Signature :"))
    bottom = y - 95
    if not ph:
        c.setFillColor(hexcol("#fbfbf7"))
        c.rect(bx - 8, bottom - 8, bw + 16, top - bottom + 16, stroke=0, fill=1)
        c.setFillColor(hexcol("#000000"))
    c.setLineWidth(1.2)
    c.rect(bx, bottom, bw, top - bottom)
    c.setFont("Serif-B", fs + 9)
    c.drawCentredString(bx + bw / 2, top - 28, "APOSTILLE")
    c.setFont("Serif-I", fs)
    c.drawCentredString(bx + bw / 2, top - 44, "(Convention de La Haye du 5 octobre 1961)")
    for op in ops:
        if op[0] == "center":
            c.setFont("Serif-B", fs)
            c.drawCentredString(bx + bw / 2, op[1], op[2])
        elif op[0] in ("num", "num2"):
            xx = bx + 10 if op[0] == "num" else bx + bw / 2
            c.setFont("Serif", fs)
            c.drawString(xx, op[1], op[2])
            c.drawString(xx + 22, op[1], op[3])
        else:
            c.setFont(vf, fs)
            c.drawString(op[3], op[1], op[2])
    round_stamp(
        c, bx + 80, bottom + 45, 36, a["seal_text"], a["seal_inner"], color=a["seal_color"], rng=rng
    )
    draw_signature(
        c, bx + bw / 2 + 20, bottom + 22, 100, a["signed_by_official"], seed + 1, ink="#111144"
    )
    if ph:
        matrix_block(c, bx + bw - 60, bottom - 80, 50, 20, seed + 2)
        c.setFont("Sans", 7.5)
        c.drawString(
            bx,
            bottom - 30,
            "Verify this Apostille on the DFA e-Apostille register using the number above.",
        )
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------- translation


def translation(t: dict, seed: int) -> bytes:
    rng = random.Random(seed)
    c, buf = new_canvas(
        title="Traduction certifiée conforme",
        author=t["translator"],
        producer="Microsoft Word - Traduction acte naissance",
    )
    c.setFont("Sans-B", 11)
    c.drawString(50, H - 50, t["translator"])
    c.setFont("Sans", 8.5)
    for i, ln in enumerate(t["header"]):
        c.drawString(50, H - 63 - i * 11, ln)
    c.setLineWidth(0.6)
    c.line(50, H - 118, W - 50, H - 118)
    c.setFont("Sans-B", 13)
    c.drawCentredString(W / 2, H - 145, "TRADUCTION CERTIFIÉE CONFORME")
    c.setFont("Sans-I", 9)
    c.drawCentredString(W / 2, H - 160, t["subtitle"])
    c.setFont("Sans-B", 11)
    c.drawCentredString(W / 2, H - 192, t["title"])
    y = H - 215
    c.setFont("Sans", 9.5)
    for ln in t["intro"]:
        c.drawCentredString(W / 2, y, ln)
        y -= 13
    y -= 10
    for lab, val in t["rows"]:
        c.setFont("Sans-B", 9)
        c.drawString(60, y, lab)
        yy = para(c, 250, y, val, "Sans", 9.5, W - 310, leading=12)
        y = min(y - 17, yy - 5)
    y -= 8
    y = justified(c, 50, y, t["certification"], "Sans", 9.5, W - 100, 13)
    c.drawString(50, y - 8, t["done"])
    c.drawString(50, y - 22, t["register"])
    round_stamp(
        c, W - 150, y - 70, 44, t["stamp_outer"], t["stamp_inner"], color="#23318c", rng=rng
    )
    draw_signature(c, W - 200, y - 110, 100, t["translator"], seed + 4, ink="#10185a")
    c.setFont("Sans", 7)
    c.drawCentredString(W / 2, 30, "Page 1/1 - Traduction n° " + t["register_no"])
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------- hosting


def seyes(c, seed):
    """French 'grands carreaux' paper."""
    c.setFillColor(hexcol("#fdfcf6"))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    step = 2 * mm
    c.setLineWidth(0.3)
    y = H - 20 * mm
    k = 0
    while y > 8 * mm:
        c.setStrokeColor(hexcol("#7f73b8", 0.55 if k % 4 == 0 else 0.25))
        c.setLineWidth(0.5 if k % 4 == 0 else 0.3)
        c.line(0, y, W, y)
        y -= step
        k += 1
    c.setStrokeColor(hexcol("#7f73b8", 0.3))
    x = 30 * mm
    while x < W:
        c.line(x, 8 * mm, x, H - 20 * mm)
        x += 8 * mm
    c.setStrokeColor(hexcol("#d0506a", 0.7))
    c.setLineWidth(0.8)
    c.line(26 * mm, 0, 26 * mm, H)


def attestation_hand(a: dict, seed: int) -> bytes:
    """Handwritten attestation d'hébergement on squared school paper."""
    rng = random.Random(seed)
    c, buf = new_canvas(title="attestation")
    seyes(c, seed)
    font = a.get("font", "Ecolier")
    size = a.get("size", 15)
    base = H - 20 * mm - 8 * mm * 2
    line = 0

    def y_of(n):
        return base - n * 8 * mm + 1.2

    hand(c, 70 * mm, y_of(line), a["title"], rng, font, size + 3, ink=BLUE_INK)
    line += 2
    for para_text in a["paragraphs"]:
        words = para_text.split(" ")
        cur = ""
        first = True
        for wd in words:
            cand = (cur + " " + wd).strip()
            lim = (W - 45 * mm) if not first else (W - 55 * mm)
            if c.stringWidth(cand, font, size) * 1.02 > lim and cur:
                hand(c, (38 if first else 28) * mm, y_of(line), cur, rng, font, size)
                line += 1
                cur, first = wd, False
            else:
                cur = cand
        hand(c, (38 if first else 28) * mm, y_of(line), cur, rng, font, size)
        line += 1
    line += 1
    hand(c, 110 * mm, y_of(line), a["done"], rng, font, size)
    line += 1
    hand(c, 110 * mm, y_of(line), "Signature :", rng, font, size)
    draw_signature(c, 115 * mm, y_of(line + 3), 150, a["host_name"], seed + 8, ink=BLUE_INK)
    c.showPage()
    c.save()
    return buf.getvalue()
