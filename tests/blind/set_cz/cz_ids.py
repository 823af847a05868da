"""Identity-type documents: passport data pages, visa stickers, ID-1 cards, récépissé."""

from __future__ import annotations

import io
import random

from reportlab.lib.units import mm

from cz_common import draw_signature, face, new_canvas, render_pdf


def _fr_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


def _dmy_mon(iso: str, months) -> str:
    y, m, d = iso.split("-")
    return f"{d} {months[int(m) - 1]} {y}"


MON_BIL = [
    "JAN/JAN", "FEB/FÉV", "MAR/MARS", "APR/AVR", "MAY/MAI", "JUN/JUIN",
    "JUL/JUIL", "AUG/AOÛT", "SEP/SEPT", "OCT/OCT", "NOV/NOV", "DEC/DÉC",
]  # fmt: skip
MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def passport_page(p: dict, rng: random.Random, dpi=300):
    """Passport data page (TD3, 125 x 88 mm). p holds the printed values and 'mrz'."""
    W, H = 125 * mm, 88 * mm
    buf = io.BytesIO()
    c = new_canvas(buf, (W, H))
    bg = p.get("bg", (0.93, 0.95, 0.9))
    c.setFillColorRGB(*bg)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    # guilloche-ish background lines
    c.setStrokeColorRGB(bg[0] - 0.08, bg[1] - 0.06, bg[2] - 0.04)
    c.setLineWidth(0.25)
    for i in range(60):
        c.bezier(0, i * 4, W * 0.3, i * 4 + 18, W * 0.7, i * 4 - 18, W, i * 4)
    acc = p.get("accent", (0.1, 0.3, 0.2))
    c.setFillColorRGB(*acc)
    c.setFont("SansB", 8.2)
    c.drawCentredString(W / 2, H - 6.5 * mm, p["header1"])
    c.setFont("Sans", 6.4)
    c.drawCentredString(W / 2, H - 10 * mm, p["header2"])
    face(c, 5 * mm, 24 * mm, 30 * mm, 38 * mm, tone=p.get("tone", (0.4, 0.28, 0.2)))
    lx, top = 40 * mm, H - 15 * mm
    lab = p["labels"]

    def field(label, value, x, y, size=8.6):
        c.setFillColorRGB(0.25, 0.25, 0.3)
        c.setFont("Sans", 5.0)
        c.drawString(x, y + 3.6 * mm, label)
        c.setFillColorRGB(0.05, 0.05, 0.08)
        c.setFont("SansB", size)
        c.drawString(x, y, value)

    row = 0
    field(lab["type"], p["type_code"], lx, top - 4 * mm, 8)
    field(lab["code"], p["issuing"], lx + 20 * mm, top - 4 * mm, 8)
    field(lab["number"], p["number"], lx + 48 * mm, top - 4 * mm, 9)
    ys = [top - 12 * mm - k * 7.4 * mm for k in range(8)]
    field(lab["surname"], p["surname"], lx, ys[0])
    field(lab["given"], p["given"], lx, ys[1])
    field(lab["nat"], p["nat_text"], lx, ys[2])
    field(lab["dob"], p["dob_text"], lx, ys[3])
    field(lab["sex"], p["sex"], lx + 42 * mm, ys[3])
    field(lab["pob"], p["pob"], lx, ys[4])
    field(lab["issue"], p["issue_text"], lx, ys[5])
    field(lab["authority"], p["authority"], lx + 42 * mm, ys[5], 7)
    field(lab["expiry"], p["exp_text"], lx, ys[6])
    row += 1
    c.setFont("Sans", 5)
    c.setFillColorRGB(0.25, 0.25, 0.3)
    c.drawString(5 * mm, 21 * mm, lab.get("sig", "Signature"))
    draw_signature(c, rng, p["surname"], 6 * mm, 14.5 * mm, 28 * mm, 6.5 * mm)
    # MRZ zone
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, W, 13.5 * mm, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Mono", 9.6)
    c.drawString(4 * mm, 7.6 * mm, p["mrz"][0])
    c.drawString(4 * mm, 2.6 * mm, p["mrz"][1])
    c.showPage()
    c.save()
    return render_pdf(buf.getvalue(), dpi)[0]


def visa_sticker(v: dict, rng: random.Random, dpi=300):
    """French long-stay visa sticker (Schengen uniform format, MRV-A) on a passport page."""
    W, H = 125 * mm, 88 * mm
    buf = io.BytesIO()
    c = new_canvas(buf, (W, H))
    c.setFillColorRGB(0.95, 0.94, 0.9)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColorRGB(0.55, 0.6, 0.7)
    c.setFont("Sans", 6)
    c.drawString(6 * mm, H - 5 * mm, v.get("page_text", "VISAS"))
    x0, y0, sw, sh = 4 * mm, 4 * mm, 117 * mm, 78 * mm
    c.setFillColorRGB(0.86, 0.9, 0.95)
    c.roundRect(x0, y0, sw, sh, 2 * mm, stroke=0, fill=1)
    c.setStrokeColorRGB(0.7, 0.75, 0.86)
    c.setLineWidth(0.2)
    for i in range(40):
        c.bezier(
            x0,
            y0 + i * 2 * mm,
            x0 + sw / 3,
            y0 + i * 2 * mm + 8,
            x0 + sw,
            y0 + i * 2 * mm - 8,
            x0 + sw,
            y0 + i * 2 * mm,
        )
    face(c, x0 + 3 * mm, y0 + 24 * mm, 26 * mm, 33 * mm, tone=v.get("tone", (0.4, 0.28, 0.2)))
    c.setFillColorRGB(0.1, 0.15, 0.45)
    c.setFont("SansB", 9)
    c.drawString(x0 + 32 * mm, y0 + sh - 6 * mm, "VISA")
    c.setFillColorRGB(0.75, 0.05, 0.1)
    c.setFont("MonoB", 10)
    c.drawRightString(x0 + sw - 3 * mm, y0 + sh - 6 * mm, "FRA  " + v["number"])
    lx = x0 + 32 * mm

    def fld(label, val, x, y, size=7.6):
        c.setFillColorRGB(0.2, 0.25, 0.4)
        c.setFont("Sans", 4.6)
        c.drawString(x, y + 3 * mm, label)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("MonoB", size)
        c.drawString(x, y, val)

    yt = y0 + sh - 14 * mm
    fld("VALABLE POUR / VALID FOR", "FRANCE", lx, yt)
    fld("DU / FROM", _fr_date(v["valid_from"]).replace("/", "-"), lx, yt - 7 * mm)
    fld("AU / UNTIL", _fr_date(v["valid_until"]).replace("/", "-"), lx + 28 * mm, yt - 7 * mm)
    fld("TYPE DE VISA / TYPE OF VISA", "D", lx + 58 * mm, yt - 7 * mm)
    fld("NOMBRE D'ENTREES / NUMBER OF ENTRIES", "MULT", lx, yt - 14 * mm)
    fld("DUREE DE SEJOUR / DURATION OF STAY", v["days"] + " JOURS", lx + 42 * mm, yt - 14 * mm)
    fld("DELIVRE A / ISSUED IN", v["issued_in"], lx, yt - 21 * mm)
    fld("LE / ON", _fr_date(v["issued_on"]).replace("/", "-"), lx + 42 * mm, yt - 21 * mm)
    fld("NUMERO DE PASSEPORT / PASSPORT NUMBER", v["passport"], lx, yt - 28 * mm)
    fld("NOM, PRENOM / SURNAME, NAME", v["surname"] + ", " + v["given"], lx, yt - 35 * mm, 7)
    c.setFillColorRGB(0.2, 0.25, 0.4)
    c.setFont("Sans", 4.6)
    c.drawString(x0 + 3 * mm, y0 + 20 * mm, "REMARQUES / REMARKS")
    c.setFillColorRGB(0, 0, 0)
    c.setFont("MonoB", 7.2)
    c.drawString(x0 + 3 * mm, y0 + 16.5 * mm, v["remarks"])
    c.setFillColorRGB(1, 1, 1)
    c.rect(x0, y0, sw, 12 * mm, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Mono", 9.6)
    c.drawString(x0 + 2 * mm, y0 + 6.6 * mm, v["mrz"][0])
    c.drawString(x0 + 2 * mm, y0 + 1.8 * mm, v["mrz"][1])
    c.showPage()
    c.save()
    return render_pdf(buf.getvalue(), dpi)[0]


def id1_card(k: dict, rng: random.Random, dpi=400):
    """Front and back of an ID-1 card (French titre de séjour or CNI). Returns two images."""
    W, H = 85.6 * mm, 54 * mm
    buf = io.BytesIO()
    c = new_canvas(buf, (W, H))
    bg = k.get("bg", (0.9, 0.92, 0.96))
    for side in ("front", "back"):
        c.setFillColorRGB(*bg)
        c.roundRect(0, 0, W, H, 3 * mm, stroke=0, fill=1)
        c.setStrokeColorRGB(bg[0] - 0.07, bg[1] - 0.05, bg[2] - 0.02)
        c.setLineWidth(0.2)
        for i in range(30):
            c.bezier(0, i * 2 * mm, W / 3, i * 2 * mm + 6, W * 0.6, i * 2 * mm - 6, W, i * 2 * mm)
        if side == "front":
            c.setFillColorRGB(0.0, 0.14, 0.5)
            c.rect(0, H - 3 * mm, W * 0.33, 3 * mm, stroke=0, fill=1)
            c.setFillColorRGB(0.9, 0.1, 0.15)
            c.rect(W * 0.67, H - 3 * mm, W * 0.33, 3 * mm, stroke=0, fill=1)
            c.setFillColorRGB(0.05, 0.1, 0.35)
            c.setFont("SansB", 6.4)
            c.drawString(3 * mm, H - 7.5 * mm, k["title1"])
            c.setFont("Sans", 4.6)
            c.drawString(3 * mm, H - 10.2 * mm, k["title2"])
            face(c, 3 * mm, 8 * mm, 21 * mm, 27 * mm, tone=k.get("tone", (0.75, 0.6, 0.5)))
            y = H - 15 * mm
            for lab, val in k["front_fields"]:
                c.setFillColorRGB(0.3, 0.3, 0.4)
                c.setFont("Sans", 3.9)
                c.drawString(27 * mm, y + 2.4 * mm, lab)
                c.setFillColorRGB(0, 0, 0)
                c.setFont("SansB", 6.4)
                c.drawString(27 * mm, y, val)
                y -= 5.5 * mm
            c.setFillColorRGB(0.6, 0.05, 0.1)
            c.setFont("MonoB", 7)
            c.drawRightString(W - 3 * mm, H - 7.5 * mm, k["number"])
            draw_signature(c, rng, k["sig_name"], 4 * mm, 2.5 * mm, 18 * mm, 5 * mm)
        else:
            y = H - 7 * mm
            for lab, val in k["back_fields"]:
                c.setFillColorRGB(0.3, 0.3, 0.4)
                c.setFont("Sans", 3.9)
                c.drawString(4 * mm, y + 2.4 * mm, lab)
                c.setFillColorRGB(0, 0, 0)
                c.setFont("SansB", 5.8)
                c.drawString(4 * mm, y, val)
                y -= 5.2 * mm
            c.setFillColorRGB(0, 0, 0)
            c.setFont("Mono", 9.0)
            for i, line in enumerate(k["mrz"]):
                c.drawString(3.2 * mm, 12 * mm - i * 4.6 * mm, line)
        c.showPage()
    c.save()
    return render_pdf(buf.getvalue(), dpi)


def recepisse(r: dict, rng: random.Random):
    """Récépissé de demande de titre de séjour (A4 paper, prefecture print + stamp)."""
    buf = io.BytesIO()
    W, H = 595.27, 841.89
    c = new_canvas(buf, (W, H))
    c.setFillColorRGB(0, 0, 0)
    c.setFont("SansB", 9)
    c.drawString(40, H - 50, "RÉPUBLIQUE FRANÇAISE")
    c.setFont("Sans", 8)
    c.drawString(40, H - 62, "Liberté • Égalité • Fraternité")
    c.setFont("SansB", 10)
    c.drawString(40, H - 84, r["prefecture"])
    c.setFont("SansB", 13)
    c.drawCentredString(W / 2, H - 125, "RÉCÉPISSÉ DE DEMANDE DE CARTE DE SÉJOUR")
    c.setFont("Sans", 9)
    c.drawCentredString(W / 2, H - 140, r["kind"])
    c.setFont("SansB", 10)
    c.drawRightString(W - 40, H - 165, "N° " + r["number"])
    face(c, 40, H - 330, 95, 120, tone=r.get("tone", (0.42, 0.3, 0.22)))
    rows = [
        ("Nom", r["surname"]),
        ("Prénom(s)", r["given"]),
        ("Sexe", r["sex"]),
        ("Né(e) le", _fr_date(r["dob"])),
        ("à", r["pob"]),
        ("Nationalité", r["nat_text"]),
        ("Adresse", r["address"]),
        ("N° étranger (AGDREF)", r["agdref"]),
    ]
    y = H - 200
    for lab, val in rows:
        c.setFont("Sans", 9)
        c.drawString(160, y, lab + " :")
        c.setFont("SansB", 10)
        c.drawString(285, y, val)
        y -= 19
    c.setFont("Sans", 9.5)
    y = H - 375
    for line in r["body"]:
        c.drawString(40, y, line)
        y -= 14
    c.setFont("SansB", 11)
    c.drawString(
        40, y - 12, "VALABLE DU " + _fr_date(r["valid_from"]) + " AU " + _fr_date(r["valid_until"])
    )
    c.setFont("SansB", 10)
    c.drawString(40, y - 34, r["work"])
    c.setFont("Sans", 9)
    c.drawString(330, y - 70, "Fait à " + r["place"] + ", le " + _fr_date(r["valid_from"]))
    c.drawString(330, y - 84, "Pour le préfet et par délégation")
    # round prefecture stamp
    c.saveState()
    c.setStrokeColorRGB(0.2, 0.25, 0.65)
    c.setFillColorRGB(0.2, 0.25, 0.65)
    c.setLineWidth(1.4)
    c.circle(410, y - 140, 38)
    c.circle(410, y - 140, 30)
    c.setFont("SansB", 6.5)
    c.drawCentredString(410, y - 137, "PRÉFECTURE")
    c.drawCentredString(410, y - 146, r["stamp"])
    c.restoreState()
    draw_signature(c, rng, "agent", 440, y - 160, 90, 40)
    c.setFont("Sans", 9)
    c.drawString(40, y - 210, "Signature du titulaire :")
    draw_signature(c, rng, r["surname"], 40, y - 255, 110, 34)
    c.setFont("Sans", 7)
    c.drawString(
        40,
        40,
        "Ce récépissé, accompagné du passeport, permet de justifier de la régularité du séjour.",
    )
    c.showPage()
    c.save()
    return buf.getvalue()
