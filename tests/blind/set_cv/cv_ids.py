"""Identity documents: passport data pages (TD3), VLS-TS stickers (MRV-A), French ID-1 cards."""

from __future__ import annotations

import math
import random
from datetime import date

from reportlab.lib.units import mm

from cv_common import arabic, mrv_valid, mrva, signature, sw, td1, td1_valid, td3, td3_valid
from cv_looks import finish, new_canvas

MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MOIS3 = ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"]


def guilloche(c, w: float, h: float, rng: random.Random, col, n: int = 26) -> None:
    c.saveState()
    c.setStrokeColorRGB(*col)
    c.setLineWidth(0.25)
    ph = rng.uniform(0, 6)
    for k in range(n):
        p = c.beginPath()
        for i in range(121):
            x = w * i / 120
            y = h * k / n + 6 * math.sin(x / 11 + k * 0.5 + ph) + 3 * math.sin(x / 4.3 + k)
            (p.moveTo if i == 0 else p.lineTo)(x, y)
        c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def portrait(
    c, x: float, y: float, w: float, h: float, rng: random.Random, skin, hair, ghost: bool = False
) -> None:
    c.saveState()
    a = 0.35 if ghost else 1.0
    p = c.beginPath()
    p.rect(x, y, w, h)
    c.clipPath(p, stroke=0, fill=0)
    c.setFillAlpha(a)
    c.setFillColorRGB(0.86, 0.88, 0.9)
    c.rect(x, y, w, h, stroke=0, fill=1)
    c.setFillColorRGB(*[v * 0.6 for v in skin])
    c.ellipse(x + w * 0.12, y - h * 0.1, x + w * 0.88, y + h * 0.38, stroke=0, fill=1)
    c.setFillColorRGB(0.25, 0.27, 0.33)
    c.ellipse(x + w * 0.08, y - h * 0.2, x + w * 0.92, y + h * 0.3, stroke=0, fill=1)
    c.setFillColorRGB(*skin)
    c.rect(x + w * 0.4, y + h * 0.28, w * 0.2, h * 0.14, stroke=0, fill=1)
    c.ellipse(x + w * 0.27, y + h * 0.36, x + w * 0.73, y + h * 0.86, stroke=0, fill=1)
    c.setFillColorRGB(*hair)
    c.ellipse(x + w * 0.25, y + h * 0.68, x + w * 0.75, y + h * 0.92, stroke=0, fill=1)
    c.setFillColorRGB(0.15, 0.12, 0.1)
    c.circle(x + w * 0.41, y + h * 0.63, w * 0.025, stroke=0, fill=1)
    c.circle(x + w * 0.59, y + h * 0.63, w * 0.025, stroke=0, fill=1)
    c.restoreState()


def mrz_block(c, lines: list[str], x: float, y: float, size: float, width: float) -> None:
    c.saveState()
    c.setFillColorRGB(0.05, 0.05, 0.07)
    for i, ln in enumerate(lines):
        c.setFont("OCRB", size)
        cs = (width - sw(ln, "OCRB", size)) / max(len(ln) - 1, 1)
        c.setFont("OCRB", size)
        t = c.beginText(x, y - i * size * 1.45)
        t.setCharSpace(cs)
        t.textLine(ln)
        c.drawText(t)
    c.restoreState()


def field(
    c, x, y, label, value, lsize=4.6, vsize=7.6, vfont="Sans-B", lfont="Sans", lcol=(0.3, 0.3, 0.38)
):
    c.setFillColorRGB(*lcol)
    c.setFont(lfont, lsize)
    c.drawString(x, y + vsize + 1.2, label)
    c.setFillColorRGB(0.05, 0.05, 0.1)
    c.setFont(vfont, vsize)
    c.drawString(x, y, value)


def pdate(d: date, style: str) -> str:
    if style == "en3":
        return f"{d.day:02d} {MON[d.month - 1]} {d.year}"
    if style == "bil":
        return f"{d.day:02d} {MOIS3[d.month - 1]}/{MON[d.month - 1]} {d.strftime('%y')}"
    return d.strftime("%d/%m/%Y")


PASS = {
    "HTI": {
        "title": ["RÉPUBLIQUE D'HAÏTI", "REPUBLIC OF HAITI"],
        "doc": "PASSEPORT / PASSPORT",
        "tint": (0.82, 0.87, 0.97),
        "line": (0.62, 0.7, 0.9),
        "ds": "en3",
        "labels": [
            "Nom / Surname",
            "Prénoms / Given names",
            "Nationalité / Nationality",
            "Date de naissance / Date of birth",
            "Sexe / Sex",
            "Lieu de naissance / Place of birth",
            "Date de délivrance / Date of issue",
            "Date d'expiration / Date of expiry",
            "Autorité / Authority",
            "No. du passeport / Passport No.",
        ],
    },
    "EGY": {
        "title": ["ARAB REPUBLIC OF EGYPT"],
        "ar": "جمهورية مصر العربية",
        "doc": "PASSPORT",
        "ar_doc": "جواز سفر",
        "tint": (0.88, 0.93, 0.86),
        "line": (0.68, 0.8, 0.66),
        "ds": "en3",
        "labels": [
            "Surname",
            "Given Names",
            "Nationality",
            "Date of Birth",
            "Sex",
            "Place of Birth",
            "Date of Issue",
            "Date of Expiry",
            "Issuing Office",
            "Passport No.",
        ],
    },
    "PER": {
        "title": ["REPÚBLICA DEL PERÚ", "REPUBLIC OF PERU"],
        "doc": "PASAPORTE / PASSPORT",
        "tint": (0.96, 0.86, 0.86),
        "line": (0.9, 0.68, 0.7),
        "ds": "dmy",
        "labels": [
            "Apellidos / Surname",
            "Nombres / Given names",
            "Nacionalidad / Nationality",
            "Fecha de nacimiento / Date of birth",
            "Sexo / Sex",
            "Lugar de nacimiento / Place of birth",
            "Fecha de expedición / Date of issue",
            "Fecha de caducidad / Date of expiry",
            "Autoridad / Authority",
            "Pasaporte N° / Passport No.",
        ],
    },
    "AFG": {
        "title": ["ISLAMIC REPUBLIC OF AFGHANISTAN"],
        "ar": "د افغانستان اسلامي جمهوریت",
        "doc": "PASSPORT",
        "ar_doc": "پاسپورت",
        "tint": (0.9, 0.9, 0.82),
        "line": (0.75, 0.76, 0.6),
        "ds": "en3",
        "labels": [
            "Surname",
            "Given Names",
            "Nationality",
            "Date of Birth",
            "Sex",
            "Place of Birth",
            "Date of Issue",
            "Date of Expiry",
            "Authority",
            "Passport No.",
        ],
    },
}


def passport_page(p: dict, rng: random.Random) -> tuple[bytes, list[str]]:
    """p: surname, given, number, nat, dob, sex, exp, issued, pob, authority, nat_label."""
    st = PASS[p["nat"]]
    W, H = 125 * mm, 88 * mm
    c, buf = new_canvas((W, H))
    c.setFillColorRGB(*st["tint"])
    c.rect(0, 0, W, H, stroke=0, fill=1)
    guilloche(c, W, H, rng, st["line"])
    c.setFillColorRGB(0.12, 0.14, 0.25)
    y = H - 9
    for t in st["title"]:
        c.setFont("Sans-B", 7.4)
        c.drawString(7, y, t)
        y -= 8.5
    if "ar" in st:
        arabic(c, st["ar"], W - 7, H - 9, 8.5, bold=True)
        arabic(c, st["ar_doc"], W - 7, H - 19, 7.5)
    c.setFont("Sans-B", 6.5)
    c.drawString(7, y - 1, st["doc"])
    lines = td3(
        "P",
        p["nat"],
        p["surname"],
        p["given"],
        p["number"],
        p["nat"],
        p["dob"],
        p["sex"],
        p["exp"],
        p.get("personal", ""),
    )
    assert td3_valid(lines[1])
    px, py, pw, ph = 7, 24 * mm, 30 * mm, 38 * mm
    portrait(c, px, py, pw, ph, rng, p["skin"], p["hair"])
    portrait(c, W - 21 * mm, 21 * mm, 15 * mm, 19 * mm, rng, p["skin"], p["hair"], ghost=True)
    L = st["labels"]
    x0 = 42 * mm
    ds = st["ds"]
    yy = H - 30
    field(c, x0, yy, "Type", "P")
    field(c, x0 + 16 * mm, yy, "Code", p["nat"])
    field(c, x0 + 34 * mm, yy, L[9], p["number"], vsize=8.4)
    rows = [(L[0], p["surname"].upper()), (L[1], p["given"].upper()), (L[2], p["nat_label"])]
    yy -= 14.5
    for lab, val in rows:
        field(c, x0, yy, lab, val)
        yy -= 14.5
    field(c, x0, yy, L[3], pdate(p["dob"], ds))
    field(c, x0 + 40 * mm, yy, L[4], p["sex"])
    yy -= 14.5
    field(c, x0, yy, L[5], p["pob"].upper())
    yy -= 14.5
    field(c, x0, yy, L[6], pdate(p["issued"], ds))
    field(c, x0 + 40 * mm, yy, L[8], p["authority"], vsize=6.6)
    yy -= 14.5
    field(c, x0, yy, L[7], pdate(p["exp"], ds))
    signature(c, p["given"].split()[0], rng, x0 + 38 * mm, 20 * mm, 24 * mm)
    c.setFillColorRGB(1, 1, 1)
    c.rect(0, 0, W, 19 * mm, stroke=0, fill=1)
    c.setFillColorRGB(*st["tint"])
    c.setFillAlpha(0.4)
    c.rect(0, 0, W, 19 * mm, stroke=0, fill=1)
    c.setFillAlpha(1)
    mrz_block(c, lines, 5 * mm, 11 * mm, 9.6, W - 10 * mm)
    c.showPage()
    return finish(c, buf), lines


def visa_sticker(v: dict, rng: random.Random) -> tuple[bytes, list[str]]:
    """Schengen-format national long-stay visa (type D) with VLS-TS remark, MRV-A MRZ,
    placed on a passport visa page."""
    W, H = 125 * mm, 88 * mm
    c, buf = new_canvas((W, H))
    c.setFillColorRGB(*v["page_tint"])
    c.rect(0, 0, W, H, stroke=0, fill=1)
    guilloche(c, W, H, rng, [min(1, t - 0.08) for t in v["page_tint"]], n=18)
    sx, sy, sw_, sh = 3.5 * mm, 3 * mm, 118 * mm, 82 * mm
    c.setFillColorRGB(0.93, 0.9, 0.95)
    c.roundRect(sx, sy, sw_, sh, 3, stroke=0, fill=1)
    guilloche(c, sw_, sh, rng, (0.8, 0.76, 0.88), n=30)
    portrait(c, sx + 3 * mm, sy + 24 * mm, 26 * mm, 33 * mm, rng, v["skin"], v["hair"])
    c.setFillColorRGB(0.75, 0.1, 0.15)
    c.setFont("Mono-B", 10)
    c.drawRightString(sx + sw_ - 4 * mm, sy + sh - 7 * mm, v["number"])
    c.setFont("Sans-B", 7)
    c.drawString(sx + sw_ - 58 * mm, sy + sh - 7 * mm, "FRA")
    c.setFillColorRGB(0.1, 0.1, 0.3)
    c.setFont("Sans-B", 9)
    c.drawString(sx + 3 * mm, sy + sh - 7 * mm, "VISA")
    x1 = sx + 32 * mm

    def row(y, items):
        for dx, lab, val in items:
            field(c, x1 + dx, y, lab, val, lsize=4.2, vsize=7.0, vfont="Mono-B")

    y = sy + sh - 16 * mm
    dd = lambda d: d.strftime("%d-%m-%y")
    row(y, [(0, "VALABLE POUR / VALID FOR", "FRANCE")])
    y -= 14.5
    row(y, [(0, "DU / FROM", dd(v["valid_from"])), (28 * mm, "AU / UNTIL", dd(v["valid_until"]))])
    y -= 14.5
    row(
        y,
        [
            (0, "TYPE DE VISA / TYPE", "D"),
            (22 * mm, "DURÉE DU SÉJOUR / DURATION", f"{v['days']} JOURS"),
            (62 * mm, "ENTRÉES / ENTRIES", "MULT"),
        ],
    )
    y -= 14.5
    row(y, [(0, "DÉLIVRÉ À / ISSUED IN", v["issued_in"]), (40 * mm, "LE / ON", dd(v["issued_on"]))])
    y -= 14.5
    row(y, [(0, "NUMÉRO DU PASSEPORT / NUMBER OF PASSPORT", v["passport_no"])])
    y -= 14.5
    row(y, [(0, "NOM, PRÉNOM / SURNAME, NAME", f"{v['surname'].upper()}, {v['given'].upper()}")])
    y -= 14.5
    row(y, [(0, "REMARQUES / REMARKS", v["remark1"])])
    c.setFont("Mono-B", 7.2)
    c.drawString(x1, y - 8.5, v["remark2"])
    lines = mrva(
        "VD",
        "FRA",
        v["surname"],
        v["given"],
        v["number"],
        v["nat"],
        v["dob"],
        v["sex"],
        v["valid_until"],
        v.get("opt", ""),
    )
    assert mrv_valid(lines[1])
    mrz_block(c, lines, sx + 3 * mm, sy + 8.5 * mm, 9.0, sw_ - 6 * mm)
    c.setFont("Sans", 5)
    c.setFillColorRGB(0.4, 0.4, 0.4)
    c.drawString(W - 12 * mm, 1.2 * mm, str(v.get("page", 17)))
    c.showPage()
    return finish(c, buf), lines


def fr_card(k: dict, rng: random.Random) -> tuple[bytes, list[str]]:
    """French ID-1 card (kind 'cni' or 'ts'), two pages: front, back with TD1 MRZ."""
    W, H = 85.6 * mm, 54 * mm
    c, buf = new_canvas((W, H))
    cni = k["kind"] == "cni"
    tint = (0.85, 0.9, 0.96) if cni else (0.93, 0.9, 0.84)
    c.setFillColorRGB(*tint)
    c.roundRect(0, 0, W, H, 3 * mm, stroke=0, fill=1)
    guilloche(c, W, H, rng, (0.72, 0.8, 0.9) if cni else (0.85, 0.78, 0.68), n=22)
    c.setFillColorRGB(0.1, 0.15, 0.4)
    c.setFont("Sans-B", 6)
    c.drawString(4 * mm, H - 5 * mm, "RÉPUBLIQUE FRANÇAISE")
    c.setFont("Sans-B", 5.6)
    title = (
        "CARTE NATIONALE D'IDENTITÉ / IDENTITY CARD"
        if cni
        else "TITRE DE SÉJOUR / RESIDENCE PERMIT"
    )
    c.drawString(4 * mm, H - 8.5 * mm, title)
    c.setFont("Sans-B", 7)
    c.drawRightString(W - 4 * mm, H - 5 * mm, "FRA")
    portrait(c, 3.5 * mm, 7 * mm, 22 * mm, 28 * mm, rng, k["skin"], k["hair"])
    x = 29 * mm
    fs = {"lsize": 3.9, "vsize": 6.2}
    y = H - 14 * mm
    field(c, x, y, "NOM / Surname", k["surname"].upper(), **fs)
    if cni:
        field(c, x + 28 * mm, y, "Nom d'usage / Usage name", k.get("usage", "") or "—", **fs)
    y -= 12.5
    field(c, x, y, "PRÉNOMS / Given names", k["given"].upper().replace(" ", ", "), **fs)
    y -= 12.5
    field(c, x, y, "SEXE / Sex", k["sex"], **fs)
    field(c, x + 12 * mm, y, "NATIONALITÉ / Nationality", k["nat"], **fs)
    field(c, x + 36 * mm, y, "DATE DE NAISS. / Date of birth", k["dob"].strftime("%d %m %Y"), **fs)
    y -= 12.5
    field(c, x, y, "LIEU DE NAISSANCE / Place of birth", k["pob"].upper(), **fs)
    y -= 12.5
    if not cni:
        field(c, x, y, "TYPE DE TITRE / Type of permit", k["permit_type"], lsize=3.9, vsize=5.4)
        y -= 12.5
    field(c, x, y, "N° DU DOCUMENT / Document No", k["number"], **fs)
    field(c, x + 30 * mm, y, "DATE D'EXPIR. / Expiry date", k["exp"].strftime("%d %m %Y"), **fs)
    signature(c, k["surname"].title()[:8], rng, 4 * mm, 1 * mm, 20 * mm)
    c.showPage()
    # back
    c.setFillColorRGB(*tint)
    c.roundRect(0, 0, W, H, 3 * mm, stroke=0, fill=1)
    guilloche(c, W, H, rng, (0.72, 0.8, 0.9) if cni else (0.85, 0.78, 0.68), n=16)
    y = H - 7 * mm
    if cni:
        field(c, 4 * mm, y, "ADRESSE / Address", k["address1"], **fs)
        c.setFont("Sans-B", 6.2)
        c.drawString(4 * mm, y - 7.5, k["address2"])
        y -= 20
        field(
            c,
            4 * mm,
            y,
            "DATE DE DÉLIVRANCE / Date of issue",
            k["issued"].strftime("%d %m %Y"),
            **fs,
        )
    else:
        field(c, 4 * mm, y, "REMARQUES / Remarks", k["remarks"], lsize=3.9, vsize=5.4)
        y -= 14
        field(c, 4 * mm, y, "ADRESSE / Address", k["address1"], **fs)
        c.setFont("Sans-B", 6.2)
        c.drawString(4 * mm, y - 7.5, k["address2"])
        y -= 20
        field(c, 4 * mm, y, "DÉLIVRÉ LE / Issued on", k["issued"].strftime("%d %m %Y"), **fs)
        field(c, 32 * mm, y, "PAR / By", k["authority"], **fs)
    doc = "ID" if cni else "IR"
    lines = td1(
        doc, "FRA", k["number"], k["dob"], k["sex"], k["exp"], k["nat"], k["surname"], k["given"]
    )
    assert td1_valid(lines)
    c.setFillColorRGB(*[min(1.0, t + 0.08) for t in tint])
    c.rect(1.5 * mm, 1.5 * mm, W - 3 * mm, 15.5 * mm, stroke=0, fill=1)
    mrz_block(c, lines, 3 * mm, 12 * mm, 8.6, W - 6 * mm)
    c.showPage()
    return finish(c, buf), lines
