"""Identity documents: passport data pages, French visa sticker, titre de séjour, French CNI."""

from __future__ import annotations

import random

from common import Pdf, draw_mrz, mrva, photo, signature, td1, td3, text
from reportlab.lib.units import mm

MON_EN = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MON_FR = ["JAN", "FÉV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]


def dfmt(d, style):
    if style == "slash":
        return d.strftime("%d/%m/%Y")
    if style == "space":
        return d.strftime("%d %m %Y")
    if style == "bil":
        return f"{d.day:02d} {MON_FR[d.month - 1]}/{MON_EN[d.month - 1]} {d.year}"
    return f"{d.day:02d} {MON_EN[d.month - 1]} {d.year}"


def _guilloche(c, x, y, w, h, rgb, rng, n=28):
    c.saveState()
    c.setStrokeColorRGB(*rgb)
    c.setLineWidth(0.25)
    for i in range(n):
        p = c.beginPath()
        yy = y + h * i / n
        p.moveTo(x, yy)
        amp = 3 + rng.random() * 4
        for k in range(1, 13):
            p.curveTo(
                x + w * (k - 0.66) / 12,
                yy + amp,
                x + w * (k - 0.33) / 12,
                yy - amp,
                x + w * k / 12,
                yy,
            )
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def passport_pdf(p: dict, rng: random.Random) -> tuple[bytes, dict]:
    """Data page of a TD3 passport. p holds the person, style and country keys."""
    W, H = 125 * mm, 88 * mm
    pdf = Pdf((W, H), "passport")
    c = pdf.c
    tint = p["tint"]
    c.setFillColorRGB(*tint)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    _guilloche(c, 0, 22 * mm, W, H - 22 * mm, [max(0, t - 0.12) for t in tint], rng)
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, W, 21 * mm, stroke=0, fill=1)
    hf, lf, vf = p["fonts"]
    y = H - 6 * mm
    for line in p["header"]:
        text(c, W / 2 + 10 * mm, y, line, hf, 7.2, (0.1, 0.1, 0.25), "c")
        y -= 3.2 * mm
    photo(c, 5 * mm, 25 * mm, 30 * mm, 38 * mm, rng, skin=p.get("skin", (0.3, 0.2, 0.14)))
    signature(c, 8 * mm, 23 * mm, rng, w=22 * mm, color=(0.1, 0.1, 0.1))
    ds = p["date_style"]
    rows = [
        (p["lab"]["type"], "P", p["lab"]["code"], p["country"], p["lab"]["number"], p["number"]),
        (p["lab"]["surname"], p["surname_print"], None, None, None, None),
        (p["lab"]["given"], p["given_print"], None, None, None, None),
        (p["lab"]["nat"], p["nat_print"], None, None, None, None),
        (
            p["lab"]["dob"],
            dfmt(p["dob"], ds),
            p["lab"]["sex"],
            p["sex"],
            p["lab"]["pob"],
            p["pob"],
        ),
        (p["lab"]["issue"], dfmt(p["issued"], ds), p["lab"]["auth"], p["authority"], None, None),
        (p["lab"]["exp"], dfmt(p["expiry"], ds), None, None, None, None),
    ]
    x0 = 39 * mm
    y = H - 19 * mm
    for lab1, v1, lab2, v2, lab3, v3 in rows:
        text(c, x0, y, lab1, lf, 5.2, (0.25, 0.25, 0.35))
        text(c, x0, y - 3.6 * mm, v1, vf, 8.4)
        if lab2:
            text(c, x0 + 30 * mm, y, lab2, lf, 5.2, (0.25, 0.25, 0.35))
            text(c, x0 + 30 * mm, y - 3.6 * mm, v2, vf, 8.4)
        if lab3:
            text(c, x0 + 52 * mm, y, lab3, lf, 5.2, (0.25, 0.25, 0.35))
            text(c, x0 + 52 * mm, y - 3.6 * mm, v3, vf, 8.4)
        y -= 7.3 * mm
    text(c, W - 4 * mm, 23 * mm, p["number"], vf, 9, (0.5, 0.1, 0.1), "r")
    lines = td3(
        p["country"],
        p["surname"],
        p["given"],
        p["number"],
        p["country"],
        p["dob"],
        p["sex"],
        p["expiry"],
        p.get("personal", ""),
    )
    draw_mrz(c, 4 * mm, 3 * mm, W - 8 * mm, lines)
    fields = {
        "surname": p["surname"],
        "given_names": p["given"],
        "document_number": p["number"],
        "nationality": p["country"],
        "issuing_country": p["country"],
        "date_of_birth": p["dob"].isoformat(),
        "sex": p["sex"],
        "expiry_date": p["expiry"].isoformat(),
        "mrz_valid": True,
    }
    return pdf.bytes(), fields


def visa_pdf(v: dict, rng: random.Random) -> tuple[bytes, dict]:
    """A French type D visa sticker stuck on a passport visa page."""
    W, H = 125 * mm, 88 * mm
    pdf = Pdf((W, H), "visa")
    c = pdf.c
    c.setFillColorRGB(0.93, 0.92, 0.86)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    _guilloche(c, 0, 0, W, H, (0.82, 0.8, 0.72), rng, 18)
    sx, sy, sw, sh = 2.5 * mm, 4 * mm, 120 * mm, 80 * mm
    c.setFillColorRGB(0.9, 0.93, 0.97)
    c.roundRect(sx, sy, sw, sh, 2 * mm, stroke=0, fill=1)
    _guilloche(c, sx, sy + 20 * mm, sw, sh - 20 * mm, (0.7, 0.78, 0.9), rng, 22)
    c.setFillColorRGB(1, 1, 1)
    c.rect(sx, sy, sw, 19 * mm, stroke=0, fill=1)
    photo(c, sx + 3 * mm, sy + 27 * mm, 26 * mm, 33 * mm, rng, skin=v.get("skin", (0.3, 0.2, 0.1)))
    text(c, sx + 33 * mm, sy + sh - 6 * mm, "VISA", "sans-b", 13, (0.1, 0.15, 0.45))
    text(c, sx + sw - 4 * mm, sy + sh - 6 * mm, v["sticker_no"], "mono-b", 9, (0.6, 0.1, 0.1), "r")
    L = "libn"
    X = sx + 33 * mm

    def row(y, lab, val, dx=0):
        text(c, X + dx, y, lab, L, 5, (0.2, 0.2, 0.4))
        text(c, X + dx, y - 3.3 * mm, val, "mono-b", 7.6)

    y = sy + sh - 11 * mm
    row(y, "VALABLE POUR / VALID FOR", "FRANCE")
    y -= 7 * mm
    row(y, "DU / FROM", v["valid_from"].strftime("%d-%m-%y"))
    row(y, "AU / UNTIL", v["valid_until"].strftime("%d-%m-%y"), 25 * mm)
    row(y, "TYPE DE VISA", "D", 50 * mm)
    y -= 7 * mm
    row(y, "NOMBRE D'ENTRÉES / NUMBER OF ENTRIES", "MULT")
    row(y, "DURÉE DE SÉJOUR / DURATION", f"{v['days']} JOURS", 45 * mm)
    y -= 7 * mm
    row(y, "DÉLIVRÉ À / ISSUED IN", f"{v['issued_in']}  LE {v['issued_on'].strftime('%d-%m-%y')}")
    row(y, "NUMÉRO DU PASSEPORT", v["passport_no"], 52 * mm)
    y -= 7 * mm
    row(y, "NOM, PRÉNOM / SURNAME, NAME", f"{v['surname']}, {v['given']}")
    y -= 7 * mm
    text(c, X, y, "REMARQUES / REMARKS", L, 5, (0.2, 0.2, 0.4))
    for i, r in enumerate(v["remarks"]):
        text(c, X, y - 3.3 * mm - i * 3.1 * mm, r, "mono-b", 7)
    lines = mrva(
        v["surname"],
        v["given"],
        v["number"],
        v["nat"],
        v["dob"],
        v["sex"],
        v["valid_until"],
        v.get("optional", ""),
    )
    draw_mrz(c, sx + 3 * mm, sy + 3 * mm, sw - 6 * mm, lines)
    fields = {
        "surname": v["surname"],
        "given_names": v["given"],
        "document_number": v["number"],
        "nationality": v["nat"],
        "issuing_country": "FRA",
        "date_of_birth": v["dob"].isoformat(),
        "sex": v["sex"],
        "expiry_date": v["valid_until"].isoformat(),
        "mrz_valid": True,
        "visa_type": "D",
        "vls_ts": True,
        "category": v["category"],
        "valid_from": v["valid_from"].isoformat(),
        "valid_until": v["valid_until"].isoformat(),
    }
    return pdf.bytes(), fields


CARD = (85.6 * mm, 54 * mm)


def _card_front_base(c, rng, title, sub, tint):
    W, H = CARD
    c.setFillColorRGB(*tint)
    c.roundRect(0, 0, W, H, 3 * mm, stroke=0, fill=1)
    _guilloche(c, 0, 0, W, H, [max(0, t - 0.1) for t in tint], rng, 20)
    c.setFillColorRGB(0.0, 0.14, 0.58)
    c.rect(3 * mm, H - 7.5 * mm, 1.6 * mm, 4 * mm, stroke=0, fill=1)
    c.setFillColorRGB(0.93, 0.16, 0.22)
    c.rect(6.4 * mm, H - 7.5 * mm, 1.6 * mm, 4 * mm, stroke=0, fill=1)
    text(c, 10 * mm, H - 5 * mm, "RÉPUBLIQUE FRANÇAISE", "sans-b", 5.4, (0.1, 0.12, 0.3))
    text(c, 10 * mm, H - 8 * mm, title, "sans-b", 6.2, (0.1, 0.12, 0.3))
    if sub:
        text(c, 10 * mm, H - 10.6 * mm, sub, "sans", 4.3, (0.2, 0.2, 0.35))


def _fld(c, x, y, lab, val, size=6.6):
    text(c, x, y, lab, "libn", 3.9, (0.25, 0.27, 0.4))
    text(c, x, y - 2.7 * mm, val, "lib-b", size, (0.05, 0.05, 0.08))


def residence_card_pdf(t: dict, rng: random.Random) -> tuple[bytes, bytes, dict]:
    """Titre de séjour (2020 ID-1 model): front and back as two one-page PDFs."""
    W, H = CARD
    front = Pdf(CARD, "titre de sejour recto")
    c = front.c
    _card_front_base(c, rng, "TITRE DE SÉJOUR", "RESIDENCE PERMIT", (0.86, 0.9, 0.88))
    photo(c, 3 * mm, 9 * mm, 21 * mm, 27 * mm, rng, skin=t.get("skin", (0.25, 0.16, 0.1)))
    x = 27 * mm
    _fld(c, x, H - 14 * mm, "NOM / SURNAME", t["surname"])
    _fld(c, x, H - 20 * mm, "PRÉNOMS / GIVEN NAMES", t["given"])
    _fld(c, x, H - 26 * mm, "SEXE", t["sex"])
    _fld(c, x + 10 * mm, H - 26 * mm, "NATIONALITÉ", t["nat"])
    _fld(c, x + 30 * mm, H - 26 * mm, "DATE DE NAISS.", t["dob"].strftime("%d %m %Y"))
    _fld(c, x, H - 32 * mm, "TYPE DE TITRE / TYPE OF PERMIT", t["kind"], 5.6)
    _fld(c, x, H - 38 * mm, "VALABLE JUSQU'AU / VALID UNTIL", t["expiry"].strftime("%d %m %Y"))
    _fld(c, x + 32 * mm, H - 38 * mm, "N° DU DOCUMENT", t["number"], 6)
    _fld(c, x, H - 44 * mm, "REMARQUES", t["remarks"], 4.8)
    signature(c, 5 * mm, 5 * mm, rng, w=16 * mm, color=(0.1, 0.1, 0.1))
    back = Pdf(CARD, "titre de sejour verso")
    b = back.c
    b.setFillColorRGB(0.9, 0.92, 0.9)
    b.roundRect(0, 0, W, H, 3 * mm, stroke=0, fill=1)
    _guilloche(b, 0, 20 * mm, W, H - 20 * mm, (0.8, 0.84, 0.8), rng, 14)
    _fld(b, 4 * mm, H - 6 * mm, "ADRESSE / ADDRESS", t["address"][0], 5.6)
    text(b, 4 * mm, H - 11.5 * mm, t["address"][1], "lib-b", 5.6)
    _fld(b, 4 * mm, H - 16 * mm, "LIEU DE NAISSANCE", t["pob"], 5.6)
    _fld(b, 4 * mm, H - 22 * mm, "DATE DE DÉLIVRANCE", t["issued"].strftime("%d %m %Y"), 5.6)
    _fld(b, 40 * mm, H - 22 * mm, "DÉLIVRÉ PAR", t["authority"], 5.2)
    lines = td1("IR", "FRA", t["number"], t["dob"], t["sex"], t["expiry"], t["nat"], t["surname"],
                t["given"])  # fmt: skip
    b.setFillColorRGB(1, 1, 1)
    b.rect(0, 0, W, 18 * mm, stroke=0, fill=1)
    draw_mrz(b, 3 * mm, 1.5 * mm, W - 6 * mm, lines)
    fields = {
        "surname": t["surname"],
        "given_names": t["given"],
        "document_number": t["number"],
        "nationality": t["nat"],
        "issuing_country": "FRA",
        "date_of_birth": t["dob"].isoformat(),
        "sex": t["sex"],
        "expiry_date": t["expiry"].isoformat(),
        "mrz_valid": True,
    }
    return front.bytes(), back.bytes(), fields


def cni_pdf(h: dict, rng: random.Random) -> tuple[bytes, bytes, dict]:
    """French national identity card (2021 ID-1 model), front and back."""
    W, H = CARD
    front = Pdf(CARD, "cni recto")
    c = front.c
    _card_front_base(c, rng, "CARTE NATIONALE D'IDENTITÉ", "IDENTITY CARD", (0.9, 0.88, 0.93))
    photo(c, 3 * mm, 8 * mm, 21 * mm, 27 * mm, rng, skin=(0.86, 0.7, 0.6), bg=(0.9, 0.9, 0.92))
    x = 27 * mm
    _fld(c, x, H - 14 * mm, "NOM / Surname", h["surname"])
    _fld(c, x, H - 20 * mm, "Prénoms / Given names", h["given_print"])
    _fld(c, x, H - 26 * mm, "SEXE / Sex", h["sex"])
    _fld(c, x + 12 * mm, H - 26 * mm, "NATIONALITÉ / Nationality", "FRA")
    _fld(c, x, H - 32 * mm, "DATE DE NAISS. / Date of birth", h["dob"].strftime("%d %m %Y"))
    _fld(c, x + 28 * mm, H - 32 * mm, "LIEU DE NAISSANCE", h["pob"], 5.6)
    _fld(c, x, H - 38 * mm, "N° DU DOCUMENT / Document No", h["number"])
    _fld(c, x, H - 44 * mm, "DATE D'EXPIR. / Expiry date", h["expiry"].strftime("%d %m %Y"))
    signature(c, 5 * mm, 3.5 * mm, rng, w=16 * mm, color=(0.1, 0.1, 0.1))
    back = Pdf(CARD, "cni verso")
    b = back.c
    b.setFillColorRGB(0.92, 0.9, 0.94)
    b.roundRect(0, 0, W, H, 3 * mm, stroke=0, fill=1)
    _guilloche(b, 0, 20 * mm, W, H - 20 * mm, (0.84, 0.8, 0.86), rng, 14)
    _fld(
        b,
        4 * mm,
        H - 7 * mm,
        "DATE DE DÉLIVRANCE / Date of issue",
        h["issued"].strftime("%d %m %Y"),
    )
    _fld(b, 4 * mm, H - 14 * mm, "AUTORITÉ / Authority", h["authority"], 5.6)
    b.setFillColorRGB(1, 1, 1)
    b.rect(0, 0, W, 18 * mm, stroke=0, fill=1)
    lines = td1("ID", "FRA", h["number"], h["dob"], h["sex"], h["expiry"], "FRA", h["surname"],
                h["given"])  # fmt: skip
    draw_mrz(b, 3 * mm, 1.5 * mm, W - 6 * mm, lines)
    fields = {
        "surname": h["surname"],
        "given_names": h["given"],
        "document_number": h["number"],
        "nationality": "FRA",
        "issuing_country": "FRA",
        "date_of_birth": h["dob"].isoformat(),
        "sex": h["sex"],
        "expiry_date": h["expiry"].isoformat(),
        "mrz_valid": True,
    }
    return front.bytes(), back.bytes(), fields
