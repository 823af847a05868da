"""Passports, visa sticker, titre de séjour, birth certificates, apostille, translation."""

from __future__ import annotations

import random

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from bu_util import guilloche, mrz_image, portrait, round_stamp, signature

PASS_SIZE = (125 * mm, 88 * mm)
CARD_SIZE = (85.6 * mm, 54 * mm)


def _mrz(c, lines, x, y, w):
    img, iw, ih = mrz_image(lines, w / len(lines[0]))
    c.drawImage(img, x, y, w, ih * w / iw, mask="auto")


def passport_page(c, W, H, sp, rng: random.Random):
    """sp: dict(header=[...], tint, ink, lab_font, val_font, fields=[(label, value)], mrz,
    photo=dict, sig=bool, ncols)."""
    c.setFillColorRGB(*sp["tint"])
    c.rect(0, 0, W, H, stroke=0, fill=1)
    guilloche(c, 0, 0, W, H, sp["guil"], rng)
    ink = sp.get("ink", (0.1, 0.1, 0.12))
    c.setFillColorRGB(*sp.get("head_ink", ink))
    y = H - 7 * mm
    for i, (txt, fnt, sz) in enumerate(sp["header"]):
        c.setFont(fnt, sz)
        c.drawCentredString(W / 2 + 12 * mm, y - i * (sz + 2), txt)
    px, py, pw, ph = 5 * mm, 26 * mm, 31 * mm, 40 * mm
    portrait(c, px, py, pw, ph, rng, **sp.get("photo", {}))
    x0 = 40 * mm
    cols = sp.get("cols", [40 * mm, 68 * mm, 96 * mm])
    lab_f, lab_s = sp.get("lab", ("Sans", 5))
    val_f, val_s = sp.get("val", ("SansB", 8))
    rowh = sp.get("rowh", 7.4 * mm)
    ytop = H - 7 * mm - len(sp["header"]) * 9 - 4 * mm
    for i, item in enumerate(sp["fields"]):
        label, value, col, row = item
        fx = cols[col] if col < len(cols) else x0
        fy = ytop - row * rowh
        c.setFillColorRGB(*sp.get("lab_ink", (0.3, 0.3, 0.35)))
        c.setFont(lab_f, lab_s)
        c.drawString(fx, fy, label)
        c.setFillColorRGB(*ink)
        c.setFont(val_f, val_s)
        c.drawString(fx, fy - val_s - 1, value)
        del i
    if sp.get("sig"):
        signature(c, px + 2 * mm, py - 6 * mm, 26 * mm, rng, color=(0.1, 0.1, 0.2))
    _mrz(c, sp["mrz"], 4 * mm, 3.5 * mm, W - 8 * mm)


def visa_page(c, W, H, v, rng: random.Random):
    """French long-stay visa sticker (D) glued on a passport visa page."""
    c.setFillColorRGB(0.93, 0.9, 0.86)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    guilloche(c, 0, 0, W, H, (0.8, 0.75, 0.7), rng, n=18)
    sx, sy, sw, sh = 4 * mm, 5 * mm, W - 8 * mm, H - 10 * mm
    c.setFillColorRGB(0.9, 0.93, 0.96)
    c.roundRect(sx, sy, sw, sh, 2 * mm, stroke=0, fill=1)
    guilloche(c, sx, sy, sw, sh, (0.72, 0.8, 0.9), rng, n=34)
    c.setFillColorRGB(0.1, 0.2, 0.5)
    c.setFont("SansB", 11)
    c.drawString(sx + 3 * mm, sy + sh - 7 * mm, "VISA")
    c.setFont("Sans", 6)
    c.drawString(sx + 18 * mm, sy + sh - 6.6 * mm, "RÉPUBLIQUE FRANÇAISE")
    c.setFillColorRGB(0.75, 0.1, 0.15)
    c.setFont("MonoB", 9)
    c.drawRightString(sx + sw - 3 * mm, sy + sh - 7 * mm, v["number_print"])
    portrait(c, sx + 3 * mm, sy + 22 * mm, 22 * mm, 28 * mm, rng, **v.get("photo", {}))
    rows = [
        ("VALABLE POUR", v["valid_for"], 28, 0),
        ("DU", v["from"], 28, 1),
        ("AU", v["to"], 60, 1),
        ("TYPE DE VISA", "D", 28, 2),
        ("NOMBRE D'ENTRÉES", "MULT", 52, 2),
        ("DURÉE DE SÉJOUR", v["days"] + " JOURS", 80, 2),
        ("DÉLIVRÉ À", v["place"], 28, 3),
        ("LE", v["issued"], 70, 3),
        ("NUMÉRO DE PASSEPORT", v["passport"], 28, 4),
        ("NOM, PRÉNOM", v["name"], 28, 5),
        ("REMARQUES", v["rem1"], 28, 6),
        ("", v["rem2"], 28, 7),
    ]
    top = sy + sh - 13 * mm
    for lab, val, xm, r in rows:
        yy = top - r * 5.6 * mm
        c.setFillColorRGB(0.25, 0.3, 0.45)
        c.setFont("Sans", 4.3)
        if lab:
            c.drawString(sx + xm * mm, yy + 2.6 * mm, lab)
        c.setFillColorRGB(0.05, 0.05, 0.1)
        c.setFont("Mono", 6.8)
        c.drawString(sx + xm * mm, yy, val)
    _mrz(c, v["mrz"], sx + 2 * mm, sy + 1.5 * mm, sw - 4 * mm)
    round_stamp(
        c,
        W - 22 * mm,
        30 * mm,
        9 * mm,
        "CONSULAT GÉNÉRAL DE FRANCE",
        [v["place"][:12]],
        color=(0.3, 0.25, 0.55),
        angle=rng.uniform(-20, 20),
    )


def permit_front(c, W, H, p, rng: random.Random):
    c.setFillColorRGB(0.93, 0.95, 0.97)
    c.roundRect(0, 0, W, H, 3 * mm, stroke=0, fill=1)
    guilloche(c, 0, 0, W, H, (0.75, 0.82, 0.9), rng, n=30)
    c.setFillColorRGB(0.0, 0.14, 0.55)
    c.rect(0, H - 2 * mm, W / 3, 2 * mm, stroke=0, fill=1)
    c.setFillColorRGB(0.85, 0.1, 0.15)
    c.rect(2 * W / 3, H - 2 * mm, W / 3, 2 * mm, stroke=0, fill=1)
    c.setFillColorRGB(0.05, 0.15, 0.4)
    c.setFont("SansB", 6.5)
    c.drawString(3 * mm, H - 6.5 * mm, "RÉPUBLIQUE FRANÇAISE")
    c.setFont("SansB", 7.5)
    c.drawString(3 * mm, H - 10 * mm, "TITRE DE SÉJOUR")
    c.setFont("Sans", 4.5)
    c.drawRightString(W - 3 * mm, H - 6.5 * mm, "RESIDENCE PERMIT")
    portrait(c, 3 * mm, 9 * mm, 21 * mm, 28 * mm, rng, **p.get("photo", {}))
    fields = [
        ("NOM / Surname", p["surname"]),
        ("Prénoms / Given names", p["given"]),
        ("Sexe / Sex", p["sex"] + "      Nationalité / Nationality   " + p["nat"]),
        ("Date de naissance / Date of birth", p["dob"]),
        ("Type de titre / Type of permit", p["kind"]),
        ("Remarques", p["remark"]),
        ("Valable jusqu'au / Valid until", p["until"]),
    ]
    y = H - 14 * mm
    for lab, val in fields:
        c.setFillColorRGB(0.3, 0.35, 0.45)
        c.setFont("Sans", 3.6)
        c.drawString(27 * mm, y, lab)
        c.setFillColorRGB(0.05, 0.05, 0.1)
        c.setFont("ArialB", 6.2)
        c.drawString(27 * mm, y - 2.6 * mm, val)
        y -= 5.3 * mm
    c.setFillColorRGB(0.75, 0.1, 0.15)
    c.setFont("MonoB", 7)
    c.drawRightString(W - 3 * mm, 3 * mm, p["number"])
    signature(c, 5 * mm, 4 * mm, 16 * mm, rng, color=(0.1, 0.1, 0.15))


def permit_back(c, W, H, p, rng: random.Random):
    c.setFillColorRGB(0.94, 0.95, 0.96)
    c.roundRect(0, 0, W, H, 3 * mm, stroke=0, fill=1)
    guilloche(c, 0, 0, W, H, (0.8, 0.84, 0.9), rng, n=24)
    rows = [
        ("Lieu de naissance / Place of birth", p["pob"]),
        ("Adresse / Address", p["addr1"]),
        ("", p["addr2"]),
        ("Date et lieu de délivrance", p["issued"]),
    ]
    y = H - 6 * mm
    for lab, val in rows:
        c.setFillColorRGB(0.3, 0.35, 0.45)
        c.setFont("Sans", 3.6)
        if lab:
            c.drawString(4 * mm, y, lab)
        c.setFillColorRGB(0.05, 0.05, 0.1)
        c.setFont("Arial", 6)
        c.drawString(4 * mm, y - 2.6 * mm, val)
        y -= 5.2 * mm
    c.setFillColorRGB(0.85, 0.78, 0.4)
    c.roundRect(W - 16 * mm, H - 18 * mm, 11 * mm, 9 * mm, 1.2 * mm, stroke=0, fill=1)
    _mrz(c, p["mrz"], 2.5 * mm, 2 * mm, W - 5 * mm)


def apostille(c, W, H, a, rng: random.Random):
    """Hague model apostille (10 numbered items) as a separate sheet/allonge."""
    c.setFillColorRGB(0.99, 0.98, 0.95)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    bx, by, bw, bh = 25 * mm, H - 170 * mm, W - 50 * mm, 150 * mm
    c.setStrokeColorRGB(0.2, 0.2, 0.25)
    c.setLineWidth(1.3)
    c.rect(bx, by, bw, bh)
    c.setLineWidth(0.4)
    c.rect(bx + 1.5 * mm, by + 1.5 * mm, bw - 3 * mm, bh - 3 * mm)
    c.setFillColorRGB(0.1, 0.1, 0.12)
    for i, (t, f, s) in enumerate(a["top"]):
        c.setFont(f, s)
        c.drawCentredString(W / 2, H - 12 * mm - i * (s + 3), t)
    c.setFont("TimesB", 18)
    c.drawCentredString(W / 2, by + bh - 14 * mm, "APOSTILLE")
    c.setFont("TimesI", 9.5)
    c.drawCentredString(W / 2, by + bh - 20 * mm, "(Convention de La Haye du 5 octobre 1961)")
    y = by + bh - 32 * mm
    for num, lab, val in a["items"]:
        c.setFont("Times", 10)
        c.drawString(bx + 6 * mm, y, f"{num}.")
        c.drawString(bx + 12 * mm, y, lab)
        lw = stringWidth(lab, "Times", 10)
        c.setFont(a.get("vfont", "TimesB"), 10)
        c.drawString(bx + 14 * mm + lw, y, val)
        c.setDash(1, 2)
        c.line(bx + 14 * mm + lw, y - 1.5, bx + bw - 6 * mm, y - 1.5)
        c.setDash()
        y -= 9 * mm if num not in (4, 8) else 12 * mm
        if num == 4:
            c.setFont("TimesB", 10.5)
            c.drawCentredString(W / 2, y + 4 * mm, "Attestation / Certified")
    round_stamp(
        c,
        bx + 32 * mm,
        by + 20 * mm,
        15 * mm,
        a["seal"],
        a["seal_in"],
        color=a.get("seal_color", (0.2, 0.2, 0.6)),
        angle=rng.uniform(-15, 15),
    )
    signature(c, bx + bw - 62 * mm, by + 18 * mm, 40 * mm, rng)
    c.setFont("Times", 8)
    c.drawString(bx + bw - 64 * mm, by + 10 * mm, a["signer_line"])


def translation(c, W, H, t, rng: random.Random, page=1):
    """Sworn translation (traduction certifiée conforme)."""
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    f, fb = t.get("fonts", ("Caladea", "CaladeaB"))
    c.setFillColorRGB(0.1, 0.1, 0.1)
    c.setFont(fb, 10)
    c.drawString(20 * mm, H - 18 * mm, t["translator"])
    c.setFont(f, 8.5)
    for i, ln in enumerate(t["tr_lines"]):
        c.drawString(20 * mm, H - 23 * mm - i * 10.5, ln)
    c.setFont(fb, 9)
    c.drawRightString(W - 20 * mm, H - 18 * mm, t["ref"])
    c.setFont(fb, 13)
    c.drawCentredString(W / 2, H - 58 * mm, t["title"])
    c.setFont(f, 8.5)
    c.drawCentredString(W / 2, H - 64 * mm, t["subtitle"])
    y = H - 76 * mm
    for ln in t["body"]:
        if isinstance(ln, tuple):
            c.setFont(f, 9.5)
            c.drawString(24 * mm, y, ln[0])
            c.setFont(fb, 9.5)
            c.drawString(82 * mm, y, ln[1])
        else:
            c.setFont(f, 9.5)
            c.drawString(24 * mm, y, ln)
        y -= 6.2 * mm
    y -= 6 * mm
    c.setFont(fb, 9)
    for ln in t["cert"]:
        c.drawString(20 * mm, y, ln)
        y -= 5 * mm
    c.setFont(f, 9)
    c.drawString(110 * mm, y - 4 * mm, t["place_date"])
    round_stamp(
        c,
        60 * mm,
        y - 26 * mm,
        16 * mm,
        t["stamp_outer"],
        t["stamp_inner"],
        color=(0.15, 0.25, 0.6),
        angle=rng.uniform(-25, 25),
    )
    signature(c, 115 * mm, y - 26 * mm, 42 * mm, rng)
    c.setFont(f, 7)
    c.drawCentredString(W / 2, 12 * mm, f"Page {page}/1 — {t['ref']}")
