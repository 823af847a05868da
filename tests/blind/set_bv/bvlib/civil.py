"""Birth certificates of Algeria, Senegal, the Philippines and the United Kingdom."""

from __future__ import annotations

import random

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.utils import ImageReader

from .ink import (
    BLUE_INK,
    d_fr,
    draw_signature,
    guilloche,
    hand,
    hexcol,
    matrix_block,
    new_canvas,
    para,
    pil_font,
    round_stamp,
)

W, H = A4


def arabic(c, x, y, text, size=12, color=(20, 20, 20), anchor="r", bold=False):
    """Draw shaped right-to-left Arabic through a PIL render (reportlab cannot shape it)."""
    px = int(size * 300 / 72)
    f = pil_font("Amiri-B" if bold else "Amiri", px)
    bbox = f.getbbox(text, direction="rtl")
    w, h = bbox[2] - bbox[0] + 8, int(px * 1.6)
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    ImageDraw.Draw(im).text(
        (4 - bbox[0], int(px * 1.15)),
        text,
        font=f,
        fill=color + (255,),
        anchor="ls",
        direction="rtl",
    )
    wpt, hpt = w * 72 / 300, h * 72 / 300
    x0 = x - wpt if anchor == "r" else (x - wpt / 2 if anchor == "c" else x)
    c.drawImage(ImageReader(im), x0, y - hpt * 0.3, wpt, hpt, mask="auto")


def dotted_field(c, x, y, label, value, width, font="Serif", size=11, vfont="Serif-B", vsize=11.5):
    c.setFont(font, size)
    c.drawString(x, y, label)
    lw = c.stringWidth(label, font, size) + 4
    c.saveState()
    c.setDash(1, 2)
    c.setLineWidth(0.5)
    c.line(x + lw, y - 2, x + width, y - 2)
    c.restoreState()
    c.setFont(vfont, vsize)
    c.drawString(x + lw + 6, y + 1, value)


# --------------------------------------------------------------------------- Algeria


def dz_birth(b: dict, seed: int) -> bytes:
    rng = random.Random(seed)
    c, buf = new_canvas(title="Extrait d'acte de naissance")
    guilloche(c, 0, 0, W, H, "#9fc9a6", seed, lines=60, alpha=0.18)
    arabic(c, W / 2, H - 48, "الجمهورية الجزائرية الديمقراطية الشعبية", 15, anchor="c", bold=True)
    c.setFont("Serif-B", 12)
    c.drawCentredString(W / 2, H - 66, "République Algérienne Démocratique et Populaire")
    left = [
        f"Wilaya de {b['wilaya']}",
        f"Daïra de {b['daira']}",
        f"Commune de {b['commune']}",
        "Service de l'État Civil",
    ]
    right = [
        f"ولاية {b['wilaya_ar']}",
        f"دائرة {b['daira_ar']}",
        f"بلدية {b['commune_ar']}",
        "مصلحة الحالة المدنية",
    ]
    c.setFont("Serif", 10.5)
    for i, (lt, rt) in enumerate(zip(left, right, strict=False)):
        c.drawString(45, H - 100 - i * 15, lt)
        arabic(c, W - 45, H - 100 - i * 15, rt, 10.5)
    c.setLineWidth(1.2)
    c.rect(W - 95, H - 185, 50, 22)
    c.setFont("Sans-B", 13)
    c.drawCentredString(W - 70, H - 178, "S12")
    arabic(c, W / 2, H - 190, "مستخرج من عقد الميلاد", 15, anchor="c", bold=True)
    c.setFont("Serif-B", 15)
    c.drawCentredString(W / 2, H - 212, "EXTRAIT D'ACTE DE NAISSANCE")
    c.setFont("Serif", 11)
    c.drawString(60, H - 245, f"Acte N° : {b['act_no']}")
    c.drawString(W - 200, H - 245, f"Année : {b['dob'][:4]}")
    rows = [
        ("Le :", b["dob_words"]),
        ("à :", b["time_words"]),
        ("Est né(e) à :", b["place"]),
        ("Nom :", b["surname"]),
        ("Prénom(s) :", b["given"]),
        ("Sexe :", b["sex_word"]),
        ("Fils / Fille de :", b["father"]),
        ("et de :", b["mother"]),
    ]
    ar = ["في", "على الساعة", "ولد(ت) ب", "اللقب", "الاسم", "الجنس", "ابن(ة)", "و"]
    y = H - 285
    for (lab, val), a in zip(rows, ar, strict=False):
        dotted_field(c, 60, y, lab, val, W - 170, vfont="Mono-B", vsize=11)
        arabic(c, W - 50, y, a, 10.5)
        y -= 30
    c.setFont("Serif", 10.5)
    c.drawString(60, y - 5, "Mentions marginales :")
    c.setFont("Mono-B", 11)
    c.drawString(175, y - 5, "Néant")
    y -= 60
    c.setFont("Serif-I", 11)
    c.drawString(W - 260, y, "Pour extrait conforme,")
    c.setFont("Serif", 11)
    c.drawString(W - 260, y - 16, f"{b['commune']}, le {d_fr(b['issued_on'])}")
    c.drawString(W - 260, y - 32, "L'Officier de l'État Civil")
    round_stamp(
        c,
        W - 190,
        y - 95,
        42,
        "RÉPUBLIQUE ALGÉRIENNE * APC " + b["commune"].upper(),
        ["ÉTAT CIVIL", b["commune"].upper()],
        color="#5a3e8e",
        rng=rng,
    )
    draw_signature(c, W - 165, y - 110, 95, b["officer"], seed + 3, ink="#1d2050")
    c.setFont("Sans", 7)
    c.drawString(45, 40, f"N.I.N. : {b['nin']}")
    c.drawRightString(W - 45, 40, "Document délivré pour usage à l'étranger - S12")
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------- Senegal


def sn_birth(b: dict, seed: int) -> bytes:
    rng = random.Random(seed)
    c, buf = new_canvas(title="Extrait du registre des actes de naissance")
    c.setFont("Serif-B", 11)
    hl = [
        "RÉPUBLIQUE DU SÉNÉGAL",
        "Un Peuple - Un But - Une Foi",
        "-----------",
        f"RÉGION DE {b['region'].upper()}",
        f"DÉPARTEMENT DE {b['departement'].upper()}",
        f"COMMUNE DE {b['commune'].upper()}",
        f"CENTRE D'ÉTAT CIVIL DE {b['commune'].upper()}",
    ]
    for i, t in enumerate(hl):
        c.setFont("Serif-I" if i == 1 else "Serif-B", 9.5 if i else 11)
        c.drawCentredString(150, H - 50 - i * 13, t)
    c.setFont("Serif", 10.5)
    c.drawString(W - 210, H - 60, f"Année : {b['dob'][:4]}")
    c.drawString(W - 210, H - 78, f"N° dans le registre : {b['act_no']}")
    c.setLineWidth(1.5)
    c.rect(60, H - 182, W - 120, 34)
    c.setFont("Serif-B", 14)
    c.drawCentredString(W / 2, H - 170, "EXTRAIT DU REGISTRE DES ACTES DE NAISSANCE")
    rows = [
        ("Le", b["dob_words"]),
        ("à", b["time_words"]),
        ("est né(e) à", b["place"]),
        ("de sexe", b["sex_word"]),
        ("Prénom(s)", b["given"]),
        ("Nom", b["surname"]),
        ("Fils / Fille de", b["father"]),
        ("et de", b["mother"]),
        ("Mentions", "Néant"),
    ]
    y = H - 215
    c.setLineWidth(0.6)
    for lab, val in rows:
        c.rect(60, y - 10, 130, 28)
        c.rect(190, y - 10, W - 250, 28)
        c.setFont("Serif-B", 10)
        c.drawString(68, y, lab)
        c.setFont("Mono-B", 11)
        c.drawString(198, y, val)
        y -= 28
    y -= 30
    c.setFont("Serif", 10.5)
    c.drawString(60, y, "Certifié le présent extrait conforme aux indications portées au registre.")
    c.drawString(W - 250, y - 30, f"{b['commune']}, le {d_fr(b['issued_on'])}")
    c.drawString(W - 250, y - 46, "L'Officier de l'État Civil")
    round_stamp(
        c,
        W - 170,
        y - 115,
        40,
        "RÉPUBLIQUE DU SÉNÉGAL * " + b["commune"].upper(),
        ["CENTRE", "D'ÉTAT CIVIL"],
        color="#2f4aa0",
        rng=rng,
    )
    draw_signature(c, W - 200, y - 130, 100, b["officer"], seed + 5, ink="#1a1a50")
    c.setFont("Sans", 7.5)
    c.drawString(
        60,
        50,
        "Timbre fiscal acquitté - Extrait délivré en application du Code de la "
        "Famille (Loi n° 72-61 du 12 juin 1972)",
    )
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------- Philippines


def ph_birth(b: dict, seed: int) -> bytes:
    rng = random.Random(seed)
    c, buf = new_canvas(title="PSA Certificate of Live Birth")
    c.setFillColor(hexcol("#eef3ea"))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    guilloche(c, 0, 0, W, H, "#8bb0c8", seed, lines=90, alpha=0.22)
    c.setFillColor(hexcol("#1b2a5a"))
    c.circle(70, H - 60, 24, stroke=1, fill=0)
    c.setFont("Sans-B", 9)
    c.drawCentredString(70, H - 63, "PSA")
    c.setFont("Serif", 10)
    c.drawCentredString(W / 2, H - 48, "Republic of the Philippines")
    c.setFont("Serif-B", 15)
    c.drawCentredString(W / 2, H - 66, "PHILIPPINE STATISTICS AUTHORITY")
    c.setFillColor(hexcol("#111111"))
    x0, x1 = 48, W - 48
    top = H - 100
    c.setLineWidth(0.8)
    c.rect(x0, 150, x1 - x0, top - 150)
    c.setFont("Sans", 6.5)
    c.drawString(x0 + 4, top - 10, "Municipal Form No. 102")
    c.drawString(x0 + 4, top - 18, "(Revised January 2007)")
    c.setFont("Serif", 8)
    c.drawCentredString(W / 2, top - 12, "Republic of the Philippines")
    c.drawCentredString(W / 2, top - 22, "OFFICE OF THE CIVIL REGISTRAR GENERAL")
    c.setFont("Serif-B", 14)
    c.drawCentredString(W / 2, top - 40, "CERTIFICATE OF LIVE BIRTH")
    c.setFont("Sans", 7)
    c.drawString(x0 + 6, top - 58, "Province")
    c.drawString(x0 + 6, top - 72, "City/Municipality")
    c.drawString(x1 - 150, top - 58, "Registry No.")
    c.setFont("Mono-B", 9.5)
    c.drawString(x0 + 80, top - 58, b["province"])
    c.drawString(x0 + 80, top - 72, b["city"])
    c.drawString(x1 - 95, top - 58, b["registry_no"])
    y = top - 80
    c.line(x0, y, x1, y)

    def row(y, cells, h=30):
        c.line(x0, y - h, x1, y - h)
        x = x0
        for lab, val, frac in cells:
            w = (x1 - x0) * frac
            c.setFont("Sans", 6.2)
            c.drawString(x + 3, y - 8, lab)
            c.setFont("Mono-B", 9.5)
            c.drawString(x + 8, y - h + 7, val)
            x += w
            if x < x1 - 1:
                c.line(x, y, x, y - h)
        return y - h

    c.saveState()
    c.translate(x0 - 12, y - 100)
    c.rotate(90)
    c.setFont("Sans-B", 8)
    c.drawCentredString(0, 0, "CHILD")
    c.restoreState()
    y = row(
        y,
        [
            ("1. NAME  (First)", b["first"], 0.36),
            ("(Middle)", b["middle"], 0.3),
            ("(Last)", b["last"], 0.34),
        ],
    )
    y = row(
        y,
        [
            ("2. SEX", b["sex_word"], 0.25),
            ("3. DATE OF BIRTH  (Day)  (Month)  (Year)", b["dob_text"], 0.75),
        ],
    )
    y = row(
        y,
        [
            ("4. PLACE OF BIRTH  (Name of Hospital/Clinic/Institution)", b["hospital"], 0.5),
            ("(City/Municipality)", b["city"], 0.28),
            ("(Province)", b["province"], 0.22),
        ],
    )
    y = row(
        y,
        [
            ("5a. TYPE OF BIRTH", "Single", 0.25),
            ("5b. IF MULTIPLE BIRTH", "-", 0.25),
            ("5c. BIRTH ORDER", "First", 0.25),
            ("5d. WEIGHT AT BIRTH", "3100 grams", 0.25),
        ],
    )
    c.saveState()
    c.translate(x0 - 12, y - 45)
    c.rotate(90)
    c.setFont("Sans-B", 8)
    c.drawCentredString(0, 0, "MOTHER")
    c.restoreState()
    y = row(
        y,
        [
            ("6. MAIDEN NAME  (First)", b["mother"][0], 0.36),
            ("(Middle)", b["mother"][1], 0.3),
            ("(Last)", b["mother"][2], 0.34),
        ],
    )
    y = row(
        y,
        [
            ("7. CITIZENSHIP", "Filipino", 0.3),
            ("8. RELIGION", "Roman Catholic", 0.3),
            ("9. OCCUPATION", "Housekeeper", 0.4),
        ],
    )
    y = row(y, [("13. RESIDENCE", b["residence"], 1.0)])
    c.saveState()
    c.translate(x0 - 12, y - 45)
    c.rotate(90)
    c.setFont("Sans-B", 8)
    c.drawCentredString(0, 0, "FATHER")
    c.restoreState()
    y = row(
        y,
        [
            ("14. NAME  (First)", b["father"][0], 0.36),
            ("(Middle)", b["father"][1], 0.3),
            ("(Last)", b["father"][2], 0.34),
        ],
    )
    y = row(
        y,
        [
            ("15. CITIZENSHIP", "Filipino", 0.3),
            ("16. RELIGION", "Roman Catholic", 0.3),
            ("17. OCCUPATION", "Driver", 0.4),
        ],
    )
    y = row(y, [("20a. DATE AND PLACE OF MARRIAGE OF PARENTS", b["marriage"], 1.0)])
    y = row(
        y,
        [
            ("21. ATTENDANT", "Physician", 0.5),
            ("Date registered at the LCRO", b["registered"], 0.5),
        ],
        h=34,
    )
    y = row(
        y,
        [
            ("22. CERTIFICATION OF ATTENDANT AT BIRTH  (Name in print)", b["attendant"], 0.6),
            ("Date", b["dob_text"].replace("  ", " "), 0.4),
        ],
    )
    y = row(
        y,
        [
            ("23. INFORMANT  (Name in print)", b["mother"][0] + " S. DELA CRUZ", 0.6),
            ("Relationship to the child", "Mother", 0.4),
        ],
    )
    y = row(
        y,
        [
            ("24. PREPARED BY  (Name in print)", b["prepared_by"], 0.6),
            ("Title or position", "Registration Officer", 0.4),
        ],
    )
    y = row(
        y,
        [
            ("25. RECEIVED AT THE OFFICE OF THE CIVIL REGISTRAR", b["received_by"], 0.6),
            ("Title or position", "City Civil Registrar", 0.4),
        ],
    )
    c.setFont("Serif-I", 8.5)
    c.drawString(x0 + 6, 160, "Remarks/Annotations: none")
    c.setFont("Serif", 9)
    para(
        c,
        60,
        128,
        "This is to certify that the above is a true and correct reproduction of the "
        "Certificate of Live Birth on file with this Office. Issued upon request of the "
        "document owner for whatever legal purpose it may serve.",
        "Serif",
        8.5,
        W - 120,
    )
    draw_signature(c, W - 210, 72, 95, b["registrar"], seed + 2, ink="#101010")
    c.setFont("Serif-B", 8.5)
    c.drawCentredString(W - 150, 64, b["registrar"].upper())
    c.setFont("Serif", 7.5)
    c.drawCentredString(W - 150, 54, "Civil Registrar General")
    c.setFont("Sans", 7)
    c.drawString(60, 70, f"SECPA No.  {b['secpa']}")
    c.drawString(60, 60, f"BReQS Transaction No.  {b['breqs']}   Issued {d_fr(b['issued_on'])}")
    matrix_block(c, 60, 84, 28, 16, seed + 9)
    c.setFillColor(hexcol("#b02030"))
    c.setFont("Mono-B", 11)
    c.drawRightString(W - 40, 30, b["secpa"])
    rng.random()
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------- United Kingdom


def uk_birth(b: dict, seed: int) -> bytes:
    rng = random.Random(seed)
    ps = landscape(A4)
    c, buf = new_canvas(pagesize=ps, title="Certified copy of an entry of birth")
    w, h = ps
    c.setFillColor(hexcol("#f6dede"))
    c.rect(0, 0, w, h, stroke=0, fill=1)
    guilloche(c, 0, 0, w, h, "#d98c9c", seed, lines=80, alpha=0.3)
    red = hexcol("#a3243b")
    c.setFillColor(red)
    c.setStrokeColor(red)
    c.setFont("Serif-B", 16)
    c.drawCentredString(w / 2, h - 45, "CERTIFIED COPY OF AN ENTRY OF BIRTH")
    c.setFont("Serif", 9)
    c.drawString(40, h - 45, "GIVEN AT THE GENERAL REGISTER OFFICE")
    c.drawRightString(w - 40, h - 45, "Application Number")
    c.setFont("Mono-B", 10)
    c.drawRightString(w - 40, h - 58, b["application_no"])
    c.setFont("Serif-B", 10)
    c.drawString(40, h - 80, "REGISTRATION DISTRICT")
    c.setFont("Serif", 10)
    c.drawString(40, h - 100, f"{b['year']}  BIRTH in the Sub-district of")
    c.drawString(440, h - 100, "in the")
    c.setFillColor(hexcol(BLUE_INK))
    hand(c, 190, h - 80, b["district"], rng, "Dkg", 14, ink="#20203a", wobble=0.3)
    hand(c, 230, h - 100, b["subdistrict"], rng, "Dkg", 13, ink="#20203a", wobble=0.3)
    hand(c, 480, h - 100, b["county"], rng, "Dkg", 13, ink="#20203a", wobble=0.3)
    c.setFillColor(red)
    c.setFont("Serif", 7)
    c.drawString(40, h - 112, "Columns:-")
    cols = [
        ("1\nNo.", 0.04),
        ("2\nWhen and\nwhere born", 0.12),
        ("3\nName, if any", 0.1),
        ("4\nSex", 0.05),
        ("5\nName, and surname\nof father", 0.12),
        ("6\nName, surname, and\nmaiden surname\nof mother", 0.13),
        ("7\nOccupation\nof father", 0.08),
        ("8\nSignature, description, and\nresidence of informant", 0.13),
        ("9\nWhen\nregistered", 0.08),
        ("10\nSignature of\nregistrar", 0.08),
        ("10*\nName entered\nafter registration", 0.07),
    ]
    x0, x1, yt, yb = 40, w - 40, h - 118, h - 330
    c.setLineWidth(0.7)
    c.rect(x0, yb, x1 - x0, yt - yb)
    c.line(x0, yt - 45, x1, yt - 45)
    x = x0
    xs = []
    for text, frac in cols:
        cw = (x1 - x0) * frac
        xs.append((x, cw))
        c.setFont("Serif", 7)
        for i, t in enumerate(text.split("\n")):
            c.drawCentredString(x + cw / 2, yt - 10 - i * 8.5, t)
        x += cw
        if x < x1 - 1:
            c.line(x, yt, x, yb)
    vals = b["columns"]
    for (x, _cw), lines in zip(xs, vals, strict=True):
        for i, t in enumerate(lines):
            hand(c, x + 4, yt - 62 - i * 14, t, rng, "Dkg", 9.5, ink="#20203a", wobble=0.35)
    c.setFillColor(red)
    c.setFont("Serif", 9.5)
    para(
        c,
        40,
        yb - 25,
        "CERTIFIED to be a true copy of an entry in the certified copy of a "
        "Register of Births in the District above mentioned.",
        "Serif",
        9.5,
        w - 300,
    )
    c.drawString(
        40,
        yb - 45,
        "Given at the GENERAL REGISTER OFFICE, under the Seal of the said "
        f"Office, the {b['given_on_words']}.",
    )
    c.setFont("Mono-B", 12)
    c.drawString(w - 200, yb - 40, b["serial"])
    round_stamp(
        c,
        w - 110,
        yb - 95,
        36,
        "GENERAL REGISTER OFFICE * ENGLAND *",
        ["SEAL"],
        color="#8a1f35",
        rng=rng,
        alpha=0.55,
    )
    c.setFont("Sans-B", 7.5)
    c.drawString(
        40,
        45,
        "CAUTION: THERE ARE OFFENCES RELATING TO FALSIFYING OR ALTERING A "
        "CERTIFICATE AND USING OR POSSESSING A FALSE CERTIFICATE.  \u00a9CROWN COPYRIGHT",
    )
    c.drawString(40, 32, "WARNING: A CERTIFICATE IS NOT EVIDENCE OF IDENTITY.")
    c.showPage()
    c.save()
    return buf.getvalue()
